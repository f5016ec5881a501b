package dev.talkmine.output;

import dev.talkmine.doc.Document;
import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Small reports built by hand: no models, offsets found with indexOf so the text reads naturally. */
final class TestReports {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    static final String TINY_TEXT = """
            EuroPython 2015
            Guido van Rossum (Dropbox) gave the keynote "Python 3". Guido talked about asyncio.
            Lunch was 😀 good in Bilbao.
            """;

    private TestReports() {
    }

    /** One keynote, an intro and a non-talk passage with an emoji before a LOCATION mention. */
    static Report tiny() {
        return tiny("ep15");
    }

    static Report tiny(String id) {
        String text = TINY_TEXT;
        Document doc = new Document(id, "input/" + id + ".txt", SHA, InputFormat.TXT, text, List.of());
        int talkStart = text.indexOf("Guido");
        int talkEnd = text.indexOf("Lunch");
        TextSpan intro = new TextSpan(0, talkStart);
        TextSpan talkSpan = new TextSpan(talkStart, talkEnd);
        TextSpan rest = new TextSpan(talkEnd, text.length());
        Talk talk = new Talk(1, talkSpan, TalkKind.KEYNOTE, "Python 3",
                List.of(new Speaker("Guido van Rossum", List.of("Dropbox"))), List.of(),
                List.of("title: quoted after 'keynote'"));
        String first = "Guido van Rossum (Dropbox) gave the keynote \"Python 3\".";
        Summary summary = new Summary(1, List.of(new TextSpan(talkStart, talkStart + first.length())), first,
                List.of("python 3", "asyncio"), List.of());
        List<Segment> segments = List.of(
                new Segment(intro, Segment.Label.INTRO, null, "first line"),
                new Segment(talkSpan, Segment.Label.TALK, null, "speaker and title"),
                new Segment(rest, Segment.Label.NON_TALK, null, "food"));
        List<Entity> entities = List.of(
                new Entity("e1", "Guido van Rossum", EntityType.PERSON, null, 0.93,
                        List.of(mention(text, "Guido van Rossum", 0, EntityType.PERSON, null, MentionSource.MODEL, 0.91),
                                mention(text, "Guido", 1, EntityType.PERSON, null, MentionSource.RULE, 0.8)),
                        List.of("Guido: first name of Guido van Rossum")),
                new Entity("e2", "Dropbox", EntityType.ORGANIZATION, null, 0.95,
                        List.of(mention(text, "Dropbox", 0, EntityType.ORGANIZATION, null, MentionSource.GAZETTEER, 0.95)),
                        List.of()),
                new Entity("e3", "asyncio", EntityType.TECHNOLOGY, "library", 1.0,
                        List.of(mention(text, "asyncio", 0, EntityType.TECHNOLOGY, "library", MentionSource.GAZETTEER, 1.0)),
                        List.of()),
                new Entity("e4", "Bilbao", EntityType.LOCATION, null, 0.8745,
                        List.of(mention(text, "Bilbao", 0, EntityType.LOCATION, null, MentionSource.MODEL, 0.8745)),
                        List.of()));
        List<Mention> all = new ArrayList<>();
        entities.forEach(e -> all.addAll(e.mentions()));
        all.sort(null);
        return Report.of(doc).withMentions(all).withSegments(segments).withEntities(entities)
                .withTalks(List.of(talk)).withSummaries(List.of(summary))
                .withVerdicts(List.of(Verdict.none(1, 0.9, List.of())));
    }

    /** The {@code nth} (0-based) occurrence of {@code surface} as a mention. */
    static Mention mention(String text, String surface, int nth, EntityType type, String category,
                           MentionSource source, double confidence) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(surface, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException(surface + " #" + nth + " not in text");
        }
        return new Mention(new TextSpan(at, at + surface.length()), surface, type, surface, category, source,
                confidence, "test");
    }

    /** A report with the given text and one entity per (surface, type) pair, talks as given. */
    static Report custom(String id, String text, List<Talk> talks, List<Entity> entities) {
        Document doc = new Document(id, id + ".txt", SHA, InputFormat.TXT, text, List.of());
        return Report.of(doc).withEntities(entities).withTalks(talks);
    }

    /** {@link #custom} with a summary and a verdict per talk. */
    static Report custom(String id, String text, List<Talk> talks, List<Entity> entities, List<Summary> summaries,
                         List<Verdict> verdicts) {
        return custom(id, text, talks, entities).withSummaries(summaries).withVerdicts(verdicts);
    }
}
