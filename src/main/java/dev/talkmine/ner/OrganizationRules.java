package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organizations named by what organizations do: "organized by BeJUG", "sponsored by Acme",
 * "I work at KittyCAD", "she joined Initech", or by the kind word that ends their name ("DC
 * Abortion Fund", "Data Science Institute", "University of Oslo"). The verbs and kind words come
 * from the lexicon. Only capitalised names of up to four words count. Thread-safe.
 */
final class OrganizationRules {
    static final String WORD = "\\p{Lu}[\\p{L}\\p{M}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*";
    private static final String NAME = WORD + "(?:[ \\t]+" + WORD + "){0,3}";
    private static final Pattern DETERMINER = Pattern.compile("^(?:The|A|An|Our|Their|This|That|At|In|For|From|With|By)\\s+");
    private static final Pattern TRAILING = Pattern.compile("[.’']+$");

    private final Gazetteer gazetteer;
    private final Pattern context;
    private final Pattern suffixed;

    OrganizationRules(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.context = Pattern.compile( // per call on purpose: built from the lexicon's verbs, once per stage
                "(?<![\\p{L}])(?i:" + lexicon.alternation("organization-verbs") + ") by\\s+(?:the\\s+)?(" + NAME + ")"
                + "|(?<![\\p{L}])(?i:" + lexicon.alternation("employment-verbs") + ") (?:at|for)\\s+(" + NAME + ")"
                + "|(?<![\\p{L}])(?:joined|left) (?!the\\b)(" + NAME + ")\\s+(?:as|in|last|this|after|to)(?![\\p{L}])");
        this.suffixed = Pattern.compile( // per call on purpose: built from the lexicon's suffixes, once per stage
                "(?<![\\p{L}\\p{N}])((?:" + WORD + "[ \\t]+){1,3}(?:" + capitalised(lexicon, "organization-suffixes")
                + ")|University of " + WORD + "(?:[ \\t]+" + WORD + ")?)(?![\\p{L}\\p{N}])");
    }

    /** The list's entries as capitalised alternatives ("Inc|Foundation|..."), so that "fund" in prose is no suffix. */
    private static String capitalised(Lexicon lexicon, String list) {
        StringBuilder b = new StringBuilder();
        for (String w : lexicon.list(list)) {
            b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(Character.toUpperCase(w.charAt(0)) + w.substring(1)));
        }
        return b.length() == 0 ? "(?!)" : b.toString();
    }

    List<Proposal> find(TextContext ctx) {
        List<Proposal> out = new ArrayList<>();
        Matcher m = context.matcher(ctx.text);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    String name = TRAILING.matcher(m.group(g)).replaceFirst("");
                    // "people who work for Rust": the project, not a company
                    boolean technology = gazetteer.lookup(name, EntityType.TECHNOLOGY).isPresent()
                            && gazetteer.lookup(name, EntityType.ORGANIZATION).isEmpty();
                    out.add(Proposal.rule(ctx.text, new TextSpan(m.start(g), m.start(g) + name.length()), EntityType.ORGANIZATION,
                            "org-context", "organization after '" + firstWords(m.group()) + "'", "org-context.tech=" + technology));
                }
            }
        }
        m = suffixed.matcher(ctx.text);
        while (m.find()) {
            Matcher det = DETERMINER.matcher(m.group(1));
            int start = m.start(1) + (det.lookingAt() ? det.end() : 0);
            String name = ctx.text.substring(start, m.end(1));
            if (name.contains(" ") || name.startsWith("University")) {
                out.add(Proposal.rule(ctx.text, new TextSpan(start, m.end(1)), EntityType.ORGANIZATION, "org-suffix",
                        "name ending in '" + name.substring(name.lastIndexOf(' ') + 1) + "'"));
            }
        }
        return out;
    }

    private static String firstWords(String s) {
        String[] w = s.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(2, w.length)));
    }
}
