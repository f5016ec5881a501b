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
            "\\b(?:" + KINDS + ")\\s+(?:called|named)\\s+([\\p{L}][\\w.+#-]*[\\w+#])"
            + "|\\bthe (?:library|framework|tool|gem|crate|package|project|protocol|language)\\s+(\\p{Lu}[\\w.+#-]*[\\w+#])");
    /** "-backed", "-based", "-powered": a compound that describes, not a package name. */
    private static final Pattern DESCRIPTIVE = Pattern.compile("(?i).*-(?:backed|based|powered|driven|centric|like|style|friendly"
            + "|compatible|specific|only|free|aware|enabled|ready|native|first|heavy|oriented|related|agnostic|inspired)$");
    private static final Pattern THE_X_KIND = Pattern.compile(
            "\\b(?:the|a|an|his|her|their|our|its)\\s+([\\p{L}][\\w.+#-]*[\\w+#])\\s+(?:" + KINDS + ")s?\\b");
    /** "ACME protocol", "UPX tools": an acronym or CamelCase name right before a software noun. */
    private static final Pattern NAME_KIND = Pattern.compile(
            "(?<![\\w.-])(\\p{Lu}{2,}[\\p{Lu}\\d]*|\\p{Lu}\\p{Ll}+\\p{Lu}[\\w]*)\\s+(?:" + KINDS + ")s?\\b");
    /** "voxxed.com", "gopkg.in": a website named in running text (not inside a URL). */
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\w./:@-])([a-z][a-z0-9-]{1,30}(?:\\.[a-z0-9-]{2,30})*\\."
            + "(?:com|org|net|io|dev|in|uk|co|ai|app|sh|rs|me))(?![\\w/-]|\\.\\w)");
    private static final Pattern CAMEL = Pattern.compile("(?<![\\w@/.-])((?:[A-Z][a-z0-9]+){1,}(?:[A-Z][a-z0-9]*)+|[a-z]{1,3}[A-Z][A-Za-z0-9]+)(?![\\w/-])");
    private static final Pattern PACKAGE = Pattern.compile("(?<![\\w@/.-])([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)+)(?![\\w/-]|\\.[A-Za-z])");
    /** "Project Jigsaw", "Project Atomic": a project's name. */
    private static final Pattern PROJECT = Pattern.compile("\\bProject\\s+(?:\\p{Lu}[\\w-]*)");
    /** "net/http", "database/sql": a package path written as a name in running text. */
    private static final Pattern PATH = Pattern.compile("(?<![\\w/.:@-])([a-z][a-z0-9]{1,10}/[a-z][a-z0-9]{1,12})(?![\\w/-]|\\.\\w)");
    private static final Set<String> STOP = Set.of("the", "a", "an", "this", "that", "new", "same", "other", "whole",
            "main", "first", "last", "next", "old", "own", "open", "source", "very", "great", "good", "best", "most",
            "which", "their", "his", "her", "its", "our", "your", "my", "one", "two", "some", "any", "each", "every",
            "existing", "official", "popular", "experimental", "entire", "original", "standard", "small", "big",
            "simple", "core", "underlying", "following", "previous", "current", "default", "real", "actual");

    /** A lower-case name that is no English word ("gitfs", "kcachegrind", "django-roa"). */
    private static final Pattern LOWER_NAME = Pattern.compile("(?<![\\w@/.#:'’-])([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)(?![\\w/@'’]|[.:][a-z\\d])");
    private static final Set<String> SOFTWARE_NOUNS = Set.of("tool", "tools", "library", "libraries", "command", "commands",
            "package", "packages", "module", "modules", "utility", "utilities", "plugin", "plugins", "binary", "binaries",
            "framework", "crate", "crates", "gem", "gems", "project", "repo", "repository", "called", "named", "flag", "flags",
            "cli", "daemon", "extension", "driver", "program", "app");

    private final Gazetteer gazetteer;
    private final WordList words;

    TechnologyRules(Gazetteer gazetteer, WordList words) {
        this.gazetteer = gazetteer;
        this.words = words;
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
            int g = m.group(1) != null ? 1 : 2;
            addName(text, m.start(g), m.end(g), 0.8, "introduced as '" + firstWords(m.group()) + "'", out);
        }
        m = THE_X_KIND.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            boolean proper = Character.isUpperCase(name.charAt(0)) || name.contains("-") || name.contains(".");
            // "a proof-of-concept library", "an open-source tool": a description made of words
            boolean described = Character.isLowerCase(name.charAt(0)) && allWords(name);
            if (proper && !described && !STOP.contains(name.toLowerCase(Locale.ROOT))
                    && !ctx.sentenceInitial(new TextSpan(m.start(1), m.end(1)))) {
                addName(text, m.start(1), m.end(1), 0.65, "named before '" + lastWord(m.group()) + "'", out);
            }
        }
        m = CAMEL.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!name.startsWith("Mc") && !name.startsWith("Mac") && gazetteer.lookup(name).isEmpty() && !words.isWord(name)) {
                // "ActionCables" is ActionCable used in the plural
                String singular = name.matches(".*[^sui]s") && name.length() > 6 ? name.substring(0, name.length() - 1) : name;
                TextSpan span = new TextSpan(m.start(1), m.end(1));
                out.add(new Mention(span, name, EntityType.TECHNOLOGY, singular, null, MentionSource.RULE, 0.55,
                        "rule: CamelCase product name"));
            }
        }
        unknownLowerCaseNames(ctx, out);
        m = NAME_KIND.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!words.isWord(name) && gazetteer.lookup(name).isEmpty() && !ctx.sentenceInitial(new TextSpan(m.start(1), m.end(1)))) {
                addName(text, m.start(1), m.end(1), 0.6, "named before '" + lastWord(m.group()) + "'", out);
            }
        }
        m = DOMAIN.matcher(text);
        while (m.find()) {
            addName(text, m.start(1), m.end(1), 0.6, "website named in the text", out);
        }
        m = PROJECT.matcher(text);
        while (m.find()) {
            addName(text, m.start(), m.end(), 0.7, "named as 'Project X'", out);
        }
        m = PATH.matcher(text);
        while (m.find()) {
            String[] parts = m.group(1).split("/");
            boolean underTechnology = gazetteer.lookup(parts[0], EntityType.TECHNOLOGY).isPresent(); // "go/parser"
            if (!words.isWord(parts[0]) || !words.isWord(parts[1]) || underTechnology) {
                addName(text, m.start(1), m.end(1), 0.55, "package path", out);
            }
        }
        m = PACKAGE.matcher(text);
        while (m.find()) {
            String known = knownPart(m.group(1));
            if (known != null && !DESCRIPTIVE.matcher(m.group(1)).matches()) {
                addName(text, m.start(1), m.end(1), 0.6, "package name built on " + known, out);
            }
        }
        return out;
    }

    /**
     * Lower-case names that are neither English words nor listed ("typeshed", "ldflags"), when a
     * known technology stands in the same sentence nearby or a software noun is next to them.
     */
    private void unknownLowerCaseNames(TextContext ctx, List<Mention> out) {
        Matcher m = LOWER_NAME.matcher(ctx.text);
        while (m.find()) {
            String name = m.group(1);
            if (name.length() < 3 || name.length() > 30 || !gazetteer.lookup(name).isEmpty() || isWords(name)) {
                continue;
            }
            TextSpan span = new TextSpan(m.start(1), m.end(1));
            String cue = softwareNounNear(ctx, span);
            String neighbour = cue == null ? knownTechnologyNear(ctx, span) : null;
            if (cue != null || neighbour != null) {
                addName(ctx.text, span.start(), span.end(), 0.5, "unknown lower-case name next to "
                        + (cue != null ? "'" + cue + "'" : "technology " + neighbour), out);
            }
        }
    }

    /** Whether every part of the name is a word, a number or a misspelt word ("committs"): not a name. */
    private boolean isWords(String name) {
        String[] parts = name.split("[-_]");
        int words = 0;
        for (String part : parts) {
            if (part.isEmpty() || this.words.isWord(part) || this.words.isMisspelling(part) || part.chars().allMatch(Character::isDigit)) {
                words++;
            }
        }
        // "blockchain-powered": a compound with an ordinary word is a description, not a name
        return words == parts.length || parts.length > 1 && words > 0;
    }

    /** Whether every hyphen- or dot-separated part of the name is an English word. */
    private boolean allWords(String name) {
        for (String part : name.split("[-.]")) {
            if (!part.isEmpty() && !words.isWord(part)) {
                return false;
            }
        }
        return true;
    }

    private static String softwareNounNear(TextContext ctx, TextSpan span) {
        for (String w : ctx.wordsBefore(span, 2)) {
            if (SOFTWARE_NOUNS.contains(w)) {
                return w;
            }
        }
        for (String w : ctx.wordsAfter(span, 3)) {
            if (SOFTWARE_NOUNS.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** A non-ambiguous gazetteer technology within a few words in the same sentence, or null. */
    private String knownTechnologyNear(TextContext ctx, TextSpan span) {
        List<String> near = new ArrayList<>(ctx.wordsBefore(span, 5));
        near.addAll(ctx.wordsAfter(span, 6));
        for (String w : near) {
            var e = gazetteer.lookup(w, EntityType.TECHNOLOGY);
            if (e.isPresent() && !e.get().ambiguous() && w.length() > 1) {
                return e.get().name();
            }
        }
        return null;
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
