package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Technologies, organizations and people from gazetteers. An entry marked ambiguous ("Go",
 * "Swift", "Jenkins") counts only with corroborating context, recorded as the mention's evidence:
 * a version number, code formatting, a technology cue word nearby, another technology in the same
 * sentence, or repeated use as a proper noun in the report. Thread-safe.
 */
final class GazetteerRecognizer {
    private static final Pattern HANDLE_AFTER = Pattern.compile("^\\s+(?:@\\w+|\\w+@)(?!\\w)");
    private static final Pattern VERSION_AFTER = Pattern.compile("^\\s?v?\\d+(\\.\\d+)*\\b");
    private static final Set<String> CUES = Set.of("language", "languages", "library", "libraries", "framework",
            "frameworks", "programming", "programmers", "developers", "code", "compiler", "compilers", "package", "packages",
            "module", "modules", "runtime", "toolchain", "binaries", "binary", "server", "database", "api", "apis",
            "sdk", "plugin", "plugins", "app", "apps", "crate", "crates", "gem", "gems", "project", "version",
            "tool", "tools", "engine", "stack", "ecosystem", "community", "protocol", "implementation", "syntax",
            "written", "implemented", "port", "bindings", "source", "standard", "interpreter", "vm", "cluster", "clusters",
            "servers", "databases", "engines", "services", "runtimes", "interpreters", "service", "builds",
            "build", "test", "tests", "release", "releases", "rewrite", "rewrote", "migrated", "ported", "console",
            "shell", "terminal", "editor", "ide", "template", "templates", "dependencies", "install", "installs",
            "installed", "command", "commands", "repo", "repository", "users", "files");

    private static final Set<String> TITLE_SMALL_WORDS = Set.of("with", "from", "into", "about", "over", "your", "that",
            "this", "than", "when", "what", "without", "through", "under", "after", "before", "between");

    private final GazetteerMatcher matcher;

    private final WordList words;

    GazetteerRecognizer(Gazetteer gazetteer, WordList words) {
        this.matcher = new GazetteerMatcher(gazetteer);
        this.words = words;
    }

    List<Mention> find(TextContext ctx) {
        String text = ctx.text;
        List<GazetteerMatcher.Match> matches = matcher.find(text);
        Map<String, Integer> properUses = properNounUses(ctx, matches);
        List<Mention> out = new ArrayList<>();
        dev.talkmine.doc.SpanIndex<GazetteerMatcher.Match> index = dev.talkmine.doc.SpanIndex.of(matches, GazetteerMatcher.Match::span);
        for (GazetteerMatcher.Match m : matches) {
            if (!senseFits(ctx, m, index)) {
                continue;
            }
            String evidence = accept(ctx, m, index, properUses);
            String surface = m.span().coveredText(text);
            if (evidence != null && !m.exactCase() && surface.equals(surface.toLowerCase(Locale.ROOT))
                    && !m.form().equals(m.form().toLowerCase(Locale.ROOT)) && words.isWord(surface)
                    && !adjacentCue(ctx, m.span()) && !codeLike(ctx, m.span())) {
                continue; // "less bugs", "a huge matrix of APIs": a word in lower case is the word
            }
            if (evidence == null) {
                continue;
            }
            GazetteerEntry e = m.entry();
            double confidence = m.exactCase() ? (ambiguous(m) ? 0.7 : 0.9) : 0.75;
            TextSpan span = m.span();
            EntityType type = e.type();
            if (type == EntityType.TECHNOLOGY && ("service".equals(e.category()) || "platform".equals(e.category()))
                    && orgContext(ctx, span)) {
                type = EntityType.ORGANIZATION; // "thanks to Bitbucket for sponsoring": the company behind the service
                evidence = "service named as a company";
            }
            out.add(new Mention(span, span.coveredText(text), type, e.name(), type == EntityType.TECHNOLOGY ? e.category() : null,
                    MentionSource.GAZETTEER, confidence, evidence + " (" + e.origin() + ")"));
        }
        return out;
    }

    private static final Set<String> ORG_BEFORE = Set.of("from", "at", "joined", "thanks", "thank", "sponsor", "sponsors",
            "company", "companies", "employees", "engineers", "folks", "ceo", "cto", "founder", "founders", "former");
    private static final Set<String> ORG_AFTER = Set.of("sponsoring", "sponsored", "sponsors", "hosting", "hosted",
            "employees", "engineer", "engineers", "team", "folks", "guys", "people", "acquired", "bought", "announced",
            "inc", "corp", "ceo", "cto", "staff", "office", "offices", "hq", "booth", "ran", "runs", "hired", "employs",
            "products", "sponsor");

    /**
     * For a name that is both an organization and a technology (GitHub, Docker, Bitbucket): the
     * organization where the words around speak of a company ("thanks to Bitbucket for
     * sponsoring", "engineers at Docker"), else the technology.
     */
    private static boolean senseFits(TextContext ctx, GazetteerMatcher.Match m, dev.talkmine.doc.SpanIndex<GazetteerMatcher.Match> all) {
        boolean both = all.within(m.span()).stream().anyMatch(o -> o != m && o.span().equals(m.span()) && o.entry().type() != m.entry().type()
                && (o.entry().type() == EntityType.ORGANIZATION || o.entry().type() == EntityType.TECHNOLOGY));
        if (!both) {
            return true;
        }
        return orgContext(ctx, m.span()) == (m.entry().type() == EntityType.ORGANIZATION);
    }

    /** Whether the words around the span speak of a company: "engineers at X", "X for sponsoring", "X products". */
    private static boolean orgContext(TextContext ctx, TextSpan span) {
        return ctx.wordsBefore(span, 2).stream().anyMatch(ORG_BEFORE::contains)
                || ctx.wordsAfter(span, 2).stream().anyMatch(ORG_AFTER::contains);
    }

    /**
     * Whether this match needs corroboration: the entry is marked ambiguous and the surface is a
     * plain word. "Node.js" or "Ruby on Rails" are safe even though their entries' aliases
     * ("Node", "Rails") are not.
     */
    static boolean ambiguous(GazetteerMatcher.Match m) {
        return m.entry().ambiguous() && m.form().chars().allMatch(Character::isLetter);
    }

    /** Why the match counts, or null when it does not. */
    private static String accept(TextContext ctx, GazetteerMatcher.Match m, dev.talkmine.doc.SpanIndex<GazetteerMatcher.Match> all,
                                 Map<String, Integer> properUses) {
        GazetteerEntry e = m.entry();
        boolean ambiguous = ambiguous(m);
        String surface = m.span().coveredText(ctx.text);
        boolean lowerForm = m.form().equals(m.form().toLowerCase(Locale.ROOT));
        if (!m.exactCase()) {
            // "django" for Django is fine; "GO" or "go" for Go is not; acronyms must keep their case;
            // "Robot framework" for Robot Framework is fine (same first letter, several words)
            boolean surfaceLower = surface.equals(surface.toLowerCase(Locale.ROOT));
            boolean formAcronym = m.form().length() <= 4 && m.form().equals(m.form().toUpperCase(Locale.ROOT));
            // "Robot framework" for Robot Framework, "Jetbrains" for JetBrains: same first letter, inner case differs
            boolean sameStart = surface.charAt(0) == m.form().charAt(0) && (m.form().contains(" ")
                    || m.form().length() >= 5 && surface.substring(1).equals(surface.substring(1).toLowerCase(Locale.ROOT)));
            if (ambiguous && surfaceLower && !formAcronym) {
                if (codeLike(ctx, m.span())) {
                    return "ambiguous name corroborated by code formatting";
                }
                // "bash console", "the mustache template engine"; never "go" or "r": too common in lower case
                String cue = m.form().length() >= 4 ? cueNear(ctx, m.span()) : null;
                return cue == null ? null : "ambiguous name in lower case corroborated by " + cue;
            }
            if (ambiguous || formAcronym || m.form().length() < 3 || !(surfaceLower || lowerForm || sameStart)) {
                if (!ambiguous || !codeLike(ctx, m.span())) {
                    return null;
                }
            }
        }
        if (!ambiguous) {
            return m.exactCase() ? "gazetteer" : "gazetteer (case variant)";
        }
        if (e.type() == EntityType.ORGANIZATION && m.exactCase() && (orgContext(ctx, m.span())
                || HANDLE_AFTER.matcher(ctx.text.substring(m.span().end(), Math.min(ctx.text.length(), m.span().end() + 30))).find())) {
            return "ambiguous organization name corroborated by its context"; // "former Square", "Square @jane"
        }
        if (e.type() != EntityType.TECHNOLOGY) {
            return null;
        }
        if (m.version() != null || VERSION_AFTER.matcher(ctx.text).region(m.span().end(), ctx.text.length()).lookingAt()) {
            return "ambiguous name corroborated by a version number";
        }
        if (codeLike(ctx, m.span())) {
            return "ambiguous name corroborated by code formatting";
        }
        boolean initial = ctx.sentenceInitial(m.span());
        String cue = cueNear(ctx, m.span());
        if (cue != null) {
            return "ambiguous name corroborated by " + cue;
        }
        if (initial || lowerForm) {
            return null;
        }
        TextSpan sentence = ctx.sentence(m.span().start());
        for (GazetteerMatcher.Match o : all.within(sentence)) {
            if (o != m && !ambiguous(o) && o.exactCase() && o.entry().type() == EntityType.TECHNOLOGY) {
                return "ambiguous name corroborated by " + o.entry().name() + " in the same sentence";
            }
        }
        if (m.form().length() > 2 && !titleCaseLine(ctx, m.span())) {
            // capitals in running text mark a name ("built with Flask"); not for "Go" or "R", which need more
            return "ambiguous name capitalised in mid-sentence";
        }
        if (properUses.getOrDefault(e.name(), 0) >= 3) {
            return "ambiguous name used " + properUses.get(e.name()) + " times as a proper noun";
        }
        return null;
    }

    /** "'w' before it" or "'w' after it" for a technology cue word among the three words before or two after, or null. */
    private static String cueNear(TextContext ctx, TextSpan span) {
        for (String w : ctx.wordsBefore(span, 3)) {
            if (CUES.contains(w)) {
                return "'" + w + "' before it";
            }
        }
        for (String w : ctx.wordsAfter(span, 2)) {
            if (CUES.contains(w)) {
                return "'" + w + "' after it";
            }
        }
        return null;
    }

    /** A cue word right before or after the span ("bash console"), not a few words away ("matrix of APIs"). */
    private static boolean adjacentCue(TextContext ctx, TextSpan span) {
        return ctx.wordsBefore(span, 1).stream().anyMatch(CUES::contains) || ctx.wordsAfter(span, 1).stream().anyMatch(CUES::contains);
    }

    /** Whether the line around the span is written in title case (a heading or title), where capitals prove nothing. */
    private static boolean titleCaseLine(TextContext ctx, TextSpan span) {
        TextSpan sentence = ctx.sentence(span.start());
        int caps = 0;
        int lower = 0;
        for (String w : sentence.coveredText(ctx.text).split("[\\s\"“”()]+")) {
            if (w.length() > 3 && Character.isUpperCase(w.codePointAt(0))) {
                caps++;
            } else if (w.length() > 3 && Character.isLowerCase(w.codePointAt(0)) && !TITLE_SMALL_WORDS.contains(w)) {
                lower++;
            }
        }
        return caps >= 2 && lower * 5 < caps + lower;
    }

    private static boolean codeLike(TextContext ctx, TextSpan span) {
        return span.start() > 0 && span.end() < ctx.text.length()
                && ctx.text.charAt(span.start() - 1) == '`' && ctx.text.charAt(span.end()) == '`';
    }

    /** How often each ambiguous name occurs capitalised in mid-sentence. */
    private static Map<String, Integer> properNounUses(TextContext ctx, List<GazetteerMatcher.Match> matches) {
        Map<String, Integer> uses = new HashMap<>();
        for (GazetteerMatcher.Match m : matches) {
            if (ambiguous(m) && m.exactCase() && !ctx.sentenceInitial(m.span())) {
                uses.merge(m.entry().name(), 1, Integer::sum);
            }
        }
        return uses;
    }
}
