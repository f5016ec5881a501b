package dev.talkmine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Agreement with {@code score_summary.py} on an invented fixture (summary-fixture/make_fixture.py):
 * an emoji before the talks (UTF-16 offsets), verdicts as objects, strings, a null label and
 * missing, an empty summary, a prediction without text, a gold talk no prediction matches, one
 * without key sentences, and a report the scorer skips because no talk has key sentences.
 *
 * <p>{@code score-summary-py.txt} and {@code .json} were made once by running the scorer on the
 * fixture (plain and {@code --json}) and saving its output.
 */
class SummaryAgreementTest {
    private static final Path GOLD = path("gold");
    private static final Path PRED = path("pred");

    @Test
    void tableIsByteIdenticalToTheScorers() throws IOException {
        SummaryEvaluation e = SummaryEvaluator.evaluate(GOLD, PRED);
        assertThat(e.reports()).extracting(SummaryEvaluation.Row::report).containsExactly("01-gadget-days", "02-meetup");
        assertThat(SummaryEvaluator.table(e)).isEqualTo(read("score-summary-py.txt"));
    }

    @Test
    void jsonIsByteIdenticalToTheScorers() throws IOException {
        assertThat(SummaryEvaluator.json(SummaryEvaluator.evaluate(GOLD, PRED))).isEqualTo(read("score-summary-py.json"));
    }

    @Test
    void predictionsInMemoryScoreAsFilesDo() throws IOException {
        Map<String, String> inMemory = new HashMap<>();
        for (String stem : List.of("01-gadget-days", "02-meetup")) {
            inMemory.put(stem, Files.readString(PRED.resolve(stem + ".json"), StandardCharsets.UTF_8));
        }
        assertThat(SummaryEvaluator.table(SummaryEvaluator.evaluate(GOLD, inMemory))).isEqualTo(read("score-summary-py.txt"));
    }

    @Test
    void perClassLineGivesEachLabelsF1AndTheRecallOfNegativeAndMixed() {
        String line = SummaryEvaluator.perClass(SummaryEvaluator.evaluate(GOLD, PRED));
        // gold: negative (predicted negative) and mixed (predicted none): 1 of 2 recalled
        assertThat(line).startsWith("verdict F1: positive ").contains(" negative 1.00 ").contains(" mixed 0.00 ")
                .endsWith("| recall of negative+mixed 0.50\n");
    }

    private static Path path(String name) {
        try {
            return Path.of(Objects.requireNonNull(SummaryAgreementTest.class.getResource("summary-fixture/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(String name) throws IOException {
        return Files.readString(path(name), StandardCharsets.UTF_8);
    }
}
