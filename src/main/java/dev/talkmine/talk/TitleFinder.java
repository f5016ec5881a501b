package dev.talkmine.talk;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.segment.Cues;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title as written: a heading, the title part of a list item, a quoted title in the lead, or
 * "talk ... was Title". Surrounding quotes, a sentence's final period inside them, editorial
 * notes ("(slides)") and kind prefixes ("Keynote- ") are removed. A topic is not a title: null.
 */
final class TitleFinder {
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"“”]{3,200})[\"”]");
    /** "Keynote", "Tutorials (Monday)", "Workshops – day 2": a heading that names only the kind of session. */
    private static final Pattern KIND_ONLY = Pattern.compile("(?i)^\\W*(?:the\\s+)?(?:opening |closing |ending )?"
            + "(?:keynotes?|lightning talks?|talks?|panels?|workshops?|tutorials?)\\W*(?:\\([^)]{0,30}\\)|[-–—:,]\\s*(?:day\\s+\\w+"
            + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon))?\\W*$");
    /** ": Building a compiler in a weekend. Honest and funny.": the title after a speaker, to its sentence's end. */
    private static final Pattern AFTER_SPEAKER = Pattern.compile("\\s*(?:\\([^)]*\\))?\\s*[:–—-]\\s*(\\p{Lu}[^\\n]*?)(?:[.!?](?:\\s|$)|\\s*$)");
    private static final Pattern KIND_PREFIX = Pattern.compile("(?i)^(?:(?:opening|closing|ending)\\s+)?(?:keynote|lightning talk|ignite|workshop|tutorial|panel)\\s*[-–—:]\\s*");
    private static final Pattern EDITORIAL = Pattern.compile("(?i)\\s*\\((?:slides|video|recording|research paper|workshop|keynote|no video yet|panel)[^)]*\\)"
            + "|\\s+\\b(?:slides|recording|video)\\b.*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[—–-]\\s+|\\s+\\(|[.!?](?:\\s|$)");
    private static final Pattern TALK_VERB_PHRASE = Pattern.compile("^(?:\\S+\\s+){1,4}?(?:gave (?:a|an) (?:\\w+\\s+)?talk|talked about"
            + "|talking about|spoke about|speaking about|presented (?:a|an|the|his|her)\\b)");
    /** "talked about first class functions (Don't Fear the Functions)". */
    private static final Pattern BRACKETED_AFTER_TOPIC = Pattern.compile("\\b(?:talked|talking|spoke|speaking|talk|keynote)\\s+"
            + "(?:about|on)\\s+[^()]{3,80}?\\s\\((\\p{Lu}[^()]{8,100})\\)");
    /** "a lightning talk about Codegen Inspection", "talked about how Immutability in Go helped". */
    private static final Pattern CAPITALISED_AFTER_ABOUT = Pattern.compile("\\b(?:talked|talking|spoke|speaking|talk|keynote)\\s+"
            + "(?:about|on)\\s+(?:how\\s+|why\\s+)?(\\p{Lu}[\\p{L}\\d'’-]*(?:\\s+(?:(?:of|in|on|for|and|the|a|to|with)\\s+)?\\p{Lu}[\\p{L}\\d'’-]*)+)");
    private static final Pattern WAS_TITLE = Pattern.compile("\\b(?i:talk|keynote|session|lecture|presentation)\\b[^.]{0,80}?\\bwas\\s+(\\p{Lu}[^.!?]{3,120})[.!?]?$");
    /** Words that start a comment after a title when a lower-case word follows ("... Developers This talk was"). */
    private static final Set<String> CLAUSE_STARTERS = Set.of("This", "The", "That", "These", "It", "I", "He", "She", "They",
            "We", "There", "Here", "My", "His", "Her", "Their", "Our", "Interesting", "Great", "Summary", "Highlights",
            "Demonstrating", "Some", "A", "An");
    /** Comment adverbs that never continue a title ("... But Ruby Mostly about tooling"). */
    private static final Set<String> COMMENT_ADVERBS = Set.of("Mostly", "Basically", "Really", "Very", "Probably", "Definitely",
            "Honestly", "Overall", "Essentially", "Personally");
    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "for", "to", "in", "on", "with", "and", "or", "but",
            "by", "at", "from", "vs", "vs.", "as", "is", "into", "over", "about", "your", "you", "we", "it", "not", "how", "why");

    private TitleFinder() {
    }

    record Found(String title, String evidence) {
    }

    static Found find(Passage p) {
        if (p.row() != null && p.row().titleCell().isPresent()) {
            return new Found(clean(p.cover(p.row().titleCell().get())), "the table's title column");
        }
        Found kindOnly = null;
        if (p.heading() != null) {
            String h = Cues.LEADING_TIME.matcher(p.cover(p.heading().span()).strip()).replaceFirst("");
            if (!KIND_ONLY.matcher(h).matches()) {
                return new Found(clean(beforePerson(p, p.heading().span(), h)), "heading");
            }
            // "### Keynote" then 'Guido's keynote "Python 4" ...': the title may still be in the text
            kindOnly = new Found(null, "heading '" + h + "' is only a kind label");
        }
        if (p.listItem()) {
            return fromItem(p);
        }
        for (TextSpan s : p.leadSentences()) {
            String sentence = p.cover(s);
            Matcher q = QUOTED.matcher(sentence);
            if (q.find()) {
                return new Found(clean(q.group(1)), "quoted in the lead: " + sentence.substring(0, Math.min(60, sentence.length())));
            }
            Matcher w = WAS_TITLE.matcher(sentence.strip());
            if (w.find()) {
                return new Found(clean(w.group(1)), "'talk ... was Title'");
            }
            Matcher b = BRACKETED_AFTER_TOPIC.matcher(sentence);
            if (b.find()) {
                return new Found(clean(b.group(1)), "bracketed after the topic");
            }
            Matcher c = CAPITALISED_AFTER_ABOUT.matcher(sentence);
            if (c.find() && !allKnown(p, s.start() + c.start(1), s.start() + c.end(1))) {
                return new Found(clean(c.group(1)), "capitalised phrase after '" + c.group().split("\\s+")[0] + " ...'");
            }
            break;
        }
        return kindOnly != null ? kindOnly : new Found(null, "no title stated");
    }

    /** Whether the capitalised words of the phrase are all names already known as entities (a topic, not a title). */
    private static boolean allKnown(Passage p, int start, int end) {
        String phrase = p.text().substring(start, end);
        for (String w : phrase.split("\\s+")) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) {
                continue;
            }
            int at = start + phrase.indexOf(w);
            // the model's guesses at organizations are often titles ("a talk about Codegen Inspection"): they don't count
            boolean known = p.mentions().stream().anyMatch(m -> m.span().start() <= at && at < m.span().end()
                    && !(m.source() == dev.talkmine.doc.MentionSource.MODEL && m.type() == dev.talkmine.doc.EntityType.ORGANIZATION));
            if (!known) {
                return false;
            }
        }
        return true;
    }

    private static Found fromItem(Passage p) {
        String t = p.itemText().strip();
        int base = p.itemStart();
        Matcher q = QUOTED.matcher(t);
        if (q.find() && (q.start() <= 1 || t.substring(0, q.start()).matches("(?is).*\\b(?:talk|keynote|called|titled|entitled)\\W*$")
                || speakerThenColon(p, t.substring(0, q.start())))) {
            return new Found(clean(q.group(1)), "quoted in the item");
        }
        // an item that starts with a speaker describes a topic, not a title, unless a colon or dash
        // sets the title off ("Lia Dupont: Building a compiler in a weekend")
        for (Mention m : p.people(p.lead())) {
            if (m.span().start() - base <= 1) {
                Matcher after = AFTER_SPEAKER.matcher(p.text().substring(m.span().end(), p.lead().end()));
                if (after.lookingAt() && after.group(1).split("\\s+").length <= 15) {
                    return new Found(clean(after.group(1)), "item names its speaker, then the title");
                }
                return new Found(null, "item starts with the speaker");
            }
            break;
        }
        if (TALK_VERB_PHRASE.matcher(t).find()) {
            return new Found(null, "item describes the talk's topic, not its title");
        }
        Matcher prefix = KIND_PREFIX.matcher(t);
        int from = prefix.lookingAt() ? prefix.end() : 0;
        if (t.substring(from).matches("(?i)^(?:keynote|q&a|panel)\\b.*") || t.substring(from).matches("(?i)^(?:by|with)\\b.*")) {
            return new Found(null, "item names only the kind");
        }
        int cut = t.length();
        Matcher sep = SEPARATOR.matcher(t);
        // "Why I love EXPLAIN – Lætitia Avrot": a dash closes the title, so no run-on to trim
        boolean dashed = false;
        if (sep.find()) {
            cut = sep.start();
            dashed = sep.group().strip().matches("[—–-]");
        }
        Matcher ed = EDITORIAL.matcher(t);
        if (ed.find() && ed.start() < cut) {
            cut = ed.start();
        }
        int offset = base + (p.itemText().length() - p.itemText().stripLeading().length());
        for (Mention m : p.mentions()) {
            int rel = m.span().start() - offset;
            if (m.type() == EntityType.PERSON && rel > 0 && rel < cut) {
                String before = t.substring(0, rel).stripTrailing();
                cut = before.matches("(?s).*\\s(?:by|from|with)$") ? before.lastIndexOf(' ') : rel;
                break;
            }
        }
        String run = t.substring(Math.min(from, Math.max(0, cut)), Math.max(0, cut)).strip();
        String title = dashed ? run : titleRun(run);
        title = title.replaceAll("[\\s,:;–—-]+$", "");
        if (title.isEmpty() || title.split("\\s+").length > 20) {
            return new Found(null, "no title in the item");
        }
        return new Found(clean(title), "item text before its description");
    }

    /** 'Amara Obi: "Why we left Jenkins"': the item opens with a person, then a colon or dash before the quote. */
    private static boolean speakerThenColon(Passage p, String beforeQuote) {
        List<Mention> people = p.people(p.lead());
        int offset = p.itemStart() + (p.itemText().length() - p.itemText().stripLeading().length());
        if (people.isEmpty() || people.get(0).span().start() - offset > 1
                || people.get(0).span().end() > offset + beforeQuote.length()) {
            return false;
        }
        String rest = p.text().substring(people.get(0).span().end(), offset + beforeQuote.length());
        return rest.matches("\\s*(?:\\([^)]*\\))?\\s*[:–—-]\\s*");
    }

    /** Title words up to where a description starts ("... Developers This talk was"). */
    static String titleRun(String s) {
        String[] w = s.split(" ");
        for (int i = 1; i < w.length; i++) {
            String word = w[i];
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            boolean nextLower = i + 1 < w.length && !w[i + 1].isEmpty() && Character.isLowerCase(w[i + 1].codePointAt(0))
                    && !SMALL.contains(w[i + 1]);
            if (CLAUSE_STARTERS.contains(word) && (nextLower || i + 1 == w.length) || word.endsWith("ing") && nextLower && i > 1
                    || COMMENT_ADVERBS.contains(word)) {
                return String.join(" ", java.util.Arrays.copyOfRange(w, 0, i));
            }
        }
        return s;
    }

    private static String beforePerson(Passage p, TextSpan within, String h) {
        for (Mention m : p.people(within)) {
            String before = p.text().substring(within.start(), m.span().start()).strip();
            if (before.matches("(?is).*\\bwith$") && !m.name().contains(" ")) {
                continue; // "Scaling writes with Citus": a tool in the title, not its speaker
            }
            before = before.replaceAll("(?i)[\\s,:;(–—-]*(?:by|with|from)?\\s*$", "");
            if (!before.isEmpty()) {
                return before;
            }
        }
        return h;
    }

    /** Strips quotes, a final period, editorial notes and kind prefixes. */
    static String clean(String title) {
        if (title == null) {
            return null;
        }
        String t = Cues.LEADING_TIME.matcher(title.strip()).replaceFirst("");
        t = EDITORIAL.matcher(t).replaceAll("");
        t = KIND_PREFIX.matcher(t).replaceFirst("");
        t = t.replaceAll("^[\"“'‘]+|[\"”'’]+$", "");
        t = t.replaceAll("(?i)\\s*\\((?:key ?note|panel|workshop|lightning talk)\\)\\s*$", "");
        t = t.replaceAll("[.,;:]+$", "").strip();
        return t.isEmpty() ? null : t;
    }
}
