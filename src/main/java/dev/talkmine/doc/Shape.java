package dev.talkmine.doc;

import java.util.List;

/**
 * A block's (or a sentence's) form as a sequence of typed elements: "TITLE by PERSON ( HANDLE )
 * dash WORDS". Computed once by {@link StructureStage} and read by the segmenter and the talk
 * attribute finders, so that none of them parses a line with regexes of its own.
 *
 * @param tokens the elements in text order
 */
public record Shape(List<ShapeToken> tokens) {

    /** The shape of nothing. */
    public static final Shape EMPTY = new Shape(List.of());

    public Shape {
        tokens = List.copyOf(tokens);
    }

    /** The types of the first {@code n} elements, space-separated ("person dash title"). */
    public String signature(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(n, tokens.size()); i++) {
            b.append(i == 0 ? "" : " ").append(tokens.get(i).type().id());
        }
        return b.length() == 0 ? "empty" : b.toString();
    }

    /** Index of the first element of this type, or -1. */
    public int indexOf(ShapeToken.Type type) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).type() == type) {
                return i;
            }
        }
        return -1;
    }

    /** Whether some element has this type. */
    public boolean has(ShapeToken.Type type) {
        return indexOf(type) >= 0;
    }

    /** The type of element {@code i}, or null outside the shape. */
    public ShapeToken.Type typeAt(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).type() : null;
    }

    /** Number of elements. */
    public int size() {
        return tokens.size();
    }
}
