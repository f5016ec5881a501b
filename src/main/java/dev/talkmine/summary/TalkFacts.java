package dev.talkmine.summary;

import java.util.List;
import java.util.Locale;

/**
 * What the sentence features know of a talk besides its passage: its speakers and its title
 * (those found by talkmine when deciding, the annotated ones when training).
 *
 * @param speakers the speakers' names
 * @param title    the title, or null
 */
public record TalkFacts(List<String> speakers, String title) {
    public TalkFacts {
        speakers = speakers.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** Whether a person mentioned as {@code name} (canonical) or {@code text} (as written) is a speaker. */
    boolean isSpeaker(String name, String text) {
        String n = name.toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        for (String s : speakers) {
            if (s.equals(n) || s.equals(t) || s.startsWith(t + " ") || s.endsWith(" " + t)) {
                return true;
            }
        }
        return false;
    }
}
