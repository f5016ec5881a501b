package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People the statistical model misses, found by how reports name speakers: a capitalised name
 * followed by a Twitter-style handle ("Ana Lima (@analima)"), or a capitalised name that opens a
 * line or sentence and gives a talk ("Rain gave a talk about ..."), or a full name where talk
 * lists put the speaker: after a quoted title and a dash ('"Streams" – Ana Lima (Acme)'), at the
 * end of a "Title – Name" list item, or after "a keynote from" / "a talk by" (unless a word of it
 * is a known organization or technology). Rule people only fill the model's gaps. Thread-safe.
 */
final class PersonRules {
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:van|von|de|der|da|di|del|la|le)?\\s*\\p{Lu}[\\p{L}'’-]*){0,3}";
    private static final Pattern WITH_HANDLE = Pattern.compile("(?<![\\p{L}])(" + NAME + ")\\s*\\(@[\\w.]+\\)");
    private static final Pattern GIVES_TALK = Pattern.compile("(?m)(?:^|(?<=[.!?]\\s))(?:[-*•]\\s+|\\d+[.)]\\s+)?(" + NAME
            + ")\\s+(?:gave (?:a|an|the|his|her|their) (?:\\w+\\s+)?(?:talk|keynote|presentation)|talked about|spoke about)\\b");
    /** '"Observability for Humans" – Grace Mutua (Grafana Labs)': a full name after a quoted title and a dash. */
    private static final Pattern AFTER_QUOTED_TITLE = Pattern.compile("[\"”][ \\t]*[-–—][ \\t]*(\\p{Lu}[\\p{L}'’-]+"
            + "(?:[ \\t]+(?:(?:van|von|de|der|da|di|del|la|le)[ \\t]+)?\\p{Lu}[\\p{L}'’-]+){1,3})(?=[ \\t]*[(,]|[ \\t]*$)",
            Pattern.MULTILINE);
    /** "- pgvector in production – Jonathan Katz": a list item of a title, a dash and a full name. */
    private static final Pattern ITEM_AFTER_DASH = Pattern.compile("(?m)^[ \\t]*(?:[-*•]|\\d+[.)])[ \\t]+[^\\n.!?]{3,120}?[ \\t][–—-][ \\t]+"
            + "(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+(?:(?:van|von|de|der|da|di|del|la|le)[ \\t]+)?\\p{Lu}[\\p{L}'’-]+){1,2})[ \\t]*$");
    /** "a keynote from Lia Storm about ...": a full name right after a session noun and "by" or "from". */
    private static final Pattern SESSION_BY = Pattern.compile("(?i:\\b(?:talk|keynote|presentation|session|workshop|tutorial"
            + "|lightning talk)s?[ \\t]+(?:by|from)[ \\t]+)(\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+(?:(?:van|von|de|der|da|di|del|la|le)[ \\t]+)?"
            + "\\p{Lu}[\\p{L}'’-]+){1,2})(?=[ \\t]*(?:[,(.:;]|$|about\\b|on\\b|who\\b|titled\\b|called\\b|and\\b))");
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("The", "This", "That", "He", "She", "They",
            "It", "We", "I", "Nobody", "Everyone", "Someone", "Somebody", "Everybody", "Another", "One", "Each", "Then", "Next",
            "Finally", "Also", "And", "But", "So");

    private final Gazetteer gazetteer;

    PersonRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> find(TextContext ctx) {
        List<Mention> out = new ArrayList<>();
        Matcher by = SESSION_BY.matcher(ctx.text);
        while (by.find()) {
            // "a talk by Google Cloud", "a keynote from Red Hat": a known organization or product is no person
            boolean known = java.util.Arrays.stream(by.group(1).split("\\s+")).anyMatch(w -> !gazetteer.lookup(w).isEmpty())
                    || !gazetteer.lookup(by.group(1)).isEmpty();
            if (!known) {
                add(by.group(1), by.start(1), by.end(1), 0.55, "rule: name after a session noun and 'by'/'from'", out);
            }
        }
        add(WITH_HANDLE.matcher(ctx.text), 0.7, "rule: name before a @handle", out);
        add(GIVES_TALK.matcher(ctx.text), 0.6, "rule: name that gives a talk", out);
        add(AFTER_QUOTED_TITLE.matcher(ctx.text), 0.6, "rule: name after a quoted title and a dash", out);
        add(ITEM_AFTER_DASH.matcher(ctx.text), 0.55, "rule: name ending a list item after a dash", out);
        return out;
    }

    private static void add(Matcher m, double confidence, String evidence, List<Mention> out) {
        while (m.find()) {
            add(m.group(1), m.start(1), m.end(1), confidence, evidence, out);
        }
    }

    private static void add(String name, int start, int end, double confidence, String evidence, List<Mention> out) {
        if (NOT_NAMES.contains(name.split("\\s+")[0])) {
            return;
        }
        out.add(new Mention(new TextSpan(start, end), name, EntityType.PERSON, name.replaceAll("\\s+", " "), null,
                MentionSource.RULE, confidence, evidence));
    }
}
