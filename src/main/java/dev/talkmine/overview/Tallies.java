package dev.talkmine.overview;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TalkKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the bar charts count: mentions per canonical name of technologies, organizations and people,
 * mentions per technology category, talks per kind. One per report, and one summed over the batch.
 * Not thread-safe: the batch's is guarded by its writer.
 */
final class Tallies {
    final Map<String, Integer> technologies = new TreeMap<>();
    final Map<String, Integer> organizations = new TreeMap<>();
    final Map<String, Integer> people = new TreeMap<>();
    final Map<String, Integer> categories = new TreeMap<>();
    final Map<TalkKind, Integer> kinds = new EnumMap<>(TalkKind.class);

    /** The counts of one report. */
    static Tallies of(Report r) {
        Tallies t = new Tallies();
        for (Entity e : r.entities()) {
            int n = e.mentions().size();
            switch (e.type()) {
                case TECHNOLOGY -> {
                    t.technologies.merge(e.name(), n, Integer::sum);
                    t.categories.merge(e.category() == null ? "uncategorised" : e.category(), n, Integer::sum);
                }
                case ORGANIZATION -> t.organizations.merge(e.name(), n, Integer::sum);
                case PERSON -> t.people.merge(e.name(), n, Integer::sum);
                default -> { }
            }
        }
        r.talks().forEach(talk -> t.kinds.merge(talk.kind(), 1, Integer::sum));
        return t;
    }

    /** Adds another's counts to these. */
    void add(Tallies other) {
        other.technologies.forEach((k, n) -> technologies.merge(k, n, Integer::sum));
        other.organizations.forEach((k, n) -> organizations.merge(k, n, Integer::sum));
        other.people.forEach((k, n) -> people.merge(k, n, Integer::sum));
        other.categories.forEach((k, n) -> categories.merge(k, n, Integer::sum));
        other.kinds.forEach((k, n) -> kinds.merge(k, n, Integer::sum));
    }

    /** The charts of technologies, organizations, people and technology categories, {@code bars} bars each. */
    void entityCharts(StringBuilder s, int bars) {
        Bars.chart(s, "Technologies", "c-tech", "mentions", technologies, bars);
        Bars.chart(s, "Organizations", "c-org", "mentions", organizations, bars);
        Bars.chart(s, "People", "c-person", "mentions", people, bars);
        Bars.chart(s, "Technology categories", "c-cat", "mentions", categories, bars);
    }

    /** The chart of talks per kind, labelled by the kinds' ids. */
    void kindChart(StringBuilder s, int bars) {
        Map<String, Integer> byId = new TreeMap<>();
        kinds.forEach((k, n) -> byId.put(k.id(), n));
        Bars.chart(s, "Kinds of talk", "c-kind", "talks", byId, bars);
    }
}
