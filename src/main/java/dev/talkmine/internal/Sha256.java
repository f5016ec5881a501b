package dev.talkmine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, the one hash talkmine uses: of an input's bytes (the JSON's {@code source.sha256} and
 * what {@code --resume} compares), of the setup line, of the model files (the setup digest) and of
 * the overview's inline script (its Content-Security-Policy hash). Every Java platform has it.
 */
public final class Sha256 {
    private Sha256() {
    }

    /** A fresh digest, for hashing in parts. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The hash of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** The hash of {@code bytes} as 64 lower-case hex digits. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }

    /** The hash of the UTF-8 bytes of {@code s} as 64 lower-case hex digits. */
    public static String hex(String s) {
        return hex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of a file's bytes as 64 lower-case hex digits, read in pieces (a file may be large). */
    public static String hex(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** What {@code md} has hashed so far, as hex, leaving {@code md} as it was (it goes on hashing). */
    public static String hexSoFar(MessageDigest md) {
        try {
            return HexFormat.of().formatHex(((MessageDigest) md.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests clone", e);
        }
    }
}
