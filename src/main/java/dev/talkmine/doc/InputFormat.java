package dev.talkmine.doc;

import java.util.Locale;
import java.util.Optional;

/** The formats talkmine reads. The JSON/CSV name is the lower-case constant name. */
public enum InputFormat {
    /** Plain text; the report's text is the file's content exactly. */
    TXT,
    /** Markdown (CommonMark with tables), rendered to plain text. */
    MD,
    /** HTML, rendered to plain text. */
    HTML;

    /** The format for a file name's extension, if talkmine reads it. */
    public static Optional<InputFormat> forFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Optional.of(TXT);
        }
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            return Optional.of(MD);
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /** Lower-case name as written in outputs ({@code txt}, {@code md}, {@code html}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
