package dev.talkmine.summary;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extractive summary and keywords per talk. The summary is the one or two sentences of the
 * passage that carry most of its salient words, copied verbatim and kept in text order; a
 * sentence that is only a heading or too short to say anything is passed over. Keywords are the
 * technologies named in the talk, then the words most particular to it compared with the rest of
 * the report (tf-idf over the report's talks). Stateless and thread-safe.
 */
public final class SummaryStage implements Stage {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’+#.-]*\\p{L}|\\p{L}");
    private static final int SENTENCES = 2;
    private static final int KEYWORDS = 6;
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList(("a about above after again against all also am an and any are as at be "
            + "because been before being below between both but by can could did do does doing down during each few for from "
            + "further had has have having he her here hers herself him himself his how i if in into is it its itself just me "
            + "more most my myself no nor not now of off on once only or other our ours out over own same she should so some "
            + "such than that the their theirs them themselves then there these they this those through to too under until up "
            + "very was we were what when where which while who whom why will with would you your yours talk talks gave give "
            + "presented speaker session keynote really quite lot lots one two also much many well like great good nice "
            + "interesting about how way things thing make made used using use get got first last next new it's i'm don't "
            + "can't there's that's he's she's talked explained showed discussed spoke slides").split(" ")));

    @Override
    public String name() {
        return "summarize";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TALKS, Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SUMMARIES);
    }

    @Override
    public Report process(Report report) {
        String text = report.text();
        List<Map<String, Integer>> tfs = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Talk t : report.talks()) {
            Map<String, Integer> tf = termFrequencies(t.span().coveredText(text));
            tfs.add(tf);
            tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        int n = Math.max(1, report.talks().size());
        SpanIndex<Sentence> sentences = SpanIndex.of(report.sentences(), Sentence::span);
        SpanIndex<Mention> mentions = SpanIndex.of(report.mentions(), Mention::span);
        List<Talk> out = new ArrayList<>();
        for (int i = 0; i < report.talks().size(); i++) {
            Talk t = report.talks().get(i);
            Map<String, Double> weights = new HashMap<>();
            tfs.get(i).forEach((w, c) -> weights.put(w, c * Math.log(1.0 + (double) n / df.get(w))));
            out.add(t.withSummary(summary(report.text(), sentences.within(t.span()), t, weights),
                    keywords(mentions.within(t.span()), weights)));
        }
        return report.withSummaries(out);
    }

    private static String summary(String text, List<Sentence> inTalk, Talk talk, Map<String, Double> weights) {
        List<TextSpan> candidates = new ArrayList<>();
        for (Sentence s : inTalk) {
            if (words(s.span().coveredText(text)).size() >= 5) {
                candidates.add(s.span());
            }
        }
        if (candidates.isEmpty()) {
            return oneLine(talk.span().coveredText(text));
        }
        Map<TextSpan, Double> score = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            List<String> ws = words(candidates.get(i).coveredText(text));
            double sum = 0;
            for (String w : ws) {
                sum += weights.getOrDefault(w, 0.0);
            }
            // favour sentences that say what the talk was about: early ones, of a readable length
            double lengthFit = ws.size() > 45 ? 0.6 : 1.0;
            score.put(candidates.get(i), sum / Math.sqrt(ws.size()) * lengthFit * (i == 0 ? 1.3 : 1.0));
        }
        List<TextSpan> best = candidates.stream()
                .sorted(Comparator.comparingDouble((TextSpan s) -> -score.get(s)).thenComparing(s -> s))
                .limit(SENTENCES).sorted().toList();
        StringBuilder b = new StringBuilder();
        for (TextSpan s : best) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(oneLine(s.coveredText(text)));
        }
        return b.toString();
    }

    private static List<String> keywords(List<Mention> inTalk, Map<String, Double> weights) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : inTalk) {
            if (m.type() == EntityType.TECHNOLOGY && out.size() < KEYWORDS) {
                out.add(m.name());
            }
        }
        Set<String> taken = new LinkedHashSet<>();
        out.forEach(k -> taken.add(k.toLowerCase(Locale.ROOT)));
        for (Mention m : inTalk) {
            taken.addAll(words(m.text())); // names are entities, not keywords
        }
        weights.entrySet().stream()
                .filter(e -> !taken.contains(e.getKey()) && e.getKey().length() > 2)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(Math.max(0, KEYWORDS - out.size()))
                .forEach(e -> out.add(e.getKey()));
        return List.copyOf(out);
    }

    private static Map<String, Integer> termFrequencies(String s) {
        Map<String, Integer> tf = new HashMap<>();
        for (String w : words(s)) {
            tf.merge(w, 1, Integer::sum);
        }
        return tf;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!STOP.contains(w) && !w.startsWith("http")) {
                out.add(w);
            }
        }
        return out;
    }

    /** The sentence on one line, without a list marker. */
    private static String oneLine(String s) {
        return Block.withoutListMarker(s.strip()).replaceAll("\\s+", " ");
    }
}
