package dev.talkmine.ner;

import dev.talkmine.doc.Candidate;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.pipeline.Stage;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Proposes the report's candidate mentions, with the features the learned decision reads: people,
 * organizations and locations from CoreNLP's CRF (trimmed), technologies and known organizations
 * from gazetteers, unseen technologies, people and organizations from rules, stated affiliations,
 * and proposals built on other proposals (vendor products, widened names). This is the expensive,
 * unlearned half of finding mentions; {@link MentionDecider} is the other. Models are loaded once in
 * {@link #load} (or {@link #startLoading}); the stage is immutable and thread-safe.
 */
public final class CandidateStage implements Stage {
    private final CrfRecognizer model;
    private final GazetteerRecognizer gazetteers;
    private final TechnologyRules technologies;
    private final PersonRules people;
    private final OrganizationRules organizations;
    private final AffiliationRules affiliations;
    private final ProposalCleaner cleaner;
    private final DerivedProposals derived;
    private final CandidateFeatures features;

    private CandidateStage(CrfRecognizer model, Gazetteer gazetteer, WordList words, Lexicon lexicon) {
        this.model = model;
        this.gazetteers = new GazetteerRecognizer(gazetteer, words, lexicon);
        this.technologies = new TechnologyRules(gazetteer, words, lexicon);
        this.people = new PersonRules(gazetteer, lexicon);
        this.organizations = new OrganizationRules(gazetteer, lexicon);
        this.affiliations = new AffiliationRules(lexicon);
        this.cleaner = new ProposalCleaner(gazetteer, lexicon);
        this.derived = new DerivedProposals(words);
        this.features = new CandidateFeatures(words, lexicon);
    }

    /**
     * Loads the CoreNLP NER model and indexes the gazetteer.
     *
     * @param words   ordinary English words, to tell unknown technology names from words
     * @param lexicon the cue word lists
     * @throws dev.talkmine.ModelException when the model cannot be loaded
     */
    public static CandidateStage load(Gazetteer gazetteer, WordList words, Lexicon lexicon) {
        return startLoading().finish(gazetteer, words, lexicon);
    }

    /**
     * Starts reading the CoreNLP NER model, the slowest part of the set-up (about a second), on a
     * thread of its own, so that the caller can read the gazetteers and the other models meanwhile.
     * The thread has the caller's context class loader (an engine that loads talkmine's jar with its
     * own loader finds the model there too).
     */
    public static Loading startLoading() {
        return startLoading(CrfRecognizer::model);
    }

    /** {@link #startLoading()} with this reader of the model (tests give one that fails). */
    static Loading startLoading(Supplier<CRFClassifier<CoreLabel>> model) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new Loading(CompletableFuture.supplyAsync(model, task -> {
            Thread t = new Thread(task, "talkmine-crf-load");
            t.setDaemon(true);
            t.setContextClassLoader(loader);
            t.start();
        }));
    }

    /** A stage whose CRF model is being read: {@link #finish} completes it. */
    public static final class Loading {
        private final CompletableFuture<CRFClassifier<CoreLabel>> model;

        private Loading(CompletableFuture<CRFClassifier<CoreLabel>> model) {
            this.model = model;
        }

        /**
         * Indexes the gazetteer and waits for the model.
         *
         * @param words   ordinary English words, to tell unknown technology names from words
         * @param lexicon the cue word lists
         * @throws dev.talkmine.ModelException when the model cannot be loaded
         */
        public CandidateStage finish(Gazetteer gazetteer, WordList words, Lexicon lexicon) {
            CRFClassifier<CoreLabel> crf;
            try {
                crf = model.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
            return new CandidateStage(CrfRecognizer.of(crf, words), gazetteer, words, lexicon);
        }
    }

    @Override
    public String name() {
        return "candidates";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Report process(Report report) {
        report.require(Layer.SENTENCES);
        TextContext ctx = new TextContext(report);
        List<Proposal> found = cleaner.clean(ctx.text, model.find(report));
        found.addAll(gazetteers.find(ctx));
        found.addAll(technologies.find(ctx));
        found.addAll(people.find(ctx));
        found.addAll(organizations.find(ctx));
        found.addAll(affiliations.find(ctx, found));
        found.addAll(derived.find(ctx.text, found));
        Map<TextSpan, List<Proposal>> bySpan = new LinkedHashMap<>();
        for (Proposal p : found) {
            if (p.span().length() > 0) {
                bySpan.computeIfAbsent(p.span(), s -> new ArrayList<>()).add(p);
            }
        }
        ReportStats stats = new ReportStats(ctx, report.sentences(), bySpan);
        List<Candidate> candidates = features.candidates(ctx, stats, bySpan);
        return report.withCandidates(candidates);
    }
}
