package dev.talkmine.overview;

import dev.talkmine.doc.Document;
import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TalkKind;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Reports built by hand (no models): offsets found with indexOf so the texts read naturally. */
final class Fixtures {

    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /** What a payload does if it runs: marks the document, so a DOM dump shows it. */
    static final String RUN = "window.__pwned=1;document.documentElement.setAttribute('data-pwned','1')";
    static final String SCRIPT = "<script>" + RUN + "</script>";
    static final String IMG = "\"><img src=x onerror=\"" + RUN + "\">";
    static final String SVG = "'><svg onload=\"" + RUN + "\">";

    private Fixtures() {
    }

    /** A keynote and a talk; Guido, Dropbox, asyncio, Kubernetes, Bilbao, with an emoji before Bilbao. */
    static Report tiny(String id) {
        String text = """
                EuroPython 2015
                Guido van Rossum (Dropbox) gave the keynote "Python 3". Guido talked about asyncio.
                Haikel Guemar showed Kubernetes and asyncio.
                Lunch was 😀 good in Bilbao.
                """;
        Talk keynote = talk(text, 1, "Guido van Rossum (Dropbox)", "Haikel", TalkKind.KEYNOTE, "Python 3",
                List.of(new Speaker("Guido van Rossum", List.of("Dropbox"))));
        Talk talk = talk(text, 2, "Haikel", "Lunch", TalkKind.TALK, null, List.of(new Speaker("Haikel Guemar", List.of())));
        List<Summary> summaries = List.of(summary(keynote, "Guido van Rossum (Dropbox) gave the keynote \"Python 3\"."),
                summary(talk, "Haikel Guemar showed Kubernetes and asyncio."));
        List<Verdict> verdicts = List.of(verdict(keynote, Verdict.Label.POSITIVE, text, "Guido talked about asyncio."),
                Verdict.none(2, 0.9, List.of()));
        List<Entity> entities = List.of(
                entity("e1", "Guido van Rossum", EntityType.PERSON, null, 0.93,
                        mention(text, "Guido van Rossum", 0, MentionSource.MODEL, 0.91), mention(text, "Guido", 1, MentionSource.RULE, 0.8)),
                entity("e2", "Dropbox", EntityType.ORGANIZATION, null, 0.95, mention(text, "Dropbox", 0, MentionSource.GAZETTEER, 0.95)),
                entity("e3", "asyncio", EntityType.TECHNOLOGY, "library", 1.0,
                        mention(text, "asyncio", 0, MentionSource.GAZETTEER, 1.0), mention(text, "asyncio", 1, MentionSource.GAZETTEER, 1.0)),
                entity("e4", "Haikel Guemar", EntityType.PERSON, null, 0.9, mention(text, "Haikel Guemar", 0, MentionSource.MODEL, 0.9)),
                entity("e5", "Kubernetes", EntityType.TECHNOLOGY, "platform", 0.93,
                        mention(text, "Kubernetes", 0, MentionSource.GAZETTEER, 0.93)),
                entity("e6", "Bilbao", EntityType.LOCATION, null, 0.8745, mention(text, "Bilbao", 0, MentionSource.MODEL, 0.8745)));
        return report(id, "input/" + id + ".txt", text, List.of(keynote, talk), summaries, verdicts, entities);
    }

    /** Every field that reaches the page carries a payload. */
    static Report hostile() {
        String text = "Evil report " + SCRIPT + "\n"
                + "Mallory " + IMG + " gave a talk \"" + SCRIPT + "\" about React " + SVG + ".\n"
                + "Then Eve & Trent spoke about </textarea></details><b>bold</b> things.\n";
        Talk t1 = talk(text, 1, "Mallory", "Then", TalkKind.TALK, SCRIPT + " & " + IMG,
                List.of(new Speaker("Mallory " + IMG, List.of("Evil " + SVG + " Corp"))));
        Talk t2 = new Talk(2, new TextSpan(text.indexOf("Then"), text.length()), TalkKind.PANEL, SVG,
                List.of(new Speaker("Eve", List.of()), new Speaker("Trent </td></tr></table>", List.of())),
                List.of("</details><script>" + RUN + "</script>"), List.of());
        List<Summary> summaries = List.of(summary(t1, "Mallory " + IMG + " gave a talk."),
                summary(t2, "Then Eve & Trent spoke."));
        List<Verdict> verdicts = List.of(verdict(t1, Verdict.Label.POSITIVE, text, SCRIPT),
                verdict(t2, Verdict.Label.NEGATIVE, text, "</textarea></details><b>bold</b>"));
        List<Entity> entities = List.of(
                entity("e1", "Mallory " + IMG, EntityType.PERSON, null, 0.9, mention(text, "Mallory", 0, MentionSource.MODEL, 0.9)),
                entity("e2", "React" + SCRIPT, EntityType.TECHNOLOGY, "framework" + IMG, 1.0,
                        mention(text, "React", 0, MentionSource.GAZETTEER, 1.0)),
                entity("e3", "Evil" + SVG, EntityType.ORGANIZATION, null, 0.7, mention(text, SCRIPT, 0, MentionSource.RULE, 0.7)),
                entity("e4", "Eve", EntityType.PERSON, null, 0.8, mention(text, "Eve", 0, MentionSource.MODEL, 0.8)));
        return report("evil & 'quoted'", "input/\"><script>" + RUN + "</script>.txt", text, List.of(t1, t2), summaries,
                verdicts, entities);
    }

    /** A report without summaries and verdicts. */
    static Report report(String id, String path, String text, List<Talk> talks, List<Entity> entities) {
        Document doc = new Document(id, path, SHA, InputFormat.TXT, text, List.of());
        List<Mention> all = new ArrayList<>();
        entities.forEach(e -> all.addAll(e.mentions()));
        all.sort(null);
        return Report.of(doc).withMentions(all).withEntities(entities).withTalks(talks);
    }

    static Report report(String id, String path, String text, List<Talk> talks, List<Summary> summaries,
                         List<Verdict> verdicts, List<Entity> entities) {
        return report(id, path, text, talks, entities).withSummaries(summaries).withVerdicts(verdicts);
    }

    /** A talk from the first {@code from} up to the first {@code to} after it. */
    static Talk talk(String text, int index, String from, String to, TalkKind kind, String title, List<Speaker> speakers) {
        int a = text.indexOf(from);
        int b = text.indexOf(to, a + 1);
        return new Talk(index, new TextSpan(a, b), kind, title, speakers, List.of(), List.of());
    }

    /** A summary of {@code text} (no spans: the overview shows the text). */
    static Summary summary(Talk t, String text) {
        return new Summary(t.index(), List.of(), text, List.of(), List.of());
    }

    /** A verdict whose evidence is the first {@code evidence} in the text. */
    static Verdict verdict(Talk t, Verdict.Label label, String text, String evidence) {
        int at = text.indexOf(evidence);
        return new Verdict(t.index(), label, 0.8, new TextSpan(at, at + evidence.length()), List.of());
    }

    /** An entity whose mentions take its name, type and category. */
    static Entity entity(String id, String name, EntityType type, String category, double confidence, Mention... ms) {
        List<Mention> named = new ArrayList<>();
        for (Mention m : ms) {
            named.add(new Mention(m.span(), m.text(), type, name, category, m.source(), m.confidence(), m.evidence()));
        }
        return new Entity(id, name, type, category, confidence, named, List.of());
    }

    /** The {@code nth} (0-based) occurrence of {@code surface}; type, name and category are set by {@link #entity}. */
    static Mention mention(String text, String surface, int nth, MentionSource source, double confidence) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(surface, at + 1);
        }
        if (at < 0) {
            throw new IllegalArgumentException(surface + " #" + nth + " not in text");
        }
        return new Mention(new TextSpan(at, at + surface.length()), surface, EntityType.PERSON, surface, null, source,
                confidence, "test");
    }
}
