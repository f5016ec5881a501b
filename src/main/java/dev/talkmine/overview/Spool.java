package dev.talkmine.overview;

import dev.talkmine.internal.AtomicFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file next to the page that keeps each report's rendered HTML until the page is
 * written, so a large batch does not hold its reports' fragments in memory. Deleted on close. Not
 * thread-safe: {@link OverviewWriter} guards it.
 */
final class Spool implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private long end;

    private Spool(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** A new spool file in {@code dir}, named after {@code page}. */
    static Spool create(Path dir, String page) throws IOException {
        Path file = AtomicFile.createTemp(dir, page, ".spool");
        FileChannel ch = null;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } finally {
            if (ch == null) {
                Files.deleteIfExists(file);
            }
        }
        return new Spool(file, ch);
    }

    /** Appends the parts one after the other; returns where the first starts. */
    long append(byte[]... parts) throws IOException {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        ByteBuffer all = ByteBuffer.allocate(length);
        for (byte[] p : parts) {
            all.put(p);
        }
        all.flip();
        long pos = end;
        while (all.hasRemaining()) {
            channel.write(all, pos + all.position());
        }
        end = pos + all.limit();
        return pos;
    }

    /** Copies {@code len} spooled bytes from {@code pos} to {@code out}. */
    void copy(long pos, int len, OutputStream out) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(len);
        while (buf.hasRemaining()) {
            if (channel.read(buf, pos + buf.position()) < 0) {
                throw new IOException("spool file " + file + " is shorter than expected");
            }
        }
        out.write(buf.array(), 0, len);
    }

    /** Closes and deletes the file. */
    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
