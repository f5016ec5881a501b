package dev.talkmine.eval;

import dev.talkmine.InputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading files the way {@code score.py}'s {@code open(f, encoding="utf-8").read()} does. */
final class Texts {
    private Texts() {
    }

    /** Strict UTF-8; a byte-order mark is kept as U+FEFF, as Python's {@code utf-8} codec keeps it. */
    static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a text file in Python's text mode: universal newlines, so {@code \r\n} and a lone
     * {@code \r} both become {@code \n}. (Prediction texts come from JSON and are never translated.)
     */
    static String readUniversalNewlines(Path file) {
        return read(file).replace("\r\n", "\n").replace('\r', '\n');
    }
}
