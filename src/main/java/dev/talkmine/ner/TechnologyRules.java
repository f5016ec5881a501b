package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Technologies no list knows, proposed by their form and context: numbered standards ("PEP 484",
 * "RFC 7540", "JSR308"), names introduced as software ("a library called PyMetabiosis", "the
 * kargo tool"), CamelCase product names, package names built on a known technology
 * ("mysql-utilities", "quic-go"), package paths ("net/http"), websites ("spring.io"), "Project X",
 * sub-commands of a known tool ("cargo fmt"), and lower-case names that are no English word
 * ("typeshed"). Every pattern is Unicode-aware: a letter is {@code \p{L}}, never {@code [A-Za-z]}.
 * The software nouns come from the lexicon. Thread-safe.
 */
final class TechnologyRules {
    /** A letter, digit or underscore in any script (Java's {@code \w} is ASCII-only). */
    static final String W = "[\\p{L}\\p{N}_]";
    private static final Pattern STANDARD = Pattern.compile(
            "(?<!" + W + ")(PEP|RFC|JSR|ECMA|ISO|IEEE|CVE)([ -]?)(\\d{1,5}(-\\d+)?)(?![\\p{L}\\p{N}])");
    private static final String NAME = "(\\p{L}[\\p{L}\\p{N}_.+#-]*[\\p{L}\\p{N}_+#])";
    private static final Pattern CAMEL = Pattern.compile("(?<![\\p{L}\\p{N}_@/.-])((?:\\p{Lu}[\\p{Ll}\\p{N}]+){1,}(?:\\p{Lu}[\\p{Ll}\\p{N}]*)+"
            + "|\\p{Ll}{1,3}\\p{Lu}[\\p{L}\\p{N}]+)(?![\\p{L}\\p{N}_/-])");
    private static final Pattern PACKAGE = Pattern.compile("(?<![\\p{L}\\p{N}_@/.-])(\\p{L}[\\p{L}\\p{N}]*(?:[-.][\\p{L}\\p{N}]+)+)"
            + "(?![\\p{L}\\p{N}_/-]|\\.\\p{L})");
    /** "voxxed.com", "gopkg.in": a website named in running text (not inside a URL). */
    private static final Pattern DOMAIN = Pattern.compile("(?<![\\p{L}\\p{N}_./:@-])(\\p{Ll}[\\p{Ll}\\p{N}-]{1,30}(?:\\.[\\p{Ll}\\p{N}-]{2,30})*\\."
            + "(?:com|org|net|io|dev|in|uk|co|ai|app|sh|rs|me))(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])");
    /** "Project Jigsaw", "Project Atomic": a project's name. */
    private static final Pattern PROJECT = Pattern.compile("(?<!" + W + ")Project\\s+\\p{Lu}[\\p{L}\\p{N}_-]*");
    /** "net/http", "database/sql": a package path written as a name in running text. */
    private static final Pattern PATH = Pattern.compile("(?<![\\p{L}\\p{N}_/.:@-])(\\p{Ll}[\\p{Ll}\\p{N}]{1,10}/\\p{Ll}[\\p{Ll}\\p{N}]{1,12})"
            + "(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])");
    /** A lower-case name ("gitfs", "kcachegrind", "django-roa"), in any script. */
    private static final Pattern LOWER_NAME = Pattern.compile("(?<![\\p{L}\\p{N}_@/.#:'’-])(\\p{Ll}[\\p{Ll}\\p{N}]*(?:[-_][\\p{Ll}\\p{N}]+)*)"
            + "(?![\\p{L}\\p{N}_/@'’]|[.:][\\p{Ll}\\p{N}])");
    /** One or two lower-case words after a known tool: "cargo fmt", "go tool trace", "npm audit". */
    private static final Pattern SUBCOMMAND = Pattern.compile("^[ \\t]+(\\p{Ll}[\\p{Ll}\\p{N}-]*)(?:[ \\t]+(\\p{Ll}[\\p{Ll}\\p{N}-]*))?");
    private static final Pattern PARTS = Pattern.compile("[-_]");
    private static final Pattern DASH_DOT = Pattern.compile("[-.]");

    private final Gazetteer gazetteer;
    private final WordList words;
    private final Lexicon lexicon;
    private final Pattern called;
    private final Pattern theXKind;
    private final Pattern nameKind;
    private final Pattern descriptive;

    TechnologyRules(Gazetteer gazetteer, WordList words, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.lexicon = lexicon;
        String kinds = lexicon.alternation("software-kinds");
        int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.called = Pattern.compile( // per call on purpose: built from the lexicon's software kinds, once per stage
                "(?<!" + W + ")(?i:" + kinds + ")\\s+(?:called|named)\\s+" + NAME
                + "|(?<!" + W + ")the\\s+(?i:" + kinds + ")\\s+(\\p{Lu}[\\p{L}\\p{N}_.+#-]*[\\p{L}\\p{N}_+#])");
        this.theXKind = Pattern.compile( // per call on purpose: built from the lexicon's software kinds, once per stage
                "(?<!" + W + ")(?:the|a|an|his|her|their|our|its)\\s+" + NAME + "\\s+(?i:" + kinds
                + ")s?(?!" + W + ")");
        // "ACME protocol", "UPX tools": an acronym or CamelCase name right before a software noun
        this.nameKind = Pattern.compile( // per call on purpose: built from the lexicon's software kinds, once per stage
                "(?<![\\p{L}\\p{N}_.-])(\\p{Lu}{2,}[\\p{Lu}\\p{N}]*|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}_]*)\\s+(?i:"
                + kinds + ")s?(?!" + W + ")");
        this.descriptive = Pattern.compile( // per call on purpose: built from the lexicon's suffixes, once per stage
                ".*-" + lexicon.alternation("descriptive-suffixes") + "$", ci);
    }

    List<Proposal> find(TextContext ctx) {
        String text = ctx.text;
        List<Proposal> out = new ArrayList<>();
        Matcher m = STANDARD.matcher(text);
        while (m.find()) {
            TextSpan span = new TextSpan(m.start(), m.end());
            String surface = span.coveredText(text);
            out.add(new Proposal(new Mention(span, surface, EntityType.TECHNOLOGY, surface, "standard", MentionSource.RULE, 1.0,
                    "rule: numbered standard"), List.of("rule=standard")));
        }
        m = called.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            add(ctx, m.start(g), m.end(g), "called", "introduced as '" + firstWords(m.group()) + "'", out);
        }
        introducedBeforeAKind(ctx, out);
        camelCase(ctx, out);
        unknownLowerCaseNames(ctx, out);
        subcommands(ctx, out);
        addAll(ctx, DOMAIN.matcher(text), 1, "domain", "website named in the text", out);
        addAll(ctx, PROJECT.matcher(text), 0, "project", "named as 'Project X'", out);
        packagePaths(ctx, out);
        m = PACKAGE.matcher(text);
        while (m.find()) {
            String known = knownPart(m.group(1));
            if (known != null && !descriptive.matcher(m.group(1)).matches()) {
                add(ctx, m.start(1), m.end(1), "package", "package name built on " + known, out);
            }
        }
        return out;
    }

    /** "the Tilde library", "the crayon package": a name before a software noun (whether proper, or made of words). */
    private void introducedBeforeAKind(TextContext ctx, List<Proposal> out) {
        Matcher m = theXKind.matcher(ctx.text);
        while (m.find()) {
            String name = m.group(1);
            boolean proper = Character.isUpperCase(name.codePointAt(0)) || name.contains("-") || name.contains(".");
            // "a proof-of-concept library", "an open-source tool": a description made of words
            boolean described = Character.isLowerCase(name.codePointAt(0)) && allWords(name);
            if (!lexicon.contains("technology-stop-words", name) && !ctx.sentenceInitial(new TextSpan(m.start(1), m.end(1)))) {
                add(ctx, m.start(1), m.end(1), "the-x-kind", "named before '" + lastWord(m.group()) + "'", out,
                        "x-kind=" + (described ? "words" : proper ? "proper" : "lower"));
            }
        }
        m = nameKind.matcher(ctx.text);
        while (m.find()) {
            String name = m.group(1);
            if (!words.isWord(name) && gazetteer.lookup(name).isEmpty() && !ctx.sentenceInitial(new TextSpan(m.start(1), m.end(1)))) {
                add(ctx, m.start(1), m.end(1), "name-kind", "named before '" + lastWord(m.group()) + "'", out);
            }
        }
    }

    /** "PyMetabiosis", "ActionCables" (ActionCable in the plural): CamelCase that no list knows and no word is. */
    private void camelCase(TextContext ctx, List<Proposal> out) {
        Matcher m = CAMEL.matcher(ctx.text);
        while (m.find()) {
            String name = m.group(1);
            if (!name.startsWith("Mc") && !name.startsWith("Mac") && gazetteer.lookup(name).isEmpty() && !words.isWord(name)) {
                boolean plural = name.length() > 6 && name.endsWith("s") && "sui".indexOf(name.charAt(name.length() - 2)) < 0;
                TextSpan span = new TextSpan(m.start(1), m.end(1));
                out.add(new Proposal(new Mention(span, name, EntityType.TECHNOLOGY, plural ? name.substring(0, name.length() - 1) : name,
                        null, MentionSource.RULE, 1.0, "rule: CamelCase product name"), List.of("rule=camel")));
            }
        }
    }

    /**
     * Lower-case names that are neither English words nor listed ("typeshed", "ldflags"), with
     * what is near them: a software noun, a known technology in the same sentence, or nothing.
     */
    private void unknownLowerCaseNames(TextContext ctx, List<Proposal> out) {
        Matcher m = LOWER_NAME.matcher(ctx.text);
        while (m.find()) {
            String name = m.group(1);
            if (name.length() < 3 || name.length() > 30 || !gazetteer.lookup(name).isEmpty() || isWords(name)) {
                continue;
            }
            TextSpan span = new TextSpan(m.start(1), m.end(1));
            String cue = softwareNounNear(ctx, span);
            String neighbour = cue == null ? knownTechnologyNear(ctx, span) : null;
            String near = cue != null ? "noun" : neighbour != null ? "technology" : "nothing";
            add(ctx, span.start(), span.end(), "lower-name", "unknown lower-case name next to "
                    + (cue != null ? "'" + cue + "'" : neighbour != null ? "technology " + neighbour : "nothing"), out,
                    "lower.near=" + near);
        }
    }

    /** "cargo fmt", "npm audit", "go vet": a known tool written in lower case, then one or two lower-case words. */
    private void subcommands(TextContext ctx, List<Proposal> out) {
        Matcher m = LOWER_NAME.matcher(ctx.text);
        while (m.find()) {
            var tool = gazetteer.lookup(m.group(1), EntityType.TECHNOLOGY);
            if (tool.isEmpty() || !("tool".equals(tool.get().category()) || "language".equals(tool.get().category()))) {
                continue;
            }
            Matcher sub = SUBCOMMAND.matcher(ctx.text).region(m.end(1), Math.min(ctx.text.length(), m.end(1) + 40));
            if (!sub.lookingAt()) {
                continue;
            }
            boolean word = words.isWord(sub.group(1));
            add(ctx, m.start(1), sub.end(1), "subcommand", "sub-command of " + tool.get().name(), out,
                    "sub.word=" + word);
            if (sub.group(2) != null) {
                add(ctx, m.start(1), sub.end(2), "subcommand", "sub-command of " + tool.get().name(), out,
                        "sub.word=" + (word && words.isWord(sub.group(2))), "sub.two");
            }
        }
    }

    private void packagePaths(TextContext ctx, List<Proposal> out) {
        Matcher m = PATH.matcher(ctx.text);
        while (m.find()) {
            String[] parts = m.group(1).split("/");
            boolean underTechnology = gazetteer.lookup(parts[0], EntityType.TECHNOLOGY).isPresent(); // "go/parser"
            if (!words.isWord(parts[0]) || !words.isWord(parts[1]) || underTechnology) {
                add(ctx, m.start(1), m.end(1), "path", "package path", out);
            }
        }
    }

    /** Whether every part of the name is a word, a number or a misspelt word ("committs"): not a name. */
    private boolean isWords(String name) {
        String[] parts = PARTS.split(name);
        int n = 0;
        for (String part : parts) {
            if (part.isEmpty() || words.isWord(part) || words.isMisspelling(part) || part.chars().allMatch(Character::isDigit)) {
                n++;
            }
        }
        // "blockchain-powered": a compound with an ordinary word is a description, not a name
        return n == parts.length || parts.length > 1 && n > 0;
    }

    /** Whether every hyphen- or dot-separated part of the name is an English word. */
    private boolean allWords(String name) {
        for (String part : DASH_DOT.split(name)) {
            if (!part.isEmpty() && !words.isWord(part)) {
                return false;
            }
        }
        return true;
    }

    private String softwareNounNear(TextContext ctx, TextSpan span) {
        for (String w : ctx.wordsBefore(span, 2)) {
            if (lexicon.contains("software-nouns", w)) {
                return w;
            }
        }
        for (String w : ctx.wordsAfter(span, 3)) {
            if (lexicon.contains("software-nouns", w)) {
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

    private static void addAll(TextContext ctx, Matcher m, int group, String id, String evidence, List<Proposal> out) {
        while (m.find()) {
            add(ctx, m.start(group), m.end(group), id, evidence, out);
        }
    }

    private static void add(TextContext ctx, int start, int end, String id, String evidence, List<Proposal> out, String... facts) {
        if (end - start >= 2) {
            out.add(Proposal.rule(ctx.text, new TextSpan(start, end), EntityType.TECHNOLOGY, id, evidence, facts));
        }
    }

    /** A part of a hyphenated or dotted name that is a known technology, or null. */
    private String knownPart(String name) {
        for (String part : DASH_DOT.split(name)) {
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
