package dev.talkmine.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agreement with the reference scorer on an invented fixture (fixture/make_fixture.py): an emoji
 * before a talk and a predicted talk that ends exactly at a gold start (UTF-16 offsets matter),
 * predicted talks that match nothing, a gold talk no prediction covers and one that cannot be
 * located, accents, possessives, curly apostrophes, null titles and kinds, a Markdown-rendered
 * prediction text, and a report without output.
 *
 * <p>The expected numbers and the files {@code score-py*.txt} / {@code score-py.json} were made
 * once by running {@code python3 ../shared/tools/score.py --dir fixture/gold --pred-dir
 * fixture/pred} (plain, {@code -v} and {@code --json}) and pasting its output.
 */
class AgreementTest {

    private static final Evaluation EVAL = Evaluator.evaluate(Fixture.gold(), Fixture.pred());

    @Test
    void numbersAsScorePyComputedThem() {
        List<Evaluation.Row> rows = EVAL.reports();
        assertThat(rows).extracting(Evaluation.Row::report).containsExactly("01-widgetconf", "02-rust-meetup", "03-no-output");
        assertThat(rows).extracting(Evaluation.Row::hasOutput).containsExactly(true, true, false);

        Scores a = rows.get(0).scores();
        assertThat(a.talks()).isEqualTo(new Scores.Talks(new Prf(0.6, 0.75, 0.6666666666666665), 4, 5, 3));
        assertThat(a.speakers()).isEqualTo(new Prf(0.5, 0.75, 0.6));
        assertThat(a.affiliations()).isEqualTo(new Prf(1.0, 1.0, 1.0));
        assertThat(a.titles()).isEqualTo(new Scores.Accuracy(1.0, 1));
        assertThat(a.kinds()).isEqualTo(new Scores.Accuracy(0.75, 4));
        assertThat(a.people()).isEqualTo(new Scores.Entities(new Prf(0.8, 1.0, 0.888888888888889), 4, 5,
                List.of(), List.of("chef bob")));
        assertThat(a.organizations().prf()).isEqualTo(new Prf(1.0, 1.0, 1.0));
        assertThat(a.technologies()).isEqualTo(new Scores.Entities(new Prf(0.8, 0.6666666666666666, 0.7272727272727272),
                6, 5, List.of("kafka", "postgres"), List.of("lyon")));

        Scores b = rows.get(1).scores();
        assertThat(b.talks()).isEqualTo(new Scores.Talks(new Prf(0.75, 0.75, 0.75), 4, 4, 3));
        assertThat(b.speakers()).isEqualTo(new Prf(0.75, 0.75, 0.75));
        assertThat(b.affiliations()).isEqualTo(new Prf(1.0, 1.0, 1.0));
        assertThat(b.titles()).isEqualTo(new Scores.Accuracy(0.6666666666666666, 3));
        assertThat(b.kinds()).isEqualTo(new Scores.Accuracy(0.5, 4));
        assertThat(b.people().spurious()).containsExactly("omar");
        assertThat(b.organizations().prf()).isEqualTo(new Prf(1.0, 0.6666666666666666, 0.8));
        assertThat(b.technologies().prf()).isEqualTo(new Prf(0.75, 1.0, 0.8571428571428571));

        Scores c = rows.get(2).scores();
        assertThat(c.talks()).isEqualTo(new Scores.Talks(new Prf(0.0, 0.0, 0.0), 1, 0, 0));
        assertThat(c.technologies().prf()).isEqualTo(new Prf(1.0, 1.0, 1.0));
        assertThat(c.titles()).isEqualTo(new Scores.Accuracy(0.0, 1));

        Evaluation.Means m = EVAL.mean();
        assertThat(m.talks()).isEqualTo(0.47222222222222215);
        assertThat(m.speakers()).isEqualTo(0.45);
        assertThat(m.affiliations()).isEqualTo(0.6666666666666666);
        assertThat(m.people()).isEqualTo(0.5925925925925927);
        assertThat(m.organizations()).isEqualTo(0.6);
        assertThat(m.technologies()).isEqualTo(0.8614718614718614);
        assertThat(m.titles()).isEqualTo(0.5555555555555555);
        assertThat(m.kinds()).isEqualTo(0.4166666666666667);
        assertThat(m.missingOutputs()).isEqualTo(1);
    }

    @Test
    void tableIsByteIdentical() {
        assertThat(Evaluator.table(EVAL, false)).isEqualTo(Fixture.read("score-py.txt"));
    }

    @Test
    void verboseTableIsByteIdentical() {
        assertThat(Evaluator.table(EVAL, true)).isEqualTo(Fixture.read("score-py-verbose.txt"));
    }

    @Test
    void jsonIsByteIdentical() {
        assertThat(Evaluator.json(EVAL)).isEqualTo(Fixture.read("score-py.json"));
    }

    @Test
    void inMemoryPredictionsScoreTheSame() throws IOException {
        Map<String, String> preds = new HashMap<>();
        for (String stem : List.of("01-widgetconf", "02-rust-meetup")) {
            preds.put(stem, Files.readString(Fixture.pred().resolve(stem + ".json"), StandardCharsets.UTF_8));
        }
        assertThat(Evaluator.evaluate(Fixture.gold(), preds)).isEqualTo(EVAL);
    }

    @Test
    void goldTextIsReadWithUniversalNewlines(@TempDir Path dir) throws IOException {
        // the prediction has no text, so score.py reads the .txt in text mode: \r\n and \r become \n,
        // "Talk" is at 11 (at 12 in the raw file), inside the predicted talk [11, 12) only after translation
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path pred = Files.createDirectories(dir.resolve("pred"));
        Files.writeString(gold.resolve("r.txt"), "Intro\r\nmore\rTalk by Ann\r\n", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("r.gold.json"),
                "{\"talks\": [{\"title\": null, \"speakers\": [\"Ann\"], \"first_words\": \"Talk by Ann\"}]}");
        Files.writeString(pred.resolve("r.json"),
                "{\"talks\": [{\"start\": 11, \"end\": 12, \"speakers\": [{\"name\": \"Ann\"}]}], \"entities\": []}");
        Scores s = Evaluator.evaluate(gold, pred).reports().get(0).scores();
        assertThat(s.talks().matched()).isEqualTo(1);
        assertThat(s.speakers()).isEqualTo(new Prf(1.0, 1.0, 1.0));
    }

    @Test
    void reportsAreInFileNameOrderAsPythonSortsThem(@TempDir Path dir) throws IOException {
        for (String stem : List.of("a", "a-b", "B", "\uD840\uDC00", "\uFA0E", ".hidden")) {
            Files.writeString(dir.resolve(stem + ".gold.json"), "{}");
        }
        // sorted() of the names: '-' < '.', upper case first, then by code point, not UTF-16 unit
        assertThat(Evaluator.reports(dir)).containsExactly("B", "a-b", "a", "\uFA0E", "\uD840\uDC00");
    }
}
