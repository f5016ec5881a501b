package dev.talkmine.bench;

import dev.talkmine.doc.InputFormat;
import java.nio.charset.StandardCharsets;

/**
 * One benchmark report.
 *
 * @param id     report id (unique within a corpus)
 * @param format how talkmine reads {@code raw}
 * @param raw    the report as talkmine reads it (the bytes are its UTF-8 encoding)
 * @param text   the report's plain text, as talkmine renders it: what CoreNLP is given
 * @param tokens CoreNLP tokens in {@code text} (see {@link TokenCounter}); the count both sides are
 *               credited with
 */
public record BenchDoc(String id, InputFormat format, String raw, String text, int tokens) {

    /** The raw report's size in UTF-8 bytes. */
    public int bytes() {
        return raw.getBytes(StandardCharsets.UTF_8).length;
    }
}
