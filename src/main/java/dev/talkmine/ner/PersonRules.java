package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People the statistical model misses, proposed by how reports name speakers: a name followed by a
 * Twitter-style handle ("Ana Lima (@analima)"), a name that opens a line or sentence and gives a
 * talk ("Rain gave a talk about ..."), a full name where talk lists put the speaker (after a
 * quoted title and a dash, at the end of a "Title – Name" list item, after "a keynote from" / "a
 * talk by"), and every run of words shaped like a full name. Names follow {@link NameSyntax}.
 * Thread-safe.
 */
final class PersonRules {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final Pattern withHandle;
    private final Pattern givesTalk;
    private final Pattern afterQuotedTitle;
    private final Pattern itemAfterDash;
    private final Pattern sessionBy;
    private final Pattern fullName;

    PersonRules(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        NameSyntax names = new NameSyntax(lexicon);
        String one = "(?:" + NameSyntax.WORD + ")";
        String name = "(" + names.full() + "|" + one + ")";
        String full = "(" + names.full() + ")";
        this.withHandle = Pattern.compile( // per call on purpose: built around the lexicon's name syntax, once per stage
                "(?<![\\p{L}\\p{M}])" + name + "[ \\t]*\\(@[\\p{L}\\p{N}_.]+\\)");
        this.givesTalk = Pattern.compile( // per call on purpose: built around the lexicon's name syntax, once per stage
                "(?m)(?:^|(?<=[.!?]\\s))(?:[-*•]\\s+|\\d+[.)]\\s+)?" + name
                + "\\s+(?:gave (?:a|an|the|his|her|their) (?:\\p{L}+\\s+)?(?:talk|keynote|presentation)|talked about|spoke about)"
                + "(?![\\p{L}])");
        // '"Observability for Humans" – Grace Mutua (Grafana Labs)': a full name after a quoted title and a dash
        this.afterQuotedTitle = Pattern.compile( // per call on purpose: built around the lexicon's name syntax, once per stage
                "[\"”][ \\t]*[-–—][ \\t]*" + full + "(?=[ \\t]*[(,]|[ \\t]*$)", Pattern.MULTILINE);
        // "- pgvector in production – Jonathan Katz": a list item of a title, a dash and a full name
        this.itemAfterDash = Pattern.compile( // per call on purpose: built around the lexicon's name syntax, once per stage
                "(?m)^[ \\t]*(?:[-*•]|\\d+[.)])[ \\t]+[^\\n.!?]{3,120}?[ \\t][–—-][ \\t]+"
                + full + "[ \\t]*$");
        // "a keynote from Lia Storm about ...": a full name right after a session noun and "by" or "from"
        this.sessionBy = Pattern.compile( // per call on purpose: built from the lexicon's session nouns, once per stage
                "(?i:(?<![\\p{L}])(?:" + lexicon.alternation("session-nouns") + ")s?[ \\t]+(?:by|from)[ \\t]+)"
                + full + "(?=[ \\t]*(?:[,(.:;]|$|about\\b|on\\b|who\\b|titled\\b|called\\b|and\\b))", Pattern.MULTILINE);
        this.fullName = names.fullPattern();
    }

    List<Proposal> find(TextContext ctx) {
        List<Proposal> out = new ArrayList<>();
        Matcher by = sessionBy.matcher(ctx.text);
        while (by.find()) {
            // "a talk by Google Cloud", "a keynote from Red Hat": a known organization or product is no person
            String found = by.group(1);
            boolean known = !gazetteer.lookup(found).isEmpty()
                    || SPACES.splitAsStream(found).anyMatch(w -> !gazetteer.lookup(w).isEmpty());
            add(ctx, by.start(1), by.end(1), "session-by", "name after a session noun and 'by'/'from'", out,
                    "session-by.known=" + known);
        }
        add(ctx, withHandle.matcher(ctx.text), "handle", "name before a @handle", out);
        add(ctx, givesTalk.matcher(ctx.text), "gives-talk", "name that gives a talk", out);
        add(ctx, afterQuotedTitle.matcher(ctx.text), "after-quoted-title", "name after a quoted title and a dash", out);
        add(ctx, itemAfterDash.matcher(ctx.text), "item-after-dash", "name ending a list item after a dash", out);
        add(ctx, fullName.matcher(ctx.text), "name-shape", "words shaped like a full name", out);
        return out;
    }

    private void add(TextContext ctx, Matcher m, String id, String evidence, List<Proposal> out) {
        while (m.find()) {
            add(ctx, m.start(1), m.end(1), id, evidence, out);
        }
    }

    private void add(TextContext ctx, int start, int end, String id, String evidence, List<Proposal> out, String... facts) {
        String[] words = SPACES.split(ctx.text.substring(start, end));
        if (lexicon.contains("not-name-words", APOSTROPHE.split(words[0], 2)[0])) {
            return; // "The Butler", "This Talk", "I'm Jane": a function word opens no name
        }
        if (words.length > 2 && lexicon.contains("not-name-words", words[words.length - 1])) {
            end = ctx.text.lastIndexOf(words[words.length - 1], end - 1); // "J.J. Allaire This talk ..."
            end = ctx.text.substring(start, end).stripTrailing().length() + start;
        }
        out.add(Proposal.rule(ctx.text, new TextSpan(start, end), EntityType.PERSON, id, evidence, facts));
    }
}
