package dev.talkmine.talk;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Unit;
import dev.talkmine.learn.Features;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.PhraseSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The organizations of a passage's lead (and services a speaker may work for), each a candidate
 * affiliation with what joins it to the nearest person: "X (Acme)", "X, Acme", "X from Acme",
 * "Acme's X", "CTO of Acme", against "former Acme", "creator of Acme", "inspired by Acme".
 */
final class AffiliationCandidates {
    private static final int WINDOW = 3;
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** What may follow an organization that closes a speaker's brackets: the bracket, or another item. */
    private static final Pattern BRACKET_END = Pattern.compile("['’]?s?[ \\t]*[),;/]");
    private static final Pattern JOINER = Pattern.compile("[(,–—\\-:|]|'s|’s|from|at|of|of the|at the|from the|\\(.*|, .*|[–—-] .*");

    private final PhraseSet notAffiliation;
    private final PhraseSet affiliationCue;

    AffiliationCandidates(Lexicon lexicon) {
        this.notAffiliation = lexicon.phrases("not-affiliation-cues");
        this.affiliationCue = lexicon.phrases("affiliation-cues");
    }

    /**
     * A passage's candidate affiliations, and the people of its lead whose organization the text
     * states beyond doubt, by the organization as stated: a word made from its name directly before
     * them ("Red Hatter Jane Doe": the annotation guidelines count it as Jane Doe's stated
     * organization, as "Jane Doe (Red Hat)"; the affiliation classifier has too few such examples to
     * learn it), or the organization alone in their brackets ("Jane Doe (Acme)", "(Jane Doe, Acme)"),
     * which the classifier weighs against whatever words follow.
     */
    record Found(List<Candidate> candidates, Map<String, Owner> owners) {
    }

    /** The person an organization is stated for, and how ("a word made from its name introduces"). */
    record Owner(String person, String how) {
    }

    Found of(Passage p) {
        Map<String, Candidate> out = new LinkedHashMap<>();
        Map<String, Owner> owners = new LinkedHashMap<>();
        List<Mention> people = p.leadMentions(EntityType.PERSON);
        for (Mention o : leadOrganizations(p)) {
            if (o.type() == EntityType.TECHNOLOGY && !joined(p.text(), o, people)) {
                continue; // "Jane Doe on Kubernetes": a service is an employer only where the text joins it to a person
            }
            if (!out.containsKey(o.name())) {
                out.put(o.name(), new Candidate(stated(o), o.span(), features(p, o, people)));
            }
            Mention person = introduced(p.text(), o, people);
            if (person != null) {
                owners.putIfAbsent(stated(o), new Owner(person.name(), "a word made from its name introduces"));
            }
            person = o.type() == EntityType.ORGANIZATION ? bracketed(p.text(), o, people) : null;
            if (person != null) {
                owners.putIfAbsent(stated(o), new Owner(person.name(), "alone in brackets with"));
            }
        }
        return new Found(new ArrayList<>(out.values()), owners);
    }

    /** Whether the text joins a mention to the person right before it ("(", ",", "from", ...) or after it ("Heroku's Jane"). */
    static boolean joined(String text, Mention o, List<Mention> people) {
        for (Mention m : people) {
            if (m.span().end() <= o.span().start()) {
                String gap = gap(text, m.span().end(), o.span().start());
                if (!gap.equals("near") && !gap.equals("far") && !gap.equals("adjacent")) {
                    return true;
                }
            } else if (m.span().start() >= o.span().end()) {
                return POSSESSIVE.matcher(o.text().strip()).find() && Around.slice(text, o.span().end(), m.span().start()).isBlank();
            }
        }
        return false;
    }

    /**
     * The person whose brackets hold the organization and nothing else: "Jane Doe (Acme)" or "(Jane
     * Doe, Acme)", the organization closing them or followed by another item; else null.
     */
    static Mention bracketed(String text, Mention org, List<Mention> people) {
        Mention before = lastBefore(people, org);
        String after = Around.slice(text, org.span().end(), Math.min(text.length(), org.span().end() + 3));
        if (before == null || !BRACKET_END.matcher(after).lookingAt()) {
            return null;
        }
        String between = Around.slice(text, before.span().end(), org.span().start()).strip();
        boolean opens = Around.slice(text, Math.max(0, before.span().start() - 2), before.span().start()).strip().endsWith("(");
        return between.equals("(") || between.equals(",") && opens ? before : null;
    }

    /** The person right after an organization written as a word made from its name, or null. */
    static Mention introduced(String text, Mention org, List<Mention> people) {
        if (!Mention.madeFromName(written(org), org.name())) {
            return null;
        }
        Mention after = firstAfter(people, org);
        return after != null && Around.slice(text, org.span().end(), after.span().start()).isBlank() ? after : null;
    }

    /** The last of the people (in text order) ending before the mention starts, or null. */
    private static Mention lastBefore(List<Mention> people, Mention o) {
        Mention before = null;
        for (Mention m : people) {
            if (m.span().end() <= o.span().start()) {
                before = m;
            }
        }
        return before;
    }

    /** The first of the people (in text order) starting after the mention ends, or null. */
    private static Mention firstAfter(List<Mention> people, Mention o) {
        for (Mention m : people) {
            if (m.span().start() >= o.span().end()) {
                return m;
            }
        }
        return null;
    }

    /**
     * The organization as the author states it, as speakers are given as written ("AWS",
     * "Salesforce.com"), unless the writing is a word made from the name rather than the name
     * ("Red Hatter", "Googler"): then the name.
     */
    static String stated(Mention o) {
        String t = written(o);
        return t.isEmpty() || Mention.madeFromName(t, o.name()) ? o.name() : WHITESPACE.matcher(t).replaceAll(" ");
    }

    /** A mention's text without a possessive ("Initech's" → "Initech"). */
    private static String written(Mention o) {
        return POSSESSIVE.matcher(o.text().strip()).replaceFirst("");
    }

    /** Organizations, and services or platforms (a speaker may work for Heroku), in the lead. */
    static List<Mention> leadOrganizations(Passage p) {
        List<Mention> out = new ArrayList<>(p.leadMentions(EntityType.ORGANIZATION));
        for (Mention m : p.leadMentions(EntityType.TECHNOLOGY)) {
            if ("service".equals(m.category()) || "platform".equals(m.category())) {
                out.add(m);
            }
        }
        out.sort(null);
        return out;
    }

    private String[] features(Passage p, Mention o, List<Mention> people) {
        Features f = new Features();
        String text = p.text();
        int u = p.unitOf(o.span().start());
        Unit unit = u >= 0 ? p.units().get(u) : null;
        f.add("type", o.type().name());
        f.add("where", unit == null ? "none" : "u" + Math.min(u, 3) + ":" + SpeakerCandidates.kind(unit));
        Mention before = lastBefore(people, o);
        Mention after = firstAfter(people, o);
        f.add("personBefore", before == null ? "none" : gap(text, before.span().end(), o.span().start()));
        f.add("personAfter", after == null ? "none" : gap(text, o.span().end(), after.span().start()));
        f.addIf(people.isEmpty(), "noPerson");
        if (unit != null) {
            Around.shape(f, "", unit, o.span());
            Around.words(f, "", text, o.span(), unit.span(), WINDOW);
            String left = Around.slice(text, Math.max(unit.span().start(), o.span().start() - 40), o.span().start());
            f.addIf(notAffiliation.in(left), "notAffiliationCue");
            f.addIf(affiliationCue.in(left), "affiliationCue");
        }
        return f.toArray();
    }

    /** The text between a person and an organization, coarsely: "(", ",", "from", "'s", "near", "far". */
    private static String gap(String text, int from, int to) {
        String between = Around.slice(text, from, to).strip().toLowerCase(java.util.Locale.ROOT);
        if (between.isEmpty()) {
            return "adjacent";
        }
        if (between.length() <= 12 && JOINER.matcher(between).matches()) {
            return between.length() <= 4 ? between : between.substring(0, 1);
        }
        return to - from <= 40 ? "near" : "far";
    }
}
