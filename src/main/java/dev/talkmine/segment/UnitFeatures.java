package dev.talkmine.segment;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.Unit;
import dev.talkmine.internal.Words;
import dev.talkmine.learn.Features;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the talk-start classifier knows about each unit of one report before any decision: its
 * own cues ({@link UnitCueFeatures}), what surrounds it ({@link UnitContext}), its template's and
 * its list's make-up ({@link ReportTemplate}, {@link ListStats}). Built once per report.
 */
final class UnitFeatures {

    private final List<List<String>> features = new ArrayList<>();

    private UnitFeatures() {
    }

    /** The features of every unit of {@code report}, which has the structure layer. */
    static UnitFeatures of(Report report, UnitCues cues) {
        UnitFeatures out = new UnitFeatures();
        String text = report.text();
        List<Unit> units = report.units();
        SpanIndex<Mention> persons = SpanIndex.of(report.resolvedMentions().stream()
                .filter(m -> m.type() == EntityType.PERSON).toList(), Mention::span);
        ReportTemplate template = ReportTemplate.of(units);
        Set<String> titleWords = units.stream().filter(x -> x.kind() == Block.Kind.TITLE).findFirst()
                .map(x -> Words.of(x.span().coveredText(text))).orElse(Set.of());
        String reportYear = UnitCueFeatures.reportYear(text, cues);
        Set<String> seen = new HashSet<>();
        List<List<String>> own = new ArrayList<>();
        for (Unit u : units) {
            Set<String> names = new HashSet<>();
            for (Mention p : persons.within(u.span())) {
                names.add(p.name());
            }
            Features f = new Features();
            UnitCueFeatures.cues(f, text, u, cues, reportYear);
            f.addIf(!names.isEmpty() && !seen.containsAll(names), "newPersonInReport");
            // a page's heading that repeats the page's title names the report, not a talk
            f.addIf(u.kind() == Block.Kind.HEADING && repeats(Words.of(u.content().coveredText(text)), titleWords), "repeatsTitle");
            seen.addAll(names);
            own.add(f.names());
        }
        for (Unit u : units) {
            Features f = new Features();
            own.get(u.index()).forEach(f::add);
            // where a unit is and what surrounds it mean different things for each kind of unit
            f.add("k", kind(u));
            UnitContext.context(f, units, own, u);
            template.features(f, u);
            if (u.kind() == Block.Kind.LIST_ITEM) {
                ListStats.of(units, u, own).features(f);
            }
            f.and(coarse(u));
            out.features.add(f.names().stream().filter(n -> n.contains("&") || own.get(u.index()).contains(n)).toList());
        }
        return out;
    }

    private static boolean repeats(Set<String> heading, Set<String> title) {
        return heading.size() >= 2 && title.containsAll(heading);
    }

    /**
     * The features of unit {@code i} given the decision on the unit before it: its own, and the
     * previous decision alone and paired with the unit's kind, its start and its neighbour.
     */
    String[] array(int i, String previous) {
        List<String> own = features.get(i);
        List<String> out = new ArrayList<>(own.size() + 8);
        out.add(Features.BIAS);
        out.add("prev=" + previous);
        for (String g : own) {
            out.add(g);
            if (g.contains("&k=") || g.startsWith("H&s1=") || g.startsWith("I&s1=") || g.startsWith("P&s1=")
                    || g.startsWith("H&pair=") || g.startsWith("I&pair=") || g.startsWith("P&pair=") || g.equals("H&personAtEdge")
                    || g.endsWith("&leadPerson") || g.endsWith("&leadPersonVerb") || g.endsWith("&newPersonInReport")) {
                out.add("prev=" + previous + "&" + g);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Kind with level: "heading:2", "item:1", "para", "row". */
    static String kind(Unit u) {
        return switch (u.kind()) {
            case HEADING -> "heading";
            case LIST_ITEM -> "item:" + Math.min(u.level(), 3) + (u.firstOfBlock() ? "" : ":s");
            case PARAGRAPH -> u.firstOfBlock() ? "para" : "para:s";
            case TITLE -> "title";
            case CODE -> "code";
            case OTHER -> "row";
        };
    }

    /** Kind without level, for conjunctions. */
    static String coarse(Unit u) {
        return switch (u.kind()) {
            case HEADING -> "H";
            case LIST_ITEM -> u.firstOfBlock() ? "I" : "Is";
            case PARAGRAPH -> u.firstOfBlock() ? "P" : "Ps";
            case TITLE -> "T";
            case CODE -> "C";
            case OTHER -> "R";
        };
    }
}
