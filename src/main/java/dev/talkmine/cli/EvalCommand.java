package dev.talkmine.cli;

import dev.talkmine.InputException;
import dev.talkmine.PipelineConfig;
import dev.talkmine.Talkmine;
import dev.talkmine.batch.BatchRunner;
import dev.talkmine.batch.Failure;
import dev.talkmine.batch.Input;
import dev.talkmine.batch.Inputs;
import dev.talkmine.batch.ReportSink;
import dev.talkmine.doc.Report;
import dev.talkmine.eval.Evaluation;
import dev.talkmine.eval.Evaluator;
import dev.talkmine.eval.SummaryEvaluation;
import dev.talkmine.eval.SummaryEvaluator;
import dev.talkmine.output.ReportJson;
import dev.talkmine.train.Corpus;
import dev.talkmine.train.CrossValidation;
import dev.talkmine.train.Example;
import dev.talkmine.train.Trainer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code talkmine eval}: scores talkmine's JSON against gold annotations, as {@code score.py} does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores talkmine's JSON against gold annotations (<report>.gold.json) with the"
            + " numbers of the reference scorer score.py: per-report and mean F1 of talks,"
            + " speakers, affiliations, people, organizations and technologies, and title and"
            + " kind accuracy; then, for gold files with key sentences and verdicts, the numbers of"
            + " score_summary.py: summary ROUGE-1/2 next to the lead-2 baseline, verdict accuracy"
            + " and F1. Without --pred, runs talkmine first, on the INPUTs or on the"
            + " report beside each gold file (<report>.txt, else .md or .html)."
            + " See docs/evaluation.md.")
final class EvalCommand implements Callable<Integer> {
    /** Without INPUTs, the report beside each gold file: the plain text, else its Markdown or HTML source. */
    private static final List<String> REPORT_EXTENSIONS = List.of(".txt", ".md", ".html");

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", required = true,
            description = "Gold folder: <report>.gold.json files, each with its plain text <report>.txt beside it.")
    Path gold;

    @Option(names = "--pred", paramLabel = "DIR",
            description = "Score the talkmine JSON outputs in DIR (<report>.json) instead of running talkmine.")
    Path pred;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Reports or folders to run talkmine on instead of the reports beside the gold files"
                    + " (e.g. Markdown sources); each is scored against the gold file of the same stem.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--json", description = "Print the scores as JSON (score.py --json, with score_summary.py --json"
            + " under \"summary\" when the gold files have key sentences).")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "List missed and spurious entities under each report.")
    boolean verbose;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--cv", description = "Leave-one-report-out cross-validation: train on every report but one,"
            + " score that one, for each report (the number that counts for reports talkmine has not seen).")
    boolean crossValidate;

    @Option(names = "--train-with", paramLabel = "DIR",
            description = "With --cv: also train on the reports of DIR (e.g. the Markdown sources of the same reports;"
                    + " a report is held out in all its forms); repeatable.")
    List<Path> trainWith = new ArrayList<>();

    @Option(names = "--save", paramLabel = "DIR",
            description = "With --cv: also write each report's held-out JSON to DIR/<report>.json (for score.py or a closer look).")
    Path save;

    @Override
    public Integer call() throws InterruptedException {
        if (pred != null && !inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give either --pred DIR or INPUT files, not both");
        }
        if (crossValidate && (pred != null || !inputs.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "--cv trains and runs talkmine itself: drop --pred and INPUTs");
        }
        Evaluation evaluation;
        SummaryEvaluation summaries;
        try {
            List<String> reports = Evaluator.reports(gold);
            if (pred != null) {
                evaluation = Evaluator.evaluate(gold, pred);
                summaries = SummaryEvaluator.evaluate(gold, pred);
            } else {
                Map<String, String> predictions = crossValidate ? crossValidated() : runTalkmine(reports);
                evaluation = Evaluator.evaluate(gold, predictions);
                summaries = SummaryEvaluator.evaluate(gold, predictions);
            }
        } catch (InputException e) {
            spec.commandLine().getErr().println("talkmine: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(Evaluator.json(evaluation, summaries));
        } else {
            out.print(Evaluator.table(evaluation, verbose));
            if (!summaries.reports().isEmpty()) {
                out.print("\n" + SummaryEvaluator.table(summaries) + SummaryEvaluator.perClass(summaries));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Whether an example is a report of the gold folder (the others are only trained on). */
    private boolean scoredHere(Example e) {
        return Path.of(e.source()).getParent().equals(gold.resolve(e.group()).getParent());
    }

    /** Held-out JSON of every report of the gold folder, by stem. */
    private Map<String, String> crossValidated() throws InterruptedException {
        Talkmine talkmine = pipeline.config().builder().untrained().build();
        List<Path> dirs = new ArrayList<>(List.of(gold));
        dirs.addAll(trainWith);
        int threads = Runtime.getRuntime().availableProcessors();
        List<Example> examples = Corpus.load(dirs, talkmine, threads);
        Set<String> scored = new LinkedHashSet<>();
        for (Example e : examples) {
            if (scoredHere(e)) {
                scored.add(e.group());
            }
        }
        Map<String, String> bySource = CrossValidation.predictions(Trainer.of(examples, talkmine.lexicon()), talkmine, scored,
                threads);
        Map<String, String> out = new HashMap<>();
        for (Example e : examples) {
            if (scoredHere(e)) {
                out.put(e.group(), bySource.get(e.source()));
            }
        }
        if (save != null) {
            try {
                Files.createDirectories(save);
                for (Map.Entry<String, String> e : out.entrySet()) {
                    Files.writeString(save.resolve(e.getKey() + ".json"), e.getValue());
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(save + ": cannot write predictions", e);
            }
        }
        return out;
    }

    /** Runs talkmine on the reports to score; returns their JSON by report stem. A report that fails has none. */
    private Map<String, String> runTalkmine(List<String> reports) {
        List<Input> todo = new ArrayList<>();
        if (inputs.isEmpty()) {
            for (String stem : reports) {
                REPORT_EXTENSIONS.stream().map(ext -> gold.resolve(stem + ext)).filter(Files::isRegularFile).findFirst()
                        .ifPresent(file -> todo.add(new Input(todo.size(), stem, file, file.toString())));
            }
        } else {
            for (Input in : Inputs.expand(inputs)) {
                if (in.isStdin()) {
                    throw new ParameterException(spec.commandLine(), "eval cannot read standard input: name the files");
                }
                if (reports.contains(in.id())) {
                    todo.add(new Input(todo.size(), in.id(), in.path(), in.shown()));
                } else {
                    spec.commandLine().getErr().println("talkmine: " + in.shown() + ": no " + in.id()
                            + ".gold.json in " + gold + "; skipped");
                }
            }
        }
        PipelineConfig config = pipeline.config();
        Map<String, String> out = new ConcurrentHashMap<>();
        ReportSink predictions = new ReportSink() {
            @Override
            public void add(int order, Report report) {
                out.put(todo.get(order).id(), ReportJson.toJson(report));
            }

            @Override
            public void fail(int order, String file, Failure failure) {
                // told on stderr by the runner; a report that fails has no prediction
            }
        };
        PrintWriter err = spec.commandLine().getErr();
        new BatchRunner(config.build(), config.reader(), Runtime.getRuntime().availableProcessors())
                .withTimeout(Duration.ZERO) // scoring waits for every report
                .run(todo, List.of(predictions), InputStream.nullInputStream(), done -> { },
                        line -> err.println("talkmine: failed: " + line));
        return out;
    }
}
