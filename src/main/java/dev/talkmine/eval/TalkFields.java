package dev.talkmine.eval;

import java.util.HashSet;
import java.util.Set;

/**
 * The fields of talks summed over one report, as {@code score()} in {@code score.py} counts them:
 * every gold talk's speakers and organizations towards recall, a matched talk's towards precision
 * too, an unmatched predicted talk's speakers (as listed) as wrong predictions; titles among gold
 * talks with a title, kinds among all gold talks. Fill it, then read the scores.
 */
final class TalkFields {
    private final Counts speakers = new Counts();
    private final Counts affiliations = new Counts();
    private int titleOk;
    private int titleN;
    private int kindOk;
    private int kindN;

    /** True positives, predictions and gold items of one set-valued field. */
    private static final class Counts {
        int tp;
        int predicted;
        int gold;

        Prf prf() {
            return Prf.of(tp, predicted, gold);
        }
    }

    /** Counts a gold talk and the predicted talk it matched, or null if it matched none. */
    void add(GoldReport.Talk gt, Prediction.Talk pt) {
        Set<String> gsp = TextNorm.normSet(gt.speakers()); // the gold sets keep "" (score.py does not discard it)
        Set<String> gor = TextNorm.normSet(gt.organizations());
        speakers.gold += gsp.size();
        affiliations.gold += gor.size();
        boolean hasTitle = gt.title() != null && !gt.title().isEmpty();
        if (hasTitle) {
            titleN++;
        }
        kindN++;
        if (pt == null) {
            return;
        }
        Set<String> psp = new HashSet<>();
        Set<String> por = new HashSet<>();
        for (Prediction.Speaker s : pt.speakers()) {
            psp.add(TextNorm.norm(s.name()));
            por.addAll(TextNorm.normSet(s.organizations()));
        }
        por.addAll(TextNorm.normSet(pt.organizations()));
        psp.remove("");
        por.remove("");
        speakers.tp += intersection(gsp, psp);
        speakers.predicted += psp.size();
        affiliations.tp += intersection(gor, por);
        affiliations.predicted += por.size();
        if (hasTitle && TextNorm.norm(gt.title()).equals(TextNorm.norm(pt.title()))) {
            titleOk++;
        }
        if (gt.kind().equals(pt.kind())) {
            kindOk++;
        }
    }

    /** Counts a predicted talk that matched no gold talk: its speakers are wrong predictions. */
    void addUnmatched(Prediction.Talk pt) {
        speakers.predicted += pt.speakers().size();
    }

    Prf speakers() {
        return speakers.prf();
    }

    Prf affiliations() {
        return affiliations.prf();
    }

    Scores.Accuracy titles() {
        return new Scores.Accuracy(titleN != 0 ? (double) titleOk / titleN : 1.0, titleN);
    }

    Scores.Accuracy kinds() {
        return new Scores.Accuracy(kindN != 0 ? (double) kindOk / kindN : 1.0, kindN);
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }
}
