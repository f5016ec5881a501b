package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Technologies, organizations and people from gazetteers. Every match is proposed; what a match
 * needs to count as the entry's name (an ambiguous entry such as "Go", "Swift", "Jenkins" needs
 * corroborating context: a version number, code formatting, a technology cue word nearby, another
 * technology in the same sentence, repeated use as a proper noun) is recorded as its
 * {@link Corroboration}, a feature of the learned decision. Thread-safe.
 */
final class GazetteerRecognizer {
    private static final Pattern HANDLE_AFTER = Pattern.compile("^\\s+(?:@\\w+|\\w+@)(?!\\w)");
    private static final Pattern VERSION_AFTER = Pattern.compile("^\\s?v?\\d+(\\.\\d+)*\\b");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s\"“”()]+");

    private final GazetteerMatcher matcher;
    private final WordList words;
    private final Lexicon lexicon;

    GazetteerRecognizer(Gazetteer gazetteer, WordList words, Lexicon lexicon) {
        this.matcher = new GazetteerMatcher(gazetteer);
        this.words = words;
        this.lexicon = lexicon;
    }

    List<Proposal> find(TextContext ctx) {
        List<GazetteerMatcher.Match> matches = matcher.find(ctx.text);
        Map<String, Integer> properUses = properNounUses(ctx, matches);
        SpanIndex<GazetteerMatcher.Match> index = SpanIndex.of(matches, GazetteerMatcher.Match::span);
        List<Proposal> out = new ArrayList<>();
        for (GazetteerMatcher.Match m : matches) {
            Corroboration why = accept(ctx, m, index, properUses);
            List<String> facts = facts(ctx, m, index, why);
            GazetteerEntry e = m.entry();
            TextSpan span = m.span();
            String surface = span.coveredText(ctx.text);
            out.add(new Proposal(mention(span, surface, e.type(), e, why.reason()), facts));
            if (e.type() == EntityType.TECHNOLOGY && ("service".equals(e.category()) || "platform".equals(e.category()))
                    && orgContext(ctx, span)) {
                // "thanks to Bitbucket for sponsoring": the company behind the service
                List<String> more = new ArrayList<>(facts);
                more.add("gaz.service-as-company");
                out.add(new Proposal(mention(span, surface, EntityType.ORGANIZATION, e, "service named as a company"), more));
            }
        }
        return out;
    }

    private static Mention mention(TextSpan span, String surface, EntityType type, GazetteerEntry e, String reason) {
        return new Mention(span, surface, type, e.name(), type == EntityType.TECHNOLOGY ? e.category() : null,
                MentionSource.GAZETTEER, 1.0, reason + " (" + e.origin() + ")");
    }

    private List<String> facts(TextContext ctx, GazetteerMatcher.Match m, SpanIndex<GazetteerMatcher.Match> index,
                               Corroboration why) {
        GazetteerEntry e = m.entry();
        String surface = m.span().coveredText(ctx.text);
        boolean surfaceLower = surface.equals(surface.toLowerCase(Locale.ROOT));
        List<String> f = new ArrayList<>();
        f.add("gaz=" + e.type());
        f.add("gaz.cat=" + (e.category() == null ? "none" : e.category()));
        f.add("gaz.corr=" + why.id());
        f.add("gaz.case=" + (m.exactCase() ? "exact" : surfaceLower ? "lower" : "variant"));
        if (ambiguous(m)) {
            f.add("gaz.amb");
        }
        if (!m.form().equalsIgnoreCase(e.name())) {
            f.add("gaz.alias");
        }
        if (m.version() != null) {
            f.add("gaz.version");
        }
        if (bothSenses(m, index)) {
            f.add("gaz.both");
            f.add("gaz.both.orgctx=" + orgContext(ctx, m.span()));
        }
        // "less bugs", "a huge matrix of APIs": a word in lower case is the word
        if (!m.exactCase() && surfaceLower && !m.form().equals(m.form().toLowerCase(Locale.ROOT)) && words.isWord(surface)
                && !adjacentCue(ctx, m.span()) && !codeLike(ctx, m.span())) {
            f.add("gaz.lower-word");
        }
        return f;
    }

    /** Whether the same span is also an entry of another type (GitHub, Docker, Bitbucket: company and product). */
    private static boolean bothSenses(GazetteerMatcher.Match m, SpanIndex<GazetteerMatcher.Match> all) {
        return all.within(m.span()).stream().anyMatch(o -> o != m && o.span().equals(m.span())
                && o.entry().type() != m.entry().type());
    }

    /** Whether the words around the span speak of a company: "engineers at X", "X for sponsoring", "X products". */
    private boolean orgContext(TextContext ctx, TextSpan span) {
        return ctx.wordsBefore(span, 2).stream().anyMatch(w -> lexicon.contains("organization-before", w))
                || ctx.wordsAfter(span, 2).stream().anyMatch(w -> lexicon.contains("organization-after", w));
    }

    /**
     * Whether this match needs corroboration: the entry is marked ambiguous and the surface is a
     * plain word. "Node.js" or "Ruby on Rails" are safe even though their entries' aliases
     * ("Node", "Rails") are not.
     */
    static boolean ambiguous(GazetteerMatcher.Match m) {
        return m.entry().ambiguous() && m.form().chars().allMatch(Character::isLetter);
    }

    /** Why the match counts, {@link Corroboration#NONE} when it does not. */
    private Corroboration accept(TextContext ctx, GazetteerMatcher.Match m, SpanIndex<GazetteerMatcher.Match> all,
                                 Map<String, Integer> properUses) {
        boolean ambiguous = ambiguous(m);
        if (!m.exactCase()) {
            Corroboration c = caseVariant(ctx, m, ambiguous);
            if (c != null) {
                return c;
            }
        }
        if (!ambiguous) {
            return m.exactCase() ? Corroboration.EXACT : Corroboration.CASE_VARIANT;
        }
        GazetteerEntry e = m.entry();
        if (e.type() == EntityType.ORGANIZATION && m.exactCase() && (orgContext(ctx, m.span())
                || HANDLE_AFTER.matcher(ctx.text.substring(m.span().end(), Math.min(ctx.text.length(), m.span().end() + 30))).find())) {
            return Corroboration.ORGANIZATION_CONTEXT; // "former Square", "Square @jane"
        }
        if (e.type() != EntityType.TECHNOLOGY) {
            return Corroboration.NONE;
        }
        return ambiguousTechnology(ctx, m, all, properUses);
    }

    /** For a surface whose case differs from the form: a verdict, or null when the other rules decide. */
    private Corroboration caseVariant(TextContext ctx, GazetteerMatcher.Match m, boolean ambiguous) {
        String surface = m.span().coveredText(ctx.text);
        boolean lowerForm = m.form().equals(m.form().toLowerCase(Locale.ROOT));
        // "django" for Django is fine; "GO" or "go" for Go is not; acronyms must keep their case;
        // "Robot framework" for Robot Framework, "Jetbrains" for JetBrains: same first letter, inner case differs
        boolean surfaceLower = surface.equals(surface.toLowerCase(Locale.ROOT));
        boolean formAcronym = m.form().length() <= 4 && m.form().equals(m.form().toUpperCase(Locale.ROOT));
        boolean sameStart = surface.charAt(0) == m.form().charAt(0) && (m.form().contains(" ")
                || m.form().length() >= 5 && surface.substring(1).equals(surface.substring(1).toLowerCase(Locale.ROOT)));
        if (ambiguous && surfaceLower && !formAcronym) {
            if (codeLike(ctx, m.span())) {
                return Corroboration.CODE;
            }
            // "bash console", "the mustache template engine"; never "go" or "r": too common in lower case
            return m.form().length() >= 4 && cueNear(ctx, m.span()) ? Corroboration.CUE : Corroboration.NONE;
        }
        if (ambiguous || formAcronym || m.form().length() < 3 || !(surfaceLower || lowerForm || sameStart)) {
            return ambiguous && codeLike(ctx, m.span()) ? null : Corroboration.NONE;
        }
        return null;
    }

    private Corroboration ambiguousTechnology(TextContext ctx, GazetteerMatcher.Match m, SpanIndex<GazetteerMatcher.Match> all,
                                              Map<String, Integer> properUses) {
        if (m.version() != null || VERSION_AFTER.matcher(ctx.text).region(m.span().end(), ctx.text.length()).lookingAt()) {
            return Corroboration.VERSION;
        }
        if (codeLike(ctx, m.span())) {
            return Corroboration.CODE;
        }
        if (cueNear(ctx, m.span())) {
            return Corroboration.CUE;
        }
        boolean lowerForm = m.form().equals(m.form().toLowerCase(Locale.ROOT));
        if (ctx.sentenceInitial(m.span()) || lowerForm) {
            return Corroboration.NONE;
        }
        for (GazetteerMatcher.Match o : all.within(ctx.sentence(m.span().start()))) {
            if (o != m && !ambiguous(o) && o.exactCase() && o.entry().type() == EntityType.TECHNOLOGY) {
                return Corroboration.SAME_SENTENCE;
            }
        }
        if (m.form().length() > 2 && !titleCaseLine(ctx, m.span())) {
            // capitals in running text mark a name ("built with Flask"); not for "Go" or "R", which need more
            return Corroboration.MID_SENTENCE;
        }
        return properUses.getOrDefault(m.entry().name(), 0) >= 3 ? Corroboration.PROPER_USES : Corroboration.NONE;
    }

    /** A technology cue word among the three words before or two after. */
    private boolean cueNear(TextContext ctx, TextSpan span) {
        return ctx.wordsBefore(span, 3).stream().anyMatch(w -> lexicon.contains("technology-cues", w))
                || ctx.wordsAfter(span, 2).stream().anyMatch(w -> lexicon.contains("technology-cues", w));
    }

    /** A cue word right before or after the span ("bash console"), not a few words away ("matrix of APIs"). */
    private boolean adjacentCue(TextContext ctx, TextSpan span) {
        return ctx.wordsBefore(span, 1).stream().anyMatch(w -> lexicon.contains("technology-cues", w))
                || ctx.wordsAfter(span, 1).stream().anyMatch(w -> lexicon.contains("technology-cues", w));
    }

    /** Whether the line around the span is written in title case (a heading or title), where capitals prove nothing. */
    private boolean titleCaseLine(TextContext ctx, TextSpan span) {
        TextSpan sentence = ctx.sentence(span.start());
        int caps = 0;
        int lower = 0;
        for (String w : WORD_SPLIT.split(sentence.coveredText(ctx.text))) {
            if (w.length() > 3 && Character.isUpperCase(w.codePointAt(0))) {
                caps++;
            } else if (w.length() > 3 && Character.isLowerCase(w.codePointAt(0)) && !lexicon.contains("title-small-words", w)) {
                lower++;
            }
        }
        return caps >= 2 && lower * 5 < caps + lower;
    }

    static boolean codeLike(TextContext ctx, TextSpan span) {
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
