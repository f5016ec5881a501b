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
 * "I work at KittyCAD", "she joined Initech", or by the kind word in their name ("DC Abortion
 * Fund", "University of Oslo"). Only capitalised names of up to four words count.
 * Thread-safe.
 */
final class OrganizationRules {
    private static final String WORD = "\\p{Lu}[\\p{L}\\d&'’-]*(?:\\.[\\p{L}\\d]+)*";
    private static final String NAME = WORD + "(?:\\s+" + WORD + "){0,3}";
    private static final Pattern ORG_CONTEXT = Pattern.compile("\\b(?:organi[sz]ed|hosted|sponsored|run|founded|acquired|funded"
            + "|backed) by\\s+(?:the\\s+)?(" + NAME + ")|\\b(?:work|works|worked|working|employed) (?:at|for)\\s+(" + NAME + ")"
            + "|\\b(?:joined|left) (?!the\\b)(" + NAME + ")\\s+(?:as|in|last|this|after|to)\\b");

    /** "The DC Abortion Fund", "Data Science Institute", "University of Oslo": a name its kind word ends or opens. */
    private static final Pattern SUFFIXED = Pattern.compile("(?<![\\p{L}\\d])((?:" + WORD + "\\s+){1,3}(?:Inc|Ltd|LLC|GmbH"
            + "|Corp|Corporation|Foundation|Fund|Institute|University|College|Labs|Association|Society|Council|Agency"
            + "|Consortium|Alliance|Federation)|University of " + WORD + "(?:\\s+" + WORD + ")?)(?![\\p{L}\\d])");
    private static final Pattern DETERMINER = Pattern.compile("^(?:The|A|An|Our|Their|This|That|At|In|For|From|With|By)\\s+");

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
        m = SUFFIXED.matcher(ctx.text);
        while (m.find()) {
            Matcher det = DETERMINER.matcher(m.group(1));
            int start = m.start(1) + (det.lookingAt() ? det.end() : 0);
            String name = ctx.text.substring(start, m.end(1));
            String first = name.split("\\s+")[0];
            if (name.matches(".*\\s(?:University|College)") && ctx.events().isEvent(first)) {
                continue; // "Devoxx University": the conference's track of long sessions
            }
            if (name.contains(" ") || name.startsWith("University")) {
                out.add(new Mention(new TextSpan(start, m.end(1)), name, EntityType.ORGANIZATION, name, null,
                        MentionSource.RULE, 0.7, "rule: name ending in '" + name.substring(name.lastIndexOf(' ') + 1) + "'"));
            }
        }
        return out;
    }

    private static String firstWords(String s) {
        String[] w = s.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(2, w.length)));
    }
}
