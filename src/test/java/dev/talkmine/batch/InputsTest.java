package dev.talkmine.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.InputException;
import dev.talkmine.overview.OverviewWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

        assertThat(ids(out, tmp.resolve("reports"))).containsExactly("one");
        // the same folder given by another spelling of its path
        assertThat(ids(tmp.resolve("reports/./x/../out"), tmp.resolve("reports"))).containsExactly("one");
        // without it, and when named explicitly, the file is read
        assertThat(ids(null, tmp.resolve("reports"))).containsExactly("one", "index");
        assertThat(ids(out, tmp.resolve("reports/out/index.html"))).containsExactly("index");
        assertThat(notices).isEmpty();
    }

    /** The inputs' ids for {@code args} with output folder {@code out}; notices go to {@link #notices}. */
    private List<String> ids(Path out, Path... args) {
        return Inputs.expand(Arrays.stream(args).map(Path::toString).toList(), out, notices::add).stream()
                .map(Input::id).toList();
    }

    private final List<String> notices = new ArrayList<>();

    @Test
    void anOutputFolderAboveTheInputFolderLeavesTheInputsIn() throws IOException {
        // cd proj; talkmine run reports/ -o .
        write("proj/reports/one.txt");
        write("proj/reports/talks/two.md");
        assertThat(ids(tmp.resolve("proj"), tmp.resolve("proj/reports"))).containsExactly("one", "two");
        // the same after a first run wrote there, and with the output folder spelled "."
        Files.createDirectories(tmp.resolve("proj/.talkmine"));
        Files.writeString(tmp.resolve("proj/index.html"), overviewPage());
        assertThat(ids(tmp.resolve("proj/reports/.."), tmp.resolve("proj/reports/."))).containsExactly("one", "two");
        assertThat(notices).isEmpty();
    }

    @Test
    void theInputFolderAsOutputFolderLeavesTheInputsInButNotTheOverview() throws IOException {
        // cd reports; talkmine run . -o .   (twice: the second run finds the first one's outputs)
        write("reports/one.txt");
        write("reports/sub/two.html");
        Path reports = tmp.resolve("reports");
        assertThat(ids(reports.resolve("."), reports.resolve("."))).containsExactly("one", "two");
        Files.createDirectories(reports.resolve(".talkmine"));
        Files.writeString(reports.resolve("index.html"), overviewPage());
        assertThat(ids(reports.resolve("."), reports.resolve("."))).containsExactly("one", "two");
        assertThat(notices).as("this run replaces its own page").isEmpty();
        // the same folder read into another output folder: its run's page is named and left out
        assertThat(ids(tmp.resolve("elsewhere"), reports)).containsExactly("one", "two");
        assertThat(notices).singleElement().asString().endsWith("index.html: skipped: it is a talkmine overview page");
    }

    @Test
    void earlierRunFoldersInsideTheInputAreSkippedWithANotice() throws IOException {
        // talkmine run . -o out3, after runs into out/ and out2/
        write("reports/one.txt");
        write("reports/out/one.json");
        write("reports/out2/one.json");
        Files.writeString(tmp.resolve("reports/out/index.html"), overviewPage());
        Files.writeString(tmp.resolve("reports/out2/index.html"), overviewPage());
        write("reports/out2/notes.md"); // whatever lies in a run's folder is the run's
        Files.createDirectories(tmp.resolve("reports/out/.talkmine"));
        Files.createDirectories(tmp.resolve("reports/out2/.talkmine"));
        Path reports = tmp.resolve("reports");

        assertThat(ids(reports.resolve("out3"), reports)).containsExactly("one");
        assertThat(notices).hasSize(2).allMatch(n -> n.endsWith(": skipped: it holds the outputs of a talkmine run (.talkmine/)"));
        assertThat(notices.get(0)).startsWith(reports.resolve("out").toString());
        assertThat(notices.get(1)).startsWith(reports.resolve("out2").toString());
        // a run folder named itself is read: what the user names is never left out
        notices.clear();
        assertThat(ids(reports.resolve("out3"), reports.resolve("out2"))).containsExactly("notes");
    }

    @Test
    void anHtmlReportNamedIndexIsRead() throws IOException {
        Files.createDirectories(tmp.resolve("site"));
        Files.writeString(tmp.resolve("site/index.html"), "<html><head><meta name=\"generator\" content=\"Hugo\"></head>"
                + "<body><p>Notes from PyCon.</p></body></html>");
        assertThat(ids(tmp.resolve("out"), tmp.resolve("site"))).containsExactly("index");
    }

    /** The head of a page talkmine's overview writer wrote. */
    private String overviewPage() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("page-" + System.nanoTime()));
        OverviewWriter.open(dir).close();
        return Files.readString(dir.resolve(OverviewWriter.FILE_NAME));
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
