package dev.talkmine.train;

import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.eval.GoldReport;
import dev.talkmine.eval.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One annotated report ready for training: prepared by talkmine (no learned decision yet), with
 * its gold annotation located in the prepared text.
 *
 * @param group         the report it renders (its gold file's stem): a Markdown source and its plain
 *                      text are one group, always in the same fold
 * @param source        the file read, for messages
 * @param prepared      the report after {@code Talkmine.prepare}
 * @param gold          its annotation
 * @param talkStarts    where each gold talk passage starts in the prepared text, -1 where not found
 * @param nonTalkStarts where each gold non-talk passage starts, -1 where not found
 */
public record Example(String group, String source, Report prepared, GoldReport gold, List<Integer> talkStarts,
                      List<Integer> nonTalkStarts) {

    public Example {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(prepared, "prepared");
        Objects.requireNonNull(gold, "gold");
        talkStarts = List.copyOf(talkStarts);
        nonTalkStarts = List.copyOf(nonTalkStarts);
    }

    /** The same report further along the pipeline (its text unchanged): what later learners read. */
    public Example withPrepared(Report further) {
        if (!further.text().equals(prepared.text())) {
            throw new IllegalArgumentException("not the same report: " + source);
        }
        return new Example(group, source, further, gold, talkStarts, nonTalkStarts);
    }

    /** Locates the gold passages in the prepared text as the scorer does. */
    public static Example of(String group, String source, Report prepared, GoldReport gold) {
        String text = prepared.text();
        List<Integer> talks = new ArrayList<>();
        int last = 0;
        for (GoldReport.Talk t : gold.talks()) {
            int at = Locator.locate(text, t.firstWords(), last);
            talks.add(at);
            last = at >= 0 ? at : last;
        }
        List<Integer> nonTalks = new ArrayList<>();
        last = 0;
        for (String words : gold.nonTalkSections()) {
            int at = Locator.locate(text, words, last);
            nonTalks.add(at);
            last = at >= 0 ? at : last;
        }
        return new Example(group, source, prepared, gold, talks, nonTalks);
    }

    /**
     * The gold talk passages: from each located start to the next located passage start (talk or
     * not), trailing white space excluded; null for a talk whose start was not found.
     */
    public List<TextSpan> talkPassages() {
        return talkPassages(0);
    }

    /**
     * The gold talk passages run on through the passage after each (talk or not), as the
     * segmenter's passages sometimes are: what the learners also train on. Null where the talk's
     * start was not found or nothing follows it (the passage would only repeat its exact one).
     */
    public List<TextSpan> runOnPassages() {
        List<TextSpan> exact = talkPassages(0);
        List<TextSpan> out = new ArrayList<>(talkPassages(1));
        for (int i = 0; i < out.size(); i++) {
            if (Objects.equals(out.get(i), exact.get(i))) {
                out.set(i, null);
            }
        }
        return out;
    }

    /**
     * The gold talk passages run on through the {@code further} passages after each (talk or not;
     * to the end of the text when fewer follow): 0 gives {@link #talkPassages()}.
     */
    public List<TextSpan> talkPassages(int further) {
        TreeSet<Integer> all = new TreeSet<>();
        talkStarts.stream().filter(s -> s >= 0).forEach(all::add);
        nonTalkStarts.stream().filter(s -> s >= 0).forEach(all::add);
        String text = prepared.text();
        List<TextSpan> out = new ArrayList<>();
        for (int start : talkStarts) {
            if (start < 0) {
                out.add(null);
                continue;
            }
            Integer next = all.higher(start);
            for (int k = 0; k < further && next != null; k++) {
                next = all.higher(next);
            }
            int end = next == null ? text.length() : next;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new TextSpan(start, end));
        }
        return out;
    }
}
