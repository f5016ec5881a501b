package dev.talkmine.talk;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * A talk passage as the attribute finders read it: its units (the first ones, where reports
 * name title, speaker and kind, are its lead), its mentions, and the heading above it.
 *
 * @param report   the report
 * @param span     the passage
 * @param units    the units it holds, the first possibly starting before it (a talk that starts
 *                 mid-sentence)
 * @param mentions the mentions inside it, in order
 * @param above    the nearest heading before the passage (a day, "Lightning talks"), or null
 */
record Passage(Report report, TextSpan span, List<Unit> units, List<Mention> mentions, Unit above) {
    /** Units read for title, speakers, organizations and kind. */
    static final int LEAD_UNITS = 4;

    /** Indexes of one report, built once and shared by all its passages. */
    record Index(SpanIndex<Unit> units, SpanIndex<Mention> mentions, List<Unit> headings) {
        static Index of(Report report) {
            return new Index(SpanIndex.of(report.units(), Unit::span), SpanIndex.of(report.resolvedMentions(), Mention::span),
                    report.units().stream().filter(u -> u.kind() == Block.Kind.HEADING).toList());
        }
    }

    static Passage of(Report report, Index index, TextSpan span) {
        List<Unit> units = new ArrayList<>(index.units().overlapping(span));
        Unit above = null;
        for (Unit h : index.headings()) {
            if (h.span().start() >= span.start()) {
                break;
            }
            above = h;
        }
        return new Passage(report, span, units, index.mentions().within(span), above);
    }

    String text() {
        return report.text();
    }

    /** The first units. */
    List<Unit> lead() {
        return units.subList(0, Math.min(LEAD_UNITS, units.size()));
    }

    /** Position of the unit holding {@code offset} among the passage's units, or -1. */
    int unitOf(int offset) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).span().contains(offset)) {
                return i;
            }
        }
        return -1;
    }

    /** Mentions of a type inside the lead units. */
    List<Mention> leadMentions(EntityType type) {
        int end = lead().isEmpty() ? span.end() : Math.min(span.end(), lead().get(lead().size() - 1).span().end());
        return mentions.stream().filter(m -> m.type() == type && m.span().end() <= end).toList();
    }
}
