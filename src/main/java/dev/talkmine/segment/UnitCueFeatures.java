package dev.talkmine.segment;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.Shape;
import dev.talkmine.doc.ShapeToken.Type;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.PhraseSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one unit says by itself: its shape, where its person stands, its cue words, its length and
 * case. The talk-start classifier's per-unit evidence, before any neighbour is read.
 */
final class UnitCueFeatures {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** How far into a unit its cues are read: a talk is introduced in its first words. */
    private static final int LEAD_CHARS = 220;
    private static final int LEAD_TOKENS = 4;

    private UnitCueFeatures() {
    }

    static void cues(Features f, String text, Unit u, UnitCues cues, String reportYear) {
        Shape shape = u.shape();
        TextSpan c = u.content();
        String lead = text.substring(c.start(), Math.min(c.end(), c.start() + LEAD_CHARS));
        f.add("s1", shape.signature(1)).add("s2", shape.signature(2)).add("s3", shape.signature(3));
        if (u.kind() == Block.Kind.LIST_ITEM && u.firstOfBlock()) {
            String marker = text.substring(u.span().start(), c.start());
            f.add(marker.chars().anyMatch(Character::isDigit) ? "numbered" : "bulleted");
        }
        for (Type t : List.of(Type.PERSON, Type.ORG, Type.QUOTED, Type.TIME, Type.DATE, Type.KIND, Type.HANDLE, Type.BY,
                Type.DASH, Type.COLON)) {
            f.addIf(shape.has(t), "has:" + t.id());
        }
        bigrams(f, shape);
        int person = shape.indexOf(Type.PERSON);
        f.addIf(person >= 0 && person < LEAD_TOKENS && noEndBefore(shape, person), "leadPerson");
        if (person >= 0) {
            Type before = shape.typeAt(person - 1);
            Type after = shape.typeAt(person + 1);
            f.add("beforePerson", before == null ? "start" : before.id());
            f.add("afterPerson", after == null ? "end" : after.id());
            int personEnd = shape.tokens().get(person).span().end();
            String rest = text.substring(personEnd, Math.min(c.end(), personEnd + 100));
            PhraseSet.Match verb = person < LEAD_TOKENS ? cues.talkVerb.find(rest, 0) : null;
            f.addIf(verb != null && !rest.substring(0, verb.start()).contains("."), "leadPersonVerb");
            f.addIf(after == Type.POSS && cues.sessionNoun.in(rest.substring(0, Math.min(rest.length(), 40))),
                    "possessiveSession");
        }
        f.addIf(byPersonAfterSession(shape, text, cues), "sessionByPerson");
        // "Speaker: Jane Roe" under a heading: the heading names her talk ("lead" makes it a cue the heading reads)
        f.addIf(person >= 0 && cues.speakerLabel.matcher(lead).find(), "leadSpeakerLabel");
        f.addIf(cues.talkVerb.in(lead), "talkVerb");
        f.addIf(cues.sessionNoun.in(lead), "sessionNoun");
        f.addIf(cues.openingSession.matcher(lead).find(), "openingSession");
        f.addIf(cues.openedWith.matcher(lead).find(), "openedWith");
        f.addIf(cues.inThisSession.matcher(lead).find(), "inThisSession");
        f.addIf(cues.nextWas.matcher(lead).find(), "nextWas");
        f.addIf(cues.skipped.matcher(lead).find(), "skipped");
        f.addIf(cues.firstPerson.matcher(lead).find(), "firstPerson");
        // the pattern needs a quotation mark: most leads have none, and spare its scan of every position
        boolean quote = lead.indexOf('"') >= 0 || lead.indexOf('\u201C') >= 0;
        f.addIf(quote && cues.quotedTitle.matcher(lead).find(), "quotedTitle");
        f.addIf(cues.otherEvent.in(lead), "otherEvent");
        Matcher y = cues.year.matcher(lead);
        f.addIf(reportYear != null && y.find() && !y.group().equals(reportYear), "otherYear");
        for (PhraseSet.Match nt : cues.nonTalk.all(lead).stream().limit(3).toList()) {
            String topic = lead.substring(nt.start(), nt.end()).toLowerCase(Locale.ROOT);
            f.add("topic", SPACES.matcher(topic).replaceAll(" "));
        }
        for (String kind : List.of("keynote", "lightning", "panel", "workshop", "tutorial", "other")) {
            f.addIf(cues.lexicon.phrases("kind-" + kind).in(lead), "kindWord:" + kind);
        }
        words(f, text, u, cues);
    }

    /** Length, case and structure-word make-up of the unit's text. */
    private static void words(Features f, String text, Unit u, UnitCues cues) {
        String s = u.content().coveredText(text).strip();
        String[] words = s.isEmpty() ? new String[0] : SPACES.split(s);
        f.add("words", Features.bucket(words.length));
        f.add("titleCase", Features.share(titleWords(words, cues), words.length));
        f.addIf(s.endsWith(":"), "endsColon");
        f.addIf(s.endsWith("."), "endsPeriod");
        f.addIf(!s.isEmpty() && Character.isLowerCase(s.codePointAt(0)), "startsLower");
        int structural = cues.structureWord.all(s).size() + cues.timeWord.all(s).size();
        if (words.length <= 6) {
            f.add("structureShare", Features.share(structural, words.length));
        }
    }

    /** Pairs of neighbouring elements anywhere in the first ones ("by person", "person dash"), and the last element. */
    private static void bigrams(Features f, Shape shape) {
        int n = Math.min(shape.size(), 12);
        for (int i = 0; i + 1 < n; i++) {
            Type a = shape.typeAt(i);
            Type b = shape.typeAt(i + 1);
            if (a == Type.PERSON || b == Type.PERSON || a == Type.QUOTED || b == Type.QUOTED || a == Type.KIND || b == Type.KIND) {
                f.add("bi", a.id() + "_" + b.id());
            }
        }
        if (shape.size() > 0 && shape.size() <= 12) {
            Type last = shape.typeAt(shape.size() - 1) == Type.END && shape.size() > 1 ? shape.typeAt(shape.size() - 2)
                    : shape.typeAt(shape.size() - 1);
            f.add("lastEl", last.id());
        }
    }

    /** Words that are capitalised or small words of a title ("of", "the"): how much a line reads as a title. */
    static int titleWords(String[] words, UnitCues cues) {
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
                    || cues.lexicon.contains("title-small-words", w.toLowerCase(Locale.ROOT)))) {
                n++;
            }
        }
        return n;
    }

    private static boolean noEndBefore(Shape shape, int i) {
        for (int k = 0; k < i; k++) {
            if (shape.typeAt(k) == Type.END) {
                return false;
            }
        }
        return true;
    }

    /** "a keynote by X", "the talk from X": a session noun, later "by/with/from" right before a person. */
    private static boolean byPersonAfterSession(Shape shape, String text, UnitCues cues) {
        for (int i = 1; i < shape.size(); i++) {
            Type t = shape.typeAt(i - 1);
            if (shape.typeAt(i) == Type.PERSON && (t == Type.BY || t == Type.WITH || t == Type.FROM)) {
                int upTo = shape.tokens().get(i - 1).span().start();
                int from = shape.tokens().get(0).span().start();
                if (cues.sessionNoun.in(text.substring(from, upTo)) || t == Type.BY) {
                    return true;
                }
            }
        }
        return false;
    }

    static String reportYear(String text, UnitCues cues) {
        Matcher y = cues.year.matcher(text.substring(0, Math.min(text.length(), 300)));
        return y.find() ? y.group() : null;
    }
}
