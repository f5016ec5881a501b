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
 * line or sentence and gives a talk ("Rain gave a talk about ..."), or a full name after a quoted
 * title and a dash ('"Streams" – Ana Lima (Acme)'). Thread-safe.
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
    private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("The", "This", "That", "He", "She", "They",
            "It", "We", "I", "Nobody", "Everyone", "Someone", "Somebody", "Everybody", "Another", "One", "Each", "Then", "Next",
            "Finally", "Also", "And", "But", "So");

    List<Mention> find(TextContext ctx) {
        List<Mention> out = new ArrayList<>();
        add(ctx, WITH_HANDLE.matcher(ctx.text), 0.7, "rule: name before a @handle", out);
        add(ctx, GIVES_TALK.matcher(ctx.text), 0.6, "rule: name that gives a talk", out);
        add(ctx, AFTER_QUOTED_TITLE.matcher(ctx.text), 0.6, "rule: name after a quoted title and a dash", out);
        add(ctx, ITEM_AFTER_DASH.matcher(ctx.text), 0.55, "rule: name ending a list item after a dash", out);
        return out;
    }

    private static void add(TextContext ctx, Matcher m, double confidence, String evidence, List<Mention> out) {
        while (m.find()) {
            String name = m.group(1);
            if (NOT_NAMES.contains(name.split("\\s+")[0])) {
                continue;
            }
            TextSpan span = new TextSpan(m.start(1), m.end(1));
            out.add(new Mention(span, name, EntityType.PERSON, name.replaceAll("\\s+", " "), null, MentionSource.RULE,
                    confidence, evidence));
        }
    }
}
