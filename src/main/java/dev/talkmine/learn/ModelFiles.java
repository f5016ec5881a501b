package dev.talkmine.learn;

import dev.talkmine.ModelException;
import dev.talkmine.internal.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Where talkmine's own model files come from: a models directory when one is given
 * ({@code --models-dir}), else the jar's {@code /models/}. Every file read is added to a SHA-256
 * digest with its name, so that {@link #digest()} identifies the whole setup by content. Not
 * thread-safe: used while building a pipeline.
 */
public final class ModelFiles {
    private final Path dir;
    private final MessageDigest digest;

    private ModelFiles(Path dir) {
        this.dir = dir;
        this.digest = Sha256.digest();
    }

    /** Files from {@code dir}, or from the jar when {@code dir} is null. */
    public static ModelFiles in(Path dir) {
        return new ModelFiles(dir);
    }

    /** Where a file is looked up, for messages ("models/lexicon/talk-verbs.txt"). */
    public String origin(String name) {
        return dir == null ? "models/" + name : dir.resolve(name).toString();
    }

    /**
     * The bytes of a model file, added to the digest.
     *
     * @throws ModelException naming the file when it is missing or unreadable
     */
    public byte[] read(String name) {
        try (InputStream in = open(name)) {
            return digested(name, in.readAllBytes());
        } catch (IOException e) {
            throw new ModelException(origin(name) + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Whether a model file exists. */
    public boolean exists(String name) {
        if (dir != null) {
            return Files.isRegularFile(dir.resolve(name));
        }
        return ModelFiles.class.getResource("/models/" + name) != null;
    }

    /**
     * The bytes of a file outside the models (a user's gazetteer), added to the digest by content,
     * not path: the same file named another way is the same setup.
     */
    public byte[] readUserFile(Path file, String label) {
        try {
            return digested(label, Files.readAllBytes(Objects.requireNonNull(file, "file")));
        } catch (IOException e) {
            throw new ModelException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Hex SHA-256 of everything read so far (names, lengths and bytes). */
    public String digest() {
        return Sha256.hexSoFar(digest);
    }

    private byte[] digested(String name, byte[] bytes) {
        // name and length keep files apart: "ab"+"c" differs from "a"+"bc"
        digest.update((name + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
        return bytes;
    }

    private InputStream open(String name) throws IOException {
        if (dir != null) {
            Path p = dir.resolve(name);
            if (!Files.isRegularFile(p)) {
                throw new ModelException(p + " not found; --models-dir must hold talkmine's model files (copy models/)");
            }
            return Files.newInputStream(p);
        }
        InputStream in = ModelFiles.class.getResourceAsStream("/models/" + name);
        if (in == null) {
            throw new ModelException("models/" + name + " not found on the classpath; rebuild with 'mvn package' or pass --models-dir");
        }
        return in;
    }
}
