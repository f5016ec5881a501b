package dev.talkmine.ner;

import dev.talkmine.doc.Candidate;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Classifier;
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

    /** How overlaps are resolved: "cover" (best total weight) or "greedy" (by {@link #ORDER}). */
    private static final String OVERLAP = System.getProperty("talkmine.overlap", "greedy");
    /** Greedy order: "prob" (most probable first) or "long" (longest first, then most probable). */
    private static final Comparator<Decision> ORDER = "prob".equals(System.getProperty("talkmine.order", "prob"))
            ? Comparator.comparingDouble((Decision d) -> -d.probability()).thenComparing(d -> -d.candidate().span().length())
                    .thenComparing(d -> d.candidate().span())
            : Comparator.comparingInt((Decision d) -> -d.candidate().span().length()).thenComparingDouble(d -> -d.probability())
                    .thenComparing(d -> d.candidate().span());

    private static final double ACCEPT = Double.parseDouble(System.getProperty("talkmine.accept", "1"));

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
        out[0] = "bias";
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
        for (Decision d : "greedy".equals(OVERLAP) ? greedy(positive) : bestCover(positive)) {
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

    private static List<Decision> greedy(List<Decision> positive) {
        List<Decision> sorted = new ArrayList<>(positive);
        sorted.sort(ORDER);
        return sorted;
    }

    /**
     * The non-overlapping positive spans with the largest total weight, a span weighing its words
     * times its margin over NONE: one full name ("Guido van Rossum") outweighs its parts, and a
     * span that is probably no mention weighs nothing. Weighted interval scheduling: O(n log n).
     */
    static List<Decision> bestCover(List<Decision> positive) {
        List<Decision> byEnd = new ArrayList<>(positive);
        byEnd.sort(Comparator.comparingInt((Decision d) -> d.candidate().span().end()).thenComparing(d -> d.candidate().span()));
        int n = byEnd.size();
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            ends[i] = byEnd.get(i).candidate().span().end();
        }
        double[] best = new double[n + 1];
        boolean[] take = new boolean[n];
        int[] previous = new int[n];
        for (int i = 0; i < n; i++) {
            Decision d = byEnd.get(i);
            previous[i] = lastEndingBy(ends, i, d.candidate().span().start());
            double with = d.weight() + best[previous[i] + 1];
            take[i] = with > best[i];
            best[i + 1] = take[i] ? with : best[i];
        }
        List<Decision> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; ) {
            if (take[i]) {
                out.add(byEnd.get(i));
                i = previous[i];
            } else {
                i--;
            }
        }
        return out;
    }

    /** The last index before {@code i} whose span ends at or before {@code start}, or -1. */
    private static int lastEndingBy(int[] ends, int i, int start) {
        int lo = 0;
        int hi = i - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= start) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
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
        if (best == null || bestP <= ACCEPT * none) {
            return null;
        }
        return new Decision(c, bestP, bestP - none, mention(c, best, bestP));
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

    /** A positive decision: the type's probability, its margin over NONE, the mention. */
    record Decision(Candidate candidate, double probability, double margin, Mention mention) {
        /** Words times margin. */
        double weight() {
            return margin * (1 + candidate.text().chars().filter(Character::isWhitespace).count());
        }
    }
}
