package dev.talkmine.segment;

import dev.talkmine.doc.Block;
import dev.talkmine.doc.TableRow;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Segment.Label;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.SpanIndex;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.pipeline.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a report into talk and non-talk passages from its structure (headings, lists,
 * paragraphs) and its language (talk verbs, "keynote by", quoted titles, speaker names). Each
 * decision keeps its reason. Stateless and thread-safe.
 *
 * <p>How each block is decided:
 * <ul>
 *   <li>a heading opens a talk when the text under it introduces a speaker or session, is only
 *       structure ("Day 1", "Talks") when a list of talks or another heading follows, and opens a
 *       non-talk section otherwise;</li>
 *   <li>in a list of talks each item is a talk unless it says the author skipped the slot; in a
 *       list of notes items continue the passage they are in;</li>
 *   <li>in running text each sentence that introduces a new speaker or session opens a talk, so
 *       one paragraph can hold several; other paragraphs continue the passage, unless they are
 *       about travel, food, sprints and the like.</li>
 * </ul>
 */
final class OldTalkSegmenter implements Stage {
    private static final int LEAD_WORDS = 5;
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(?:19[6-9]\\d|20[0-4]\\d)(?![\\d.])");

    @Override
    public String name() {
        return "segment";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.SEGMENTS);
    }

    @Override
    public Report process(Report report) {
        return report.withSegments(new Run(report).segments());
    }

    /** The state of one pass over one report. */
    private static final class Run {
        final Report report;
        final String text;
        final List<Block> blocks;
        /** Rows of tables below their headers, by block start; built on the first row met. */
        Map<Integer, TableRow> tableRows;
        final SpanIndex<Mention> people;
        final SpanIndex<Sentence> sentences;
        final List<Segment> out = new ArrayList<>();
        int curStart = -1;
        Label curLabel;
        String curReason;
        String curGroup;
        final Set<String> curPeople = new HashSet<>();
        String group;
        int listTalky = -1;
        /** Text up to here was already read to decide the passage just opened (a heading's lead). */
        int consumedUntil = -1;
        /** The year the report is about (the first year in its opening), or null. */
        final String reportYear;

        Run(Report report) {
            this.report = report;
            this.text = report.text();
            Matcher y = YEAR.matcher(text.substring(0, Math.min(text.length(), 300)));
            this.reportYear = y.find() ? y.group() : null;
            this.blocks = report.document().blocks();
            this.people = SpanIndex.of(report.mentions().stream().filter(m -> m.type() == EntityType.PERSON).toList(), Mention::span);
            this.sentences = SpanIndex.of(report.sentences(), Sentence::span);
        }

        List<Segment> segments() {
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (b.kind() != Block.Kind.LIST_ITEM) {
                    listTalky = -1;
                }
                switch (b.kind()) {
                    case TITLE -> open(b.span().start(), Label.INTRO, "page title");
                    case HEADING -> {
                        if (speakerLine(b.span())) {
                            prose(b);
                        } else {
                            heading(i);
                        }
                    }
                    case LIST_ITEM -> item(i);
                    case OTHER -> row(i);
                    default -> prose(b);
                }
                remember(b.span());
            }
            close(text.length());
            return out;
        }

        // ---- headings

        void heading(int i) {
            Block h = blocks.get(i);
            String ht = Cues.LEADING_TIME.matcher(h.span().coveredText(text).strip()).replaceFirst("");
            int next = nextContent(i);
            if (next < 0 || blocks.get(next).kind() == Block.Kind.HEADING && !speakerLine(blocks.get(next).span())) {
                group = ht;
                open(h.span().start(), Label.HEADING, "heading followed by another heading");
                return;
            }
            Block first = blocks.get(next);
            if (Cues.DAY_HEADING.matcher(ht).matches()) {
                group = ht;
                open(h.span().start(), Label.HEADING, "a day or date heading");
                return;
            }
            if (first.kind() == Block.Kind.LIST_ITEM && talkyList(next)) {
                group = ht;
                open(h.span().start(), Label.HEADING, "heading over a list of talks");
                return;
            }
            if (first.kind() == Block.Kind.LIST_ITEM && Cues.LIGHTNING_SESSION.matcher(ht).find()) {
                group = ht;
                open(h.span().start(), Label.HEADING, "heading over a list of lightning talks");
                listTalky = 1; // each item is one, however it is written
                return;
            }
            String why = headingTalkReason(h, first);
            if (why != null && !Cues.STRUCTURAL_HEADING.matcher(ht).matches() || why != null && first.kind() != Block.Kind.LIST_ITEM) {
                open(h.span().start(), Label.TALK, why);
                consumedUntil = leadOf(first).end();
                return;
            }
            group = null;
            open(h.span().start(), Label.NON_TALK, "heading over text that introduces no speaker or session");
        }

        /** Why the section under heading h is a talk, or null. */
        String headingTalkReason(Block h, Block first) {
            String ht = Cues.LEADING_TIME.matcher(h.span().coveredText(text).strip()).replaceFirst("");
            Mention person = personIn(h.span());
            if (person != null && Cues.KIND_WORD.matcher(ht).find()) {
                return "heading names a session and a person";
            }
            // "“Streams Without Tears” – Lukas Brandt, Shopify": a title, then its speaker
            String beforePerson = text.substring(h.span().start(), Math.max(h.span().start(), person == null ? 0 : person.span().start()));
            if (person != null && beforePerson.matches("(?s).*\\S.*(?:\\s[-–—]|[\"”])\\s*(?:by\\s+)?$")) {
                return "heading names a title and then a person";
            }
            if (speakerLine(first.span())) {
                return "heading followed by a speaker line";
            }
            String why = introducesTalk(leadOf(first), true);
            if (why != null) {
                return "heading followed by: " + why;
            }
            if (Cues.KIND_WORD.matcher(ht).find() && first.kind() != Block.Kind.LIST_ITEM) {
                return "heading names a session kind";
            }
            return null;
        }

        /** "Jane Doe, Acme" or "Jane Doe (Acme)" or just a name: a line naming the speaker. */
        boolean speakerLine(TextSpan span) {
            String line = span.coveredText(text).strip();
            Mention p = personIn(span);
            if (p == null || line.length() > 120) {
                return false;
            }
            // "Speaker: Marcin Moskała (Kt. Academy)", "Speakers: A and B": a label may come first
            String before = text.substring(span.start(), p.span().start());
            if (before.length() > 2 && !Cues.SPEAKER_LABEL.matcher(before).matches()) {
                return false;
            }
            String rest = text.substring(p.span().end(), span.end()).strip();
            // a sentence after the name makes it prose; a period inside "(Kt. Academy)" does not
            return rest.isEmpty() || rest.matches("^(?:[,(–—-]|and\\s|&).{0,80}") && !rest.replaceAll("\\([^)]*\\)", "").contains(". ");
        }

        // ---- table rows

        Optional<TableRow> tableRow(int i) {
            if (tableRows == null) {
                tableRows = TableRow.all(text, blocks);
            }
            return Optional.ofNullable(tableRows.get(blocks.get(i).span().start()));
        }

        /** A row of a table whose header names a talk or title column is a talk; other tables read as text. */
        void row(int i) {
            Block b = blocks.get(i);
            Optional<TableRow> row = tableRow(i);
            if (row.isEmpty() || row.get().titleCell().isEmpty()) {
                boolean header = i + 1 < blocks.size() && tableRow(i + 1).flatMap(TableRow::titleCell).isPresent() && row.isEmpty();
                if (header) {
                    open(b.span().start(), Label.NON_TALK, "header of a table of talks");
                } else {
                    prose(b);
                }
                return;
            }
            String title = row.get().titleCell().get().coveredText(text).strip();
            Matcher nonTalk = Cues.NON_TALK.matcher(title);
            if (title.isEmpty() || nonTalk.find()) {
                open(b.span().start(), Label.NON_TALK, "table row without a talk");
            } else {
                open(b.span().start(), Label.TALK, "row of a table of talks");
            }
        }

        // ---- list items

        void item(int i) {
            Block b = blocks.get(i);
            if (b.level() > 1) {
                return;
            }
            if (listTalky < 0) {
                listTalky = talkyList(i) ? 1 : 0;
            }
            String t = stripMarker(b.span());
            int at = b.span().start();
            if (Cues.SKIPPED.matcher(t).find() || t.isBlank()) {
                open(at, Label.NON_TALK, "item says the author did not attend");
                return;
            }
            if (Cues.LIGHTNING_SESSION.matcher(t).find() && followedByItems(i)) {
                group = t.length() > 40 ? t.substring(0, 40) : t;
                open(at, Label.NON_TALK, "lightning-talk session introducing the items after it");
                listTalky = -1;
                return;
            }
            String why = itemTalkReason(b);
            Matcher nonTalk = Cues.NON_TALK.matcher(t);
            if (why != null) {
                open(at, Label.TALK, why);
            } else if (nonTalk.find()) {
                open(at, Label.NON_TALK, "item about '" + nonTalk.group() + "', not a talk");
            } else if (listTalky == 1) {
                open(at, Label.TALK, "item in a list of talks");
            }
            // "The other talk in this timeslot was ...": a second talk described inside the item
            List<Sentence> inItem = sentencesIn(b.span());
            remember(inItem.isEmpty() ? b.span() : inItem.get(0).span());
            for (int k = 1; k < inItem.size(); k++) {
                TextSpan s = inItem.get(k).span();
                Matcher m = Cues.NEW_SESSION_PHRASE.matcher(s.coveredText(text));
                if (curLabel == Label.TALK && m.find() && !Cues.OTHER_EVENT.matcher(s.coveredText(text)).find()) {
                    open(s.start(), Label.TALK, "inside an item, opens with '" + m.group().strip() + "'");
                }
                remember(s);
            }
        }

        String itemTalkReason(Block b) {
            TextSpan lead = firstSentence(b);
            String why = introducesTalk(lead, true);
            if (why != null) {
                return why;
            }
            String t = stripMarker(b.span());
            Mention by = byPerson(b.span());
            if (by != null) {
                return "item names its speaker: '... by " + by.text() + "'";
            }
            if (Cues.KIND_WORD.matcher(t).lookingAt() || t.matches("(?i)^(?:ending|closing|opening)\\s+keynote\\b.*")) {
                return "item starts with a session kind";
            }
            if (t.matches("^[\"“][^\"”]{3,120}[\"”]\\s*(?:\\(|[-–—:,]|by\\b).*")) {
                return "item opens with a quoted title";
            }
            Mention first = personIn(b.span());
            int itemStart = b.span().end() - t.length();
            if (first != null && first.span().start() - itemStart <= 1
                    && text.substring(first.span().end(), b.span().end()).matches("(?s)^\\s*(?:\\([^)]*\\))?\\s*[:–—-]\\s*[\"“]?\\p{Lu}.*")) {
                return "item names its speaker, then a title";
            }
            return null;
        }

        /** Whether most top-level items of the list starting at block i look like talk entries. */
        boolean talkyList(int i) {
            int n = 0;
            int talks = 0;
            for (int j = i; j < blocks.size() && blocks.get(j).kind() == Block.Kind.LIST_ITEM; j++) {
                Block b = blocks.get(j);
                if (b.level() > 1) {
                    continue;
                }
                n++;
                String t = stripMarker(b.span());
                boolean numbered = b.span().coveredText(text).matches("^\\s*\\d+[.)]\\s.*");
                if (itemTalkReason(b) != null || Cues.TITLE_DASH.matcher(t).find()
                        || Cues.LIGHTNING_SESSION.matcher(t).find() || numbered && titleLike(t)) {
                    talks++;
                }
            }
            return n > 0 && talks * 2 >= n;
        }

        boolean followedByItems(int i) {
            return i + 1 < blocks.size() && blocks.get(i + 1).kind() == Block.Kind.LIST_ITEM;
        }

        // ---- running text

        void prose(Block b) {
            List<Sentence> sentences = sentencesIn(b.span());
            boolean first = true;
            boolean otherEdition = false;
            for (Sentence s : sentences) {
                otherEdition |= mentionsOtherYear(s.span());
                boolean consumed = s.span().start() < consumedUntil; // already read by the heading that opened this talk
                // 'Panel: "Is the edge worth it?" With Sara ..., moderated by Maria.': the speakers of the talk just opened
                boolean wantsSpeaker = !first && curLabel == Label.TALK && curStart >= b.span().start() && curPeople.isEmpty();
                String why = consumed || otherEdition ? null : introducesTalk(s.span(), curLabel != Label.TALK, wantsSpeaker);
                if (why != null) {
                    open(first ? b.span().start() : s.span().start(), Label.TALK, why);
                } else if (first && !consumed) {
                    continueOrOpen(b, s.span());
                }
                remember(s.span());
                first = false;
            }
            if (sentences.isEmpty()) {
                continueOrOpen(b, b.span());
            }
        }

        void continueOrOpen(Block b, TextSpan firstSentence) {
            String s = firstSentence.coveredText(text);
            if (curLabel == null) {
                open(b.span().start(), Label.INTRO, "text before any talk");
            } else if (curLabel == Label.INTRO || curLabel == Label.NON_TALK) {
                return; // the intro runs until the first talk; non-talk paragraphs run together
            } else if (Cues.NON_TALK.matcher(s).find()) {
                Matcher m = Cues.NON_TALK.matcher(s);
                m.find();
                open(b.span().start(), Label.NON_TALK, "about '" + m.group() + "', not a talk");
            } else if (curLabel == Label.HEADING) {
                open(b.span().start(), Label.NON_TALK, "text under a structural heading that introduces no talk");
            } else if (curLabel == Label.TALK && lastBlockWasItem(b)) {
                open(b.span().start(), Label.NON_TALK, "text after a list or table of talks that introduces no talk");
            }
        }

        /**
         * Whether the sentence names a year other than the report's ("Rustconf 2019 felt
         * different"): talks described after it in the paragraph belong to another edition.
         */
        boolean mentionsOtherYear(TextSpan sentence) {
            if (reportYear == null) {
                return false;
            }
            Matcher m = YEAR.matcher(sentence.coveredText(text));
            while (m.find()) {
                if (!m.group().equals(reportYear)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the block follows a list item or a row of a table of talks. */
        boolean lastBlockWasItem(Block b) {
            int i = Collections.binarySearch(blocks, b, Comparator.comparing(Block::span));
            return i > 0 && (blocks.get(i - 1).kind() == Block.Kind.LIST_ITEM
                    || tableRow(i - 1).flatMap(TableRow::titleCell).isPresent());
        }

        /**
         * Why this sentence introduces a new talk, or null. With {@code fresh} false only cues
         * that name a session or a speaker not yet seen in the current talk count.
         */
        String introducesTalk(TextSpan sentence, boolean fresh) {
            return introducesTalk(sentence, fresh, false);
        }

        /** As above; with {@code wantsSpeaker} a person named as a speaker joins the current talk instead. */
        String introducesTalk(TextSpan sentence, boolean fresh, boolean wantsSpeaker) {
            String s = stripMarkerText(sentence.coveredText(text));
            int offset = sentence.end() - s.length();
            Matcher other = Cues.OTHER_EVENT.matcher(s);
            if (other.find() && personIn(new TextSpan(offset + other.start(), Math.min(sentence.end(), offset + other.end() + 30))) == null) {
                return null;
            }
            Matcher m = Cues.NEW_SESSION_PHRASE.matcher(s);
            if (m.find()) {
                return "opens with '" + m.group().strip() + "'";
            }
            Matcher opened = Cues.OPENED_WITH.matcher(s);
            if (opened.find()) {
                return "'" + opened.group() + "'";
            }
            if (Cues.NEXT_WAS.matcher(s).find() && personIn(sentence) != null) {
                return "'next was' and a speaker";
            }
            Matcher inThis = Cues.IN_THIS_SESSION.matcher(s);
            if (!wantsSpeaker && inThis.lookingAt()) {
                Mention named = leadingPerson(offset + inThis.end(), sentence.end());
                if (named != null && (fresh || !curPeople.contains(named.name()))) {
                    return "'" + inThis.group().strip() + "' then speaker " + named.name();
                }
            }
            Mention lead = wantsSpeaker ? null : leadingPerson(offset, sentence.end());
            if (lead != null && (fresh || !curPeople.contains(lead.name()))) {
                String after = text.substring(lead.span().end(), Math.min(sentence.end(), lead.span().end() + 160));
                Matcher v = Pattern.compile("^(?:'s|’s)?\\s*(?:\\([^)]*\\))?[^.;:]{0,90}?\\b" + Cues.TALK_VERB + "\\b",
                        Pattern.CASE_INSENSITIVE).matcher(after);
                if (v.find()) {
                    return "speaker " + lead.name() + " then '" + lastWords(v.group()) + "'";
                }
                Matcher p = Pattern.compile("^(?:'s|’s)\\s+(?:[\\w\"“”-]+\\s+){0,6}?" + Cues.SESSION_NOUN + "\\b",
                        Pattern.CASE_INSENSITIVE).matcher(after);
                if (p.find()) {
                    return "possessive " + lead.text() + "'s " + lastWords(p.group());
                }
            }
            Mention by = wantsSpeaker ? null : byPerson(sentence);
            if (by != null && (fresh || !curPeople.contains(by.name()))) {
                return "session noun then 'by " + by.text() + "'";
            }
            Matcher q = Cues.QUOTED_TITLE.matcher(s);
            if (q.find() && (fresh || !s.matches("(?i)^(?:the|this|that|his|her)\\s.*"))) {
                return "quoted title: " + q.group();
            }
            if (lead == null && Cues.SHORT_SUBJECT_VERB.matcher(s).find()) {
                return "a talk verb after the sentence's first words";
            }
            if (!fresh && Cues.NAMED_SESSION_PHRASE.matcher(s).find()) {
                return "a named session: '" + lastWords(Cues.NAMED_SESSION_PHRASE.matcher(s).results().findFirst().orElseThrow().group()) + "'";
            }
            if (fresh && Cues.NAMED_SESSION_PHRASE.matcher(s).find()) {
                return "a named session";
            }
            return null;
        }

        /** A person mention among the first words of the span, or null. */
        Mention leadingPerson(int from, int to) {
            Mention p = people.firstStartingAtOrAfter(from);
            if (p == null || p.span().start() >= to) {
                return null;
            }
            String before = text.substring(from, p.span().start());
            int words = before.isBlank() ? 0 : before.strip().split("\\s+").length;
            // "After the break, Bill ...", "In the afternoon, Johnny ...": a time phrase, then the subject
            return words <= LEAD_WORDS && !before.contains(",") || words <= 2 || Cues.TIME_PHRASE.matcher(before).matches() ? p : null;
        }

        /** A person named after "by", "from" or "with" following a session noun in the span, or null. */
        Mention byPerson(TextSpan span) {
            for (Mention p : people.within(span)) {
                String before = text.substring(span.start(), p.span().start());
                if (Cues.BYLINE_BY.matcher(before).find()) {
                    continue;
                }
                if (Cues.SESSION_THEN_BY.matcher(before).find()
                        || Block.withoutListMarker(before).matches("(?s)^[\\p{L}\\d\"“].{2,120}?\\s(?:by|from)\\s+$")) {
                    return p;
                }
            }
            return null;
        }

        Mention personIn(TextSpan span) {
            List<Mention> in = people.within(span);
            return in.isEmpty() ? null : in.get(0);
        }

        // ---- bookkeeping

        void open(int start, Label label, String reason) {
            close(start);
            curStart = start;
            curLabel = label;
            curReason = reason;
            curGroup = label == Label.TALK ? group : null;
            curPeople.clear();
        }

        void close(int end) {
            if (curStart < 0) {
                return;
            }
            int e = end;
            while (e > curStart && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > curStart) {
                out.add(new Segment(new TextSpan(curStart, e), curLabel, curGroup, curReason));
            }
            curStart = -1;
        }

        /** Notes the people named in a span as belonging to the current passage. */
        void remember(TextSpan span) {
            for (Mention p : people.within(span)) {
                curPeople.add(p.name());
            }
        }

        int nextContent(int i) {
            return i + 1 < blocks.size() ? i + 1 : -1;
        }

        /** The first two sentences of a block (where a section names its speaker). */
        TextSpan leadOf(Block b) {
            List<Sentence> s = sentencesIn(b.span());
            return s.isEmpty() ? b.span() : new TextSpan(b.span().start(), s.get(Math.min(1, s.size() - 1)).span().end());
        }

        TextSpan firstSentence(Block b) {
            List<Sentence> s = sentencesIn(b.span());
            return s.isEmpty() ? b.span() : new TextSpan(b.span().start(), s.get(0).span().end());
        }

        List<Sentence> sentencesIn(TextSpan span) {
            return sentences.within(span);
        }

        String stripMarker(TextSpan span) {
            return stripMarkerText(span.coveredText(text));
        }

        static String stripMarkerText(String s) {
            return Block.withoutListMarker(s).strip();
        }

        /** Starts like a title: a capital letter or a digit ("2038 problems"), not a lower-case note. */
        static boolean titleLike(String t) {
            return !t.isEmpty() && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
        }

        static String lastWords(String s) {
            String[] w = s.strip().split("\\s+");
            return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - 3), w.length));
        }
    }
}
