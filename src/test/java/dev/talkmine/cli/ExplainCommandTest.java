package dev.talkmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code talkmine explain} shows every decision with the rule or evidence behind it. */
class ExplainCommandTest {
    @TempDir
    Path tmp;

    @Test
    void explainsPassagesAttributesAndEntities() throws Exception {
        Path f = tmp.resolve("notes.md");
        Files.writeString(f, """
                # ZedConf 2031

                I spent a day at ZedConf. The venue was a converted factory.

                ## Keynotes

                The day opened with a keynote by Ines Duarte about Kubernetes at scale.

                ## Lunch

                The food was excellent and the coffee even better.
                """);
        StringWriter out = new StringWriter();
        int code = Cli.newCommandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("explain", "--entities", f.toString());
        String s = out.toString();
        assertThat(code).isZero();
        assertThat(s).contains("# passages of").contains("intro:").contains("non-talk:")
                .containsPattern("talk talk 1: .* opens a talk passage \\(p=");
        assertThat(s).contains("talk 1 [").contains("keynote").contains("speaker: Ines Duarte")
                .contains("because speaker Ines Duarte (p=").contains("because kind: keynote");
        // the summary with why each sentence was chosen, the verdict with why
        assertThat(s).contains("summary: The day opened with a keynote by Ines Duarte about Kubernetes at scale.")
                .containsPattern("chosen sentence \\d of \\d \\[\\d+-\\d+\\] p=")
                .containsPattern("verdict: none \\(p=[01]\\.\\d\\d\\)\n        because no sentence states a verdict");
        assertThat(s).contains("TECHNOLOGY Kubernetes").contains("gazetteer");
    }

    @Test
    void anUnknownEncodingIsBadUsageAsInRun() throws Exception {
        Path f = Files.writeString(tmp.resolve("notes.txt"), "A report.\n");
        StringWriter err = new StringWriter();
        int code = Cli.newCommandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("explain", "--encoding", "no-such-charset", f.toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--encoding: unknown charset 'no-such-charset'");
    }
}
