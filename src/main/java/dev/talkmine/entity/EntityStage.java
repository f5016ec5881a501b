package dev.talkmine.entity;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.LinkReason;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.ner.EventNames;
import dev.talkmine.ner.Gazetteer;
import dev.talkmine.ner.WordList;
import dev.talkmine.pipeline.Stage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups the resolved mentions into canonical entities, once the talks are known: an organization
 * a talk states for its speaker ("Max Roe, Slack", "by X (AWS)") is an organization of the report
 * even where the mention decision read the name as a technology (the annotation guidelines list
 * GitHub the company as a speaker's affiliation and GitHub the service apart), so the first mention
 * of it in the talk's passage becomes an organization mention (so does that of an organization
 * stated for the talk itself, "a keynote by Django Girls"); the talks table and the entities table
 * then agree. Its other mentions keep their type. A technology mention the text writes in a
 * company's place ("Jane Roe from npm", {@link CompanySense}) becomes an organization mention too,
 * alone; a name listed with a technology ("Redis, valkey or KeyDB", {@link Enumerations}) becomes
 * a technology mention (and a model's technology written as a name and listed with a person a
 * person mention), and so does a company's name with the product words after it ("Initech
 * Registry", {@link ProductNames}); an employer named before a job title and a person ("Quillbase
 * co-founder Ann Lee", "Initech's own Bo Chen", {@link JobTitles}) becomes an organization mention, and
 * so does a name listed after a kind of company ("companies like Initech and Zorbix", {@link
 * CompanyCues}); a lower-case name introduced as a piece of software ("the knitr package", {@link
 * IntroducedSoftware}) becomes a technology mention; person mentions are mended where the report says
 * more ({@link PersonNames}: no name shaped like no person's, "Dave and Debbie Klein", a lone "Colin"
 * as the nearest Colin); a person mention that only names a concept ("Conway's law") is left out. A
 * mention's span loses a list marker or quote before the name and leaves no bracket open. Only the
 * entities change: every stage before this one has read the resolved mentions as linking made them.
 * Immutable and thread-safe.
 */
public final class EntityStage implements Stage {
    /** The word after a name, past a possessive: "'s law". */
    private static final Pattern EPONYM_NOUN = Pattern.compile("(?:['’]s)?[ \\t]+(\\p{L}+)");
    /** A mention's first word and the spaces after it, when more words follow. */
    private static final Pattern FIRST_WORD = Pattern.compile("(\\p{L}+)[ \\t]+(?=\\S)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** One lower-case word of letters. */
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}+");
    /** An edition's region glued to the end of an event's name: the "EU" of "ZedConfEU". */
    private static final Pattern GLUED_REGION = Pattern.compile("(?<=\\p{Ll})\\p{Lu}{2,3}$");

    private final Enumerations enumerations;
    private final ProductNames products;
    private final JobTitles jobTitles;
    private final CompanyCues companyCues;
    private final IntroducedSoftware software;
    private final LowerCaseTechnologies lowerCase;
    private final CompanySense companySense;
    private final PersonNames personNames;
    private final Lexicon lexicon;
    private final WordList words;

    /**
     * A stage that reads {@code words} and the lexicon's event and function words to tell a listed
     * name or an employer from a word, its venue kinds to tell a venue from an organization, the words
     * that end events and organizations' units to tell a product named after its company from them,
     * and its job titles; and {@code gazetteer}'s organizations, to tell a word made from one's name
     * before a person ("Red Hatter Ann Lee").
     */
    public EntityStage(WordList words, Lexicon lexicon, Gazetteer gazetteer) {
        this.enumerations = new Enumerations(words, lexicon);
        this.products = new ProductNames(lexicon);
        this.jobTitles = new JobTitles(words, lexicon);
        this.companyCues = new CompanyCues(words, lexicon);
        this.software = new IntroducedSoftware(words, lexicon);
        this.lowerCase = new LowerCaseTechnologies(gazetteer, words, lexicon);
        this.companySense = new CompanySense(lexicon);
        this.personNames = new PersonNames(lexicon, gazetteer);
        this.lexicon = lexicon;
        this.words = words;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.RESOLVED_MENTIONS, Layer.LINK_REASONS, Layer.TALKS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Report process(Report report) {
        report.require(Layer.RESOLVED_MENTIONS).require(Layer.LINK_REASONS).require(Layer.TALKS);
        return report.withEntities(entities(report.text(), report.resolvedMentions(), report.linkReasons(), report.talks()));
    }

    /**
     * The entities of a report's mentions as {@link EntityLinker} resolved them, with the reasons it
     * gave, each product named after its company, each employer named before a job title or a
     * possessive and a person, each talk's stated organizations and each technology written as a
     * company typed so, each name introduced as a piece of software a technology, each model's
     * technology written as a name and listed with a person a person, each name listed with a
     * technology a technology, the person mentions mended ({@link PersonNames}), and no organization
     * or person that is an edition of an event {@code text} names (nor an organization that is a part
     * of one or a venue).
     */
    public List<Entity> entities(String text, List<Mention> resolved, List<LinkReason> linkReasons, List<Talk> talks) {
        Map<Mention, String> reasons = new HashMap<>();
        linkReasons.forEach(r -> reasons.put(r.mention(), r.reason()));
        List<Mention> named = new ArrayList<>(resolved.size());
        for (Mention m : resolved) {
            Mention t = trimmed(text, m);
            if (t != null) {
                named.add(t);
                reasons.computeIfAbsent(t, k -> reasons.get(m));
            }
        }
        EventNames events = new EventNames(text);
        List<Mention> withProducts = products.retyped(text, named, events);
        List<Mention> withEmployers = jobTitles.withEmployers(text, withProducts, events, reasons);
        List<Mention> retyped = companySense.retyped(text, withEmployers, reasons);
        List<Mention> typed = statedOrganizations(companyCues.withCompanies(text, retyped, reasons), talks, reasons);
        List<Mention> introduced = lowerCase.withLowerCaseNames(text, software.withIntroducedNames(text, typed));
        List<Mention> listed = enumerations.withListedTechnologies(text,
                enumerations.withListedPeople(text, introduced, reasons));
        List<Mention> people = personNames.mended(text, listed, reasons);
        List<Mention> cut = new ArrayList<>(people.size());
        for (Mention m : people) {
            Mention t = withoutOpeningGerund(m);
            if (t != null) {
                cut.add(t);
                reasons.computeIfAbsent(t, k -> reasons.get(m));
            }
        }
        return EntityLinker.group(withoutNonEntities(text, events, cut, talks), reasons);
    }

    /**
     * The mention trimmed to where its name is written: no list marker or quote before it ("- Kubernetes":
     * a model's span that took in an item's dash), and no bracket it leaves open: the bracket closed
     * where the text closes it right after the span ("Bin (Yu" of "Bin (Yu) once said"), else cut off;
     * its name trimmed alike. The mention itself when there is nothing to mend; null when nothing would
     * be left. Done here, where mentions become the report's entities, so that every earlier stage
     * read the spans its models were trained on.
     */
    static Mention trimmed(String text, Mention m) {
        int start = nameStart(m.text());
        int open = unclosedBracket(m.text(), start);
        int end = m.text().length();
        if (open >= 0) {
            boolean closedAfter = m.span().end() < text.length() && text.charAt(m.span().end()) == closing(m.text().charAt(open))
                    && unclosedBracket(m.text().substring(open + 1), 0) < 0;
            end = closedAfter ? end + 1 : open;
        }
        while (end > start && end <= m.text().length() && Character.isWhitespace(m.text().charAt(end - 1))) {
            end--;
        }
        if (start == 0 && end == m.text().length()) {
            return m;
        }
        if (start >= end) {
            return null;
        }
        TextSpan span = new TextSpan(m.span().start() + start, m.span().start() + end);
        String written = span.coveredText(text);
        String name = m.name().equals(m.text()) ? written : m.name().substring(nameStart(m.name()));
        return new Mention(span, written, m.type(), name.isEmpty() ? m.name() : name, m.category(), m.source(), m.confidence(),
                m.evidence());
    }

    /**
     * A technology mention that no gazetteer knows and that opens with an ordinary verb's "-ing" form,
     * cut to the words after it: "Using Zorbix" → "Zorbix", a talk title's words that a capitalised
     * run took in; null when only ordinary words are left ("Using Traits"). Any other mention as it is
     * (a company may be named so: "Rising Tide Ltd"). After the rules that add mentions, which may take the whole run in again.
     */
    private Mention withoutOpeningGerund(Mention m) {
        if (m.type() != EntityType.TECHNOLOGY || !unknownToGazetteers(m)) {
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

    /** Where the name in {@code s} starts: after any punctuation before it but ".", "@" and "#" (".NET", "@handle"). */
    private static int nameStart(String s) {
        int start = 0;
        while (start < s.length() && !Character.isLetterOrDigit(s.charAt(start)) && ".@#".indexOf(s.charAt(start)) < 0) {
            start++;
        }
        return start;
    }

    /** Where the outermost bracket that {@code s} opens from {@code from} on and does not close stands, or -1. */
    private static int unclosedBracket(String s, int from) {
        int depth = 0;
        int outermost = -1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                outermost = depth++ == 0 ? i : outermost;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0 ? outermost : -1;
    }

    private static char closing(char open) {
        return open == '(' ? ')' : ']';
    }

    /**
     * The mentions less the organizations and people whose name the report writes before a year
     * ("dotGo2016" beside "dotGo 2016", "PyGotham" beside "PyGotham 2019"), and the organizations
     * named as a part of such an edition ("Zedcon University" beside "Zedcon 2031"): an event is never
     * an organization, whatever the mention decision read; less the organizations whose last word is a
     * kind of venue ("Rosa Bakery", "Harbour Hotel": a place the report went to, lexicon list
     * {@code venue-kinds}); less the technologies no gazetteer knows that the report names as an event
     * or that are named as events are ("ZedConf"), and those that abbreviate a concept ({@link
     * #concept}); less the person mentions that name a concept ({@link #eponym}). An organization a talk
     * states for its speaker stays, so that the talks table and the entities table agree (a technology
     * mention of the same name does not: "Zedconf", stated for a speaker, is no technology either).
     */
    List<Mention> withoutNonEntities(String text, EventNames events, List<Mention> mentions, List<Talk> talks) {
        Set<String> stated = new HashSet<>();
        talks.forEach(t -> t.allOrganizations().forEach(o -> stated.add(EntityLinker.fold(o))));
        return mentions.stream()
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
        return m.type() == EntityType.TECHNOLOGY && unknownToGazetteers(m) && LOWER_WORD.matcher(name).matches()
                && !words.isWord(name) && words.isDerivedWord(name);
    }

    /**
     * Whether the mention is a technology no gazetteer knows whose name, maybe with a plural "s",
     * abbreviates a concept, a practice, a part of a computer or a role ("GPU", "CRDTs", "SaaS", "CFP";
     * lexicon list {@code concept-abbreviations}): the annotation guidelines count concepts as no
     * technology. A gazetteer's name stays ("PWA").
     */
    private boolean concept(Mention m) {
        if (m.type() != EntityType.TECHNOLOGY || !unknownToGazetteers(m)) {
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
        return m.type() == EntityType.TECHNOLOGY && unknownToGazetteers(m) && (events.isEventName(m.name()) || namedAsEvents(m));
    }

    /** The mentions, the first one of each talk's stated organization in its passage made an organization mention where none is. */
    static List<Mention> statedOrganizations(List<Mention> mentions, List<Talk> talks, Map<Mention, String> reasons) {
        List<Mention> out = new ArrayList<>(mentions);
        for (Talk t : talks) {
            for (String org : t.allOrganizations()) {
                List<Integer> named = named(out, t.span(), EntityLinker.fold(org));
                if (named.stream().anyMatch(i -> out.get(i).type() == EntityType.ORGANIZATION)) {
                    continue;
                }
                named.stream().filter(i -> out.get(i).type() != EntityType.PERSON).findFirst().ifPresent(i -> {
                    Mention m = out.get(i);
                    String why = org + ": an organization talk " + t.index() + " states, not a "
                            + m.type().name().toLowerCase(Locale.ROOT) + " there";
                    out.set(i, asType(m, EntityType.ORGANIZATION, org, why, reasons));
                });
            }
        }
        return out;
    }

    /**
     * The mention as a mention of {@code type} named {@code name} (no category: that is a
     * technology's), with {@code why} added to its reasons; its span, source, confidence and evidence
     * kept. Every retyping rule of this stage goes through here.
     */
    static Mention asType(Mention m, EntityType type, String name, String why, Map<Mention, String> reasons) {
        Mention retyped = new Mention(m.span(), m.text(), type, name, null, m.source(), m.confidence(), m.evidence());
        String before = reasons.get(m);
        reasons.put(retyped, before == null ? why : before + "; " + why);
        return retyped;
    }

    /**
     * Whether no gazetteer knows the mention's name: a model or rule found it, and the linker gave it
     * no category (it gives a gazetteer's name its category, whoever found it).
     */
    static boolean unknownToGazetteers(Mention m) {
        return m.source() != MentionSource.GAZETTEER && m.category() == null;
    }

    /** Whether a mention overlaps {@code span}: the rules that add a mention add it only where none is. */
    static boolean covered(List<Mention> mentions, TextSpan span) {
        return mentions.stream().anyMatch(m -> m.span().overlaps(span));
    }

    /** Indexes of the mentions inside {@code passage} whose name or text is {@code key} (folded). */
    private static List<Integer> named(List<Mention> mentions, TextSpan passage, String key) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (passage.contains(m.span()) && (key.equals(EntityLinker.fold(m.name())) || key.equals(EntityLinker.fold(m.text())))) {
                out.add(i);
            }
        }
        return out;
    }
}
