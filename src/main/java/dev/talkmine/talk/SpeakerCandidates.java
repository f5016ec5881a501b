package dev.talkmine.talk;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.PhraseSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people of a talk passage's lead, each a candidate speaker with the features that tell a
 * speaker ("X gave a talk", "a keynote by X", "Title – X", "Speaker: X") from someone only
 * mentioned ("inspired by X", "thanks to X", "photo by X").
 */
final class SpeakerCandidates {
    private static final int WINDOW = 3;

    private final PhraseSet talkVerb;
    private final PhraseSet sessionNoun;

    SpeakerCandidates(Lexicon lexicon) {
        this.talkVerb = lexicon.phrases("talk-verbs");
        this.sessionNoun = lexicon.phrases("session-nouns");
    }

    List<Candidate> of(Passage p) {
        List<Mention> people = p.leadMentions(EntityType.PERSON);
        Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (Mention m : people) {
            byName.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(m);
        }
        List<Candidate> out = new ArrayList<>();
        int rank = 0;
        for (Map.Entry<String, List<Mention>> e : byName.entrySet()) {
            out.add(new Candidate(e.getKey(), e.getValue().get(0).span(), features(p, e.getValue(), rank++, byName.size())));
        }
        return out;
    }

    private String[] features(Passage p, List<Mention> mentions, int rank, int candidates) {
        Features f = new Features();
        String text = p.text();
        Mention m = mentions.get(0);
        int u = p.unitOf(m.span().start());
        Unit unit = u >= 0 ? p.units().get(u) : null;
        String where = unit == null ? "none" : "u" + Math.min(u, 3) + ":" + kind(unit);
        f.add("where", where);
        f.add("rank", Math.min(rank, 3)).add("candidates", Features.bucket(candidates));
        f.add("mentions", Features.bucket(p.mentions().stream().filter(x -> x.name().equals(m.name())).count() > 9 ? 9
                : (int) p.mentions().stream().filter(x -> x.name().equals(m.name())).count()));
        f.addIf(m.name().contains(" "), "fullName");
        f.addIf(!m.text().equals(m.name()), "shortForm");
        f.addIf(mentionedBefore(p, m.name()), "earlierInReport");
        if (unit != null) {
            Features local = new Features();
            Around.shape(local, "", unit, m.span());
            TextSpan bound = unit.span();
            Around.words(local, "", text, m.span(), bound, WINDOW);
            String after = Around.slice(text, m.span().end(), Math.min(bound.end(), m.span().end() + 80));
            String before = Around.slice(text, Math.max(bound.start(), m.span().start() - 80), m.span().start());
            int stop = firstStop(after);
            local.addIf(talkVerb.in(after.substring(0, stop)), "verbAfter");
            local.addIf(sessionNoun.in(before), "sessionBefore");
            local.addIf(sessionNoun.in(after.substring(0, stop)), "sessionAfter");
            local.addIf(after.startsWith("'s") || after.startsWith("’s"), "possessive");
            local.names().forEach(f::add);
            for (String g : local.names()) {
                f.add(kind(unit) + "&" + g);
            }
        }
        return f.toArray();
    }

    /** Offset in {@code after} of the first sentence end, or its length. */
    private static int firstStop(String after) {
        for (int i = 0; i + 1 < after.length(); i++) {
            char c = after.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(after.charAt(i + 1))) {
                return i;
            }
        }
        return after.length();
    }

    private static boolean mentionedBefore(Passage p, String name) {
        for (Mention m : p.report().resolvedMentions()) {
            if (m.span().start() >= p.span().start()) {
                return false;
            }
            if (m.type() == EntityType.PERSON && m.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static String kind(Unit u) {
        return switch (u.kind()) {
            case HEADING -> "H";
            case LIST_ITEM -> "I";
            case OTHER -> "R";
            default -> "P";
        };
    }
}
