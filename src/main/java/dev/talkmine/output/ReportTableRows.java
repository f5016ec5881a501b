package dev.talkmine.output;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.Verdict;
import dev.talkmine.output.CsvTables.EntityColumn;
import dev.talkmine.output.CsvTables.MentionColumn;
import dev.talkmine.output.CsvTables.ReportRows;
import dev.talkmine.output.CsvTables.TalkColumn;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How one report becomes rows of talks.csv, mentions.csv and entities.csv. The talk of every
 * mention is found once, so the three tables agree with each other and with the JSON.
 */
final class ReportTableRows {

    private ReportTableRows() {
    }

    /** The report's rows of the three report tables. */
    static ReportRows of(Report r) {
        String id = r.document().id();
        List<Entity> entities = r.entities();
        // talk index of every mention, per entity, in the entity's mention order
        List<List<Integer>> talkOf = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<Integer> l = new ArrayList<>(e.mentions().size());
            for (Mention m : e.mentions()) {
                l.add(ReportJson.talkIndex(r, m.span()));
            }
            talkOf.add(l);
        }
        return new ReportRows(talks(id, r, talkOf), mentions(id, r, talkOf), entities(id, r, talkOf));
    }

    private static String talks(String id, Report r, List<List<Integer>> talkOf) {
        // talk index -> entity position -> first mention start inside that talk
        Map<Integer, Map<Integer, Integer>> firstIn = new HashMap<>();
        for (int i = 0; i < talkOf.size(); i++) {
            List<Mention> ms = r.entities().get(i).mentions();
            for (int j = 0; j < ms.size(); j++) {
                Integer t = talkOf.get(i).get(j);
                if (t != null) {
                    firstIn.computeIfAbsent(t, k -> new HashMap<>()).merge(i, ms.get(j).span().start(), Math::min);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Talk t : r.talks()) {
            Map<Integer, Integer> first = firstIn.getOrDefault(t.index(), Map.of());
            Summary summary = r.summaryOf(t);
            Verdict verdict = r.verdictOf(t).orElse(null);
            new CsvRow<>(TalkColumn.class)
                    .set(TalkColumn.REPORT, id)
                    .set(TalkColumn.TALK_INDEX, t.index())
                    .set(TalkColumn.KIND, t.kind().id())
                    .set(TalkColumn.TITLE, t.title())
                    .set(TalkColumn.SPEAKERS, join(t.speakers().stream().map(Speaker::name).toList()))
                    .set(TalkColumn.ORGANIZATIONS, join(t.allOrganizations()))
                    .set(TalkColumn.SUMMARY, summary.text())
                    .set(TalkColumn.VERDICT, verdict == null ? null : verdict.label().id())
                    .set(TalkColumn.VERDICT_EVIDENCE, verdict == null || verdict.evidence() == null ? null
                            : verdict.evidence().coveredText(r.text()))
                    .set(TalkColumn.PEOPLE, join(namesOfType(r, first, EntityType.PERSON)))
                    .set(TalkColumn.TECHNOLOGIES, join(namesOfType(r, first, EntityType.TECHNOLOGY)))
                    .set(TalkColumn.KEYWORDS, join(summary.keywords()))
                    .set(TalkColumn.START, t.span().start())
                    .set(TalkColumn.END, t.span().end())
                    .appendTo(sb);
        }
        return sb.toString();
    }

    /** Distinct canonical names of {@code type} in order of first mention in the talk (entity order breaks ties). */
    private static List<String> namesOfType(Report r, Map<Integer, Integer> first, EntityType type) {
        return first.entrySet().stream()
                .filter(e -> r.entities().get(e.getKey()).type() == type)
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> r.entities().get(e.getKey()).name())
                .distinct()
                .toList();
    }

    private static String mentions(String id, Report r, List<List<Integer>> talkOf) {
        record Item(Entity entity, Mention mention, Integer talk) {
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < talkOf.size(); i++) {
            Entity e = r.entities().get(i);
            for (int j = 0; j < e.mentions().size(); j++) {
                items.add(new Item(e, e.mentions().get(j), talkOf.get(i).get(j)));
            }
        }
        // text order; the sort is stable, so equal spans stay in entity order
        items.sort(Comparator.comparing(it -> it.mention().span()));
        StringBuilder sb = new StringBuilder();
        for (Item it : items) {
            Entity e = it.entity();
            Mention m = it.mention();
            new CsvRow<>(MentionColumn.class)
                    .set(MentionColumn.REPORT, id)
                    .set(MentionColumn.TALK_INDEX, it.talk())
                    .set(MentionColumn.ENTITY_ID, e.id())
                    .set(MentionColumn.ENTITY, e.name())
                    .set(MentionColumn.TYPE, e.type().name())
                    .set(MentionColumn.CATEGORY, e.category())
                    .set(MentionColumn.TEXT, m.text())
                    .set(MentionColumn.START, m.span().start())
                    .set(MentionColumn.END, m.span().end())
                    .set(MentionColumn.SOURCE, m.source().id())
                    .set(MentionColumn.CONFIDENCE, Confidence.format(m.confidence()))
                    .appendTo(sb);
        }
        return sb.toString();
    }

    private static String entities(String id, Report r, List<List<Integer>> talkOf) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < talkOf.size(); i++) {
            Entity e = r.entities().get(i);
            TreeSet<Integer> talks = talkOf.get(i).stream().filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));
            LinkedHashSet<String> forms = e.mentions().stream().map(Mention::text)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            new CsvRow<>(EntityColumn.class)
                    .set(EntityColumn.REPORT, id)
                    .set(EntityColumn.ENTITY_ID, e.id())
                    .set(EntityColumn.ENTITY, e.name())
                    .set(EntityColumn.TYPE, e.type().name())
                    .set(EntityColumn.CATEGORY, e.category())
                    .set(EntityColumn.CONFIDENCE, Confidence.format(e.confidence()))
                    .set(EntityColumn.MENTIONS, e.mentions().size())
                    .set(EntityColumn.TALKS, talks.size())
                    .set(EntityColumn.TALK_INDEXES, join(talks.stream().map(String::valueOf).toList()))
                    .set(EntityColumn.SURFACE_FORMS, join(List.copyOf(forms)))
                    .appendTo(sb);
        }
        return sb.toString();
    }

    private static String join(List<String> values) {
        return String.join(CsvTables.JOIN, values);
    }
}
