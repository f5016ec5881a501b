package dev.talkmine;

import dev.talkmine.doc.Document;
import dev.talkmine.doc.Report;
import dev.talkmine.entity.EntityLinker;
import dev.talkmine.ner.Gazetteer;
import dev.talkmine.ner.MentionStage;
import dev.talkmine.ner.WordList;
import dev.talkmine.pipeline.Pipeline;
import dev.talkmine.pipeline.StageException;
import dev.talkmine.segment.TalkSegmenter;
import dev.talkmine.summary.SummaryStage;
import dev.talkmine.talk.TalkAttributeStage;
import dev.talkmine.text.SentenceStage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * talkmine's front door: a pipeline that turns a {@link Document} into a {@link Report} with
 * talks, speakers, entities and summaries.
 *
 * <pre>{@code
 * Talkmine talkmine = Talkmine.builder().gazetteer(Path.of("our-products.tsv")).build();
 * Report report = talkmine.process(DocumentReader.utf8().read(Path.of("report.md")));
 * report.talks().forEach(t -> System.out.println(t.title() + " by " + t.speakers()));
 * }</pre>
 *
 * <p>Building loads the models (a few seconds); do it once. A built instance is immutable and
 * thread-safe: call {@link #process} from as many threads as you like.
 */
public final class Talkmine {
    /** Built-in gazetteers, looked up in the models directory, then on the classpath under {@code /models/}. */
    static final List<String> BUILT_IN_GAZETTEERS = List.of("technologies.tsv", "organizations.tsv");
    /** Ordinary English words, to tell unknown technology names from words. */
    static final String WORD_LIST = "english-words.txt";

    private final Pipeline pipeline;
    private final String setup;

    private Talkmine(Pipeline pipeline, String setup) {
        this.pipeline = pipeline;
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
        return pipeline.process(Objects.requireNonNull(document, "document"));
    }

    /**
     * Processes one report, telling {@code onStage} the name of each stage as it starts; an
     * interrupted thread starts no further stage (see {@link Pipeline#process(Document, Consumer)}).
     *
     * @throws StageException                                naming the stage, when one fails on this report
     * @throws java.util.concurrent.CancellationException when the thread was interrupted
     */
    public Report process(Document document, Consumer<String> onStage) {
        return pipeline.process(Objects.requireNonNull(document, "document"), onStage);
    }

    /** The stage names, in order. */
    public List<String> stageNames() {
        return pipeline.stageNames();
    }

    /**
     * What decides this instance's results besides the input, as one line: talkmine's version and
     * a SHA-256 of the gazetteers and word list it loaded (built-in and user files, in order). Two
     * instances with the same setup give the same report for the same document; a resumed batch
     * keeps only outputs written under its own setup. (The CoreNLP and OpenNLP models come with
     * the version; a development build counts as one version.)
     *
     * @return {@code talkmine <version> <64 hex digits>}
     */
    public String setup() {
        return setup;
    }

    /** Configures and builds a {@link Talkmine}. Not thread-safe; the built instance is. */
    public static final class Builder {
        private Path modelsDir;
        private final List<Path> gazetteers = new ArrayList<>();

        private Builder() {
        }

        /** Reads the built-in gazetteers from this directory instead of the jar (for editing them). */
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

        /**
         * Loads models and gazetteers and builds the pipeline.
         *
         * @throws ModelException when a model or gazetteer is missing or malformed
         */
        public Talkmine build() {
            MessageDigest digest = sha256();
            Gazetteer gazetteer = builtInGazetteer(digest);
            for (Path p : gazetteers) {
                gazetteer = gazetteer.plus(userGazetteer(p, digest));
            }
            WordList words;
            try (InputStream in = openBuiltIn(WORD_LIST)) {
                words = WordList.parse(new ByteArrayInputStream(read(in, WORD_LIST, digest)), "models/" + WORD_LIST);
            } catch (IOException e) {
                throw new ModelException("cannot read models/" + WORD_LIST + ": " + e.getMessage(), e);
            }
            Pipeline pipeline = Pipeline.builder()
                    .add(SentenceStage.load())
                    .add(MentionStage.load(gazetteer, words))
                    .add(new EntityLinker())
                    .add(new TalkSegmenter())
                    .add(new TalkAttributeStage())
                    .add(new SummaryStage())
                    .build();
            String version = Talkmine.class.getPackage().getImplementationVersion();
            return new Talkmine(pipeline, "talkmine " + (version == null ? "development-build" : version) + " "
                    + HexFormat.of().formatHex(digest.digest()));
        }

        private Gazetteer builtInGazetteer(MessageDigest digest) {
            Gazetteer g = Gazetteer.empty();
            for (String name : BUILT_IN_GAZETTEERS) {
                g = g.plus(builtIn(name, digest));
            }
            return g;
        }

        private Gazetteer builtIn(String name, MessageDigest digest) {
            try (InputStream in = openBuiltIn(name)) {
                return Gazetteer.parse(new ByteArrayInputStream(read(in, name, digest)),
                        modelsDir == null ? "models/" + name : modelsDir.resolve(name).toString());
            } catch (IOException e) {
                throw new ModelException("cannot read gazetteer models/" + name + ": " + e.getMessage(), e);
            }
        }

        private static Gazetteer userGazetteer(Path file, MessageDigest digest) {
            try (InputStream in = Files.newInputStream(file)) {
                // by content, not path: the same file named another way is the same setup
                return Gazetteer.parse(new ByteArrayInputStream(read(in, "user gazetteer", digest)), file.toString());
            } catch (IOException e) {
                throw new ModelException("gazetteer " + file + ": cannot read: " + e.getMessage(), e);
            }
        }

        /** The file's bytes, added to the setup digest with its name and length to keep files apart. */
        private static byte[] read(InputStream in, String name, MessageDigest digest) throws IOException {
            byte[] bytes = in.readAllBytes();
            digest.update((name + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            return bytes;
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        /** A built-in model file from the models directory, else from the classpath under /models/. */
        private InputStream openBuiltIn(String name) throws IOException {
            Optional<Path> onDisk = Optional.ofNullable(modelsDir).map(d -> d.resolve(name));
            if (onDisk.isPresent()) {
                if (!Files.isRegularFile(onDisk.get())) {
                    throw new ModelException(onDisk.get() + " not found; --models-dir must hold " + BUILT_IN_GAZETTEERS
                            + " and " + WORD_LIST);
                }
                return Files.newInputStream(onDisk.get());
            }
            InputStream in = Talkmine.class.getResourceAsStream("/models/" + name);
            if (in == null) {
                throw new ModelException("models/" + name + " not found on the classpath; rebuild with 'mvn package' or pass --models-dir");
            }
            return in;
        }
    }
}
