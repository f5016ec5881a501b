package dev.talkmine.ner;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a report uses for events (its conference and others), found in one pass over the
 * text: a name before a year or "conference" ("RubyConf 2018", "the dotGo conference",
 * "OWASP AppSec Day conference"), after "this year's" or after "attended". A name whose first
 * word is such a name is an event too ("Devoxx University" beside "Devoxx 2014").
 */
final class EventNames {
    // names stay on one line: "… | Data Blog" above "PGConf EU 2023" is not "Data Blog PGConf EU 2023"
    private static final String NAME = "((?:\\p{Lu}|\\p{Ll}+\\p{Lu})[\\w.-]*(?:[ \\t]+\\p{Lu}[\\w.-]*){0,3})";
    private static final Pattern BEFORE_YEAR_OR_CONFERENCE =
            Pattern.compile(NAME + "\\s*(?:\\d{4}\\b|[Cc]onference\\b|[Cc]onf\\b|[Ss]ummit\\b)");
    private static final Pattern AFTER_THIS_YEARS = Pattern.compile("(?i:\\b(?:this|last|next) year'?s)\\s+" + NAME);
    private static final Pattern AFTER_ATTENDED =
            Pattern.compile("(?i:\\b(?:attend|attended|attending|visited|visiting))\\s+(?:at\\s+|the\\s+)?" + NAME);
    private static final Pattern[] CONTEXTS = {BEFORE_YEAR_OR_CONFERENCE, AFTER_THIS_YEARS, AFTER_ATTENDED};
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Set<String> names = new HashSet<>();

    EventNames(String text) {
        for (Pattern p : CONTEXTS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String[] words = SPACES.split(m.group(1));
                // every run of words ending the name, and every run starting it: "Golang UK", "UK", "Golang"
                for (int i = 0; i < words.length; i++) {
                    names.add(key(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length))));
                    names.add(key(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i + 1))));
                }
            }
        }
    }

    /** Whether the report uses this name, or its first word, for an event. */
    boolean isEvent(String name) {
        return names.contains(key(name)) || names.contains(key(SPACES.split(name)[0]));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
