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
 * Organizations named by what organizations do: "organized by BeJUG", "sponsored by Acme",
 * "I work at KittyCAD", "she joined Initech". Only capitalised names of up to four words count.
 * Thread-safe.
 */
final class OrganizationRules {
    private static final String WORD = "\\p{Lu}[\\p{L}\\d&'’-]*(?:\\.[\\p{L}\\d]+)*";
    private static final String NAME = WORD + "(?:\\s+" + WORD + "){0,3}";
    private static final Pattern ORG_CONTEXT = Pattern.compile("\\b(?:organi[sz]ed|hosted|sponsored|run|founded|acquired|funded"
            + "|backed) by\\s+(?:the\\s+)?(" + NAME + ")|\\b(?:work|works|worked|working|employed) (?:at|for)\\s+(" + NAME + ")"
            + "|\\b(?:joined|left) (?!the\\b)(" + NAME + ")\\s+(?:as|in|last|this|after|to)\\b");

    private final Gazetteer gazetteer;

    OrganizationRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> find(TextContext ctx) {
        List<Mention> out = new ArrayList<>();
        Matcher m = ORG_CONTEXT.matcher(ctx.text);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    String name = m.group(g).replaceAll("[.’']+$", "");
                    if (gazetteer.lookup(name, EntityType.TECHNOLOGY).isPresent()
                            && gazetteer.lookup(name, EntityType.ORGANIZATION).isEmpty()) {
                        continue; // "people who work for Rust": the project, not a company
                    }
                    TextSpan span = new TextSpan(m.start(g), m.start(g) + name.length());
                    out.add(new Mention(span, name, EntityType.ORGANIZATION, name, null, MentionSource.RULE, 0.8,
                            "rule: organization after '" + firstWords(m.group()) + "'"));
                }
            }
        }
        return out;
    }

    private static String firstWords(String s) {
        String[] w = s.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(2, w.length)));
    }
}
