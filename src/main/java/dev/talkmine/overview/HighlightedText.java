package dev.talkmine.overview;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Talk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A report's text with its mentions as {@code <mark>}s and a numbered link at the start of each
 * talk, cut to a number of characters. Mentions that overlap an earlier one, lie outside the shown
 * text or split a surrogate pair are not highlighted (their text is still shown).
 */
final class HighlightedText {

    /** One highlight: a mention with its entity. */
    private record Mark(int start, int end, Entity entity, Mention mention) {
    }

    /** Where a talk's marker goes and the talk's index. */
    private record TalkStart(int at, int talk) {
    }

    private final String id;
    private final String anchor;
    private final String text;
    private final int cut;

    private HighlightedText(String id, String anchor, String text, int cut) {
        this.id = id;
        this.anchor = anchor;
        this.text = text;
        this.cut = cut;
    }

    /**
     * Appends the report's text, at most {@code maxChars} of it, in a {@code <details class="text">}.
     *
     * @param anchor the report's section id, which the talk markers' ids extend
     * @return the characters shown
     */
    static int write(Report r, String anchor, int maxChars, StringBuilder out) {
        HighlightedText h = new HighlightedText(r.document().id(), anchor, r.text(), cut(r.text(), maxChars));
        List<Mark> marks = h.marks(r);
        h.render(marks, h.talkStarts(r, marks), out);
        return h.cut;
    }

    /** {@code maxChars}, or less to keep a surrogate pair whole. */
    private static int cut(String text, int maxChars) {
        int cut = Math.min(text.length(), Math.max(0, maxChars));
        if (cut > 0 && cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))
                && Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return cut;
    }

    /** The mentions to highlight, in text order, none overlapping: of overlapping ones the first and longest. */
    private List<Mark> marks(Report r) {
        List<Mark> all = new ArrayList<>();
        for (Entity e : r.entities()) {
            for (Mention m : e.mentions()) {
                int a = m.span().start();
                int b = m.span().end();
                if (b <= cut && a < b && !splitsPair(a) && !splitsPair(b)) {
                    all.add(new Mark(a, b, e, m));
                }
            }
        }
        all.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed()));
        List<Mark> marks = new ArrayList<>();
        int covered = 0;
        for (Mark h : all) {
            if (h.start >= covered) {
                marks.add(h);
                covered = h.end;
            }
        }
        return marks;
    }

    /** Talk markers in the shown text; one that falls inside a highlight moves to its start. */
    private List<TalkStart> talkStarts(Report r, List<Mark> marks) {
        List<TalkStart> starts = new ArrayList<>();
        for (Talk t : r.talks()) {
            int p = t.span().start();
            if (p >= cut) {
                continue;
            }
            for (Mark h : marks) {
                if (h.start < p && p < h.end) {
                    p = h.start;
                }
            }
            starts.add(new TalkStart(p, t.index()));
        }
        starts.sort(Comparator.comparingInt(TalkStart::at));
        return starts;
    }

    private void render(List<Mark> marks, List<TalkStart> talkStarts, StringBuilder out) {
        out.append("<details class=\"text\" open><summary>Text with highlighted entities <span class=\"meta\">(")
                .append(Shown.plural(marks.size(), "highlight"));
        if (cut < text.length()) {
            out.append("; the first ").append(cut).append(" of ").append(text.length()).append(" characters");
        }
        out.append(")</span></summary>\n<div class=\"text\">");
        int pos = 0;
        int ti = 0;
        for (Mark h : marks) {
            while (ti < talkStarts.size() && talkStarts.get(ti).at() <= h.start) {
                pos = talkMarker(pos, talkStarts.get(ti++), out);
            }
            Html.escape(text, pos, h.start, out);
            mark(h, out);
            pos = h.end;
        }
        while (ti < talkStarts.size()) {
            pos = talkMarker(pos, talkStarts.get(ti++), out);
        }
        Html.escape(text, pos, cut, out);
        out.append("</div>\n");
        if (cut < text.length()) {
            out.append("<p class=\"note\">Only the first ").append(cut).append(" of ").append(text.length())
                    .append(" characters are shown; the whole text is in ").append("<code>").append(Html.escape(id))
                    .append(".json</code>.</p>\n");
        }
        out.append("</details>\n");
    }

    /** A highlight whose hover text says what was found: canonical name, type, category, confidence, source. */
    private void mark(Mark h, StringBuilder out) {
        Mention m = h.mention;
        Entity e = h.entity;
        out.append("<mark class=\"").append(Shown.css(e.type())).append("\" title=\"")
                .append(Html.escape(e.name())).append(" · ").append(Shown.label(e.type()));
        if (e.category() != null) {
            out.append(" (").append(Html.escape(e.category())).append(')');
        }
        out.append(" · ").append(Shown.confidence(m.confidence())).append(" · ").append(m.source().id()).append("\">");
        Html.escape(text, h.start, h.end, out);
        out.append("</mark>");
    }

    private int talkMarker(int pos, TalkStart talk, StringBuilder out) {
        int at = Math.max(pos, talk.at());
        Html.escape(text, pos, at, out);
        // the label is CSS generated content, so copying the text does not copy it
        out.append("<a class=\"tno\" id=\"").append(anchor).append("-x").append(talk.talk()).append("\" href=\"#").append(anchor)
                .append("-t").append(talk.talk()).append("\" data-n=\"").append(talk.talk()).append("\" aria-label=\"talk ")
                .append(talk.talk()).append(" in the table\"></a>");
        return at;
    }

    private boolean splitsPair(int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }
}
