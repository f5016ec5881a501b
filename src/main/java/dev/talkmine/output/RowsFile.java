package dev.talkmine.output;

import dev.talkmine.internal.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's CSV rows kept beside the outputs ({@code DIR/.talkmine/<id>.rows}) so that a batch
 * resumed after an interruption can rebuild the tables without processing the report again.
 *
 * <p>Format: one ASCII header line {@code talkmine-rows/2 <sha256> <setup> <n0> <n1> <n2> <n3>}, then
 * the UTF-8 bytes of the input path, the talks rows, the mentions rows and the entities rows, with
 * {@code n0..n3} their byte lengths; {@code <sha256>} is the input's, {@code <setup>} the SHA-256 of
 * the {@linkplain dev.talkmine.Talkmine#setup() setup} that processed it. The rows are the exact
 * text the tables get, encoded as the tables encode it, so restored rows give the same bytes.
 * Written atomically after the JSON: its presence marks the report complete.
 */
final class RowsFile {
    static final String DIR = BatchWriter.STATE_DIR;
    static final String SUFFIX = ".rows";
    private static final String MAGIC = "talkmine-rows/2";
    private static final Pattern HEADER = Pattern.compile(Pattern.quote(MAGIC)
            + " ([0-9a-f]{64}) ([0-9a-f]{64}) (\\d{1,10}) (\\d{1,10}) (\\d{1,10}) (\\d{1,10})\n");

    /** What a rows file holds. */
    record Saved(String sha256, String setup, String path, CsvTables.ReportRows rows) {
    }

    private RowsFile() {
    }

    /** The rows file of report {@code id} under output directory {@code dir}. */
    static Path of(Path dir, String id) {
        return dir.resolve(DIR).resolve(id + SUFFIX);
    }

    /** Writes (atomically replaces) the rows file. */
    static void write(Path file, String sha256, String setup, String path, CsvTables.ReportRows rows)
            throws IOException {
        byte[][] parts = {utf8(path), utf8(rows.talks()), utf8(rows.mentions()), utf8(rows.entities())};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder header = new StringBuilder(MAGIC).append(' ').append(sha256).append(' ').append(setup);
        for (byte[] p : parts) {
            header.append(' ').append(p.length);
        }
        out.writeBytes(header.append('\n').toString().getBytes(StandardCharsets.US_ASCII));
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, out.toByteArray());
    }

    /** Reads a rows file; empty if it is missing or not a complete, well-formed rows file. */
    static Optional<Saved> read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        int nl = indexOf(bytes, (byte) '\n');
        if (nl < 0) {
            return Optional.empty();
        }
        Matcher m = HEADER.matcher(new String(bytes, 0, nl + 1, StandardCharsets.ISO_8859_1));
        if (!m.matches()) {
            return Optional.empty();
        }
        long[] len = new long[4];
        long total = nl + 1;
        for (int i = 0; i < 4; i++) {
            len[i] = Long.parseLong(m.group(i + 3));
            total += len[i];
        }
        if (total != bytes.length) {
            return Optional.empty(); // truncated or padded: not ours to trust
        }
        String[] parts = new String[4];
        int at = nl + 1;
        for (int i = 0; i < 4; i++) {
            parts[i] = new String(bytes, at, (int) len[i], StandardCharsets.UTF_8);
            at += (int) len[i];
        }
        return Optional.of(new Saved(m.group(1), m.group(2), parts[0],
                new CsvTables.ReportRows(parts[1], parts[2], parts[3])));
    }

    /** The bytes the tables write for {@code s} (an unpaired surrogate becomes {@code ?}). */
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code s} as it reads back after encoding: what a stored path or row compares equal to.
     */
    static String roundTrip(String s) {
        return new String(utf8(s), StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < Math.min(bytes.length, 256); i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
