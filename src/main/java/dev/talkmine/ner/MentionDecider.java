package dev.talkmine.ner;

import dev.talkmine.doc.Candidate;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Classifier;
import dev.talkmine.learn.Features;
import dev.talkmine.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The learned half of finding mentions, in two looks. A local maximum-entropy classifier reads each
 * candidate span's own features and says PERSON, ORGANIZATION, TECHNOLOGY or NONE; a context
 * classifier reads those probabilities for the span and the spans around it ({@link MentionContext}:
 * containing, inside, crossing, the same string elsewhere) and decides again. Overlapping spans are
 * resolved by the context classifier's probabilities (the most probable span first, each kept span
 * shutting out those it overlaps); what the CRF called a location and nothing else claims stays a
 * location. A mention takes its name and category from the proposal of its type (a gazetteer's
 * canonical name), else its surface. Immutable and thread-safe.
 */
public final class MentionDecider implements Stage {
    /** The local classifier's model file. */
    public static final String LOCAL_MODEL = "learned/mentions-local.model";
    /** The context classifier's model file. */
    public static final String MODEL = "learned/mentions.model";
    /** The outcome for a span that is no mention. */
    public static final String NONE = "NONE";
    /** The outcomes besides {@link #NONE}. */
    public static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.TECHNOLOGY);

    /** Most probable first; on a tie the longer span, then the earlier. */
    private static final Comparator<Decision> ORDER = Comparator.comparingDouble((Decision d) -> -d.probability())
            .thenComparing(d -> -d.candidate().span().length()).thenComparing(d -> d.candidate().span());

    private final Classifier local;
    private final Classifier context;

    /** A decider with these classifiers (trained by {@code train.MentionLearner}). */
    public MentionDecider(Classifier local, Classifier context) {
        this.local = Objects.requireNonNull(local, "local");
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * The context classifier's features of each candidate, given the local classifier (training
     * computes them with local classifiers that did not see the report).
     */
    public static List<String[]> contextFeatures(List<Candidate> candidates, Classifier local) {
        return MentionContext.features(candidates, MentionContext.local(local, candidates));
    }

    /** The local classifier's features of a candidate (with the bias every decision has). */
    public static String[] features(Candidate c) {
        String[] out = new String[c.features().size() + 1];
        out[0] = Features.BIAS;
        for (int i = 0; i < c.features().size(); i++) {
            out[i + 1] = c.features().get(i);
        }
        return out;
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Report process(Report report) {
        report.require(Layer.CANDIDATES);
        List<Candidate> candidates = report.candidates();
        List<String[]> features = contextFeatures(candidates, local);
        List<Decision> positive = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Decision d = decide(candidates.get(i), features.get(i));
            if (d != null) {
                positive.add(d);
            }
        }
        TreeMap<Integer, Mention> kept = new TreeMap<>();
        positive.sort(ORDER);
        for (Decision d : positive) {
            keepIfFree(kept, d.mention());
        }
        for (Candidate c : report.candidates()) {
            for (Mention p : c.proposals()) {
                if (p.type() == EntityType.LOCATION) {
                    keepIfFree(kept, p);
                }
            }
        }
        return report.withMentions(new ArrayList<>(kept.values()));
    }

    /** Kept mentions never overlap, so a map by start finds a mention's rivals in O(log n). */
    private static void keepIfFree(TreeMap<Integer, Mention> kept, Mention m) {
        var before = kept.floorEntry(m.span().start());
        if (before != null && before.getValue().span().overlaps(m.span())) {
            return;
        }
        if (kept.subMap(m.span().start(), true, m.span().end(), false).isEmpty()) {
            kept.put(m.span().start(), m);
        }
    }

    /** The candidate's most probable type and its mention, or null when NONE is at least as probable. */
    private Decision decide(Candidate c, String[] features) {
        double[] p = context.probabilities(features);
        double none = 0;
        EntityType best = null;
        double bestP = -1;
        for (int i = 0; i < p.length; i++) {
            String outcome = context.outcome(i);
            if (outcome.equals(NONE)) {
                none = p[i];
            } else if (p[i] > bestP) {
                bestP = p[i];
                best = EntityType.valueOf(outcome);
            }
        }
        if (best == null || bestP <= none) {
            return null;
        }
        return new Decision(c, bestP, mention(c, best, bestP));
    }

    /** The mention of a candidate as {@code type}: named by a proposal of that type, a gazetteer's first. */
    static Mention mention(Candidate c, EntityType type, double p) {
        Mention of = c.proposals().stream().filter(m -> m.type() == type)
                .min(Comparator.comparingInt(m -> m.source() == MentionSource.GAZETTEER ? 0 : m.source() == MentionSource.MODEL ? 1 : 2))
                .orElse(null);
        double confidence = Math.round(p * 1000) / 1000.0;
        TextSpan span = c.span();
        if (of == null) {
            Mention any = c.proposals().get(0);
            return new Mention(span, c.text(), type, c.text(), null, any.source(), confidence,
                    "learned: " + type.name().toLowerCase(Locale.ROOT) + " (" + any.evidence() + ")");
        }
        return new Mention(span, c.text(), type, of.name(), of.category(), of.source(), confidence, "learned: " + of.evidence());
    }

    /** A positive decision: the type's probability and the mention. */
    private record Decision(Candidate candidate, double probability, Mention mention) {
    }
}
