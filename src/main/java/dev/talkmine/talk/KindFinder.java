package dev.talkmine.talk;

import dev.talkmine.doc.Mention;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The session kind from the words that introduce it; the most specific word wins over "talk". */
final class KindFinder {
    private static final Pattern KEYNOTE = Pattern.compile("(?i)\\bkey ?notes?\\b|\\bgeneral session\\b");
    private static final Pattern LIGHTNING = Pattern.compile("(?i)\\blightning\\b|\\bignite\\b");
    private static final Pattern PANEL = Pattern.compile("(?i)\\bpanel\\b|\\bq ?& ?a\\b");
    private static final Pattern WORKSHOP = Pattern.compile("(?i)\\bworkshops?\\b|\\bhands-on\\b|\\bclassroom\\b|\\b(?:code )?labs?\\b");
    private static final Pattern TUTORIAL = Pattern.compile("(?i)\\btutorials?\\b");
    private static final Pattern GENERIC = Pattern.compile("(?i)\\b(?:talk|presentation|lecture)\\b");
    private static final Pattern OTHER = Pattern.compile("(?i)\\bbofs?\\b|\\bbirds of a feather\\b|\\bperformance on (?:the )?main stage\\b");

    private KindFinder() {
    }

    /** The kind and the word that decided it ("talk" when nothing more specific is said). */
    static Found find(Passage p) {
        String first = p.heading() != null ? withoutOrganizations(p, p.heading().span()) + "\n" : "";
        String lead1 = p.leadSentences().isEmpty() ? p.cover(p.lead()) : p.cover(p.leadSentences().get(0));
        Found f = specific(first + (p.listItem() ? p.cover(p.lead()) : lead1));
        boolean saysTalk = GENERIC.matcher(first + lead1).find();
        if (f == null && !saysTalk && !p.listItem() && p.leadSentences().size() > 1) {
            f = specific(p.cover(p.leadSentences().get(1)));
        }
        if (f == null && p.segment().group() != null) {
            f = specific(p.segment().group());
            if (f != null) {
                f = new Found(f.kind(), "under '" + p.segment().group() + "'");
            }
        }
        return f != null ? f : new Found(TalkKind.TALK, "no more specific kind stated");
    }

    /** The span's text with organization names blanked: "Grafana Labs" holds no lab session. */
    private static String withoutOrganizations(Passage p, TextSpan span) {
        StringBuilder s = new StringBuilder(p.cover(span));
        for (Mention o : p.organizations(span)) {
            for (int i = Math.max(o.span().start(), span.start()); i < Math.min(o.span().end(), span.end()); i++) {
                s.setCharAt(i - span.start(), ' ');
            }
        }
        return s.toString();
    }

    private static Found specific(String s) {
        Found best = null;
        int at = Integer.MAX_VALUE;
        Object[][] kinds = {{KEYNOTE, TalkKind.KEYNOTE}, {LIGHTNING, TalkKind.LIGHTNING}, {PANEL, TalkKind.PANEL},
            {WORKSHOP, TalkKind.WORKSHOP}, {TUTORIAL, TalkKind.TUTORIAL}, {OTHER, TalkKind.OTHER}};
        for (Object[] k : kinds) {
            Matcher m = ((Pattern) k[0]).matcher(s);
            if (m.find() && m.start() < at) {
                at = m.start();
                best = new Found((TalkKind) k[1], "'" + m.group() + "'");
            }
        }
        return best;
    }

    record Found(TalkKind kind, String evidence) {
    }
}
