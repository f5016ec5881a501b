package dev.talkmine.cli;

import dev.talkmine.PipelineConfig;
import dev.talkmine.doc.Entity;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.Talk;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code talkmine explain}: why talkmine decided what it did about one report. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints each passage of a report with its decision and the rule that made it,"
            + " each talk's attributes with their evidence, the sentences chosen as its summary with their"
            + " probabilities, the author's verdict with the sentence that states it, and (with --entities)"
            + " each entity's mentions, sources and merges.")
final class ExplainCommand implements Callable<Integer> {
    private static final int SHOWN = 100;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The report (.txt, .md or .html).")
    Path file;

    @Option(names = "--entities", description = "Also explain every entity and mention.")
    boolean entities;

    @Mixin
    PipelineOptions pipeline;

    @Override
    public Integer call() {
        PipelineConfig config = pipeline.config();
        Report r = config.build().process(config.reader().read(file));
        PrintWriter out = spec.commandLine().getOut();
        String text = r.text();
        out.println("# passages of " + file);
        for (Segment s : r.segments()) {
            String talk = r.talkAt(s.span().start()).filter(t -> s.label() == Segment.Label.TALK)
                    .map(t -> " talk " + t.index()).orElse("");
            out.printf("[%d-%d] %s%s%s: %s%n", s.span().start(), s.span().end(), s.label().id(), talk,
                    s.group() == null ? "" : " (under '" + s.group() + "')", s.reason());
            out.println("    " + snippet(s.span().coveredText(text)));
        }
        out.println();
        out.println("# talks");
        for (Talk t : r.talks()) {
            out.printf("talk %d [%d-%d] %s: %s%n", t.index(), t.span().start(), t.span().end(), t.kind().id(),
                    t.title() == null ? "(no title)" : "\"" + t.title() + "\"");
            t.speakers().forEach(s -> out.println("    speaker: " + s.name()
                    + (s.organizations().isEmpty() ? "" : " (" + String.join(", ", s.organizations()) + ")")));
            t.organizations().forEach(o -> out.println("    organization: " + o));
            t.evidence().forEach(e -> out.println("    because " + e));
            Summary summary = r.summaryOf(t);
            out.println("    summary: " + summary.text());
            summary.evidence().forEach(e -> out.println("        chosen " + e));
            r.verdictOf(t).ifPresent(v -> {
                out.printf(Locale.ROOT, "    verdict: %s (p=%.2f)%s%n", v.label().id(), v.confidence(),
                        v.evidence() == null ? "" : ": \"" + snippet(v.evidence().coveredText(text)) + "\"");
                v.reasons().forEach(e -> out.println("        because " + e));
            });
        }
        if (entities) {
            out.println();
            out.println("# entities");
            for (Entity e : r.entities()) {
                out.printf("%s %s %s%s confidence %.2f%n", e.id(), e.type(), e.name(),
                        e.category() == null ? "" : " [" + e.category() + "]", e.confidence());
                e.merges().forEach(m -> out.println("    merged " + m));
                for (Mention m : e.mentions()) {
                    out.printf("    [%d-%d] \"%s\" %s %.2f: %s%n", m.span().start(), m.span().end(), m.text(),
                            m.source().id(), m.confidence(), m.evidence());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String snippet(String s) {
        String one = SPACES.matcher(s).replaceAll(" ").strip();
        return one.length() <= SHOWN ? one : one.substring(0, SHOWN) + "…";
    }
}
