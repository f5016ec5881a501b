package dev.talkmine.entity;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.learn.Lexicon;
import dev.talkmine.ner.EventNames;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company's name followed by one or two capitalised words names one of its products: "Initech
 * Registry", "Contoso Cloud Shell". The mention decision often takes the company alone and leaves
 * the rest, so the organization mention becomes a technology mention of the whole name. Not when a
 * word of the run, or the word after it, makes an event ("Initech Developer Day", "the Contoso
 * Cloud conference"), a company's own unit ("Initech Research", lexicon lists
 * {@code organization-suffixes} and {@code organization-units}) or a venue, nor when the run is a
 * longer name's start, a function word ("Initech The"), or another mention, nor when the report
 * dates the name as an event's. Done after every learner, so no model's training changes.
 * Immutable.
 */
final class ProductNames {
    /** What the rule's mentions are worth: the share of them the leave-one-report-out run found annotated. */
    static final double CONFIDENCE = 0.7;
    /** One or two capitalised words after the company, not before a third. */
    private static final Pattern RUN = Pattern.compile("(?: " + Enumerations.CAPITALISED
            + "){1,2}+(?![\\p{L}\\p{N}])(?! [\\p{Lu}\\p{N}])");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}]+)");
    private static final Pattern YEAR_AT_END = Pattern.compile(".* (?:19|20)\\d\\d");
    /** Lists whose words never end a product's name. */
    private static final List<String> NOT_PRODUCT = List.of("event-words", "organization-suffixes", "organization-units", "not-name-words",
            "venue-words");

    private final Lexicon lexicon;

    ProductNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The mentions, each organization mention that starts a product's name made a technology mention
     * of the name, unless the name ends with a year or the report writes it before one (an event's
     * edition: "Initech World 2031").
     */
    List<Mention> retyped(String text, List<Mention> mentions, EventNames events) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            Mention product = m.type() == EntityType.ORGANIZATION ? product(text, m, next, events) : null;
            out.add(product == null ? m : product);
        }
        return out;
    }

    /** The product named after the company {@code m} names, up to the next mention at most, or null. */
    private Mention product(String text, Mention m, Mention next, EventNames events) {
        int end = productEnd(text, m.span().end());
        if (end < 0 || next != null && next.span().start() < end) {
            return null;
        }
        TextSpan span = new TextSpan(m.span().start(), end);
        String name = span.coveredText(text);
        if (events.isDated(name) || YEAR_AT_END.matcher(name).matches()) {
            return null;
        }
        return new Mention(span, name, EntityType.TECHNOLOGY, name, null, MentionSource.RULE, CONFIDENCE,
                "a product named after " + m.text());
    }

    /** Where the product's name that continues a company's name at {@code at} ends, or -1. */
    private int productEnd(String text, int at) {
        Matcher run = RUN.matcher(text).region(at, text.length()).useTransparentBounds(true);
        if (!run.lookingAt()) {
            return -1;
        }
        for (String w : run.group().strip().split(" ")) {
            if (anyList(w)) {
                return -1;
            }
        }
        Matcher next = NEXT_WORD.matcher(text).region(run.end(), text.length());
        boolean endsEvent = next.lookingAt()
                && (lexicon.contains("event-words", next.group(1)) || lexicon.contains("organization-suffixes", next.group(1)));
        return endsEvent ? -1 : run.end();
    }

    private boolean anyList(String word) {
        for (String list : NOT_PRODUCT) {
            if (lexicon.contains(list, word)) {
                return true;
            }
        }
        return false;
    }
}
