package dev.talkmine.overview;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The talks of a report as table rows: a report's own table (with summaries) and its rows of the
 * batch's table of all talks. The verdict is a badge that says its label in words (colour only
 * repeats it), with its evidence on hover, on keyboard focus and for screen readers; its cell sorts
 * from positive to none, and the row carries the label for the page's verdict filter. Stateless.
 */
final class TalkTable {
    /** The order verdicts sort in: best first, no verdict last. */
    private static final List<Verdict.Label> ORDER = List.of(Verdict.Label.POSITIVE, Verdict.Label.MIXED,
            Verdict.Label.NEUTRAL, Verdict.Label.NEGATIVE, Verdict.Label.NONE);

    private TalkTable() {
    }

    /** The head of the batch's table of all talks, up to {@code <tbody>}. */
    static String batchHead() {
        return "<div class=\"scroll\"><table class=\"talks sortable\" data-filter=\"verdict\"><caption>All talks "
                + "<span class=\"meta sorthint\" hidden>(select a column heading to sort)</span></caption>\n"
                + "<thead><tr><th scope=\"col\">Report</th><th scope=\"col\" class=\"num\" data-type=\"num\">#</th>"
                + "<th scope=\"col\">Kind</th><th scope=\"col\">Title</th><th scope=\"col\">Speakers</th>"
                + "<th scope=\"col\">Organizations</th><th scope=\"col\" data-type=\"num\">Verdict</th>"
                + "<th scope=\"col\">Technologies</th></tr></thead>\n<tbody>\n";
    }

    /** The report's rows of the batch's table of all talks. */
    static String batchRows(Report r, String anchor, String idHtml) {
        Map<Integer, Set<String>> tech = technologiesByTalk(r);
        StringBuilder b = new StringBuilder();
        for (Talk t : r.talks()) {
            b.append("<tr").append(verdictAttribute(r, t)).append("><td><a href=\"#").append(anchor).append("\">")
                    .append(idHtml).append("</a></td>");
            b.append("<td class=\"num\" data-v=\"").append(t.index()).append("\"><a href=\"#").append(anchor).append("-t")
                    .append(t.index()).append("\">").append(t.index()).append("</a></td>");
            cells(b, r, t, tech, false);
            b.append("</tr>\n");
        }
        return b.toString();
    }

    /** The report's own table of talks. */
    static void reportTable(StringBuilder s, Report r, String anchor, String idHtml) {
        Map<Integer, Set<String>> tech = technologiesByTalk(r);
        s.append("<div class=\"scroll\"><table class=\"talks sortable\" data-filter=\"verdict\"><caption>Talks in ")
                .append(idHtml).append(" <span class=\"meta sorthint\" hidden>(select a column heading to sort)</span></caption>\n")
                .append("<thead><tr><th scope=\"col\" class=\"num\" data-type=\"num\">#</th><th scope=\"col\">Kind</th>")
                .append("<th scope=\"col\">Title</th><th scope=\"col\">Speakers</th><th scope=\"col\">Organizations</th>")
                .append("<th scope=\"col\">Summary</th><th scope=\"col\" data-type=\"num\">Verdict</th>")
                .append("<th scope=\"col\">Technologies</th></tr></thead>\n<tbody>\n");
        for (Talk t : r.talks()) {
            s.append("<tr id=\"").append(anchor).append("-t").append(t.index()).append('"').append(verdictAttribute(r, t))
                    .append("><td class=\"num\" data-v=\"").append(t.index()).append("\">").append(t.index()).append("</td>");
            cells(s, r, t, tech, true);
            s.append("</tr>\n");
        }
        s.append("</tbody></table></div>\n");
    }

    /** Kind, title, speakers, organizations, [summary,] verdict, technologies. */
    private static void cells(StringBuilder sb, Report r, Talk t, Map<Integer, Set<String>> tech, boolean summary) {
        sb.append("<td class=\"kind\">").append(t.kind().id()).append("</td>");
        if (t.title() == null || t.title().isBlank()) {
            sb.append("<td class=\"title none\" data-v=\"\">(no title)</td>");
        } else {
            sb.append("<td class=\"title\">").append(Html.escape(t.title())).append("</td>");
        }
        sb.append("<td>").append(Html.escape(String.join(", ", t.speakers().stream().map(Speaker::name).toList()))).append("</td>");
        sb.append("<td>").append(Html.escape(String.join(", ", t.allOrganizations()))).append("</td>");
        if (summary) {
            sb.append("<td class=\"sum\">").append(Html.escape(r.summaryOf(t).text())).append("</td>");
        }
        verdictCell(sb, r, t);
        sb.append("<td>").append(Html.escape(String.join(", ", tech.getOrDefault(t.index(), Set.of())))).append("</td>");
    }

    private static void verdictCell(StringBuilder sb, Report r, Talk t) {
        Verdict v = r.verdictOf(t).orElse(null);
        if (v == null) {
            sb.append("<td class=\"verdict\" data-v=\"\"></td>");
            return;
        }
        String id = v.label().id();
        sb.append("<td class=\"verdict\" data-v=\"").append(ORDER.indexOf(v.label())).append("\">");
        if (v.evidence() == null) {
            sb.append("<span class=\"vb v-").append(id).append("\">").append(id).append("</span></td>");
            return;
        }
        String quote = Html.escape("\u201C" + v.evidence().coveredText(r.text()).strip() + "\u201D");
        sb.append("<span class=\"vb v-").append(id).append("\" tabindex=\"0\" title=\"").append(quote)
                .append("\" data-evidence=\"").append(quote).append("\">").append(id).append("</span>")
                .append("<span class=\"sr\">: ").append(quote).append("</span></td>");
    }

    private static String verdictAttribute(Report r, Talk t) {
        return r.verdictOf(t).map(v -> " data-verdict=\"" + v.label().id() + "\"").orElse("");
    }

    /** TECHNOLOGY entities per talk index, in order of their first mention in the talk (as talks.csv). */
    private static Map<Integer, Set<String>> technologiesByTalk(Report r) {
        record At(int start, String name) {
        }
        List<At> ms = new ArrayList<>();
        for (Entity e : r.entities()) {
            if (e.type() == EntityType.TECHNOLOGY) {
                for (Mention m : e.mentions()) {
                    ms.add(new At(m.span().start(), e.name()));
                }
            }
        }
        ms.sort(Comparator.comparingInt(At::start));
        Map<Integer, Set<String>> out = new LinkedHashMap<>();
        for (At m : ms) {
            r.talkAt(m.start()).ifPresent(t -> out.computeIfAbsent(t.index(), k -> new LinkedHashSet<>()).add(m.name()));
        }
        return out;
    }
}
