package dev.talkmine.segment;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import opennlp.tools.ml.model.Event;

/**
 * Training events for the talk-start classifier from one annotated report: each unit with
 * the decision the annotation implies (the unit an annotated passage start falls in opens that
 * passage, every other unit continues). The report's unit features are computed once.
 */
public final class TalkStartTraining {
    private final List<Unit> units;
    private final UnitFeatures own;
    private final String[] labels;

    private TalkStartTraining(List<Unit> units, UnitFeatures own, String[] labels) {
        this.units = units;
        this.own = own;
        this.labels = labels;
    }

    /**
     * One report's training data.
     *
     * @param report        the report with its structure layer
     * @param talkStarts    offsets where annotated talk passages start (-1: not found)
     * @param nonTalkStarts offsets where annotated non-talk passages start (-1: not found)
     */
    public static TalkStartTraining of(Report report, Lexicon lexicon, Collection<Integer> talkStarts,
                                       Collection<Integer> nonTalkStarts) {
        report.require(Layer.STRUCTURE);
        List<Unit> units = report.units();
        return new TalkStartTraining(units, UnitFeatures.of(report, new UnitCues(lexicon)),
                labels(units, talkStarts, nonTalkStarts));
    }

    /** The events: each unit's features with its decision. */
    public List<Event> events() {
        List<Event> events = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            events.add(new Event(labels[i], own.array(i, i == 0 ? Labels.START : labels[i - 1])));
        }
        return events;
    }

    /** The decision of each unit: the unit an annotated start falls in (or the next one) opens that passage. */
    static String[] labels(List<Unit> units, Collection<Integer> talkStarts, Collection<Integer> nonTalkStarts) {
        String[] labels = new String[units.size()];
        Arrays.fill(labels, Labels.CONTINUE);
        for (int start : nonTalkStarts) {
            mark(units, labels, start, Labels.NON_TALK);
        }
        for (int start : talkStarts) {
            mark(units, labels, start, Labels.TALK); // a talk wins a unit shared with a non-talk start
        }
        return labels;
    }

    private static void mark(List<Unit> units, String[] labels, int offset, String label) {
        if (offset < 0) {
            return;
        }
        for (Unit u : units) {
            if (u.span().end() > offset) {
                labels[u.index()] = label;
                return;
            }
        }
    }
}
