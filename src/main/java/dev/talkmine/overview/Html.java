package dev.talkmine.overview;

/**
 * The one escaping function of the overview. Every string that came from input (report text, ids,
 * paths, titles, names, summaries, categories) goes through {@link #escape} before it reaches the
 * page, whether as element content or as a double-quoted attribute value.
 */
final class Html {

    private Html() {
    }

    /**
     * {@code s} as HTML text that is safe both as element content and inside a double- or
     * single-quoted attribute value: {@code & < > " '} become character references, and characters
     * HTML does not allow in a document (C0 controls other than tab, line feed and carriage return,
     * DEL, C1 controls, unpaired UTF-16 surrogates) become U+FFFD. Everything else, including
     * emoji and other supplementary characters, is copied as is (the page is UTF-8).
     *
     * @param s any text; {@code null} gives {@code ""}
     * @return the escaped text
     */
    static String escape(CharSequence s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        escape(s, 0, s.length(), out);
        return out.toString();
    }

    /**
     * Appends {@code s[from, to)} escaped as in {@link #escape(CharSequence)}. A surrogate pair
     * split by {@code from} or {@code to} counts as unpaired.
     */
    static void escape(CharSequence s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                        out.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            out.append('\uFFFD');
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
