package dev.talkmine.doc;

import java.util.List;
import java.util.Objects;

/**
 * A report as read: its plain text and the structure its reader found. All offsets in talkmine
 * refer to {@link #text()}. For plain-text input the text is the file's content exactly.
 *
 * @param id     a short identifier, unique within a batch (the file stem)
 * @param path   where the report came from, as given by the user ({@code -} for standard input)
 * @param sha256 hex SHA-256 of the raw input bytes
 * @param format the input format
 * @param text   the plain text that the pipeline sees
 * @param blocks headings, paragraphs, list items, in text order
 */
public record Document(String id, String path, String sha256, InputFormat format, String text, List<Block> blocks) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        for (Block b : blocks) {
            if (b.span().end() > text.length()) {
                throw new IllegalArgumentException("block " + b + " lies outside the text");
            }
        }
    }

    /** The same document under another id (a batch makes ids unique). */
    public Document withId(String newId) {
        return new Document(newId, path, sha256, format, text, blocks);
    }
}
