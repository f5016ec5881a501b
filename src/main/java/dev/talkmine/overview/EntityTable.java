package dev.talkmine.overview;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A report's entities as a sortable table in a closed {@code <details>}: what a highlight's hover
 * text says (canonical name, type, category, confidence, source), reachable by keyboard, touch and
 * screen readers, plus the other spellings merged into each name. Stateless.
 */
final class EntityTable {
    /** Rows of a report's entity table: enough for any real report, bounded for a pathological one. */
    static final int MAX_ENTITY_ROWS = 300;
    /** Other spellings listed per entity. */
    private static final int MAX_FORMS = 5;

    private EntityTable() {
    }

    /** The most mentioned {@link #MAX_ENTITY_ROWS} entities of {@code r}, nothing if it has none; entities.csv has them all. */
    static void write(Report r, String idHtml, StringBuilder s) {
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
            row(e, s);
        }
        s.append("</tbody></table></div>\n</details>\n");
    }

    private static void row(Entity e, StringBuilder s) {
        Set<String> sources = new TreeSet<>();
        Set<String> forms = new TreeSet<>();
        for (Mention m : e.mentions()) {
            sources.add(m.source().id());
            if (!m.text().equals(e.name())) {
                forms.add(m.text());
            }
        }
        s.append("<tr><td>").append(Html.escape(e.name())).append("</td><td>").append(Shown.label(e.type()))
                .append("</td><td>").append(e.category() == null ? "" : Html.escape(e.category())).append("</td>");
        Shown.numCell(s, e.mentions().size());
        s.append("<td class=\"num\" data-v=\"").append(Shown.confidence(e.confidence())).append("\">")
                .append(Shown.confidence(e.confidence())).append("</td><td>").append(String.join(", ", sources))
                .append("</td><td>").append(Html.escape(String.join(", ", forms.stream().limit(MAX_FORMS).toList())))
                .append(forms.size() > MAX_FORMS ? ", …" : "").append("</td></tr>\n");
    }
}
