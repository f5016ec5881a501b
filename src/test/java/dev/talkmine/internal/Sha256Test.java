package dev.talkmine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void bytesStringsAndFilesHashAlike(@TempDir Path dir) throws Exception {
        Path f = Files.write(dir.resolve("abc"), "abc".getBytes(StandardCharsets.UTF_8));

        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8))).isEqualTo(ABC);
        assertThat(Sha256.hex(f)).isEqualTo(ABC);
    }

    @Test
    void hexSoFarLeavesTheDigestGoingOn() {
        MessageDigest md = Sha256.digest();
        md.update("ab".getBytes(StandardCharsets.UTF_8));
        String ab = Sha256.hexSoFar(md);
        md.update("c".getBytes(StandardCharsets.UTF_8));

        assertThat(ab).isEqualTo(Sha256.hex("ab"));
        assertThat(Sha256.hexSoFar(md)).isEqualTo(ABC);
    }
}
