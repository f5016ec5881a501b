package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organizations stated as a speaker's affiliation, whether or not any list knows them: "Jane Roe
 * (Acme)", "Jane Roe (@jroe, Acme)", "Jane Roe, Acme Labs", "Jane Roe from Acme", "Acme's Jane
 * Roe", and "CTO of Acme" anywhere. The person is any proposed person; the learned decision
 * weighs the affiliation (its kind is a feature). Thread-safe.
 */
final class AffiliationRules {
    /** A word of an organization's name: capitalised, a number, or lower-case with an inner capital ("eBay"). */
    static final String ORG_WORD = "(?:[\\p{Lu}\\p{N}]|\\p{Ll}+[\\p{Lu}\\p{N}])[\\p{L}\\p{M}\\p{N}&_]*(?:[-.'’/][\\p{L}\\p{M}\\p{N}&_]+)*";
    /** Up to five words; "and" and "the" join no name here ("Django and WSGI" is two). */
    static final String ORG_NAME = ORG_WORD + "(?:[ \\t]+(?:(?:of|&|de|für)[ \\t]+)?" + ORG_WORD + "){0,4}";
    private static final Pattern PAREN = Pattern.compile("^[ \\t]*\\((?:@[\\p{L}\\p{N}_.]+[ \\t]*[,;/|]?[ \\t]*)?(" + ORG_NAME
            + ")[ \\t]*(?:[,;/|][^)\\n]{0,60})?\\)");
    private static final Pattern COMMA = Pattern.compile("^[ \\t]*,[ \\t]+(" + ORG_NAME + ")");
    private static final Pattern FROM = Pattern.compile("^[ \\t]+(?:from|at|of)[ \\t]+(?:the[ \\t]+)?(" + ORG_NAME + ")");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<![\\p{L}\\p{N}])(" + ORG_NAME + ")['’]s[ \\t]+$");
    private static final Pattern TRAILING = Pattern.compile("[.’'_-]+$");
    private static final int POSSESSIVE_WINDOW = 160;
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?:;](?:\\s|$)");

    private final Pattern role;

    AffiliationRules(Lexicon lexicon) {
        this.role = Pattern.compile( // per call on purpose: built from the lexicon's role words, once per stage
                "(?<![\\p{L}])(?i:" + lexicon.alternation("role-words") + ")[ \\t]+(?:of|at|for)[ \\t]+(?:the[ \\t]+)?("
                + ORG_NAME + ")");
    }

    /** Affiliations around the proposed people, and after every role word. */
    List<Proposal> find(TextContext ctx, List<Proposal> proposals) {
        String text = ctx.text;
        List<Proposal> out = new ArrayList<>();
        // "Jane Roe, Acme Sam Poe, Initech": Acme ends where the next person starts
        NavigableSet<Integer> people = new TreeSet<>();
        for (Proposal p : proposals) {
            if (p.type() == EntityType.PERSON && !p.facts().contains("rule=name-shape")) {
                people.add(p.span().start());
            }
        }
        for (Proposal p : proposals) {
            if (p.type() != EntityType.PERSON) {
                continue;
            }
            TextSpan s = p.span();
            int lineEnd = ctx.lineEnd(s.end());
            after(ctx, PAREN.matcher(text).region(s.end(), lineEnd), "paren", "in brackets after", p, people, out);
            after(ctx, COMMA.matcher(text).region(s.end(), lineEnd), "comma", "after a comma after", p, people, out);
            after(ctx, FROM.matcher(text).region(s.end(), lineEnd), "from", "after 'from'/'at' after", p, people, out);
            // a name of five words fits in the window; the whole line would make a long paragraph quadratic
            Matcher poss = POSSESSIVE.matcher(text).region(Math.max(ctx.lineStart(s.start()), s.start() - POSSESSIVE_WINDOW), s.start())
                    .useTransparentBounds(true);
            if (poss.find()) {
                add(ctx, poss.start(1), poss.end(1), "possessive", "possessive before " + p.mention().text(), people, out);
            }
        }
        Matcher m = role.matcher(text);
        while (m.find()) {
            add(ctx, m.start(1), m.end(1), "role", "after '" + text.substring(m.start(), m.start(1)).strip() + "'", people, out);
        }
        return out;
    }

    private static void after(TextContext ctx, Matcher m, String kind, String how, Proposal person, NavigableSet<Integer> people,
                              List<Proposal> out) {
        if (m.lookingAt()) {
            add(ctx, m.start(1), m.end(1), kind, how + " " + person.mention().text(), people, out);
        }
    }

    private static void add(TextContext ctx, int start, int end, String kind, String how, NavigableSet<Integer> people,
                            List<Proposal> out) {
        Integer person = people.higher(start);
        if (person != null && person < end) {
            end = ctx.text.substring(start, person).stripTrailing().length() + start;
        }
        String name = ctx.text.substring(start, end);
        Matcher trailing = TRAILING.matcher(name);
        if (trailing.find()) {
            end = start + trailing.start();
        }
        if (end - start < 2) {
            return;
        }
        int lineStart = ctx.lineStart(start);
        int lineEnd = ctx.lineEnd(start);
        boolean speakerLine = lineEnd - lineStart <= 200
                && !SENTENCE_PUNCTUATION.matcher(ctx.text).region(lineStart, lineEnd).find();
        out.add(Proposal.rule(ctx.text, new TextSpan(start, end), EntityType.ORGANIZATION, "aff-" + kind,
                "affiliation " + how, "aff.line=" + (speakerLine ? "speaker" : "prose")));
    }
}
