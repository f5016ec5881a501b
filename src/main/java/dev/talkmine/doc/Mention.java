package dev.talkmine.doc;

import java.util.Objects;

/**
 * One occurrence of an entity in the text.
 *
 * @param span       where it is
 * @param text       the covered text, exactly ({@code span.coveredText(doc.text())})
 * @param type       entity type
 * @param name       the name it refers to before canonicalisation (possessive and version stripped)
 * @param category   technology category ({@code language}, {@code database}, ...), or null
 * @param source     what found it
 * @param confidence in [0, 1]
 * @param evidence   why it was accepted, for {@code explain} (e.g. "gazetteer", "a library called X")
 */
public record Mention(TextSpan span, String text, EntityType type, String name, String category,
                      MentionSource source, double confidence, String evidence) implements Comparable<Mention> {

    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text '" + text + "' does not fit " + span);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    /**
     * Whether {@code written} is a word made from {@code name} by a suffix ("Red Hatter" from "Red
     * Hat", "Googlers" from "Google"): it stands for the name's organization and is never part of a
     * person's name.
     */
    public static boolean madeFromName(String written, String name) {
        return written.length() > name.length() && written.regionMatches(true, 0, name, 0, name.length())
                && Character.isLetter(written.charAt(name.length()));
    }

    /** The same mention with another name (canonicalisation). */
    public Mention withName(String newName) {
        return new Mention(span, text, type, newName, category, source, confidence, evidence);
    }

    @Override
    public int compareTo(Mention o) {
        int c = span.compareTo(o.span);
        return c != 0 ? c : type.compareTo(o.type);
    }
}
