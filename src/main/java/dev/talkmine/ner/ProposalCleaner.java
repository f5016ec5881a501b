package dev.talkmine.ner;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.internal.HardWrap;
import dev.talkmine.learn.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims what the CRF glues to a name in this genre: an honorific ("Dr"), a word made from an
 * employer's name ("Red Hatter Jane Doe"), a possessive ("'s"), a
 * sentence-opening word after a person ("Saron Yitbarek This was ..."), trailing punctuation; and
 * for a person that starts with a known organization ("Github Sam") proposes the rest as well.
 * A person's name also ends where a spaced dash starts ("Jane Doe - Director of Cloud"), where a
 * line that was not wrapped into the next ends (a "... by Jane Doe" line before "Jane opened with
 * ..."), and starts after an opening function word ("I'm Jane"). Each trim is recorded as a fact.
 * Thread-safe.
 */
final class ProposalCleaner {
    private static final Pattern LAST_WORD = Pattern.compile("[ \\t]+(\\p{L}+)$");
    /** A dash between spaces: it separates a name from what follows ("Jane Doe - CTO"); a hyphen inside a name has none. */
    private static final Pattern SPACED_DASH = Pattern.compile("[ \\t]+[-–—][ \\t]+");
    /** The first word of a span with its contraction, when a capital follows ("I'm Jane", "This Jane"). */
    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)(?:['’]\\p{L}{1,2})?[ \\t]+(?=\\p{Lu})");

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final Pattern honorific;

    ProposalCleaner(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.honorific = Pattern.compile( // per call on purpose: built from the lexicon's honorifics, once per stage
                "^(?:" + lexicon.alternation("honorifics") + ")\\.?[ \\t]+(?=\\p{Lu})",
                Pattern.CASE_INSENSITIVE);
    }

    /** The proposals with the CRF's trimmed; a proposal trimmed to nothing is dropped. */
    List<Proposal> clean(String text, List<Proposal> proposals) {
        List<Proposal> out = new ArrayList<>(proposals.size());
        for (Proposal p : proposals) {
            if (p.source() != MentionSource.MODEL) {
                out.add(p);
                continue;
            }
            Proposal c = trim(text, p);
            if (c != null) {
                out.add(c);
                Proposal rest = withoutKnownFirstWord(text, c);
                if (rest != null) {
                    out.add(rest);
                }
            }
        }
        return out;
    }

    private Proposal trim(String text, Proposal p) {
        int start = p.span().start();
        int end = p.span().end();
        List<String> facts = new ArrayList<>(p.facts());
        Matcher h = honorific.matcher(text).region(start, end);
        if (p.type() == EntityType.PERSON && h.lookingAt()) {
            start = h.end();
            facts.add("clean=honorific");
        }
        int person = p.type() == EntityType.PERSON ? afterDemonym(text.substring(start, end)) : 0;
        if (person > 0) {
            start += person;
            facts.add("clean=demonym");
        }
        if (p.type() == EntityType.PERSON) {
            Matcher first = FIRST_WORD.matcher(text).region(start, end);
            if (first.lookingAt() && lexicon.contains("not-name-words", first.group(1))) {
                start = first.end();
                facts.add("clean=opening-word");
            }
            int cut = nameEnd(text, start, end);
            if (cut < end) {
                end = cut;
                facts.add("clean=line-or-dash");
            }
        }
        String s = text.substring(start, end);
        if (s.endsWith("'s") || s.endsWith("’s")) {
            end -= 2;
            facts.add("clean=possessive");
        }
        Matcher last = LAST_WORD.matcher(text).region(start, end);
        if (p.type() == EntityType.PERSON && last.find() && Character.isUpperCase(last.group(1).charAt(0))
                && lexicon.contains("not-name-words", last.group(1))) {
            end = last.start();
            facts.add("clean=function-word");
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '+') {
            end--;
        }
        if (end <= start) {
            return null;
        }
        if (start == p.span().start() && end == p.span().end()) {
            return p;
        }
        return moved(text, p, new TextSpan(start, end), facts);
    }

    /**
     * Where a person's name in {@code [start, end)} ends at the latest: before a spaced dash, or at
     * a line break after a line that was not wrapped into the next. A paragraph hard-wrapped at a
     * fixed width keeps a name that runs across its lines.
     */
    private static int nameEnd(String text, int start, int end) {
        Matcher dash = SPACED_DASH.matcher(text).region(start, end);
        int out = dash.find() ? dash.start() : end;
        for (int nl = start; nl < out; nl++) {
            if (text.charAt(nl) != '\n') {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
            int nextEnd = text.indexOf('\n', nl + 1);
            int next = (nextEnd < 0 ? text.length() : nextEnd) - (nl + 1);
            if (HardWrap.endsBefore(nl - lineStart, next)) { // as the plain-text reader judges
                return nl;
            }
        }
        return out;
    }

    /**
     * Where the person starts in a span that opens with a word made from an organization's name
     * ("Red Hatter Jane Doe", "Googler Sam Roe"): such a word, a gazetteer alias that extends the
     * name, is never part of a person's name. 0 when the span opens otherwise or nothing capitalised
     * follows.
     */
    private int afterDemonym(String span) {
        int end = gazetteer.demonymEnd(span);
        if (end == 0) {
            return 0;
        }
        int person = end;
        while (span.charAt(person) == ' ' || span.charAt(person) == '\t') {
            person++;
        }
        return Character.isUpperCase(span.codePointAt(person)) ? person : 0;
    }

    /** "Github Sam": the CRF glued a known organization to a first name; propose the name alone too. */
    private Proposal withoutKnownFirstWord(String text, Proposal p) {
        String s = p.mention().text();
        int space = s.indexOf(' ');
        if (p.type() != EntityType.PERSON || space <= 0) {
            return null;
        }
        boolean known = gazetteer.lookup(s.substring(0, space)).stream()
                .anyMatch(e -> !e.ambiguous() && e.type() == EntityType.ORGANIZATION);
        if (!known) {
            return null;
        }
        List<String> facts = new ArrayList<>(p.facts());
        facts.add("clean=known-first-word");
        return moved(text, p, new TextSpan(p.span().start() + space + 1, p.span().end()), facts);
    }

    static Proposal moved(String text, Proposal p, TextSpan span, List<String> facts) {
        String surface = span.coveredText(text);
        Mention m = p.mention();
        return new Proposal(new Mention(span, surface, m.type(), surface, m.category(), m.source(), m.confidence(), m.evidence()),
                facts);
    }
}
