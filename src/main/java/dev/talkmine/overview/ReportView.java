package dev.talkmine.overview;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Report;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the overview keeps of one report: a few counts for the batch charts and the report's HTML
 * fragments, rendered once when the report arrives. Holds no reference to the {@link Report}.
 */
final class ReportView {
    /** Bars per chart in a report's section. */
    static final int REPORT_BARS = 10;

    final String id;
    final String anchor;
    final int talks;
    /** What the report adds to the batch's charts. */
    final Tallies tallies;
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
        tallies = Tallies.of(r);
        Map<EntityType, Integer> distinct = new EnumMap<>(EntityType.class);
        for (Entity e : r.entities()) {
            distinct.merge(e.type(), 1, Integer::sum);
        }
        String idHtml = Html.escape(id);
        reportRow = reportRow(distinct, idHtml);
        batchTalkRows = TalkTable.batchRows(r, anchor, idHtml);
        section = section(r, distinct, idHtml);
        StringBuilder tx = new StringBuilder(Math.min(r.text().length(), Math.max(0, maxTextChars)) * 3 / 2 + 256);
        textChars = HighlightedText.write(r, anchor, maxTextChars, tx);
        EntityTable.write(r, idHtml, tx); // with the text it explains, and like it only within the page's text budget
        text = tx.toString();
    }

    /** Renders what the page needs of {@code r}; {@code order} makes its anchors unique. */
    static ReportView of(int order, Report r, int maxTextChars) {
        return new ReportView(order, r, maxTextChars);
    }

    private String reportRow(Map<EntityType, Integer> distinct, String idHtml) {
        StringBuilder row = new StringBuilder();
        row.append("<tr><td><a href=\"#").append(anchor).append("\">").append(idHtml).append("</a></td>");
        Shown.numCell(row, talks);
        Shown.numCell(row, distinct.getOrDefault(EntityType.PERSON, 0));
        Shown.numCell(row, distinct.getOrDefault(EntityType.ORGANIZATION, 0));
        Shown.numCell(row, distinct.getOrDefault(EntityType.TECHNOLOGY, 0));
        row.append("<td>").append(Html.escape(String.join(", ",
                        Bars.top(tallies.technologies, 5).stream().map(Map.Entry::getKey).toList())))
                .append("</td></tr>\n");
        return row.toString();
    }

    /** The summary line, the source, the charts and the talks table. */
    private String section(Report r, Map<EntityType, Integer> distinct, String idHtml) {
        StringBuilder s = new StringBuilder(4096);
        s.append("<summary><h2 id=\"").append(anchor).append("-h\">").append(idHtml).append("</h2><span class=\"meta\">")
                .append(Shown.plural(talks, "talk")).append(" · ")
                .append(Shown.plural(distinct.getOrDefault(EntityType.PERSON, 0), "person", "people")).append(" · ")
                .append(Shown.plural(distinct.getOrDefault(EntityType.ORGANIZATION, 0), "organization")).append(" · ")
                .append(Shown.plural(distinct.getOrDefault(EntityType.TECHNOLOGY, 0), "technology", "technologies"))
                .append("</span></summary>\n");
        s.append("<p class=\"src\">Source <code>").append(Html.escape(r.document().path())).append("</code> (")
                .append(r.document().format().name().toLowerCase(Locale.ROOT)).append(", ")
                .append(r.text().length()).append(" characters)");
        if (!tallies.kinds.isEmpty()) {
            s.append(" · kinds: ");
            tallies.kinds.forEach((k, n) -> s.append(k.id()).append(' ').append(n).append(", "));
            s.setLength(s.length() - 2);
        }
        s.append("</p>\n");
        s.append("<div class=\"charts\">\n");
        tallies.entityCharts(s, REPORT_BARS);
        s.append("</div>\n");
        if (talks == 0) {
            s.append("<p class=\"note\">No talks found in this report.</p>\n");
        } else {
            TalkTable.reportTable(s, r, anchor, idHtml);
        }
        return s.toString();
    }
}
