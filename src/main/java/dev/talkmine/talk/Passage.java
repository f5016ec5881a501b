package dev.talkmine.talk;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * A talk passage seen by the attribute finders: its heading (if it opens with one), its lead (the
 * first item or the first sentences, where reports name title, speaker and kind), and the
 * mentions inside.
 */
record Passage(String text, Segment segment, Block heading, TextSpan lead, List<TextSpan> leadSentences,
               List<Mention> mentions, boolean listItem) {

    static Passage of(Report report, Segment segment) {
        String text = report.text();
        TextSpan span = segment.span();
        Block heading = null;
        Block firstBlock = null;
        for (Block b : report.document().blocks()) {
            if (b.span().start() >= span.start() && b.span().start() < span.end()) {
                if (firstBlock == null) {
                    firstBlock = b;
                    if (b.kind() == Block.Kind.HEADING && b.span().start() == span.start()) {
                        heading = b;
                    }
                }
            }
        }
        boolean item = firstBlock != null && firstBlock.kind() == Block.Kind.LIST_ITEM && firstBlock.span().start() == span.start();
        int bodyStart = heading != null ? heading.span().end() : span.start();
        List<TextSpan> sentences = new ArrayList<>();
        for (Sentence s : report.sentences()) {
            if (s.span().end() > bodyStart && s.span().start() >= span.start() && s.span().end() <= span.end()
                    && s.span().start() >= bodyStart - 1) {
                sentences.add(new TextSpan(Math.max(s.span().start(), bodyStart), s.span().end()));
                if (sentences.size() == 2) {
                    break;
                }
            }
        }
        int leadEnd;
        if (item) {
            // an item's title, speaker and comment sit in its first two sentences
            leadEnd = Math.min(span.end(), firstBlock.span().end());
            if (sentences.size() > 1 && sentences.get(1).end() < leadEnd) {
                leadEnd = sentences.get(1).end();
            }
        } else if (!sentences.isEmpty()) {
            leadEnd = sentences.get(sentences.size() - 1).end();
        } else {
            leadEnd = span.end();
        }
        TextSpan lead = new TextSpan(span.start(), Math.max(span.start(), Math.min(leadEnd, span.end())));
        List<Mention> ms = report.mentions().stream().filter(m -> span.contains(m.span())).toList();
        return new Passage(text, segment, heading, lead, sentences, ms, item);
    }

    List<Mention> people(TextSpan within) {
        return mentions.stream().filter(m -> m.type() == EntityType.PERSON && within.contains(m.span())).toList();
    }

    List<Mention> organizations(TextSpan within) {
        return mentions.stream().filter(m -> m.type() == EntityType.ORGANIZATION && within.contains(m.span())).toList();
    }

    String cover(TextSpan s) {
        return s.coveredText(text);
    }

    /** The lead item's text without its list marker. */
    String itemText() {
        return Block.withoutListMarker(cover(lead));
    }

    /** Offset of {@link #itemText()} in the report. */
    int itemStart() {
        return lead.end() - itemText().length();
    }
}
