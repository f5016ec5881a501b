package dev.talkmine.segment;

import dev.talkmine.doc.Shape;
import dev.talkmine.doc.ShapeToken.Type;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Features;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's own template: for each kind and level, how many units there are and how many
 * of them name a person, open with a title, carry a separator, so that "every h3 is PERSON –
 * TITLE" is visible from any h3.
 */
record ReportTemplate(Map<String, Stats> byKind, Map<String, Integer> signatures) {
    static ReportTemplate of(List<Unit> units) {
        Map<String, Stats> byKind = new HashMap<>();
        Map<String, Integer> signatures = new HashMap<>();
        for (Unit u : units) {
            if (!u.firstOfBlock()) {
                continue;
            }
            byKind.computeIfAbsent(UnitFeatures.kind(u), k -> new Stats()).add(u.shape());
            signatures.merge(UnitFeatures.kind(u) + "|" + u.shape().signature(3), 1, Integer::sum);
        }
        return new ReportTemplate(byKind, signatures);
    }

    void features(Features f, Unit u) {
        if (!u.firstOfBlock()) {
            return;
        }
        Stats s = byKind.get(UnitFeatures.kind(u));
        String k = UnitFeatures.coarse(u);
        f.add("tmpl:" + k + ":n", Features.bucket(s.n));
        f.add("tmpl:" + k + ":person", Features.share(s.person, s.n));
        f.add("tmpl:" + k + ":titleStart", Features.share(s.titleStart, s.n));
        f.add("tmpl:" + k + ":separator", Features.share(s.separator, s.n));
        f.add("tmpl:" + k + ":personAtEdge", Features.share(s.edge, s.n));
        f.addIf(personAtEdge(u.shape()), "personAtEdge");
        f.add("tmpl:" + k + ":same", Features.bucket(signatures.getOrDefault(UnitFeatures.kind(u) + "|" + u.shape().signature(3), 0)));
    }

    /** "Title by Name", "Name – Title", "Title – Name": a person right after or before the line's separator. */
    static boolean personAtEdge(Shape s) {
        for (int i = 0; i < Math.min(s.size(), 12); i++) {
            if (s.typeAt(i) != Type.PERSON) {
                continue;
            }
            Type before = s.typeAt(i - 1);
            Type after = s.typeAt(i + 1);
            if (before == null || before == Type.BY || before == Type.DASH || before == Type.COLON || before == Type.TIME
                    || after == Type.DASH || after == Type.COLON || after == Type.OPEN && i == 0 || after == null) {
                return true;
            }
        }
        return false;
    }

    private static final class Stats {
        int n;
        int person;
        int titleStart;
        int separator;
        int edge;

        void add(Shape shape) {
            edge += personAtEdge(shape) ? 1 : 0;
            n++;
            person += shape.has(Type.PERSON) ? 1 : 0;
            Type first = shape.typeAt(0) == Type.TIME ? shape.typeAt(2) : shape.typeAt(0);
            titleStart += first == Type.TITLE || first == Type.QUOTED ? 1 : 0;
            separator += shape.has(Type.DASH) || shape.has(Type.COLON) || shape.has(Type.BY) ? 1 : 0;
        }
    }
}
