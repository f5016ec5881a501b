package dev.talkmine.verdict;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.Verdict;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.Models;
import dev.talkmine.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The author's verdict on each talk, read from the talk's own passage only: an evidence classifier,
 * trained on annotated evidence, finds the sentence that states the verdict, and a label classifier,
 * trained on annotated verdicts, says which it is (positive, negative, mixed or neutral); see
 * {@link VerdictDecider}. Immutable and thread-safe.
 */
public final class VerdictStage implements Stage {
    /** The evidence classifier: does a sentence state the author's verdict on the talk ({@link #YES}, {@link #NO})? */
    public static final String EVIDENCE_MODEL = "learned/verdict-evidence.model";
    /** The label classifier: which verdict the evidence states (outcomes: ids of {@link Verdict.Label} but none). */
    public static final String LABEL_MODEL = "learned/verdict-label.model";
    /** The models this stage reads. */
    public static final Set<String> MODELS = Set.of(EVIDENCE_MODEL, LABEL_MODEL);
    /** Label of a sentence that states the verdict. */
    public static final String YES = "yes";
    /** Label of one that does not. */
    public static final String NO = "no";

    private final VerdictDecider decider;
    private final Lexicon lexicon;

    /** A stage deciding with the models {@link #MODELS}. */
    public VerdictStage(Models models, Lexicon lexicon) {
        this.decider = new VerdictDecider(models.get(EVIDENCE_MODEL), models.get(LABEL_MODEL));
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "verdict";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TALKS, Layer.SENTENCES, Layer.RESOLVED_MENTIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.VERDICTS);
    }

    @Override
    public Report process(Report report) {
        report.require(Layer.TALKS).require(Layer.SENTENCES).require(Layer.RESOLVED_MENTIONS);
        VerdictCandidates candidates = VerdictCandidates.of(report, lexicon, report.talks().stream().map(Talk::span).toList());
        List<Verdict> out = new ArrayList<>();
        for (Talk t : report.talks()) {
            out.add(decider.decide(t.index(), candidates.in(t.span())));
        }
        return report.withVerdicts(out);
    }
}
