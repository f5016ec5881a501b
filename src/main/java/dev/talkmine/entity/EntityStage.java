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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

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

    private final Enumerations enumerations;
    private final ProductNames products;
    private final JobTitles jobTitles;
    private final CompanyCues companyCues;
    private final IntroducedSoftware software;
    private final LowerCaseTechnologies lowerCase;
    private final CompanySense companySense;
    private final PersonNames personNames;
    private final NonEntities nonEntities;

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
        this.nonEntities = new NonEntities(words, lexicon);
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
        List<Mention> named = eachMended(resolved, m -> trimmed(text, m), reasons);
        EventNames events = new EventNames(text);
        List<Mention> withProducts = products.retyped(text, named, events);
        List<Mention> withEmployers = jobTitles.withEmployers(text, withProducts, events, reasons);
        List<Mention> retyped = companySense.retyped(text, withEmployers, reasons);
        List<Mention> typed = statedOrganizations(companyCues.withCompanies(text, retyped, reasons), talks, reasons);
        List<Mention> introduced = lowerCase.withLowerCaseNames(text, software.withIntroducedNames(text, typed));
        List<Mention> listed = enumerations.withListedTechnologies(text,
                enumerations.withListedPeople(text, introduced, reasons));
        List<Mention> people = personNames.mended(text, listed, reasons);
        return EntityLinker.group(nonEntities.without(text, events, people, talks, reasons), reasons);
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
     * Each mention as {@code mend} makes it (itself when there is nothing to mend), those it makes
     * null left out; a mended mention keeps the reasons of the mention it was made from.
     */
    static List<Mention> eachMended(List<Mention> mentions, UnaryOperator<Mention> mend, Map<Mention, String> reasons) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Mention t = mend.apply(m);
            if (t != null) {
                out.add(t);
                reasons.computeIfAbsent(t, k -> reasons.get(m));
            }
        }
        return out;
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
