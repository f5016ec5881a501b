package dev.talkmine.testing;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.entity.EntityLinker;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.text.SentenceStage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hand-built reports for stage tests: real reading and sentence splitting (fast), and entity
 * mentions given by hand instead of the slow NER model, so each test says exactly what it feeds
 * the stage under test.
 */
public final class Docs {
    private static final SentenceStage SENTENCES = SentenceStage.load();

    private Docs() {
    }

    /** A plain-text report split into blocks and sentences, with no mentions yet. */
    public static Report text(String text) {
        return read(text, InputFormat.TXT);
    }

    /** A report in the given format split into blocks and sentences. */
    public static Report read(String text, InputFormat format) {
        var doc = DocumentReader.utf8().read("test", "test." + format.id(), text.getBytes(StandardCharsets.UTF_8), format);
        return SENTENCES.process(Report.of(doc));
    }

    /**
     * Adds a mention of {@code type} for every whole-word occurrence of each name, then links
     * entities as the pipeline does.
     */
    public static Report withEntities(Report report, EntityType type, String... names) {
        List<Mention> ms = new ArrayList<>(report.mentions());
        for (String name : names) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])").matcher(report.text());
            while (m.find()) {
                TextSpan span = new TextSpan(m.start(), m.end());
                boolean taken = ms.stream().anyMatch(x -> x.span().overlaps(span));
                if (!taken) {
                    ms.add(new Mention(span, m.group(), type, m.group(), null, MentionSource.MODEL, 0.8, "test"));
                }
            }
        }
        ms.sort(null);
        Report linked = new EntityLinker().process(report.withMentions(ms));
        return linked.withEntities(Learned.ENTITIES.entities(linked.text(), linked.resolvedMentions(), linked.linkReasons(), List.of()));
    }

    /** Adds people, then links. */
    public static Report withPeople(Report report, String... names) {
        return withEntities(report, EntityType.PERSON, names);
    }
}
