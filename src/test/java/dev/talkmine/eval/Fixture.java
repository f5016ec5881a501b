package dev.talkmine.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The agreement fixture under {@code src/test/resources/dev/talkmine/eval/fixture}. */
final class Fixture {
    private Fixture() {
    }

    static Path path(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixture.class.getResource("fixture/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path gold() {
        return path("gold");
    }

    static Path pred() {
        return path("pred");
    }

    static String read(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
