package dev.talkmine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scores talkmine's summaries and verdicts against the key sentences and verdicts of a gold folder,
 * with exactly the numbers of the reference scorer {@code score_summary.py} ({@code --dir GOLD
 * --pred-dir PRED}, without its {@code --annotations} sidecar files). Talks are matched as
 * {@link Evaluator} matches them; a gold report without any {@code key_sentences} is left out.
 *
 * <pre>{@code
 * SummaryEvaluation e = SummaryEvaluator.evaluate(Path.of("../shared/corpus/dev"), Path.of("output"));
 * System.out.print(SummaryEvaluator.table(e));
 * }</pre>
 */
public final class SummaryEvaluator {
    private SummaryEvaluator() {
    }

    /**
     * Scores the predictions in {@code predDir} ({@code <stem>.json}).
     *
     * @throws dev.talkmine.InputException as {@link Evaluator#evaluate(Path, Path)}
     */
    public static SummaryEvaluation evaluate(Path goldDir, Path predDir) {
        return evaluate(goldDir, Evaluator.fromDir(predDir));
    }

    /**
     * Scores in-memory predictions (talkmine JSON by report stem).
     *
     * @throws dev.talkmine.InputException as {@link Evaluator#evaluate(Path, Map)}
     */
    public static SummaryEvaluation evaluate(Path goldDir, Map<String, String> predictions) {
        return evaluate(goldDir, Evaluator.fromMap(predictions));
    }

    private static SummaryEvaluation evaluate(Path goldDir, Function<String, Optional<JsonNode>> predictions) {
        List<SummaryEvaluation.Row> rows = new ArrayList<>();
        for (Evaluator.Loaded r : Evaluator.load(goldDir, predictions)) {
            if (SummaryScorer.scored(r.gold())) {
                rows.add(new SummaryEvaluation.Row(r.stem(), SummaryScorer.score(r.text(), r.gold(), r.pred())));
            }
        }
        return new SummaryEvaluation(rows, SummaryEvaluation.Means.of(rows));
    }

    /** The table {@code score_summary.py} prints, byte for byte; lines end with {@code \n}. */
    public static String table(SummaryEvaluation e) {
        StringBuilder b = new StringBuilder();
        b.append(PyFormat.padRight("report", 36));
        for (String h : List.of("matched", "rouge1", "rouge2", "lead2-1", "lead2-2", "verdict")) {
            b.append(' ').append(PyFormat.padLeft(h, 7));
        }
        b.append('\n');
        for (SummaryEvaluation.Row row : e.reports()) {
            SummaryScores s = row.scores();
            int k = Math.max(s.matched(), 1);
            b.append(PyFormat.padRight(PyFormat.head(row.report(), 36), 36)).append(' ')
                    .append(PyFormat.padLeft(Integer.toString(s.matched()), 3)).append('/')
                    .append(PyFormat.padRight(Integer.toString(s.gold()), 3));
            for (double v : new double[] {s.rouge1() / k, s.rouge2() / k, s.lead2Rouge1() / k, s.lead2Rouge2() / k,
                (double) s.verdictOk() / k}) {
                b.append(' ').append(PyFormat.fixed(v, 7, 2));
            }
            b.append('\n');
        }
        SummaryEvaluation.Means m = e.mean();
        b.append("ALL matched talks: coverage ").append(PyFormat.fixed(m.coverage(), 0, 2))
                .append("  rouge1 ").append(PyFormat.fixed(m.rouge1(), 0, 2))
                .append("  rouge2 ").append(PyFormat.fixed(m.rouge2(), 0, 2))
                .append("  | lead-2 baseline rouge1 ").append(PyFormat.fixed(m.lead2Rouge1(), 0, 2))
                .append("  rouge2 ").append(PyFormat.fixed(m.lead2Rouge2(), 0, 2))
                .append("  | summary ").append(PyFormat.fixed(m.words(), 0, 0)).append(" words\n");
        b.append("verdicts: accuracy ").append(PyFormat.fixed(m.verdictAcc(), 0, 2))
                .append("  macro-F1 ").append(PyFormat.fixed(m.macroF1(), 0, 2))
                .append("  (always '").append(m.base()).append("': ").append(PyFormat.fixed(m.baseAcc(), 0, 2))
                .append(")  gold ").append(PyFormat.dictRepr(m.goldVerdicts())).append('\n');
        return b.toString();
    }

    /**
     * talkmine's own line after the table: each label's F1 and the recall of negative and mixed
     * verdicts together (the scorer computes the F1 but prints only their mean).
     */
    public static String perClass(SummaryEvaluation e) {
        StringBuilder b = new StringBuilder("verdict F1:");
        e.mean().verdictF1().forEach((v, f) -> b.append(' ').append(v).append(' ').append(PyFormat.fixed(f, 0, 2)));
        b.append("  | recall of negative+mixed ")
                .append(PyFormat.fixed(e.mean().recall(List.of("negative", "mixed")), 0, 2)).append('\n');
        return b.toString();
    }

    /**
     * The JSON {@code score_summary.py --json} prints, byte for byte: {@code {"reports": {stem:
     * counts}, "mean": means}} with one space of indentation, non-ASCII escaped and a final newline.
     */
    public static String json(SummaryEvaluation e) {
        return PyFormat.json(tree(e)) + "\n";
    }

    /** The object {@link #json} writes. */
    static Map<String, Object> tree(SummaryEvaluation e) {
        Map<String, Object> reports = new LinkedHashMap<>();
        for (SummaryEvaluation.Row row : e.reports()) {
            reports.put(row.report(), counts(row.scores()));
        }
        SummaryEvaluation.Means m = e.mean();
        Map<String, Object> mean = new LinkedHashMap<>();
        mean.put("rouge1", m.rouge1());
        mean.put("rouge2", m.rouge2());
        mean.put("lead2-rouge1", m.lead2Rouge1());
        mean.put("lead2-rouge2", m.lead2Rouge2());
        mean.put("words", m.words());
        mean.put("coverage", m.coverage());
        mean.put("verdict-acc", m.verdictAcc());
        m.verdictF1().forEach((v, f) -> mean.put("verdict-f1-" + v, f));
        mean.put("verdict-f1", m.macroF1());
        mean.put("verdict-base", m.baseAcc());
        mean.put("gold-verdicts", new LinkedHashMap<String, Object>(m.goldVerdicts()));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("reports", reports);
        root.put("mean", mean);
        return root;
    }

    /** {@code dict(r)}: the Counter's keys in the order the loop first touched them. */
    private static Map<String, Object> counts(SummaryScores s) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (s.gold() > 0) {
            out.put("gold", s.gold());
        }
        if (s.matched() > 0) {
            out.put("matched", s.matched());
            out.put("rouge1", s.rouge1());
            out.put("rouge2", s.rouge2());
            out.put("lead2-rouge1", s.lead2Rouge1());
            out.put("lead2-rouge2", s.lead2Rouge2());
            out.put("words", s.words());
            out.put("verdict-ok", s.verdictOk());
        }
        return out;
    }
}
