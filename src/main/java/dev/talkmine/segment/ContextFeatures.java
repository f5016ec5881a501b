package dev.talkmine.segment;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Features;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the second talk-start classifier adds to a unit's own features: what the first, local
 * classifier thought of its neighbours. The unit before and after, the heading above, the other
 * items of its list, the units under a heading, and whether the people it names are new to the
 * passage the local decisions put it in. Reading neighbours' guesses instead of deciding left to
 * right keeps one wrong guess from deciding everything after it.
 */
final class ContextFeatures {
    private final List<Unit> units;
    private final UnitFeatures own;
    private final String[] local;
    private final double[] talkProbability;
    private final int[] headingAbove;
    private final boolean[] newPerson;
    private final boolean[] passageHasPerson;
    /** For each unit: how many other units of its kind and shape the local classifier takes for talks, of how many. */
    private final int[][] sameShape;

    /**
     * @param local           the local classifier's label of each unit
     * @param talkProbability its probability that each unit opens a talk
     */
    ContextFeatures(List<Unit> units, UnitFeatures own, String[] local, double[] talkProbability) {
        this.units = units;
        this.own = own;
        this.local = local;
        this.talkProbability = talkProbability;
        this.headingAbove = new int[units.size()];
        this.newPerson = new boolean[units.size()];
        this.passageHasPerson = new boolean[units.size()];
        this.sameShape = sameShape(units, local);
        int heading = -1;
        Set<String> passage = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            headingAbove[i] = heading;
            if (units.get(i).kind() == Block.Kind.HEADING) {
                heading = i;
            }
            if (Labels.opens(local[i])) {
                passage.clear();
            }
            Set<String> people = own.people(i);
            newPerson[i] = !people.isEmpty() && !passage.containsAll(people);
            passageHasPerson[i] = !passage.isEmpty();
            passage.addAll(people);
        }
    }

    /** Unit {@code i}'s own features and its context's. */
    String[] features(int i) {
        Unit u = units.get(i);
        Features f = new Features();
        own.at(i).forEach(f::add);
        Features c = new Features();
        c.add("prev", i > 0 ? local[i - 1] : "start");
        c.add("next", i + 1 < units.size() ? local[i + 1] : "end");
        if (!Boolean.getBoolean("talkmine.noself")) {
            c.add("self", local[i]).add("selfP", level(talkProbability[i]));
        }
        int h = headingAbove[i];
        c.add("headingAbove", h < 0 ? "none" : local[h]);
        c.add("sinceHeading", Features.bucket(h < 0 ? 99 : i - h));
        c.addIf(newPerson[i], "newPersonInPassage");
        c.addIf(!passageHasPerson[i], "passageHasNoPerson");
        c.add("sinceStart", Features.bucket(i - lastStart(i)));
        if (u.kind() == Block.Kind.HEADING) {
            under(c, i);
        }
        c.add("sameShapeTalks", Features.share(sameShape[i][0], sameShape[i][1]));
        if (u.kind() == Block.Kind.LIST_ITEM && u.firstOfBlock()) {
            siblings(c, i);
        }
        c.and(UnitFeatures.coarse(u));
        c.names().forEach(f::add);
        for (String g : own.at(i)) {
            if (g.startsWith("lead") || g.equals("talkVerb") || g.startsWith("possessive") || g.startsWith("sessionBy")
                    || g.equals("personAtEdge")) {
                f.addIf(newPerson[i], "new&" + g);
                f.addIf(!passageHasPerson[i], "firstPerson&" + g);
                f.addIf(h >= 0 && Labels.TALK.equals(local[h]) && i - h <= 2, "underTalkHeading&" + g);
            }
        }
        return f.toArray();
    }

    /** The units under a heading, up to the next heading: how many the local classifier takes for talks. */
    private void under(Features c, int i) {
        int n = 0;
        int talks = 0;
        for (int j = i + 1; j < units.size() && units.get(j).kind() != Block.Kind.HEADING; j++) {
            n++;
            talks += Labels.TALK.equals(local[j]) ? 1 : 0;
        }
        c.add("underTalks", Features.bucket(talks));
        c.add("underShare", Features.share(talks, n));
    }

    /** The other items of the list at the same level: how many the local classifier takes for talks. */
    private void siblings(Features c, int i) {
        int start = i;
        while (start > 0 && units.get(start - 1).kind() == Block.Kind.LIST_ITEM) {
            start--;
        }
        int n = 0;
        int talks = 0;
        for (int j = start; j < units.size() && units.get(j).kind() == Block.Kind.LIST_ITEM; j++) {
            if (j != i && units.get(j).level() == units.get(i).level() && units.get(j).firstOfBlock()) {
                n++;
                talks += Labels.TALK.equals(local[j]) ? 1 : 0;
            }
        }
        c.add("siblingTalks", Features.share(talks, n));
        c.add("beforeList", start > 0 ? local[start - 1] : "start");
    }

    private static int[][] sameShape(List<Unit> units, String[] local) {
        java.util.Map<String, int[]> counts = new java.util.HashMap<>();
        String[] keys = new String[units.size()];
        for (int i = 0; i < units.size(); i++) {
            keys[i] = UnitFeatures.kind(units.get(i)) + "|" + units.get(i).shape().signature(2);
            int[] c = counts.computeIfAbsent(keys[i], k -> new int[2]);
            c[0] += Labels.TALK.equals(local[i]) ? 1 : 0;
            c[1]++;
        }
        int[][] out = new int[units.size()][];
        for (int i = 0; i < units.size(); i++) {
            int[] c = counts.get(keys[i]);
            int self = Labels.TALK.equals(local[i]) ? 1 : 0;
            out[i] = new int[] {c[0] - self, c[1] - 1};
        }
        return out;
    }

    private int lastStart(int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (Labels.opens(local[j])) {
                return j;
            }
        }
        return -99;
    }

    private static String level(double p) {
        return p < 0.2 ? "low" : p < 0.5 ? "mid" : p < 0.8 ? "high" : "sure";
    }
}
