package dev.talkmine.talk;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import java.util.List;

/**
 * What tells a talk's kind: the kind words of its heading, its first units and the heading above
 * it ("Lightning talks"), with organization names blanked ("Grafana Labs" holds no lab), and how
 * many people it names (a panel has several).
 */
final class KindFeatures {
    static final List<String> KINDS = List.of("keynote", "lightning", "panel", "workshop", "tutorial", "other");

    private final Lexicon lexicon;

    KindFeatures(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    String[] of(Passage p) {
        Features f = new Features();
        List<Unit> lead = p.lead();
        for (int u = 0; u < Math.min(3, lead.size()); u++) {
            words(f, "u" + u + ":" + SpeakerCandidates.kind(lead.get(u)), withoutOrganizations(p, lead.get(u)));
        }
        if (p.above() != null) {
            words(f, "above", p.above().content().coveredText(p.text()));
        }
        List<Mention> people = p.leadMentions(EntityType.PERSON);
        f.add("people", Features.bucket((int) people.stream().map(Mention::name).distinct().count()));
        f.add("firstUnit", lead.isEmpty() ? "none" : SpeakerCandidates.kind(lead.get(0)));
        return f.toArray();
    }

    private void words(Features f, String where, String s) {
        for (String kind : KINDS) {
            if (lexicon.phrases("kind-" + kind).in(s)) {
                f.add(where + ":" + kind).add("any:" + kind);
            }
        }
        f.addIf(lexicon.phrases("session-nouns").in(s), where + ":session");
        f.addIf(lexicon.phrases("session-positions").in(s), where + ":opening");
    }

    /** The unit's text with organization names blanked. */
    private static String withoutOrganizations(Passage p, Unit u) {
        StringBuilder s = new StringBuilder(u.span().coveredText(p.text()));
        for (Mention o : p.mentions()) {
            if (o.type() == EntityType.ORGANIZATION && u.span().contains(o.span())) {
                for (int i = o.span().start(); i < o.span().end(); i++) {
                    s.setCharAt(i - u.span().start(), ' ');
                }
            }
        }
        return s.toString();
    }
}
