package dev.talkmine.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a report uses for events (its conference and others), found by patterns over its
 * text: a name before a year or "conference" ("RubyConf 2018", "the dotGo conference",
 * "OWASP AppSec Day conference"), after "this year's" or after "attended". A name whose first
 * word is such a name is an event too ("Zedcon University" beside "Zedcon 2031"). Those are cues
 * for the mention decision; a name written right before a year ("PyGotham 2019") is the surest
 * sign and decides on its own ({@link #isDated}). Public for the entity stage only. One per report
 * and thread: each set is built on first use.
 */
public final class EventNames {
    // names stay on one line: "… | Data Blog" above "PGConf EU 2023" is not "Data Blog PGConf EU 2023"
    private static final String NAME = "((?:\\p{Lu}|\\p{Ll}+\\p{Lu})[\\w.-]*(?:[ \\t]+\\p{Lu}[\\w.-]*){0,3})";
    /** An edition's region written as a code: "NA", "EU", "UK", "NYC". */
    private static final String REGION = "\\p{Lu}{2,3}";
    private static final Pattern BEFORE_YEAR_OR_CONFERENCE =
            Pattern.compile(NAME + "\\s*(?:\\d{4}\\b|[Cc]onference\\b|[Cc]onf\\b|[Ss]ummit\\b)");
    private static final Pattern AFTER_THIS_YEARS = Pattern.compile("(?i:\\b(?:this|last|next) year'?s)\\s+" + NAME);
    private static final Pattern AFTER_ATTENDED =
            Pattern.compile("(?i:\\b(?:attend|attended|attending|visited|visiting))\\s+(?:at\\s+|the\\s+)?" + NAME);
    private static final Pattern[] CONTEXTS = {BEFORE_YEAR_OR_CONFERENCE, AFTER_THIS_YEARS, AFTER_ATTENDED};
    /**
     * A name right before a year that is no date ("PyGotham 2019", not "Jane Doe 2019-05-01"), maybe
     * with an edition's region between them ("Write the Docs: NA 2016").
     */
    private static final Pattern BEFORE_YEAR =
            Pattern.compile(NAME + "(?:[ \\t]*:?[ \\t]+" + REGION + ")?[ \\t]*\\d{4}\\b(?![-/.]\\d)"); // no comma: "Jane Doe, CTO 2019"
    /** A name that ends with an edition's region ("PyCon AU", "Devoxx UK"): the event is the rest too. */
    private static final Pattern REGION_AT_END = Pattern.compile("^(.*\\S)[ \\t]+" + REGION + "$");
    /** A year at the end of a name, glued or not: "dotGo2016", "PyGotham 2019". */
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\s*\\d{4}$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A word that ends as events' names do: "JSConf", "DjangoCon", "QuillFest", "DevOpsDays". */
    private static final Pattern EVENT_SUFFIX = Pattern.compile(".*[\\p{Ll}\\d](?:Conf|CONF|Con|Camp|Fest|Days?)$");

    private final String text;
    /** Built on first use: the mention decision asks only {@link #isEvent}, the entity stage the others. */
    private Set<String> names;
    /** The names written right before a year, and the runs of words that end them; built on first use. */
    private Set<String> dated;

    public EventNames(String text) {
        this.text = text;
    }

    /** The keys of the names {@code pattern} finds (its first group), with the runs that start and end them. */
    private Set<String> found(Pattern pattern) {
        Set<String> out = new HashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.addAll(runs(m.group(1), true));
        }
        return out;
    }

    /** The keys of every run of words that ends {@code name} and, if {@code starting}, every run that starts it. */
    private static List<String> runs(String name, boolean starting) {
        String[] words = SPACES.split(name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            out.add(key(String.join(" ", Arrays.copyOfRange(words, i, words.length))));
            if (starting) {
                out.add(key(String.join(" ", Arrays.copyOfRange(words, 0, i + 1))));
            }
        }
        return out;
    }

    /** Whether the report uses this name, or its first word, for an event. */
    boolean isEvent(String name) {
        return names().contains(key(name)) || names().contains(key(SPACES.split(name)[0]));
    }

    /**
     * Whether the report uses this very name (not only its first word) for an event, or writes it as
     * an edition's ({@link #isDated}).
     */
    public boolean isEventName(String name) {
        return names().contains(key(name)) || isDated(name);
    }

    private Set<String> names() {
        if (names == null) {
            names = new HashSet<>();
            for (Pattern p : CONTEXTS) {
                names.addAll(found(p)); // "Golang UK": "Golang UK", "UK", "Golang"
            }
        }
        return names;
    }

    /**
     * Whether the report writes {@code name}, less a year at its end ("dotGo2016"), right before a
     * year ("dotGo 2016"), maybe with a region between or after it ("Write the Docs: NA 2016",
     * "PyCon AU 2015"): the name of an edition of an event, never an organization or a person.
     */
    public boolean isDated(String name) {
        if (dated == null) {
            dated = new HashSet<>();
            Matcher m = BEFORE_YEAR.matcher(text);
            while (m.find()) {
                dated.addAll(runs(m.group(1), false)); // "PyCon" of "Talks I Saw At PyCon 2019"
                Matcher region = REGION_AT_END.matcher(m.group(1));
                if (region.matches()) {
                    dated.addAll(runs(region.group(1), false));
                }
            }
        }
        return dated.contains(key(TRAILING_YEAR.matcher(name).replaceFirst("")));
    }

    /**
     * Whether {@code name} is a part of an edition of an event: more than one word, the first of them
     * written right before a year ("Zedcon University" beside "Zedcon 2031"). Read for organizations
     * only: a month is written before a year too ("in June 2019"), and a person may be named after it.
     */
    public boolean isPartOfDated(String name) {
        String[] words = SPACES.split(name.strip());
        return words.length > 1 && isDated(words[0]);
    }

    /**
     * Whether the name ends as events' names do, a word of its own glued to "Conf", "Con", "Camp",
     * "Fest" or "Day(s)" ("JSConf", "DjangoCon", "DevOpsDays"; not "Falcon"), whatever the text says.
     */
    public static boolean endsLikeEvent(String name) {
        return EVENT_SUFFIX.matcher(name).matches();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
