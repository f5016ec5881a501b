package dev.talkmine.overview;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the overview keeps of one report: a few counts for the batch charts and the report's HTML
 * fragments, rendered once when the report arrives. Holds no reference to the {@link Report}.
 */
final class ReportView {
    /** Bars per chart in a report's section. */
    static final int REPORT_BARS = 10;
    /** Rows of a report's entity table: enough for any real report, bounded for a pathological one. */
    static final int MAX_ENTITY_ROWS = 300;
    /** Other spellings listed per entity. */
    private static final int MAX_FORMS = 5;

    final String id;
    final String anchor;
    final int talks;
    final Map<String, Integer> technologies = new TreeMap<>();
    final Map<String, Integer> organizations = new TreeMap<>();
    final Map<String, Integer> people = new TreeMap<>();
    final Map<String, Integer> categories = new TreeMap<>();
    final Map<TalkKind, Integer> kinds = new EnumMap<>(TalkKind.class);
    /** One row of the batch's "Reports" table. */
    final String reportRow;
    /** This report's rows of the batch's "All talks" table. */
    final String batchTalkRows;
    /** The report's section after its {@code <details>} tag, up to its text. */
    final String section;
    /** The report's highlighted text ({@code <details class="text">}) and its entities table. */
    final String text;
    /** Characters of the report's text shown in {@link #text} (its cost against the text budget). */
    final int textChars;

    private ReportView(int order, Report r, int maxTextChars) {
        id = r.document().id();
        anchor = "r" + order;
        talks = r.talks().size();
        Map<EntityType, Integer> distinct = new EnumMap<>(EntityType.class);
        for (Entity e : r.entities()) {
            int n = e.mentions().size();
            distinct.merge(e.type(), 1, Integer::sum);
            switch (e.type()) {
                case TECHNOLOGY -> {
                    technologies.merge(e.name(), n, Integer::sum);
                    categories.merge(e.category() == null ? "uncategorised" : e.category(), n, Integer::sum);
                }
                case ORGANIZATION -> organizations.merge(e.name(), n, Integer::sum);
                case PERSON -> people.merge(e.name(), n, Integer::sum);
                default -> { }
            }
        }
        r.talks().forEach(t -> kinds.merge(t.kind(), 1, Integer::sum));
        String idHtml = Html.escape(id);

        StringBuilder row = new StringBuilder();
        row.append("<tr><td><a href=\"#").append(anchor).append("\">").append(idHtml).append("</a></td>");
        numCell(row, talks);
        numCell(row, distinct.getOrDefault(EntityType.PERSON, 0));
        numCell(row, distinct.getOrDefault(EntityType.ORGANIZATION, 0));
        numCell(row, distinct.getOrDefault(EntityType.TECHNOLOGY, 0));
        row.append("<td>").append(Html.escape(String.join(", ", Bars.top(technologies, 5).stream().map(Map.Entry::getKey).toList())))
                .append("</td></tr>\n");
        reportRow = row.toString();

        batchTalkRows = TalkTable.batchRows(r, anchor, idHtml);

        StringBuilder s = new StringBuilder(4096);
        s.append("<summary><h2 id=\"").append(anchor).append("-h\">").append(idHtml).append("</h2><span class=\"meta\">")
                .append(plural(talks, "talk")).append(" · ")
                .append(plural(distinct.getOrDefault(EntityType.PERSON, 0), "person", "people")).append(" · ")
                .append(plural(distinct.getOrDefault(EntityType.ORGANIZATION, 0), "organization")).append(" · ")
                .append(plural(distinct.getOrDefault(EntityType.TECHNOLOGY, 0), "technology", "technologies"))
                .append("</span></summary>\n");
        s.append("<p class=\"src\">Source <code>").append(Html.escape(r.document().path())).append("</code> (")
                .append(r.document().format().name().toLowerCase(Locale.ROOT)).append(", ")
                .append(r.text().length()).append(" characters)");
        if (!kinds.isEmpty()) {
            s.append(" · kinds: ");
            kinds.forEach((k, n) -> s.append(k.id()).append(' ').append(n).append(", "));
            s.setLength(s.length() - 2);
        }
        s.append("</p>\n");
        s.append("<div class=\"charts\">\n");
        Bars.chart(s, "Technologies", "c-tech", "mentions", technologies, REPORT_BARS);
        Bars.chart(s, "Organizations", "c-org", "mentions", organizations, REPORT_BARS);
        Bars.chart(s, "People", "c-person", "mentions", people, REPORT_BARS);
        Bars.chart(s, "Technology categories", "c-cat", "mentions", categories, REPORT_BARS);
        s.append("</div>\n");
        if (talks == 0) {
            s.append("<p class=\"note\">No talks found in this report.</p>\n");
        } else {
            TalkTable.reportTable(s, r, anchor, idHtml);
        }
        section = s.toString();

        StringBuilder tx = new StringBuilder(Math.min(r.text().length(), Math.max(0, maxTextChars)) * 3 / 2 + 256);
        textChars = text(r, maxTextChars, tx);
        entities(r, idHtml, tx); // with the text it explains, and like it only within the page's text budget
        text = tx.toString();
    }

    /**
     * The report's entities as a sortable table in a closed {@code <details>}: what a highlight's
     * hover text says (canonical name, type, category, confidence, source), reachable by keyboard,
     * touch and screen readers, plus the other spellings merged into each name. The most mentioned
     * {@link #MAX_ENTITY_ROWS} only; entities.csv has them all.
     */
    private static void entities(Report r, String idHtml, StringBuilder s) {
        if (r.entities().isEmpty()) {
            return;
        }
        List<Entity> shown = r.entities().stream()
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name))
                .limit(MAX_ENTITY_ROWS).toList();
        s.append("<details class=\"entities\"><summary>Entities <span class=\"meta\">(")
                .append(r.entities().size());
        if (shown.size() < r.entities().size()) {
            s.append("; the ").append(shown.size()).append(" most mentioned shown, all are in entities.csv");
        }
        s.append(")</span></summary>\n<div class=\"scroll\"><table class=\"entities sortable\"><caption>Entities in ")
                .append(idHtml).append(" <span class=\"meta sorthint\" hidden>(select a column heading to sort)</span></caption>\n")
                .append("<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th><th scope=\"col\">Category</th>")
                .append("<th scope=\"col\" class=\"num\" data-type=\"num\">Mentions</th>")
                .append("<th scope=\"col\" class=\"num\" data-type=\"num\">Confidence</th>")
                .append("<th scope=\"col\">Found by</th><th scope=\"col\">Also written</th></tr></thead>\n<tbody>\n");
        for (Entity e : shown) {
            Set<String> sources = new TreeSet<>();
            Set<String> forms = new TreeSet<>();
            for (Mention m : e.mentions()) {
                sources.add(m.source().id());
                if (!m.text().equals(e.name())) {
                    forms.add(m.text());
                }
            }
            s.append("<tr><td>").append(Html.escape(e.name())).append("</td><td>").append(label(e.type()))
                    .append("</td><td>").append(e.category() == null ? "" : Html.escape(e.category())).append("</td>");
            numCell(s, e.mentions().size());
            s.append("<td class=\"num\" data-v=\"").append(confidence(e.confidence())).append("\">")
                    .append(confidence(e.confidence())).append("</td><td>").append(String.join(", ", sources))
                    .append("</td><td>").append(Html.escape(String.join(", ", forms.stream().limit(MAX_FORMS).toList())))
                    .append(forms.size() > MAX_FORMS ? ", …" : "").append("</td></tr>\n");
        }
        s.append("</tbody></table></div>\n</details>\n");
    }

    /** Renders what the page needs of {@code r}; {@code order} makes its anchors unique. */
    static ReportView of(int order, Report r, int maxTextChars) {
        return new ReportView(order, r, maxTextChars);
    }

    private static void numCell(StringBuilder sb, int n) {
        sb.append("<td class=\"num\">").append(n).append("</td>");
    }

    /** One highlight: a mention with its entity. */
    private record Hl(int start, int end, Entity entity, Mention mention) {
    }

    /**
     * Writes the report's text with its mentions as {@code <mark>}s and a numbered link at the start
     * of each talk; returns the characters shown. Mentions that overlap an earlier one, lie outside
     * the text or split a surrogate pair are not highlighted (their text is still shown).
     */
    private int text(Report r, int maxChars, StringBuilder out) {
        String text = r.text();
        int cut = Math.min(text.length(), Math.max(0, maxChars));
        if (cut > 0 && cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))
                && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        List<Hl> all = new ArrayList<>();
        for (Entity e : r.entities()) {
            for (Mention m : e.mentions()) {
                int a = m.span().start();
                int b = m.span().end();
                if (b <= cut && a < b && !splitsPair(text, a) && !splitsPair(text, b)) {
                    all.add(new Hl(a, b, e, m));
                }
            }
        }
        all.sort(Comparator.comparingInt(Hl::start).thenComparing(Comparator.comparingInt(Hl::end).reversed()));
        List<Hl> marks = new ArrayList<>();
        int covered = 0;
        for (Hl h : all) {
            if (h.start >= covered) {
                marks.add(h);
                covered = h.end;
            }
        }
        // talk markers; one that falls inside a highlight moves to its start
        List<int[]> talkStarts = new ArrayList<>();
        for (Talk t : r.talks()) {
            int p = t.span().start();
            if (p >= cut) {
                continue;
            }
            for (Hl h : marks) {
                if (h.start < p && p < h.end) {
                    p = h.start;
                }
            }
            talkStarts.add(new int[] {p, t.index()});
        }
        talkStarts.sort(Comparator.comparingInt((int[] a) -> a[0]));

        out.append("<details class=\"text\" open><summary>Text with highlighted entities <span class=\"meta\">(")
                .append(plural(marks.size(), "highlight"));
        if (cut < text.length()) {
            out.append("; the first ").append(cut).append(" of ").append(text.length()).append(" characters");
        }
        out.append(")</span></summary>\n<div class=\"text\">");
        int pos = 0;
        int ti = 0;
        for (Hl h : marks) {
            while (ti < talkStarts.size() && talkStarts.get(ti)[0] <= h.start) {
                pos = talkMarker(text, pos, talkStarts.get(ti++), out);
            }
            Html.escape(text, pos, h.start, out);
            Mention m = h.mention;
            Entity e = h.entity;
            out.append("<mark class=\"").append(css(e.type())).append("\" title=\"")
                    .append(Html.escape(e.name())).append(" · ").append(label(e.type()));
            if (e.category() != null) {
                out.append(" (").append(Html.escape(e.category())).append(')');
            }
            out.append(" · ").append(confidence(m.confidence())).append(" · ").append(m.source().id()).append("\">");
            Html.escape(text, h.start, h.end, out);
            out.append("</mark>");
            pos = h.end;
        }
        while (ti < talkStarts.size()) {
            pos = talkMarker(text, pos, talkStarts.get(ti++), out);
        }
        Html.escape(text, pos, cut, out);
        out.append("</div>\n");
        if (cut < text.length()) {
            out.append("<p class=\"note\">Only the first ").append(cut).append(" of ").append(text.length())
                    .append(" characters are shown; the whole text is in ").append("<code>").append(Html.escape(id))
                    .append(".json</code>.</p>\n");
        }
        out.append("</details>\n");
        return cut;
    }

    private int talkMarker(String text, int pos, int[] talk, StringBuilder out) {
        int at = Math.max(pos, talk[0]);
        Html.escape(text, pos, at, out);
        // the label is CSS generated content, so copying the text does not copy it
        out.append("<a class=\"tno\" id=\"").append(anchor).append("-x").append(talk[1]).append("\" href=\"#").append(anchor)
                .append("-t").append(talk[1]).append("\" data-n=\"").append(talk[1]).append("\" aria-label=\"talk ")
                .append(talk[1]).append(" in the table\"></a>");
        return at;
    }

    private static boolean splitsPair(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    /** The CSS class of a type's highlights. */
    static String css(EntityType t) {
        return switch (t) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case TECHNOLOGY -> "tech";
            case LOCATION -> "loc";
        };
    }

    /** A type's name as shown. */
    static String label(EntityType t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    /** As in the JSON and CSV: half-up to 3 decimals, at least one decimal, never an exponent. */
    static String confidence(double value) {
        if (!(value >= 0 && value <= 1)) {
            return "?";
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
    }

    static String plural(int n, String one) {
        return plural(n, one, one + "s");
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
