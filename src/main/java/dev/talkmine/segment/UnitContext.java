package dev.talkmine.segment;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Features;
import java.util.List;

/**
 * What surrounds a unit: the unit after it, the heading above it, the section under a heading and
 * the unit before. A heading followed by a speaker line reads differently from one followed by notes.
 */
final class UnitContext {
    private UnitContext() {
    }

    /** The unit after: what a heading or an item is followed by tells what it is. */
    static void context(Features f, List<Unit> units, List<List<String>> own, Unit u) {
        int i = u.index();
        Unit next = i + 1 < units.size() ? units.get(i + 1) : null;
        if (next == null) {
            f.add("next=none");
            return;
        }
        String relation = relation(u, next);
        f.add("next", UnitFeatures.kind(next)).add("nextRel", relation);
        f.add("next&k", UnitFeatures.coarse(u) + ">" + UnitFeatures.coarse(next));
        if (u.kind() == Block.Kind.HEADING || u.kind() == Block.Kind.LIST_ITEM) {
            for (String g : own.get(i + 1)) {
                if (isCue(g)) {
                    f.add("n:" + UnitFeatures.coarse(u) + ":" + g);
                }
            }
        }
        if (u.kind() == Block.Kind.HEADING) {
            section(f, units, own, i);
        } else {
            above(f, units, own, i);
        }
        Unit prev = i > 0 ? units.get(i - 1) : null;
        f.add("prevKind", prev == null ? "none" : UnitFeatures.coarse(prev));
        // a person-only heading under a title heading is its speaker line; under a date heading, a talk
        f.add("pair", (prev == null ? "none" : UnitFeatures.coarse(prev) + ":" + prev.shape().signature(1)) + ">" + u.shape().signature(1));
        f.add("pairNext", u.shape().signature(1) + ">" + UnitFeatures.coarse(next) + ":" + next.shape().signature(1));
    }

    /** What the heading above a unit says: "Lightning talks" over a list of talks, "Reading list" over books. */
    private static void above(Features f, List<Unit> units, List<List<String>> own, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (units.get(j).kind() == Block.Kind.HEADING) {
                for (String g : own.get(j)) {
                    if (g.startsWith("kindWord") || g.startsWith("topic=") || g.startsWith("structureShare") || g.equals("sessionNoun")
                            || g.equals("has:person") || g.equals("has:date")) {
                        f.add("above:" + g);
                    }
                }
                f.add("above:distance", Features.bucket(i - j));
                return;
            }
        }
        f.add("above:none");
    }

    /** What the text under a heading (up to the next heading) is like: a talk's section names a speaker and talks. */
    private static void section(Features f, List<Unit> units, List<List<String>> own, int heading) {
        int n = 0;
        int persons = 0;
        int verbs = 0;
        int topics = 0;
        int items = 0;
        int firstPerson = 0;
        int titled = 0;
        for (int j = heading + 1; j < units.size() && units.get(j).kind() != Block.Kind.HEADING; j++) {
            List<String> g = own.get(j);
            n++;
            persons += g.contains("newPersonInReport") ? 1 : 0;
            verbs += g.contains("talkVerb") || g.contains("sessionNoun") ? 1 : 0;
            topics += g.stream().anyMatch(x -> x.startsWith("topic=")) ? 1 : 0;
            items += units.get(j).kind() == Block.Kind.LIST_ITEM && units.get(j).firstOfBlock() ? 1 : 0;
            firstPerson += g.contains("firstPerson") ? 1 : 0;
            titled += units.get(j).kind() == Block.Kind.LIST_ITEM && units.get(j).firstOfBlock() && !g.contains("endsPeriod")
                    && (g.contains("titleCase=all") || g.contains("titleCase=most")) ? 1 : 0;
        }
        f.add("sec:units", Features.bucket(n));
        f.add("sec:newPeople", Features.bucket(persons));
        f.add("sec:talky", Features.share(verbs, n));
        f.add("sec:topics", Features.bucket(topics));
        f.add("sec:items", Features.bucket(items));
        f.add("sec:firstPerson", Features.share(firstPerson, n));
        f.add("sec:titledItems", Features.share(titled, items));
    }

    private static String relation(Unit u, Unit next) {
        if (next.kind() == Block.Kind.HEADING && u.kind() == Block.Kind.HEADING) {
            return next.level() <= u.level() ? "sameOrHigherHeading" : "subHeading";
        }
        if (next.kind() == Block.Kind.LIST_ITEM && u.kind() == Block.Kind.LIST_ITEM) {
            return next.level() > u.level() ? "childItem" : next.level() == u.level() ? "siblingItem" : "parentItem";
        }
        return next.block() == u.block() ? "sameBlock" : "other";
    }

    /** Features worth seeing from a neighbour: cues, not shape details. */
    private static boolean isCue(String f) {
        return f.startsWith("lead") || f.startsWith("has:person") || f.equals("talkVerb") || f.equals("sessionNoun")
                || f.startsWith("possessive") || f.startsWith("sessionBy") || f.startsWith("s1=") || f.startsWith("kindWord")
                || f.equals("inThisSession") || f.equals("firstPerson") || f.startsWith("topic");
    }
}
