package dev.talkmine.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkmine.doc.InputFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusBuilderTest {
    /** Whitespace tokens: the tests need no CoreNLP. */
    static final ToIntFunction<String> WORDS = s -> s.isBlank() ? 0 : s.trim().split("\\s+").length;

    @TempDir
    Path tmp;

    private static final CorpusBuilder.Source A = new CorpusBuilder.Source("a", InputFormat.TXT,
            "Day one\n\nJane Doe gave a talk about Python 3 and Django.\n");
    private static final CorpusBuilder.Source B = new CorpusBuilder.Source("b", InputFormat.MD,
            "# Day two\n\n- *Fast tests* by Omar Haddad\n");

    @Test
    void theCorpusReachesTheTokenCountCyclingThroughVariedCopies() {
        List<BenchDoc> docs = new CorpusBuilder(List.of(A, B), WORDS).corpus(100);
        long tokens = docs.stream().mapToLong(BenchDoc::tokens).sum();
        assertThat(tokens).isGreaterThanOrEqualTo(100);
        assertThat(tokens - docs.get(docs.size() - 1).tokens()).isLessThan(100);
        assertThat(docs.get(0).raw()).isEqualTo(A.raw());
        assertThat(docs.get(1).raw()).isEqualTo(B.raw());
        assertThat(docs.get(2).id()).isEqualTo("a~1");
        assertThat(docs.get(2).raw()).isNotEqualTo(A.raw()).doesNotContain("Jane Doe").contains("Python 4");
        assertThat(new HashSet<>(docs.stream().map(BenchDoc::id).toList())).hasSize(docs.size());
    }

    @Test
    void markdownIsRenderedForTheTextCoreNlpGetsAndKeptRawForTalkmine() {
        BenchDoc md = new CorpusBuilder(List.of(B), WORDS).corpus(1).get(0);
        assertThat(md.format()).isEqualTo(InputFormat.MD);
        assertThat(md.raw()).startsWith("# Day two");
        assertThat(md.text()).doesNotContain("#").doesNotContain("*").contains("Fast tests by Omar Haddad");
        assertThat(md.tokens()).isEqualTo(WORDS.applyAsInt(md.text()));
        assertThat(md.bytes()).isEqualTo(md.raw().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aLargeReportReachesItsSizeWithinOneSourceReport() {
        BenchDoc big = new CorpusBuilder(List.of(A, B), WORDS).largeReport("1KB", 1000);
        assertThat(big.id()).isEqualTo("1KB");
        assertThat(big.format()).isEqualTo(InputFormat.TXT);
        assertThat(big.bytes()).isBetween(1000, 1000 + A.raw().length() + 2);
        assertThat(big.text()).isEqualTo(big.raw()).startsWith(A.raw());
        assertThat(big.tokens()).isEqualTo(WORDS.applyAsInt(big.text()));
    }

    @Test
    void sourcesAreTheSeedThenTheReportsOfEachFolderSorted() throws Exception {
        Path seed = Files.writeString(tmp.resolve("seed.txt"), "Seed report.");
        Path dir = Files.createDirectories(tmp.resolve("more/nested"));
        Files.writeString(dir.resolve("b.md"), "# B");
        Files.writeString(dir.getParent().resolve("a.html"), "<p>A</p>");
        Files.writeString(dir.getParent().resolve("a.gold.json"), "{}");
        List<CorpusBuilder.Source> s = CorpusBuilder.sources(seed, List.of(tmp.resolve("more")));
        assertThat(s).extracting(CorpusBuilder.Source::id).containsExactly("seed", "a", "b");
        assertThat(s).extracting(CorpusBuilder.Source::format).containsExactly(InputFormat.TXT, InputFormat.HTML, InputFormat.MD);
    }

    @Test
    void refusesNoSourcesAndMissingFolders() {
        assertThatThrownBy(() -> new CorpusBuilder(List.of(), WORDS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CorpusBuilder.sources(tmp.resolve("x.txt"), List.of(tmp.resolve("nope"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
