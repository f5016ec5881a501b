package dev.talkmine.segment;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.Shape;
import dev.talkmine.doc.ShapeToken.Type;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Features;
import java.util.List;

/** The make-up of the list an item is in: a list of talks looks different from a list of notes. */
record ListStats(int items, int person, int separator, int titleStart, int verbs, int position, int byPerson,
                 int titled, int periods) {
    static ListStats of(List<Unit> units, Unit item, List<List<String>> own) {
        int start = item.index();
        while (start > 0 && units.get(start - 1).kind() == Block.Kind.LIST_ITEM) {
            start--;
        }
        int n = 0;
        int person = 0;
        int sep = 0;
        int title = 0;
        int verbs = 0;
        int position = 0;
        int byPerson = 0;
        int titled = 0;
        int periods = 0;
        for (int j = start; j < units.size() && units.get(j).kind() == Block.Kind.LIST_ITEM; j++) {
            Unit v = units.get(j);
            if (v.level() != item.level() || !v.firstOfBlock()) {
                continue;
            }
            n++;
            position += j < item.index() ? 1 : 0;
            Shape s = v.shape();
            person += s.has(Type.PERSON) ? 1 : 0;
            sep += s.has(Type.DASH) || s.has(Type.COLON) || s.has(Type.BY) ? 1 : 0;
            title += s.typeAt(0) == Type.TITLE || s.typeAt(0) == Type.QUOTED ? 1 : 0;
            verbs += own.get(j).contains("talkVerb") ? 1 : 0;
            byPerson += ReportTemplate.personAtEdge(s) ? 1 : 0;
            titled += own.get(j).contains("titleCase=all") || own.get(j).contains("titleCase=most") ? 1 : 0;
            periods += own.get(j).contains("endsPeriod") ? 1 : 0;
        }
        return new ListStats(n, person, sep, title, verbs, position, byPerson, titled, periods);
    }

    void features(Features f) {
        f.add("list:n", Features.bucket(items));
        f.add("list:person", Features.share(person, items));
        f.add("list:separator", Features.share(separator, items));
        f.add("list:titleStart", Features.share(titleStart, items));
        f.add("list:verbs", Features.share(verbs, items));
        f.add("list:personAtEdge", Features.share(byPerson, items));
        f.add("list:titled", Features.share(titled, items));
        f.add("list:periods", Features.share(periods, items));
        f.addIf(position == 0, "list:first");
    }
}
