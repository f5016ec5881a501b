package dev.talkmine.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir
    Path tmp;

    private Path write(String name) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "text");
    }

    @Test
    void foldersGiveTheirReportsSortedWithUniqueIds() throws IOException {
        write("b/talks.md");
        write("a/talks.txt");
        write("a/notes.pdf");
        write("a/.hidden.txt");

        assertThat(Inputs.expand(List.of(tmp.toString()))).extracting(Input::id)
                .containsExactly("talks", "talks-2");
    }

    @Test
    void anOutputFolderInsideTheInputFolderIsNotReadBack() throws IOException {
        write("reports/one.txt");
        write("reports/out/index.html");
        write("reports/out/one.json");
        Path out = tmp.resolve("reports/out");

        assertThat(Inputs.expand(List.of(tmp.resolve("reports").toString()), out)).extracting(Input::id)
                .containsExactly("one");
        // the same folder given by another spelling of its path
        assertThat(Inputs.expand(List.of(tmp.resolve("reports").toString()), tmp.resolve("reports/./x/../out")))
                .extracting(Input::id).containsExactly("one");
        // without it, and when named explicitly, the file is read
        assertThat(Inputs.expand(List.of(tmp.resolve("reports").toString()))).extracting(Input::id)
                .containsExactly("one", "index");
        assertThat(Inputs.expand(List.of(tmp.resolve("reports/out/index.html").toString()), out))
                .extracting(Input::id).containsExactly("index");
    }

    @Test
    void stemsAreSafeFileNamesOnEverySystem() {
        assertThat(Inputs.stem("talks.md")).isEqualTo("talks");
        assertThat(Inputs.stem("a:b*c?.txt")).isEqualTo("a_b_c_");
        assertThat(Inputs.stem("..hidden.txt")).isEqualTo("_hidden");
        assertThat(Inputs.stem(".txt")).isEqualTo("_txt");
        // Windows devices, also before another dot, and names ending in a dot or space
        assertThat(Inputs.stem("CON.txt")).isEqualTo("CON_");
        assertThat(Inputs.stem("nul.tar.md")).isEqualTo("nul_.tar");
        assertThat(Inputs.stem("com1.html")).isEqualTo("com1_");
        assertThat(Inputs.stem("console.txt")).isEqualTo("console");
        assertThat(Inputs.stem("notes. .txt")).isEqualTo("notes_");
    }

    @Test
    void aMissingArgumentIsAnInputError() {
        assertThatThrownBy(() -> Inputs.expand(List.of(tmp.resolve("nope").toString())))
                .isInstanceOf(InputException.class).hasMessageEndingWith("nope: no such file or folder");
    }
}
