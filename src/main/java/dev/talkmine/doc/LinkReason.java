package dev.talkmine.doc;

import java.util.Objects;

/**
 * Why entity linking changed one mention: the entities built from it keep the reason as a merge,
 * for {@code explain}.
 *
 * @param mention the resolved mention, as in {@link Report#resolvedMentions}
 * @param reason  what was changed and why ("Guido: first name of Guido van Rossum")
 */
public record LinkReason(Mention mention, String reason) {

    public LinkReason {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(reason, "reason");
    }
}
