package dev.talkmine;

import dev.talkmine.doc.Document;
import dev.talkmine.doc.Report;
import dev.talkmine.entity.EntityLinker;
import dev.talkmine.entity.EntityStage;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.ModelFiles;
import dev.talkmine.learn.Models;
import dev.talkmine.ner.CandidateStage;
import dev.talkmine.ner.Gazetteer;
import dev.talkmine.ner.MentionDecider;
import dev.talkmine.ner.WordList;
import dev.talkmine.pipeline.Pipeline;
import dev.talkmine.pipeline.StageException;
import dev.talkmine.pipeline.StageListener;
import dev.talkmine.segment.TalkSegmenter;
import dev.talkmine.structure.StructureStage;
import dev.talkmine.summary.SummaryStage;
import dev.talkmine.talk.TalkAttributeStage;
import dev.talkmine.text.SentenceStage;
import dev.talkmine.verdict.VerdictStage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * talkmine's front door: a pipeline that turns a {@link Document} into a {@link Report} with
 * talks, speakers, entities, summaries and the author's verdict on each talk.
 *
 * <pre>{@code
 * Talkmine talkmine = Talkmine.builder().gazetteer(Path.of("our-products.tsv")).build();
 * Report report = talkmine.process(DocumentReader.utf8().read(Path.of("report.md")));
 * report.talks().forEach(t -> System.out.println(t.title() + " by " + t.speakers()));
 * }</pre>
 *
 * <p>Processing has two parts: {@link #prepare} (sentences and candidate mentions: no learned
 * decision; the CRF makes it the expensive part) and {@link #decide} (the learned decisions and what
 * reads them: mentions, entities, structure, passages, talk attributes, summaries, verdicts).
 * {@link #process} runs both; training runs the first once and the second per model.
 *
 * <p>Building loads the models (a few seconds); do it once. A built instance is immutable and
 * thread-safe: call {@link #process} from as many threads as you like.
 */
public final class Talkmine {
    /** Built-in gazetteers, looked up in the models directory, then on the classpath under {@code /models/}. */
    static final List<String> BUILT_IN_GAZETTEERS = List.of("technologies.tsv", "organizations.tsv");
    /** Ordinary English words, to tell unknown technology names from words. */
    static final String WORD_LIST = "english-words.txt";
    /** The learned models a pipeline needs. */
    public static final Set<String> MODELS = union(union(Set.of(MentionDecider.LOCAL_MODEL, MentionDecider.MODEL,
            TalkSegmenter.MODEL), union(SummaryStage.MODELS, TalkAttributeStage.MODELS)), VerdictStage.MODELS);

    private final Pipeline prepare;
    private final Pipeline decide;
    private final Lexicon lexicon;
    private final WordList words;
    private final Gazetteer gazetteer;
    private final String setup;

    private Talkmine(Pipeline prepare, Pipeline decide, Lexicon lexicon, WordList words, Gazetteer gazetteer, String setup) {
        this.prepare = prepare;
        this.decide = decide;
        this.lexicon = lexicon;
        this.words = words;
        this.gazetteer = gazetteer;
        this.setup = setup;
    }

    /** A builder with the default configuration. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Processes one report.
     *
     * @throws StageException naming the stage, when one fails on this report
     * @throws java.util.concurrent.CancellationException when the thread is interrupted (checked
     *                                                    between stages and between sentences of the CRF)
     */
    public Report process(Document document) {
        return process(document, stage -> { });
    }

    /**
     * Processes one report, telling {@code onStage} the name of each stage as it starts; an
     * interrupted thread starts no further stage (see {@link Pipeline#process(Document, Consumer)}).
     *
     * @throws StageException                                naming the stage, when one fails on this report
     * @throws java.util.concurrent.CancellationException when the thread was interrupted
     */
    public Report process(Document document, Consumer<String> onStage) {
        return process(document, StageListener.onStart(onStage));
    }

    /**
     * Processes one report, telling {@code listener} of each stage as it starts and, with its time,
     * as it finishes (the bench's profile sums these times).
     *
     * @throws StageException                                naming the stage, when one fails on this report
     * @throws java.util.concurrent.CancellationException when the thread was interrupted
     * @throws IllegalStateException                         when this instance was built {@linkplain Builder#untrained() untrained}
     */
    public Report process(Document document, StageListener listener) {
        Report prepared = prepare.process(Report.of(Objects.requireNonNull(document, "document")), listener);
        if (decide == null) {
            throw new IllegalStateException("built untrained: only prepare() is available");
        }
        return decide.process(prepared, listener);
    }

    /**
     * The part of processing that learns nothing: sentences and candidate mentions with their
     * features. Its result is what {@link #decide} and training start from.
     */
    public Report prepare(Document document) {
        return prepare.process(Objects.requireNonNull(document, "document"));
    }

    /**
     * The learned decisions on a prepared report: mentions (then their linking and the structure
     * layer, which read them), passages, talk attributes, entities, summaries, verdicts.
     *
     * @throws IllegalStateException when this instance was built {@linkplain Builder#untrained() untrained}
     */
    public Report decide(Report prepared, Consumer<String> onStage) {
        if (decide == null) {
            throw new IllegalStateException("built untrained: only prepare() is available");
        }
        return decide.process(prepared, onStage);
    }

    /** The same instance deciding with other learned models (cross-validation folds, retrained models). */
    public Talkmine withModels(Models models) {
        return new Talkmine(prepare, decisions(prepare, lexicon, words, gazetteer, models), lexicon, words, gazetteer, setup);
    }

    /** The cue lexicon this instance reads (for training, which computes the same features). */
    public Lexicon lexicon() {
        return lexicon;
    }

    /** The stage names, in order. */
    public List<String> stageNames() {
        List<String> names = new ArrayList<>(prepare.stageNames());
        if (decide != null) {
            names.addAll(decide.stageNames());
        }
        return names;
    }

    /**
     * What decides this instance's results besides the input, as one line: talkmine's version and
     * a SHA-256 of the model files it loaded (gazetteers, word list, lexicon, learned models; built-in
     * and user files, in order). Two instances with the same setup give the same report for the same
     * document; a resumed batch keeps only outputs written under its own setup. (The CoreNLP and
     * OpenNLP models come with the version; a development build counts as one version.)
     *
     * @return {@code talkmine <version> <64 hex digits>}
     */
    public String setup() {
        return setup;
    }

    private static Pipeline decisions(Pipeline prepare, Lexicon lexicon, WordList words, Gazetteer gazetteer, Models models) {
        return Pipeline.builder().given(prepare.produces())
                .add(new MentionDecider(models.get(MentionDecider.LOCAL_MODEL), models.get(MentionDecider.MODEL)))
                .add(new EntityLinker())
                .add(new StructureStage(lexicon))
                .add(new TalkSegmenter(models.get(TalkSegmenter.MODEL), lexicon))
                .add(new TalkAttributeStage(models, lexicon))
                .add(new EntityStage(words, lexicon, gazetteer))
                .add(new SummaryStage(models, lexicon))
                .add(new VerdictStage(models, lexicon))
                .build();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Configures and builds a {@link Talkmine}. Not thread-safe; the built instance is. */
    public static final class Builder {
        private Path modelsDir;
        private final List<Path> gazetteers = new ArrayList<>();
        private Models models;
        private boolean untrained;

        private Builder() {
        }

        /** Reads the built-in model files (gazetteers, lexicon, learned models) from this directory instead of the jar. */
        public Builder modelsDir(Path dir) {
            this.modelsDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * Adds a user gazetteer (TSV, format in {@link Gazetteer}); later files override earlier
         * entries with the same name and type, and all override the built-in ones.
         */
        public Builder gazetteer(Path file) {
            gazetteers.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /** Decides with these learned models instead of the built-in ones. */
        public Builder models(Models learned) {
            this.models = Objects.requireNonNull(learned, "learned");
            return this;
        }

        /** Builds without learned models: only {@link Talkmine#prepare} works (for training them). */
        public Builder untrained() {
            this.untrained = true;
            return this;
        }

        /**
         * Loads models and gazetteers and builds the pipeline.
         *
         * @throws ModelException when a model or gazetteer is missing or malformed
         */
        public Talkmine build() {
            ModelFiles files = ModelFiles.in(modelsDir);
            CandidateStage.Loading candidates = CandidateStage.startLoading();
            Gazetteer gazetteer = Gazetteer.empty();
            for (String name : BUILT_IN_GAZETTEERS) {
                gazetteer = gazetteer.plus(Gazetteer.parse(new ByteArrayInputStream(files.read(name)), files.origin(name)));
            }
            for (Path p : gazetteers) {
                gazetteer = gazetteer.plus(Gazetteer.parse(new ByteArrayInputStream(files.readUserFile(p, "user gazetteer")),
                        p.toString()));
            }
            WordList words = WordList.parse(new ByteArrayInputStream(files.read(WORD_LIST)), files.origin(WORD_LIST));
            Lexicon lexicon = Lexicon.load(files);
            SentenceStage sentences = SentenceStage.load();
            Models learned = models != null ? models : untrained ? null : Models.load(files, MODELS);
            Pipeline prepare = Pipeline.builder()
                    .add(sentences)
                    .add(candidates.finish(gazetteer, words, lexicon))
                    .build();
            String version = Talkmine.class.getPackage().getImplementationVersion();
            String setup = "talkmine " + (version == null ? "development-build" : version) + " " + files.digest();
            Pipeline decide = learned == null ? null : decisions(prepare, lexicon, words, gazetteer, learned);
            return new Talkmine(prepare, decide, lexicon, words, gazetteer, setup);
        }
    }
}
