package dev.talkmine.eval;

/** The fields scored with precision, recall and F1, in the order of {@code score.py}'s table. */
public enum Field {
    /** Talk segmentation: a predicted talk matched to a gold talk. */
    TALKS("talks"),
    /** Speakers of matched talks (predicted talks that matched nothing count as wrong speakers). */
    SPEAKERS("speakers"),
    /** Speakers' and talks' organizations of matched talks. */
    AFFILIATIONS("affiliations"),
    /** Report-level PERSON entities. */
    PEOPLE("people"),
    /** Report-level ORGANIZATION entities. */
    ORGANIZATIONS("organizations"),
    /** Report-level TECHNOLOGY entities. */
    TECHNOLOGIES("technologies");

    private final String key;

    Field(String key) {
        this.key = key;
    }

    /** The field's name in {@code score.py}'s JSON and table header ({@code talks}, {@code speakers}, ...). */
    public String key() {
        return key;
    }
}
