package dev.talkmine.input;

import dev.talkmine.InputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a report's bytes into text. Decoding is strict: a byte sequence that is not valid in the
 * charset is an error naming its offset, because silently replaced characters would corrupt names
 * and offsets further down the pipeline.
 */
final class Decoder {
    /** How far to look for a NUL byte, the mark of a binary file. */
    static final int BINARY_PROBE_BYTES = 8 * 1024;

    private Decoder() {
    }

    /**
     * Decodes {@code bytes}. A byte-order mark decides the charset (UTF-8, UTF-16 LE or BE) and is
     * not part of the text; without one, {@code charset} is used.
     *
     * @param file names the report in error messages
     * @throws InputException for a binary file or bytes invalid in the charset
     */
    static String decode(String file, byte[] bytes, Charset charset) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(file, bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(file, bytes, 3, StandardCharsets.UTF_8);
        }
        // NULs are normal in the wide Unicode encodings, so only a user-chosen one lets them pass.
        if (!charset.name().startsWith("UTF-16") && !charset.name().startsWith("UTF-32")) {
            for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE_BYTES); i++) {
                if (bytes[i] == 0) {
                    throw new InputException(file + ": looks like a binary file (NUL byte at offset " + i
                            + "), not a text report");
                }
            }
        }
        String text = strict(file, bytes, 0, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // a BOM the charset itself kept
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(String file, byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        int capacity = (int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1;
        CharBuffer out = CharBuffer.allocate(capacity);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // in.position() is an index into the whole array, so the offset counts the BOM too.
            int at = in.position();
            String bad = at < bytes.length ? String.format(Locale.ROOT, " (byte 0x%02X)", bytes[at] & 0xFF) : "";
            throw new InputException(file + ": not valid " + charset.name() + " at byte offset " + at + bad
                    + "; if the report uses another encoding, name it with --encoding (e.g. --encoding windows-1252)");
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("decode buffer too small for " + file);
        }
        return out.flip().toString();
    }
}
