package dev.talkmine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void createsAndReplaces() throws IOException {
        Path f = dir.resolve("x.txt");
        AtomicFile.write(f, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(f, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(f).hasContent("two");
        assertThat(list()).containsExactly("x.txt");
    }

    @Test
    void failureHalfwayKeepsTheOldFileAndRemovesTheTempFile() throws IOException {
        Path f = dir.resolve("x.txt");
        Files.writeString(f, "complete old content");
        assertThatThrownBy(() -> AtomicFile.write(f, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(f).hasContent("complete old content");
        assertThat(list()).containsExactly("x.txt");
    }

    @Test
    void failureOnFirstWriteLeavesNoFile() throws IOException {
        Path f = dir.resolve("new.txt");
        assertThatThrownBy(() -> AtomicFile.write(f, out -> {
            out.write('x');
            throw new IllegalStateException("interrupted");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(f).doesNotExist();
        assertThat(list()).isEmpty();
    }

    @Test
    void tempFileIsHiddenAndNamedAfterTheTarget() throws IOException {
        Path f = dir.resolve("talks.csv");
        String[] seen = new String[1];
        AtomicFile.write(f, out -> seen[0] = list().get(0));
        assertThat(seen[0]).startsWith(".talks.csv" + AtomicFile.TMP_INFIX);
    }

    @Test
    void finalFileHonoursTheUmaskNotTheTempFileDefaultOf0600() throws IOException {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, "x");
        Path f = dir.resolve("atomic.txt");
        AtomicFile.write(f, new byte[] {'x'});
        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.getPosixFilePermissions(f)).contains(PosixFilePermission.OWNER_WRITE);
    }

    private java.util.List<String> list() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
