package dev.talkmine.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file all at once: the content goes to {@code .<name>.tmp-<random>} in the same
 * directory (same file system, so the rename can be atomic) and is then moved over the target.
 * Readers and interrupted runs see either the old file, the new file or no file, never a prefix.
 * A crash (kill -9, power loss) can leave a stray temp file but never a half-written final file.
 * No fsync: we protect against interruption, not against power loss. Every file talkmine writes
 * (JSON, CSV tables, the HTML overview, resume rows) goes through here.
 */
public final class AtomicFile {

    /** Writes the whole content to the stream it is given; must not close it. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Prefix of {@code .<name>.tmp-<random>}; the name keeps stray temp files attributable. */
    static final String TMP_INFIX = ".tmp-";

    private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile("^\\..+\\.tmp-[0-9a-f]{16}(?:\\.spool)?$");

    private AtomicFile() {
    }

    /**
     * Whether {@code fileName} is one of talkmine's temp files: {@code .<name>.tmp-<16 hex digits>}, or
     * the HTML overview's spool file, the same with {@code .spool} appended.
     */
    public static boolean isTempFile(String fileName) {
        return TEMP_NAME.matcher(fileName).matches();
    }

    /** Atomically replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Atomically replaces {@code target} with what {@code content} writes.
     *
     * @throws IOException if the temp file cannot be written or renamed; the target is then untouched
     */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = createTemp(dir, target.getFileName().toString(), "");
        boolean moved = false;
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Creates an empty {@code dir/.<name>.tmp-<16 hex digits><suffix>}, which {@link #isTempFile}
     * recognises when {@code suffix} is empty or {@code .spool} (so a run can clear what a killed
     * one left). Not {@link Files#createTempFile}: that creates the file with mode 0600, which the
     * rename would carry over to the final file; CREATE_NEW with our own random name honours the umask.
     */
    public static Path createTemp(Path dir, String name, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
            Path tmp = dir.resolve("." + name + TMP_INFIX + random + suffix);
            try {
                Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }
}
