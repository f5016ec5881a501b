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
 * @param evidence      how each attribute was found ("title: quoted after 'gave a talk'"), for {@code explain}
 */
public record Talk(int index, TextSpan span, TalkKind kind, String title, List<Speaker> speakers,
                   List<String> organizations, List<String> evidence) {

    public Talk {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(kind, "kind");
        speakers = List.copyOf(speakers);
        organizations = List.copyOf(organizations);
        evidence = List.copyOf(evidence);
    }

    /** All organizations of the talk: its speakers' and its own, without duplicates, in order. */
    public List<String> allOrganizations() {
        var all = new java.util.LinkedHashSet<String>();
        speakers.forEach(s -> all.addAll(s.organizations()));
        all.addAll(organizations);
        return List.copyOf(all);
    }
}
