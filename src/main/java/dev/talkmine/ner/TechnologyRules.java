package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Technologies no list knows, found by their form and context: numbered standards ("PEP 484",
 * "RFC 7540", "JSR308"), names introduced as software ("a library called PyMetabiosis", "the
 * kargo tool"), CamelCase product names ("PyMetabiosis"), and package names built on a known
 * technology ("mysql-utilities", "django-rest-framework", "quic-go"). Thread-safe.
 */
final class TechnologyRules {
    private static final Pattern STANDARD = Pattern.compile("\\b(PEP|RFC|JSR|ECMA|ISO|IEEE|CVE)([ -]?)(\\d{1,5}(-\\d+)?)\\b");
    private static final String KINDS = "library|libraries|framework|tool|project|package|module|gem|crate|protocol"
            + "|database|engine|plugin|language|extension|server|service|platform|app|CLI|SDK";
    private static final Pattern CALLED = Pattern.compile(
            "\\b(?:" + KINDS + ")\\s+(?:called|named)\\s+([\\p{L}][\\w.+#-]*[\\w+#])");
    private static final Pattern THE_X_KIND = Pattern.compile(
            "\\b(?:the|a|an|his|her|their|our|its)\\s+([\\p{L}][\\w.+#-]*[\\w+#])\\s+(?:" + KINDS + ")\\b");
    private static final Pattern CAMEL = Pattern.compile("(?<![\\w@/.-])((?:[A-Z][a-z0-9]+){1,}(?:[A-Z][a-z0-9]*)+|[a-z]{1,3}[A-Z][A-Za-z0-9]+)(?![\\w/-])");
    private static final Pattern PACKAGE = Pattern.compile("(?<![\\w@/.-])([a-z][a-z0-9]*(?:[-.][a-z0-9]+)+)(?![\\w/-]|\\.[a-z])");
    private static final Set<String> STOP = Set.of("the", "a", "an", "this", "that", "new", "same", "other", "whole",
            "main", "first", "last", "next", "old", "own", "open", "source", "very", "great", "good", "best", "most",
            "which", "their", "his", "her", "its", "our", "your", "my", "one", "two", "some", "any", "each", "every",
            "existing", "official", "popular", "experimental", "entire", "original", "standard", "small", "big",
            "simple", "core", "underlying", "following", "previous", "current", "default", "real", "actual");

    private final Gazetteer gazetteer;

    TechnologyRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> find(TextContext ctx) {
        String text = ctx.text;
        List<Mention> out = new ArrayList<>();
        Matcher m = STANDARD.matcher(text);
        while (m.find()) {
            out.add(mention(text, m.start(), m.end(), 0.9, "standard", "numbered standard"));
        }
        m = CALLED.matcher(text);
        while (m.find()) {
            addName(text, m.start(1), m.end(1), 0.8, "introduced as '" + firstWords(m.group()) + "'", out);
        }
        m = THE_X_KIND.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            boolean proper = Character.isUpperCase(name.charAt(0)) || name.contains("-") || name.contains(".");
            if (proper && !STOP.contains(name.toLowerCase(Locale.ROOT)) && !ctx.sentenceInitial(new TextSpan(m.start(1), m.end(1)))) {
                addName(text, m.start(1), m.end(1), 0.65, "named before '" + lastWord(m.group()) + "'", out);
            }
        }
        m = CAMEL.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!name.startsWith("Mc") && !name.startsWith("Mac") && gazetteer.lookup(name).isEmpty()) {
                addName(text, m.start(1), m.end(1), 0.55, "CamelCase product name", out);
            }
        }
        m = PACKAGE.matcher(text);
        while (m.find()) {
            String known = knownPart(m.group(1));
            if (known != null) {
                addName(text, m.start(1), m.end(1), 0.6, "package name built on " + known, out);
            }
        }
        return out;
    }

    private void addName(String text, int start, int end, double confidence, String evidence, List<Mention> out) {
        if (end - start < 2) {
            return;
        }
        out.add(mention(text, start, end, confidence, null, evidence));
    }

    private static Mention mention(String text, int start, int end, double confidence, String category, String evidence) {
        TextSpan span = new TextSpan(start, end);
        String surface = span.coveredText(text);
        return new Mention(span, surface, EntityType.TECHNOLOGY, surface, category, MentionSource.RULE, confidence,
                "rule: " + evidence);
    }

    /** A part of a hyphenated or dotted name that is a known technology, or null. */
    private String knownPart(String name) {
        for (String part : name.split("[-.]")) {
            if (part.length() >= 3 && gazetteer.lookup(part, EntityType.TECHNOLOGY).filter(e -> !e.ambiguous()).isPresent()) {
                return part;
            }
        }
        return null;
    }

    private static String firstWords(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }
}
