package dev.talkmine.entity;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.ner.Gazetteer;
import dev.talkmine.ner.GazetteerEntry;
import dev.talkmine.ner.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A technology the gazetteer knows, written in lower case in prose where no mention is ("a page of
 * html and css", "an ssh timeout"): the mention decision learnt that lower-case words are seldom
 * annotated and drops most of them, but a name that only a technology has, that is no ordinary word
 * and that the gazetteer does not flag as ambiguous names that technology in any case. Not in a URL,
 * a path, a domain or a handle ("https://", "quill.org", "zorb::conf"). Done after every
 * learner, so no model's training changes. Immutable.
 */
final class LowerCaseTechnologies {
    /** What the rule's mentions are worth: below the gazetteer's corroborated matches. */
    static final double CONFIDENCE = 0.6;
    /**
     * A lower-case word, maybe with digits, dots, dashes, "+" and "#" inside ("c++", "node.js"), that
     * no address, path, handle or scope ("::") runs on from or into.
     */
    private static final Pattern LOWER_NAME = Pattern.compile("(?<![\\p{L}\\p{N}_.@/#:\\\\-])"
            + "(\\p{Ll}[\\p{Ll}\\p{N}.+#-]*[\\p{Ll}\\p{N}+#])(?![\\p{L}\\p{N}_@/\\\\#-]|\\.[\\p{L}\\p{N}]|:[:/])");

    private final Gazetteer gazetteer;
    private final WordList words;
    private final Lexicon lexicon;

    LowerCaseTechnologies(Gazetteer gazetteer, WordList words, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.words = words;
        this.lexicon = lexicon;
    }

    /** The mentions and, in text order among them, a technology mention for each such name where no mention is. */
    List<Mention> withLowerCaseNames(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        boolean added = false;
        Matcher m = LOWER_NAME.matcher(text);
        while (m.find()) {
            GazetteerEntry entry = technology(m.group(1));
            TextSpan span = new TextSpan(m.start(1), m.end(1));
            if (entry == null || EntityStage.covered(mentions, span)) {
                continue;
            }
            out.add(new Mention(span, m.group(1), EntityType.TECHNOLOGY, entry.name(), entry.category(), MentionSource.RULE,
                    CONFIDENCE, "gazetteer name in lower case"));
            added = true;
        }
        if (added) {
            out.sort(null);
        }
        return out;
    }

    /** The one technology {@code written} names, if no other entry has the form, it is unambiguous and no word; else null. */
    private GazetteerEntry technology(String written) {
        List<GazetteerEntry> entries = gazetteer.lookup(written);
        if (entries.size() != 1 || written.length() < 3 || words.isWord(written) || lexicon.contains("technology-stop-words", written)) {
            return null;
        }
        GazetteerEntry e = entries.get(0);
        return e.type() == EntityType.TECHNOLOGY && !e.ambiguous() ? e : null;
    }
}
