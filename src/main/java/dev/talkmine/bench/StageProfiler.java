package dev.talkmine.bench;

import dev.talkmine.ModelException;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.Report;
import dev.talkmine.entity.EntityLinker;
import dev.talkmine.ner.Gazetteer;
import dev.talkmine.ner.MentionStage;
import dev.talkmine.ner.WordList;
import dev.talkmine.pipeline.Stage;
import dev.talkmine.segment.TalkSegmenter;
import dev.talkmine.summary.SummaryStage;
import dev.talkmine.talk.TalkAttributeStage;
import dev.talkmine.text.SentenceStage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Runs talkmine's stages one by one so that each can be timed. {@code Talkmine} does not expose its
 * stages, so this builds the same list from the same public parts as {@code Talkmine.Builder}
 * (built-in gazetteers and word list from the classpath); the worker checks that the stage names
 * and the seed report's JSON equal {@code Talkmine}'s before trusting the profile.
 */
final class StageProfiler {
    private final List<Stage> stages;
    private final long[] nanos;

    private StageProfiler(List<Stage> stages) {
        this.stages = stages;
        this.nanos = new long[stages.size()];
    }

    /** Loads the models and builds the default stages. */
    static StageProfiler load() {
        Gazetteer g = Gazetteer.empty();
        for (String name : List.of("technologies.tsv", "organizations.tsv")) {
            try (InputStream in = open(name)) {
                g = g.plus(Gazetteer.parse(in, "models/" + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        WordList words;
        try (InputStream in = open("english-words.txt")) {
            words = WordList.parse(in, "models/english-words.txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StageProfiler(List.of(SentenceStage.load(), MentionStage.load(g, words), new EntityLinker(),
                new TalkSegmenter(), new TalkAttributeStage(), new SummaryStage()));
    }

    private static InputStream open(String name) {
        InputStream in = StageProfiler.class.getResourceAsStream("/models/" + name);
        if (in == null) {
            throw new ModelException("models/" + name + " not found on the classpath");
        }
        return in;
    }

    List<String> stageNames() {
        return stages.stream().map(Stage::name).toList();
    }

    /** Runs every stage on {@code doc}, adding each stage's time to its total. Not thread-safe. */
    Report process(Document doc) {
        Report r = Report.of(doc);
        for (int i = 0; i < stages.size(); i++) {
            long t = System.nanoTime();
            r = stages.get(i).process(r);
            nanos[i] += System.nanoTime() - t;
        }
        return r;
    }

    /** Total seconds per stage since the last reset, in stage order. */
    double[] seconds() {
        double[] s = new double[nanos.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = nanos[i] / 1e9;
        }
        return s;
    }

    void reset() {
        java.util.Arrays.fill(nanos, 0);
    }
}
