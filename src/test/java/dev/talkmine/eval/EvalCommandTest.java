package dev.talkmine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code talkmine eval --pred}: the command-line face of the evaluator (the package-private command is built by picocli). */
class EvalCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) throws ClassNotFoundException {
        CommandLine cl = new CommandLine(Class.forName("dev.talkmine.cli.EvalCommand"));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void printsTheTable() throws Exception {
        assertThat(run("--gold", Fixture.gold().toString(), "--pred", Fixture.pred().toString())).isZero();
        assertThat(out.toString()).isEqualTo(Fixture.read("score-py.txt"));
    }

    @Test
    void verboseAndJson() throws Exception {
        assertThat(run("--gold", Fixture.gold().toString(), "--pred", Fixture.pred().toString(), "-v")).isZero();
        assertThat(out.toString()).isEqualTo(Fixture.read("score-py-verbose.txt"));
        out.getBuffer().setLength(0);
        assertThat(run("--gold", Fixture.gold().toString(), "--pred", Fixture.pred().toString(), "--json")).isZero();
        assertThat(out.toString()).isEqualTo(Fixture.read("score-py.json"));
    }

    @Test
    void missingOrEmptyGoldFolderIsExitCode2(@TempDir Path dir) throws Exception {
        assertThat(run("--gold", dir.resolve("nope").toString(), "--pred", Fixture.pred().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("nope: no such folder");
        assertThat(run("--gold", dir.toString(), "--pred", Fixture.pred().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no *.gold.json files");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badGoldFileIsExitCode2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.gold.json"), "{\"talks\": [");
        assertThat(run("--gold", dir.toString(), "--pred", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("x.gold.json: not valid JSON");
    }

    @Test
    void missingPredFolderIsExitCode2() throws Exception {
        assertThat(run("--gold", Fixture.gold().toString(), "--pred", Fixture.gold().resolve("nope").toString())).isEqualTo(2);
    }

    @Test
    void predAndInputsTogetherIsAUsageError() throws Exception {
        assertThat(run("--gold", Fixture.gold().toString(), "--pred", Fixture.pred().toString(), "a.txt")).isEqualTo(2);
        assertThat(err.toString()).contains("either --pred DIR or INPUT");
    }

    @Test
    void goldIsRequired() throws IOException, ClassNotFoundException {
        assertThat(run("--pred", Fixture.pred().toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--gold");
    }
}
