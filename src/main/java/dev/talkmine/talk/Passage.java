package dev.talkmine.talk;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TableRow;
import dev.talkmine.doc.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A talk passage seen by the attribute finders: its heading (if it opens with one), its lead (the
 * first item or the first sentences, where reports name title, speaker and kind), its table row
 * when it is a row of a table of talks (else null), and the mentions inside.
 */
record Passage(String text, Segment segment, Block heading, TextSpan lead, List<TextSpan> leadSentences,
               List<Mention> mentions, boolean listItem, TableRow row) {

    /** Indexes of one report, built once and shared by all its passages. */
    record Indexes(SpanIndex<Block> blocks, SpanIndex<Sentence> sentences, SpanIndex<Mention> mentions,
                   Map<Integer, TableRow> tableRows) {
        static Indexes of(Report report) {
            return new Indexes(SpanIndex.of(report.document().blocks(), Block::span),
                    SpanIndex.of(report.sentences(), Sentence::span), SpanIndex.of(report.mentions(), Mention::span),
                    TableRow.all(report.text(), report.document().blocks()));
        }
    }

    static Passage of(Report report, Indexes index, Segment segment) {
        String text = report.text();
        TextSpan span = segment.span();
        Block heading = null;
        Block firstBlock = index.blocks().firstStartingAtOrAfter(span.start());
        if (firstBlock != null && firstBlock.span().start() >= span.end()) {
            firstBlock = null;
        }
        if (firstBlock != null && firstBlock.kind() == Block.Kind.HEADING && firstBlock.span().start() == span.start()) {
            heading = firstBlock;
        }
        boolean item = firstBlock != null && firstBlock.kind() == Block.Kind.LIST_ITEM && firstBlock.span().start() == span.start();
        TableRow row = firstBlock != null && firstBlock.span().start() == span.start()
                ? index.tableRows().get(firstBlock.span().start()) : null;
        int bodyStart = heading != null ? heading.span().end() : span.start();
        List<TextSpan> sentences = new ArrayList<>();
        for (Sentence s : index.sentences().within(span)) {
            if (s.span().end() > bodyStart && s.span().start() >= bodyStart - 1) {
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
        List<Mention> ms = index.mentions().within(span);
        return new Passage(text, segment, heading, lead, sentences, ms, item, row);
    }

    List<Mention> people(TextSpan within) {
        return mentions.stream().filter(m -> m.type() == EntityType.PERSON && within.contains(m.span())).toList();
    }

    List<Mention> organizations(TextSpan within) {
        return mentions.stream().filter(m -> m.type() == EntityType.ORGANIZATION && within.contains(m.span())).toList();
    }

    /**
     * Organizations, and the technologies that are also companies (services and platforms such as
     * Heroku or Vercel), that can be a speaker's affiliation: "Priya Raman (Heroku)".
     */
    List<Mention> affiliations(TextSpan within) {
        return mentions.stream().filter(m -> within.contains(m.span()) && (m.type() == EntityType.ORGANIZATION
                || m.type() == EntityType.TECHNOLOGY && ("service".equals(m.category()) || "platform".equals(m.category()))))
                .toList();
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
