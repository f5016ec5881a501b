package dev.talkmine.doc;

import java.util.List;
import java.util.Objects;

/**
 * A sentence with its tokens.
 *
 * @param span   the sentence
 * @param tokens token spans inside it, in order
 */
public record Sentence(TextSpan span, List<TextSpan> tokens) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }
}
