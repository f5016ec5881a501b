package dev.talkmine.overview;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the page from what {@link OverviewWriter} kept: the header, the failed inputs, the batch
 * section (for two or more reports) and each report's section, copied from the spool, within the
 * page's {@link OverviewWriter.Limits}.
 */
final class PageWriter {
    /** Bars per chart in the batch section. */
    static final int BATCH_BARS = 15;

    private final List<SpooledReport> reports;
    private final List<String> failures;
    private final Tallies totals;
    private final int totalTalks;
    private final OverviewWriter.Limits limits;
    private final Spool spool;

    /**
     * @param reports    the reports in page order
     * @param failures   the failed inputs as HTML list items, in page order
     * @param totals     the batch's counts
     * @param totalTalks talks in all reports
     * @param limits     bounds on the page's size
     * @param spool      where the reports' HTML is
     */
    PageWriter(List<SpooledReport> reports, List<String> failures, Tallies totals, int totalTalks,
               OverviewWriter.Limits limits, Spool spool) {
        this.reports = List.copyOf(reports);
        this.failures = List.copyOf(failures);
        this.totals = totals;
        this.totalTalks = totalTalks;
        this.limits = limits;
        this.spool = spool;
    }

    void write(OutputStream raw) throws IOException {
        OutputStream out = new BufferedOutputStream(raw, 1 << 16);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String title = reports.size() == 1 ? reports.get(0).id() + " · talkmine overview" : "talkmine overview";
        w.write(Page.head(title));
        w.write("<header>\n<h1>" + Html.escape(title) + "</h1>\n<p class=\"meta\">"
                + Shown.plural(reports.size(), "report") + " · " + Shown.plural(totalTalks, "talk")
                + (failures.isEmpty() ? "" : " · " + Shown.plural(failures.size(), "failed input")) + "</p>\n");
        w.write(Page.legend());
        w.write("</header>\n<main>\n");
        if (reports.isEmpty()) {
            w.write("<p class=\"note\">No report was processed.</p>\n");
        }
        if (!failures.isEmpty()) {
            w.write("<section class=\"failed\" aria-labelledby=\"failed-h\">\n<h2 id=\"failed-h\">Failed inputs</h2>\n<ul class=\"failed\">\n");
            for (String item : failures) {
                w.write(item);
            }
            w.write("</ul>\n</section>\n");
        }
        if (reports.size() > 1) {
            writeBatch(w, out);
        }
        writeReports(w, out);
        w.write(Page.tail());
        w.flush();
        out.flush();
    }

    /** Each report's section; texts while the budget lasts, in page order. */
    private void writeReports(Writer w, OutputStream out) throws IOException {
        long used = 0;
        boolean budgetLeft = true;
        int shown = 0;
        for (SpooledReport e : reports) {
            w.write("<details class=\"report\" id=\"" + e.anchor() + "\"" + (reports.size() == 1 ? " open" : "") + ">\n");
            copy(w, out, e.pos(), e.sectionLen());
            budgetLeft = budgetLeft && used + e.textChars() <= limits.textBudget();
            if (budgetLeft) {
                used += e.textChars();
                shown++;
                copy(w, out, e.pos() + e.sectionLen(), e.textLen());
            } else {
                w.write("<p class=\"note\">Text not shown: the page holds at most " + limits.textBudget()
                        + " characters of report text" + (shown > 0 ? " (the texts of the first " + Shown.plural(shown, "report") + ")" : "")
                        + ". The text and every mention are in <code>" + Html.escape(e.id()) + ".json</code> and <code>mentions.csv</code>.</p>\n");
            }
            w.write("</details>\n");
        }
    }

    private void writeBatch(Writer w, OutputStream out) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("<section class=\"batch\" aria-labelledby=\"batch-h\">\n<h2 id=\"batch-h\">All reports</h2>\n")
                .append("<p class=\"meta\">Across the batch: ").append(Shown.plural(totals.technologies.size(), "technology", "technologies"))
                .append(", ").append(Shown.plural(totals.organizations.size(), "organization")).append(", ")
                .append(Shown.plural(totals.people.size(), "person", "people")).append(" (by canonical name)</p>\n")
                .append("<div class=\"charts\">\n");
        totals.entityCharts(s, BATCH_BARS);
        totals.kindChart(s, BATCH_BARS);
        s.append("</div>\n<div class=\"scroll\"><table class=\"reports sortable\"><caption>Reports ")
                .append("<span class=\"meta sorthint\" hidden>(select a column heading to sort)</span></caption>\n")
                .append("<thead><tr><th scope=\"col\">Report</th><th scope=\"col\" class=\"num\" data-type=\"num\">Talks</th>")
                .append("<th scope=\"col\" class=\"num\" data-type=\"num\">People</th>")
                .append("<th scope=\"col\" class=\"num\" data-type=\"num\">Organizations</th>")
                .append("<th scope=\"col\" class=\"num\" data-type=\"num\">Technologies</th>")
                .append("<th scope=\"col\">Most mentioned technologies</th></tr></thead>\n<tbody>\n");
        w.write(s.toString());
        for (SpooledReport e : reports) {
            w.write(e.reportRow());
        }
        w.write("</tbody></table></div>\n");
        if (totalTalks == 0) {
            w.write("<p class=\"note\">No talks found.</p>\n");
        } else if (totalTalks > limits.maxBatchTalkRows()) {
            w.write("<p class=\"note\">The " + totalTalks + " talks are too many for one table on this page (more than "
                    + limits.maxBatchTalkRows() + "): each report's talks are in its section below, and all of them in "
                    + "<code>talks.csv</code>.</p>\n");
        } else {
            w.write(TalkTable.batchHead());
            for (SpooledReport e : reports) {
                copy(w, out, e.pos() + e.sectionLen() + e.textLen(), e.batchRowsLen());
            }
            w.write("</tbody></table></div>\n");
        }
        w.write("</section>\n");
    }

    /** Copies {@code len} spooled bytes from {@code pos} into the page. */
    private void copy(Writer w, OutputStream out, long pos, int len) throws IOException {
        w.flush(); // keep the writer's and the raw bytes in order
        spool.copy(pos, len, out);
    }
}
