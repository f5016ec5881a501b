package dev.talkmine.input;

import dev.talkmine.InputException;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.internal.Sha256;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads reports (plain text, Markdown, HTML) into {@link Document}s: decodes the bytes strictly,
 * rejects binary, empty and oversized input, and renders markup to plain text with its blocks.
 * Immutable and thread-safe.
 *
 * <p>Every failure is an {@link InputException} whose message starts with the file as the user
 * named it.
 */
public final class DocumentReader {
    /** The default of {@link #withMaxBytes(long)}: 20 MiB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final Charset charset;
    private final long maxBytes;

    private DocumentReader(Charset charset, long maxBytes) {
        this.charset = charset;
        this.maxBytes = maxBytes;
    }

    /** A reader for UTF-8 reports (the default). */
    public static DocumentReader utf8() {
        return new DocumentReader(StandardCharsets.UTF_8, DEFAULT_MAX_BYTES);
    }

    /**
     * A reader for reports in {@code charset} (the CLI's {@code --encoding}). A byte-order mark in a
     * report still wins: UTF-8 and UTF-16 files that carry one are read as such.
     */
    public static DocumentReader withCharset(Charset charset) {
        return new DocumentReader(Objects.requireNonNull(charset, "charset"), DEFAULT_MAX_BYTES);
    }

    /**
     * A reader like this one that rejects reports larger than {@code maxBytes} (the CLI's
     * {@code --max-size}).
     *
     * @throws IllegalArgumentException unless {@code maxBytes > 0}
     */
    public DocumentReader withMaxBytes(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        return new DocumentReader(charset, maxBytes);
    }

    /** The charset used for reports without a byte-order mark. */
    public Charset charset() {
        return charset;
    }

    /** The largest report accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads a report file. Its format comes from its extension and its id is its file name without
     * the extension.
     *
     * @throws InputException if the file type is not supported, the file cannot be read, or its
     *                        content is rejected as in {@link #read(String, String, byte[], InputFormat)}
     */
    public Document read(Path file) {
        String path = file.toString();
        Path fileName = file.getFileName();
        String name = fileName == null ? path : fileName.toString();
        InputFormat format = InputFormat.forFileName(name).orElseThrow(() -> unsupported(path, name));
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(path + ": is a directory, not a report");
            }
            checkSize(path, Files.size(file)); // before reading, so a huge file is never loaded
            return read(stem(name), path, Files.readAllBytes(file), format);
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(path + ": permission denied", e);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException(path + ": cannot read (" + reason + ")", e);
        }
    }

    /**
     * Reads a report from its raw bytes: the entry point for standard input and for runners that
     * load the bytes themselves.
     *
     * @param id     the document id
     * @param path   where the bytes came from, as the user named it ({@code -} for standard input);
     *               error messages start with it
     * @param bytes  the raw content; its SHA-256 becomes the document's {@code sha256}
     * @param format how to interpret the content
     * @throws InputException if the content is too large, binary, not valid in the charset, or has
     *                        no text
     */
    public Document read(String id, String path, byte[] bytes, InputFormat format) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        checkSize(path, bytes.length);
        String decoded = Decoder.decode(path, bytes, charset);
        if (Spans.isBlank(decoded)) {
            throw new InputException(path + ": empty report");
        }
        Rendered rendered = switch (format) {
            case TXT -> new Rendered(decoded, PlainTextStructure.blocks(decoded));
            case MD -> MarkdownRenderer.render(decoded);
            case HTML -> HtmlRenderer.render(decoded);
        };
        if (Spans.isBlank(rendered.text())) {
            throw new InputException(path + ": empty report (no text once the markup is removed)");
        }
        return new Document(id, path, Sha256.hex(bytes), format, rendered.text(), rendered.blocks());
    }

    private void checkSize(String path, long size) {
        if (size > maxBytes) {
            throw new InputException(path + ": " + size + " bytes exceeds the limit of " + maxBytes
                    + " bytes (--max-size)");
        }
    }

    private static InputException unsupported(String path, String name) {
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? "(no extension)" : "'" + name.substring(dot) + "'";
        return new InputException(path + ": unsupported file type " + type
                + "; talkmine reads .txt, .md, .markdown, .html, .htm");
    }

    /** The file name without its last extension ({@code notes.v2.md} → {@code notes.v2}). */
    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
