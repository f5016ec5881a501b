package dev.talkmine.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A port of {@code score()} in {@code score.py}: scores one prediction against one gold report.
 *
 * <ul>
 *   <li><b>Talks.</b> Each gold talk's {@code first_words} is located in the text (searching from
 *       the previous gold talk's start). In gold order, a located gold talk claims the unclaimed
 *       predicted talk with {@code start - 120 <= offset < end} whose start is closest to the offset
 *       (the first one on a tie).
 *   <li><b>Speakers and affiliations</b> are normalised sets compared per matched talk; every gold
 *       talk's speakers and organizations count towards recall, and every speaker of a predicted
 *       talk that matched nothing counts as a wrong prediction (organizations of such talks do not).
 *   <li><b>Titles</b>: among gold talks with a title, matched ones with the same normalised title.
 *       <b>Kinds</b>: among all gold talks, matched ones with the same kind.
 *   <li><b>Entities</b>: normalised name sets per type, over the whole report.
 * </ul>
 */
final class Scorer {
    /** How far before the gold passage start a predicted talk may start (a lead-in phrase). */
    static final int LEAD_IN = 120;

    private Scorer() {
    }

    /**
     * Scores {@code pred} against {@code gold}; {@code text} is where gold first words are located
     * (the prediction's text when it has one, else the gold's {@code .txt}).
     */
    static Scores score(String text, GoldReport gold, Prediction pred) {
        List<GoldReport.Talk> gtalks = gold.talks();
        List<Prediction.Talk> ptalks = pred.talks();
        // a predicted talk matches the gold talk whose passage starts inside it
        int[] claimed = match(text, gold, pred); // gold index -> predicted index, -1 if none
        boolean[] taken = new boolean[ptalks.size()];
        int tp = 0;
        for (int c : claimed) {
            if (c >= 0) {
                taken[c] = true;
                tp++;
            }
        }
        Scores.Talks talks = new Scores.Talks(Prf.of(tp, ptalks.size(), gtalks.size()), gtalks.size(), ptalks.size(), tp);
        TalkFields fields = new TalkFields();
        for (int gi = 0; gi < gtalks.size(); gi++) {
            fields.add(gtalks.get(gi), claimed[gi] < 0 ? null : ptalks.get(claimed[gi]));
        }
        for (int pi = 0; pi < ptalks.size(); pi++) {
            if (!taken[pi]) {
                fields.addUnmatched(ptalks.get(pi));
            }
        }
        return new Scores(talks, fields.speakers(), fields.affiliations(), fields.titles(), fields.kinds(),
                entities(gold.people(), pred, "PERSON"),
                entities(gold.organizations(), pred, "ORGANIZATION"),
                entities(gold.technologies(), pred, "TECHNOLOGY"));
    }

    /**
     * {@code match_talks()}: for each gold talk, the index of the predicted talk it matches, or -1.
     * Each gold talk's first words are located in {@code text} (searching from the previous gold
     * talk's start); in gold order, a located gold talk claims the unclaimed predicted talk with
     * {@code start - 120 <= offset < end} whose start is closest to the offset (the first on a tie).
     */
    static int[] match(String text, GoldReport gold, Prediction pred) {
        List<GoldReport.Talk> gtalks = gold.talks();
        List<Prediction.Talk> ptalks = pred.talks();
        int[] claimed = new int[gtalks.size()];
        boolean[] taken = new boolean[ptalks.size()];
        int last = 0;
        for (int gi = 0; gi < gtalks.size(); gi++) {
            claimed[gi] = -1;
            int off = Locator.locate(text, gtalks.get(gi).firstWords(), last);
            if (off < 0) {
                continue;
            }
            last = off;
            double bestD = 0;
            int best = -1;
            for (int pi = 0; pi < ptalks.size(); pi++) {
                if (taken[pi]) {
                    continue;
                }
                double s = ptalks.get(pi).start();
                double e = ptalks.get(pi).end();
                if (s - LEAD_IN <= off && off < e) {
                    double d = Math.abs(s - off);
                    if (best < 0 || d < bestD) {
                        bestD = d;
                        best = pi;
                    }
                }
            }
            if (best >= 0) {
                claimed[gi] = best;
                taken[best] = true;
            }
        }
        return claimed;
    }

    /**
     * A gold name is found by the predicted entity of its type with the same normalised name or,
     * failing that, with the name among the entity's spellings in the report ("S3" in the text is
     * found by an entity named "Amazon S3"); each predicted entity finds at most one gold name.
     * Exact names are matched first, then spellings, each in code-point order, as score.py does.
     */
    private static Scores.Entities entities(List<String> goldNames, Prediction pred, String type) {
        Set<String> g = TextNorm.normSet(goldNames);
        Map<String, Set<String>> ents = new TreeMap<>(TextNorm.CODE_POINT_ORDER);
        for (Prediction.Entity e : pred.entities()) {
            String name = TextNorm.norm(e.name());
            if (!e.type().toUpperCase(Locale.ROOT).equals(type) || name.isEmpty()) {
                continue;
            }
            Set<String> forms = ents.computeIfAbsent(name, n -> new HashSet<>(Set.of(n)));
            e.forms().forEach(f -> forms.add(TextNorm.norm(f)));
            forms.remove("");
        }
        g.remove("");
        Set<String> used = new HashSet<>();
        Set<String> found = new HashSet<>();
        for (boolean exact : new boolean[] {true, false}) {
            List<String> todo = new ArrayList<>(g);
            todo.removeAll(found);
            todo.sort(TextNorm.CODE_POINT_ORDER);
            for (String gn : todo) {
                for (Map.Entry<String, Set<String>> e : ents.entrySet()) {
                    if (!used.contains(e.getKey()) && (exact ? gn.equals(e.getKey()) : e.getValue().contains(gn))) {
                        used.add(e.getKey());
                        found.add(gn);
                        break;
                    }
                }
            }
        }
        List<String> missed = new ArrayList<>(g);
        missed.removeAll(found);
        missed.sort(TextNorm.CODE_POINT_ORDER);
        List<String> spurious = new ArrayList<>(ents.keySet());
        spurious.removeAll(used);
        return new Scores.Entities(Prf.of(found.size(), ents.size(), g.size()), g.size(), ents.size(), missed, spurious);
    }
}
