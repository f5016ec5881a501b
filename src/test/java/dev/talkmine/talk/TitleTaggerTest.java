package dev.talkmine.talk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Classifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The title runs on a hand-built passage and a small tagger trained for the test: every run's
 * log-odds is the tag sequence's log-probability against all O, as a brute-force sum gives it.
 */
class TitleTaggerTest {
    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Tokens of {@code text}, each with its word (lower-cased) and whether it is capitalised as its features. */
    static TitleTagger.Tokens tokens(String text) {
        List<TextSpan> spans = new ArrayList<>();
        List<String[]> features = new ArrayList<>();
        List<String> none = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new TextSpan(m.start(), m.end()));
            features.add(new String[] {"w0=" + m.group().toLowerCase(), "cap=" + Character.isUpperCase(m.group().charAt(0))});
            none.add("none");
        }
        return new TitleTagger.Tokens(text, spans, features, none, none, none);
    }

    /** A tagger that has seen "Title – Name" lines: capitalised words before the dash are the title. */
    static Classifier tagger() {
        List<Event> events = new ArrayList<>();
        for (String line : List.of("Fast Queues – Ann Lee", "Zero Copy Parsing – Bo Chen", "Streams at Scale – Cy Dee")) {
            TitleTagger.Tokens t = tokens(line);
            String previous = TitleTagger.O;
            for (int i = 0; i < t.spans().size(); i++) {
                String word = t.spans().get(i).coveredText(line);
                boolean title = line.indexOf('–') > t.spans().get(i).start();
                String tag = !title ? TitleTagger.O : i == 0 ? TitleTagger.B : TitleTagger.I;
                events.add(new Event(tag, TitleTagger.withPrevious(t, i, previous)));
                previous = tag;
            }
        }
        return Classifier.train(events);
    }

    private static double logP(Classifier model, TitleTagger.Tokens t, int i, String previous, String tag) {
        return Math.log(Math.max(1e-12, model.probabilities(TitleTagger.withPrevious(t, i, previous))[model.index(tag)]));
    }

    @Test
    void everyRunIsScoredAsItsTagSequenceAgainstNoTitle() {
        Classifier model = tagger();
        TitleTagger.Tokens t = tokens("Fast Parsing at Scale – Dee Ray");
        List<TitleTagger.Found> runs = TitleTagger.runs(t, model, 100);
        int n = t.spans().size();
        assertThat(runs).hasSize(n * (n + 1) / 2);
        double none = 0;
        for (int i = 0; i < n; i++) {
            none += logP(model, t, i, TitleTagger.O, TitleTagger.O);
        }
        for (TitleTagger.Found run : runs) {
            double s = 0;
            String previous = TitleTagger.O;
            for (int i = 0; i < n; i++) {
                TextSpan token = t.spans().get(i);
                String tag = !run.span().contains(token) ? TitleTagger.O
                        : token.start() == run.span().start() ? TitleTagger.B : TitleTagger.I;
                s += logP(model, t, i, previous, tag);
                previous = tag;
            }
            assertThat(run.logOdds()).as(run.span().coveredText(t.text())).isCloseTo(s - none, within(1e-9));
        }
        assertThat(runs.get(0).span().coveredText(t.text())).isEqualTo("Fast Parsing at Scale");
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).logOdds()).isLessThanOrEqualTo(runs.get(i - 1).logOdds());
        }
    }

    @Test
    void runsAreAtMostFifteenWordsOnTheirFirstLineAndAsManyAsAsked() {
        Classifier model = tagger();
        String text = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen";
        TitleTagger.Tokens t = tokens(text);
        for (TitleTagger.Found run : TitleTagger.runs(t, model, 1000)) {
            assertThat(run.span().coveredText(text).split(" ")).hasSizeLessThanOrEqualTo(TitleTagger.MAX_TITLE_WORDS);
        }
        assertThat(TitleTagger.runs(t, model, 5)).hasSize(5);

        // a run may go on past a line break (its title is cut there): only its first line's words count
        TitleTagger.Tokens twoLines = tokens("Short Title\n" + text);
        assertThat(TitleTagger.runs(twoLines, model, 1000))
                .anySatisfy(run -> assertThat(run.span().coveredText(twoLines.text())).startsWith("Short Title\nOne Two"));
    }

    @Test
    void noTokensNoRuns() {
        assertThat(TitleTagger.runs(tokens(""), tagger(), 6)).isEmpty();
    }
}
