package dev.talkmine.doc;

import java.util.List;
import java.util.Objects;

/**
 * One talk a report describes.
 *
 * @param index         1-based, in text order
 * @param span          the passage about it
 * @param kind          keynote, talk, workshop, ...
 * @param title         the title as written, or null when the report gives none
 * @param speakers      its speakers (may be empty)
 * @param organizations organizations stated for the talk without a named speaker ("a keynote by Django Girls")
 * @param summary       1-2 sentences copied from the passage, in text order ("" until summarised)
 * @param keywords      salient terms of the passage
 * @param evidence      how each attribute was found ("title: quoted after 'gave a talk'"), for {@code explain}
 */
public record Talk(int index, TextSpan span, TalkKind kind, String title, List<Speaker> speakers,
                   List<String> organizations, String summary, List<String> keywords, List<String> evidence) {

    public Talk {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        speakers = List.copyOf(speakers);
        organizations = List.copyOf(organizations);
        keywords = List.copyOf(keywords);
        evidence = List.copyOf(evidence);
    }

    /** The same talk with a summary and keywords. */
    public Talk withSummary(String newSummary, List<String> newKeywords) {
        return new Talk(index, span, kind, title, speakers, organizations, newSummary, newKeywords, evidence);
    }

    /** All organizations of the talk: its speakers' and its own, without duplicates, in order. */
    public List<String> allOrganizations() {
        var all = new java.util.LinkedHashSet<String>();
        speakers.forEach(s -> all.addAll(s.organizations()));
        all.addAll(organizations);
        return List.copyOf(all);
    }
}
