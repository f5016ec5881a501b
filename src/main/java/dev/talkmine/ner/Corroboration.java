package dev.talkmine.ner;

/**
 * Why a gazetteer match counts as the entry's name rather than an ordinary word: the rules an
 * ambiguous name ("Go", "Swift", "Jenkins") must pass. The learned decision reads it as a feature;
 * the evidence of a mention says it in words.
 */
enum Corroboration {
    /** Not ambiguous, exact case. */
    EXACT("gazetteer"),
    /** Not ambiguous, another case ("django"). */
    CASE_VARIANT("gazetteer (case variant)"),
    VERSION("ambiguous name corroborated by a version number"),
    CODE("ambiguous name corroborated by code formatting"),
    CUE("ambiguous name corroborated by a cue word"),
    ORGANIZATION_CONTEXT("ambiguous organization name corroborated by its context"),
    SAME_SENTENCE("ambiguous name corroborated by another technology in the same sentence"),
    MID_SENTENCE("ambiguous name capitalised in mid-sentence"),
    PROPER_USES("ambiguous name used three or more times as a proper noun"),
    /** None of the above: the match would have been dropped by the rules. */
    NONE("gazetteer match without corroboration");

    private final String reason;

    Corroboration(String reason) {
        this.reason = reason;
    }

    /** The reason in words, for a mention's evidence. */
    String reason() {
        return reason;
    }

    /** Lower-case id for features. */
    String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
