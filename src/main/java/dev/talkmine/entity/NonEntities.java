package dev.talkmine.entity;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.ner.EventNames;
import dev.talkmine.ner.WordList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the entity stage leaves out of a report's entities, last, after every rule that adds or
 * retypes mentions: events and their editions, venues, concepts, words that are no names, a talk
 * title's opening "-ing" word. Immutable.
 */
final class NonEntities {
    /** The word after a name, past a possessive: "'s law". */
    private static final Pattern EPONYM_NOUN = Pattern.compile("(?:['’]s)?[ \\t]+(\\p{L}+)");
    /** A mention's first word and the spaces after it, when more words follow. */
    private static final Pattern FIRST_WORD = Pattern.compile("(\\p{L}+)[ \\t]+(?=\\S)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** One lower-case word of letters. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}+");
    /** An edition's region glued to the end of an event's name: the "EU" of "ZedConfEU". */
    private static final Pattern GLUED_REGION = Pattern.compile("(?<=\\p{Ll})\\p{Lu}{2,3}$");

    private final WordList words;
    private final Lexicon lexicon;

    /** Reads {@code words} for ordinary words and the lexicon's concept abbreviations, eponym nouns and venue kinds. */
    NonEntities(WordList words, Lexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
    }

    /**
     * The mentions less the organizations and people whose name the report writes before a year
     * ("dotGo2016" beside "dotGo 2016", "PyGotham" beside "PyGotham 2019"), and the organizations
     * named as a part of such an edition ("Zedcon University" beside "Zedcon 2031"): an event is never
     * an organization, whatever the mention decision read; less the organizations whose last word is a
     * kind of venue ("Rosa Bakery", "Harbour Hotel": a place the report went to, lexicon list
     * {@code venue-kinds}); less the technologies no gazetteer knows that the report names as an event
     * or that are named as events are ("ZedConf"), and those that abbreviate a concept ({@link
     * #concept}) or are a lower-case word derived from an ordinary word ({@link #ordinaryWord}), and with
     * a technology's opening "-ing" word cut off ({@link #withoutOpeningGerund}); less the person
     * mentions that name a concept ({@link #eponym}). An organization a talk
     * states for its speaker stays, so that the talks table and the entities table agree (a technology
     * mention of the same name does not: "Zedconf", stated for a speaker, is no technology either). A
     * cut mention takes the reasons of the mention it was cut from in {@code reasons}.
     */
    List<Mention> without(String text, EventNames events, List<Mention> mentions, List<Talk> talks, Map<Mention, String> reasons) {
        Set<String> stated = new HashSet<>();
        talks.forEach(t -> t.allOrganizations().forEach(o -> stated.add(EntityLinker.fold(o))));
        return EntityStage.eachMended(mentions, this::withoutOpeningGerund, reasons).stream()
                .filter(m -> !eventTechnology(events, m) && !concept(m) && !ordinaryWord(m) && !eponym(text, m)
                        && (stated.contains(EntityLinker.fold(m.name())) || !edition(events, m) && !venue(m)))
                .toList();
    }

    /**
     * Whether the mention is a technology no gazetteer knows whose name is one lower-case word derived
     * from an ordinary word by a common ending ("reproducibility", "functionalities"): a candidate
     * rule's guess at an unknown package name that the mention decision kept, since the word list it
     * reads lacks the word. An ordinary word itself may name a package ("glue", "mock") and stays.
     */
    private boolean ordinaryWord(Mention m) {
        String name = m.name().strip();
        return m.type() == EntityType.TECHNOLOGY && EntityStage.unknownToGazetteers(m) && LOWER_WORD.matcher(name).matches()
                && !words.isWord(name) && words.isDerivedWord(name);
    }

    /**
     * Whether the mention is a technology no gazetteer knows whose name, maybe with a plural "s",
     * abbreviates a concept, a practice, a part of a computer or a role ("GPU", "CRDTs", "SaaS", "CFP";
     * lexicon list {@code concept-abbreviations}): the annotation guidelines count concepts as no
     * technology. A gazetteer's name stays ("PWA").
     */
    private boolean concept(Mention m) {
        if (m.type() != EntityType.TECHNOLOGY || !EntityStage.unknownToGazetteers(m)) {
            return false;
        }
        String name = m.name().strip();
        String singular = name.length() > 2 && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
        return lexicon.contains("concept-abbreviations", name) || lexicon.contains("concept-abbreviations", singular);
    }

    /**
     * Whether a person mention is the name in an eponymous concept, "Conway's law", "Occam's razor"
     * (lexicon list {@code eponym-nouns}): the annotation guidelines count no person there. Only that
     * mention goes; the person's other mentions stay.
     */
    private boolean eponym(String text, Mention m) {
        if (m.type() != EntityType.PERSON) {
            return false;
        }
        Matcher after = EPONYM_NOUN.matcher(text).region(m.span().end(), text.length());
        return after.lookingAt() && lexicon.contains("eponym-nouns", after.group(1));
    }

    /** Whether the mention is an organization whose name ends with a kind of venue. */
    private boolean venue(Mention m) {
        String name = m.name().strip();
        return m.type() == EntityType.ORGANIZATION && lexicon.contains("venue-kinds", name.substring(name.lastIndexOf(' ') + 1));
    }

    /**
     * Whether the mention names an edition of an event, or is an organization named as a part of one or
     * as events are named ("ZedConfEU").
     */
    private static boolean edition(EventNames events, Mention m) {
        return (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON) && events.isDated(m.name())
                || m.type() == EntityType.ORGANIZATION && (events.isPartOfDated(m.name()) || namedAsEvents(m));
    }

    /** Whether the mention's name ends as events' names do, maybe with an edition's region glued to it ("ZedConfEU"). */
    private static boolean namedAsEvents(Mention m) {
        return EventNames.endsLikeEvent(GLUED_REGION.matcher(m.name().strip()).replaceFirst(""));
    }

    /**
     * Whether the mention is a technology that no gazetteer knows, named as the report names an event
     * ("Zedconf" of "back from Zedconf 2031", "attending ZedJS") or as events are named ("ZedConf",
     * {@link EventNames#endsLikeEvent}): an event is no technology. A gazetteer's technology stays ("the
     * Kotlin conference").
     */
    private static boolean eventTechnology(EventNames events, Mention m) {
        return m.type() == EntityType.TECHNOLOGY && EntityStage.unknownToGazetteers(m) && (events.isEventName(m.name()) || namedAsEvents(m));
    }

    /**
     * A technology mention that no gazetteer knows and that opens with an ordinary verb's "-ing" form,
     * cut to the words after it: "Using Zorbix" → "Zorbix", a talk title's words that a capitalised
     * run took in; null when only ordinary words are left ("Using Patterns"). Any other mention as it
     * is (a company may be named so: "Rising Tide Ltd"). Done after the rules that add mentions, which
     * may take the whole run in again.
     */
    private Mention withoutOpeningGerund(Mention m) {
        if (m.type() != EntityType.TECHNOLOGY || !EntityStage.unknownToGazetteers(m)) {
            return m;
        }
        Matcher first = FIRST_WORD.matcher(m.text());
        if (!first.lookingAt() || !words.isGerund(first.group(1))) {
            return m;
        }
        String rest = m.text().substring(first.end());
        if (Arrays.stream(SPACES.split(rest)).allMatch(words::isWord)) {
            return null;
        }
        TextSpan span = new TextSpan(m.span().start() + first.end(), m.span().end());
        Matcher named = FIRST_WORD.matcher(m.name());
        String name = named.lookingAt() && named.group(1).equals(first.group(1)) ? m.name().substring(named.end()) : m.name();
        return new Mention(span, rest, m.type(), name, m.category(), m.source(), m.confidence(), m.evidence());
    }
}
