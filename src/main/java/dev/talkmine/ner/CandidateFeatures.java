package dev.talkmine.ner;

import dev.talkmine.doc.Candidate;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the proposals of one span into a {@link Candidate}: the finders' facts, who proposed what
 * ("src=crf:PERSON", "src=rule:camel"), the span's shape ({@link SpanShape}), its surroundings
 * ({@link ContextFeatures}), and what the report says about the string ({@link ReportStats}):
 * how often it is proposed, how its word is capitalised elsewhere, whether it is part of a full
 * name, whether it is an ordinary English word, whether the report calls it an event. The sources
 * are paired with the case, position and word-list features (the classifier is linear).
 * Thread-safe.
 */
final class CandidateFeatures {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A name that ends with a year: "Foo 2031". */
    private static final Pattern YEAR_AT_END = Pattern.compile(".*\\s\\d{4}$");

    private final WordList words;
    private final ContextFeatures context;
    private final Lexicon lexicon;

    CandidateFeatures(WordList words, Lexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
        this.context = new ContextFeatures(lexicon);
    }

    /** One candidate per span, in span order. */
    List<Candidate> candidates(TextContext ctx, ReportStats stats, Map<TextSpan, List<Proposal>> bySpan) {
        SpanIndex<TextSpan> spans = SpanIndex.of(new ArrayList<>(bySpan.keySet()), s -> s);
        List<Candidate> out = new ArrayList<>(bySpan.size());
        for (TextSpan span : spans.items()) {
            List<Proposal> ps = bySpan.get(span);
            String surface = span.coveredText(ctx.text);
            Set<String> f = new LinkedHashSet<>();
            List<String> sources = new ArrayList<>();
            for (Proposal p : ps) {
                sources.add(source(p));
                if (kept(p)) {
                    sources.add("keep=" + p.type());
                }
                f.addAll(p.facts());
            }
            List<String> local = new ArrayList<>();
            SpanShape.add(surface, local);
            context.add(ctx, span, local);
            report(ctx, stats, span, surface, local);
            nesting(spans, span, local);
            f.addAll(sources);
            f.addAll(local);
            for (String s : new LinkedHashSet<>(sources)) {
                for (String l : local) {
                    if (paired(l)) {
                        f.add(s + "&" + l);
                    }
                }
            }
            out.add(new Candidate(span, surface, ps.stream().map(Proposal::mention).toList(), List.copyOf(f)));
        }
        return out;
    }

    /** "crf:PERSON", "gaz:TECHNOLOGY", "rule:camel": who proposed it as what. */
    private static String source(Proposal p) {
        Mention m = p.mention();
        String rule = p.facts().stream().filter(x -> x.startsWith("rule=")).findFirst().map(x -> x.substring(5)).orElse(null);
        return "src=" + switch (m.source()) {
            case MODEL -> rule == null ? "crf:" + m.type() : "crf:" + rule;
            case GAZETTEER -> "gaz:" + m.type();
            case RULE -> "rule:" + (rule == null ? m.type() : rule);
        };
    }

    /**
     * Whether the finder vouches for its proposal: what the hand-written rules alone would have
     * kept (a corroborated gazetteer match, a rule whose conditions held). One feature per type
     * pools the rules' evidence, so that a rule seen a few times in training still counts.
     */
    static boolean kept(Proposal p) {
        List<String> f = p.facts();
        return switch (p.source()) {
            case GAZETTEER -> !f.contains("gaz.corr=none") && !f.contains("gaz.lower-word");
            case MODEL -> !f.contains("wrap.generic=true");
            case RULE -> !f.contains("caps") && !f.contains("rule=name-shape") && !f.contains("rule=subcommand")
                    && !f.contains("x-kind=lower") && !f.contains("x-kind=words") && !f.contains("lower.near=nothing")
                    && !f.contains("session-by.known=true") && !f.contains("org-context.tech=true")
                    && !(f.contains("rule=aff-comma") && f.contains("aff.line=prose"));
        };
    }

    /** The context features worth pairing with each source. */
    private static boolean paired(String feature) {
        return feature.startsWith("case=") || feature.equals("initial") || feature.startsWith("eng=") || feature.startsWith("block=")
                || feature.startsWith("df=") || feature.startsWith("caps=") || feature.startsWith("pc=") || feature.startsWith("nc=")
                || feature.startsWith("words=");
    }

    private void report(TextContext ctx, ReportStats stats, TextSpan span, String surface, List<String> out) {
        String[] ws = SPACES.split(surface.strip());
        int english = 0;
        for (String w : ws) {
            if (words.isWord(w)) {
                english++;
            }
        }
        out.add("eng=" + (english == 0 ? "none" : english == ws.length ? "all" : "some"));
        out.add("df=" + Features.bucket(stats.proposedCount(surface)));
        if (ws.length == 1) {
            int[] c = stats.wordCase(surface);
            out.add("caps=" + Features.share(c[1], c[0] + c[1]));
            if (stats.nameWord(surface)) {
                out.add("name-part");
            }
        }
        int dot = surface.indexOf('.');
        if (dot > 0 && stats.runTogetherName(surface.substring(0, dot))) {
            out.add("personal-site");
        }
        if (EventNames.endsLikeEvent(surface) || YEAR_AT_END.matcher(surface).matches() || ctx.events().isEvent(surface)
                || eventAfter(ctx, span)) {
            out.add("event");
        }
    }

    /** "Foo 2031", "Foo conference": a year or an event word right after the span. */
    private boolean eventAfter(TextContext ctx, TextSpan span) {
        List<String> after = ctx.wordsAfter(span, 1);
        if (after.isEmpty()) {
            return false;
        }
        String w = after.get(0);
        return w.length() == 4 && w.chars().allMatch(Character::isDigit) || lexicon.contains("event-words", w)
                && !w.startsWith("day") && !w.equals("week");
    }

    /** Whether a longer candidate contains this one, and whether this one contains another. */
    private static void nesting(SpanIndex<TextSpan> spans, TextSpan span, List<String> out) {
        for (TextSpan o : spans.overlapping(span)) {
            if (o.equals(span)) {
                continue;
            }
            if (o.contains(span)) {
                out.add("nested=inside");
            } else if (span.contains(o)) {
                out.add("nested=contains");
            } else {
                out.add("nested=crosses");
            }
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
