package dev.talkmine.train;

import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds an annotated phrase in a passage as the annotation guidelines copy it: white space folded. */
final class Phrases {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Phrases() {
    }

    /** Where {@code phrase} (white space folded) first occurs inside {@code passage}, or null. */
    static TextSpan locate(String text, TextSpan passage, String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        StringBuilder folded = new StringBuilder();
        List<Integer> at = new ArrayList<>(); // offset in text of each folded character
        boolean space = false;
        for (int i = passage.start(); i < passage.end(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = folded.length() > 0;
                continue;
            }
            if (space) {
                folded.append(' ');
                at.add(i - 1);
                space = false;
            }
            folded.append(c);
            at.add(i);
        }
        String wanted = String.join(" ", SPACES.split(phrase.strip()));
        int k = folded.indexOf(wanted);
        if (k < 0) {
            return null;
        }
        return new TextSpan(at.get(k), at.get(k + wanted.length() - 1) + 1);
    }
}
