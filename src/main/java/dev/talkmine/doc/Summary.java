package dev.talkmine.doc;

import java.util.List;
import java.util.Objects;

/**
 * What one talk was about: the whole sentences of its passage that say it, and its keywords.
 *
 * @param talk      the index of the talk it summarises
 * @param sentences the chosen sentences (1-2, or whole list items and headings), in text order
 * @param text      the sentences joined on one line, without list markers ("" when none was chosen)
 * @param keywords  salient terms of the passage: its technologies, then its most particular words
 * @param evidence  why each sentence was chosen ("sentence [12-80] p=0.91"), for {@code explain}
 */
public record Summary(int talk, List<TextSpan> sentences, String text, List<String> keywords, List<String> evidence) {

    public Summary {
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(text, "text");
        keywords = List.copyOf(keywords);
        evidence = List.copyOf(evidence);
    }

    /** No summary of talk {@code talk} (a report that was not summarised). */
    public static Summary none(int talk) {
        return new Summary(talk, List.of(), "", List.of(), List.of());
    }
}
