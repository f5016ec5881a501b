package dev.talkmine.talk;

import dev.talkmine.doc.TextSpan;
import java.util.Objects;

/**
 * A value a talk attribute could take (a person who may be its speaker, a span that may be its
 * title, an organization that may be a speaker's), with the features a classifier judges it by.
 *
 * @param value    the value as it would be output (a canonical name, a title as written)
 * @param span     where it was found (its first mention)
 * @param features the classifier's features
 */
public record Candidate(String value, TextSpan span, String[] features) {
    public Candidate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        features = features.clone();
    }

    @Override
    public String[] features() {
        return features.clone();
    }
}
