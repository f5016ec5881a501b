package dev.talkmine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkmine.InputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scores talkmine's per-report JSON against a folder of gold annotations, with exactly the numbers
 * of the reference scorer {@code score.py} ({@code --dir GOLD --pred-dir PRED}).
 *
 * <p>The gold folder holds {@code NN-slug.gold.json} files, each with its plain text
 * {@code NN-slug.txt} beside it. The prediction for {@code NN-slug} is {@code NN-slug.json}; a
 * report without one is scored as an empty prediction and flagged. Gold first words are located in
 * the prediction's {@code text} when it is not empty (offsets refer to the text talkmine read,
 * which for Markdown or HTML input is the rendering), else in the {@code .txt} file.
 *
 * <pre>{@code
 * Evaluation e = Evaluator.evaluate(Path.of("../shared/corpus/dev"), Path.of("output"));
 * System.out.print(Evaluator.table(e, false));
 * }</pre>
 */
public final class Evaluator {
    private static final String GOLD_SUFFIX = ".gold.json";

    private Evaluator() {
    }

    /**
     * Scores the predictions in {@code predDir} ({@code <stem>.json}) against the gold files in
     * {@code goldDir}.
     *
     * @throws InputException if a folder is missing, the gold folder has no {@code *.gold.json}
     *                        file, or a file cannot be read or parsed
     */
    public static Evaluation evaluate(Path goldDir, Path predDir) {
        return evaluate(goldDir, fromDir(predDir));
    }

    /**
     * Scores in-memory predictions against the gold files in {@code goldDir}.
     *
     * @param predictions talkmine JSON documents by report stem; a stem that is absent has no output
     * @throws InputException if the gold folder is missing or has no {@code *.gold.json} file, or a
     *                        file or prediction cannot be read or parsed
     */
    public static Evaluation evaluate(Path goldDir, Map<String, String> predictions) {
        return evaluate(goldDir, fromMap(predictions));
    }

    /**
     * The report stems of the gold folder ({@code NN-slug} for {@code NN-slug.gold.json}), in the
     * order they are scored: by file name, in code point order, as Python sorts. Hidden files are
     * skipped, as Python's {@code glob} skips them.
     *
     * @throws InputException if the folder is missing or has no gold file
     */
    public static List<String> reports(Path goldDir) {
        Objects.requireNonNull(goldDir, "goldDir");
        if (!Files.isDirectory(goldDir)) {
            throw new InputException(goldDir + ": no such folder");
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(goldDir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (name.endsWith(GOLD_SUFFIX) && !name.startsWith(".") && Files.isRegularFile(p)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new InputException(goldDir + ": cannot list folder (" + e.getMessage() + ")", e);
        }
        if (names.isEmpty()) {
            throw new InputException(goldDir + ": no *" + GOLD_SUFFIX + " files");
        }
        // sorted(glob(...)) sorts the file names, not the stems ("a-b.gold.json" < "a.gold.json")
        names.sort(TextNorm.CODE_POINT_ORDER);
        return names.stream().map(n -> n.substring(0, n.length() - GOLD_SUFFIX.length())).toList();
    }

    private static Evaluation evaluate(Path goldDir, Function<String, Optional<JsonNode>> predictions) {
        List<Evaluation.Row> rows = new ArrayList<>();
        for (Loaded r : load(goldDir, predictions)) {
            rows.add(new Evaluation.Row(r.stem(), Scorer.score(r.text(), r.gold(), r.pred()), r.hasOutput()));
        }
        return new Evaluation(rows, Evaluation.Means.of(rows));
    }

    /**
     * One gold report with its prediction, as both scorers read them.
     *
     * @param stem      the report's stem
     * @param text      where gold first words are located: the prediction's text, else the gold {@code .txt}
     * @param gold      the annotation
     * @param pred      the prediction ({@link Prediction#NONE} when there is none)
     * @param hasOutput whether there was a prediction
     */
    record Loaded(String stem, String text, GoldReport gold, Prediction pred, boolean hasOutput) {
    }

    /** The gold reports of {@code goldDir} with their predictions, in scoring order. */
    static List<Loaded> load(Path goldDir, Function<String, Optional<JsonNode>> predictions) {
        List<Loaded> out = new ArrayList<>();
        for (String stem : reports(goldDir)) {
            Path textFile = goldDir.resolve(stem + ".txt");
            String text = Files.exists(textFile) ? Texts.readUniversalNewlines(textFile) : "";
            GoldReport gold = GoldReport.load(goldDir.resolve(stem + GOLD_SUFFIX));
            Optional<JsonNode> json = predictions.apply(stem);
            Prediction pred = json.map(j -> Prediction.parse(j, stem + ".json")).orElse(Prediction.NONE);
            // offsets refer to the plain text talkmine read (Markdown/HTML input differs from the file)
            if (!pred.text().isEmpty()) {
                text = pred.text();
            }
            out.add(new Loaded(stem, text, gold, pred, json.isPresent()));
        }
        return out;
    }

    /** Predictions read from {@code predDir/<stem>.json}. */
    static Function<String, Optional<JsonNode>> fromDir(Path predDir) {
        Objects.requireNonNull(predDir, "predDir");
        if (!Files.isDirectory(predDir)) {
            throw new InputException(predDir + ": no such folder");
        }
        return stem -> {
            Path p = predDir.resolve(stem + ".json");
            return Files.exists(p) ? Optional.of(Json.object(p)) : Optional.empty();
        };
    }

    /** Predictions held in memory, talkmine JSON by report stem. */
    static Function<String, Optional<JsonNode>> fromMap(Map<String, String> predictions) {
        Objects.requireNonNull(predictions, "predictions");
        return stem -> Optional.ofNullable(predictions.get(stem)).map(json -> Json.object(json, stem + ".json"));
    }

    /**
     * The table {@code score.py} prints: a header, one line of F1 scores and title/kind accuracies
     * per report ({@code "%7.2f"}, with {@code "  (no output)"} when the prediction was missing),
     * and the {@code MEAN} line. With {@code verbose}, each report line is followed by its missed
     * and spurious entities ({@code score.py -v}). Lines end with {@code \n}.
     */
    public static String table(Evaluation evaluation, boolean verbose) {
        StringBuilder b = new StringBuilder();
        b.append(PyFormat.padRight("report", 36)).append(' ');
        List<String> cols = new ArrayList<>();
        for (Field f : Field.values()) {
            cols.add(PyFormat.padLeft(PyFormat.head(f.key(), 7), 7));
        }
        cols.add(PyFormat.padLeft("titles", 7));
        cols.add(PyFormat.padLeft("kinds", 7));
        b.append(String.join(" ", cols)).append('\n');
        for (Evaluation.Row row : evaluation.reports()) {
            Scores s = row.scores();
            List<Double> vals = new ArrayList<>();
            for (Field f : Field.values()) {
                vals.add(s.prf(f).f());
            }
            vals.add(s.titles().acc());
            vals.add(s.kinds().acc());
            b.append(line(PyFormat.head(row.report(), 36), vals))
                    .append(row.hasOutput() ? "" : "  (no output)").append('\n');
            if (verbose) {
                entityLines(b, "people", s.people());
                entityLines(b, "organizations", s.organizations());
                entityLines(b, "technologies", s.technologies());
            }
        }
        Evaluation.Means m = evaluation.mean();
        List<Double> vals = new ArrayList<>();
        for (Field f : Field.values()) {
            vals.add(m.f(f));
        }
        vals.add(m.titles());
        vals.add(m.kinds());
        b.append(line("MEAN", vals)).append('\n');
        return b.toString();
    }

    private static String line(String label, List<Double> vals) {
        List<String> cells = new ArrayList<>();
        for (double v : vals) {
            cells.add(PyFormat.fixed(v, 7, 2));
        }
        return PyFormat.padRight(label, 36) + " " + String.join(" ", cells);
    }

    private static void entityLines(StringBuilder b, String key, Scores.Entities e) {
        if (!e.missed().isEmpty()) {
            b.append("    missed ").append(key).append(": ").append(String.join("; ", e.missed())).append('\n');
        }
        if (!e.spurious().isEmpty()) {
            b.append("    spurious ").append(key).append(": ").append(String.join("; ", e.spurious())).append('\n');
        }
    }

    /**
     * The JSON {@code score.py --json} prints, byte for byte: {@code {"reports": {stem: scores},
     * "mean": means}} with one space of indentation, non-ASCII escaped and a final newline.
     */
    public static String json(Evaluation evaluation) {
        return PyFormat.json(tree(evaluation)) + "\n";
    }

    /**
     * {@link #json(Evaluation)} with one more member, {@code "summary"}: the JSON of
     * {@link SummaryEvaluator#json} (left out when no gold report has key sentences).
     */
    public static String json(Evaluation evaluation, SummaryEvaluation summaries) {
        Map<String, Object> root = tree(evaluation);
        if (!summaries.reports().isEmpty()) {
            root.put("summary", SummaryEvaluator.tree(summaries));
        }
        return PyFormat.json(root) + "\n";
    }

    private static Map<String, Object> tree(Evaluation evaluation) {
        Map<String, Object> reports = new LinkedHashMap<>();
        for (Evaluation.Row row : evaluation.reports()) {
            reports.put(row.report(), scoresJson(row.scores()));
        }
        Evaluation.Means m = evaluation.mean();
        Map<String, Object> mean = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            mean.put(f.key(), m.f(f));
        }
        mean.put("titles", m.titles());
        mean.put("kinds", m.kinds());
        mean.put("missing_outputs", m.missingOutputs());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("reports", reports);
        root.put("mean", mean);
        return root;
    }

    private static Map<String, Object> scoresJson(Scores s) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> talks = prfJson(s.talks().prf());
        talks.put("gold", s.talks().gold());
        talks.put("pred", s.talks().pred());
        talks.put("matched", s.talks().matched());
        out.put("talks", talks);
        out.put("speakers", prfJson(s.speakers()));
        out.put("affiliations", prfJson(s.affiliations()));
        out.put("titles", accuracyJson(s.titles()));
        out.put("kinds", accuracyJson(s.kinds()));
        out.put("people", entitiesJson(s.people()));
        out.put("organizations", entitiesJson(s.organizations()));
        out.put("technologies", entitiesJson(s.technologies()));
        return out;
    }

    private static Map<String, Object> prfJson(Prf prf) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p", prf.p());
        out.put("r", prf.r());
        out.put("f", prf.f());
        return out;
    }

    private static Map<String, Object> accuracyJson(Scores.Accuracy a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("acc", a.acc());
        out.put("n", a.n());
        return out;
    }

    private static Map<String, Object> entitiesJson(Scores.Entities e) {
        Map<String, Object> out = prfJson(e.prf());
        out.put("gold", e.gold());
        out.put("pred", e.pred());
        out.put("missed", e.missed());
        out.put("spurious", e.spurious());
        return out;
    }
}
