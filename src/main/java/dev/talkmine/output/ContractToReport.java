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
import dev.talkmine.output.JsonContract.EntityDto;
import dev.talkmine.output.JsonContract.MentionDto;
import dev.talkmine.output.JsonContract.ReportDto;
import dev.talkmine.output.JsonContract.VerdictDto;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The records of the JSON contract back into a report, as far as the JSON keeps it (see
 * {@link ReportJson#read}).
 */
final class ContractToReport {

    private ContractToReport() {
    }

    /** The report {@code id} whose JSON {@code dto} holds; throws on a value the contract does not know. */
    static Report report(String id, ReportDto dto) {
        InputFormat format = byId(InputFormat.values(), InputFormat::id, dto.source().format());
        Document doc = new Document(id, dto.source().path(), dto.source().sha256(), format, dto.text(), List.of());
        List<Entity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (EntityDto e : dto.entities()) {
            EntityType type = EntityType.valueOf(e.type());
            List<Mention> ms = new ArrayList<>();
            for (MentionDto m : e.mentions()) {
                ms.add(new Mention(new TextSpan(m.start(), m.end()), m.text(), type, e.name(), e.category(),
                        byId(MentionSource.values(), MentionSource::id, m.source()), m.confidence().doubleValue(), ""));
            }
            entities.add(new Entity(e.id(), e.name(), type, e.category(), e.confidence().doubleValue(), ms, e.merged()));
            mentions.addAll(ms);
        }
        mentions.sort(null);
        List<Segment> segments = dto.segments().stream().map(s -> new Segment(new TextSpan(s.start(), s.end()),
                byId(Segment.Label.values(), Segment.Label::id, s.label()), null, s.reason())).toList();
        // the JSON's organizations are all of the talk's; as the talk's own they give the same union
        List<Talk> talks = dto.talks().stream().map(t -> new Talk(t.index(), new TextSpan(t.start(), t.end()),
                byId(TalkKind.values(), TalkKind::id, t.kind()), t.title(),
                t.speakers().stream().map(sp -> new Speaker(sp.name(), sp.organizations())).toList(),
                t.organizations(), List.of())).toList();
        List<Summary> summaries = dto.talks().stream().map(t -> new Summary(t.index(),
                t.summarySpans() == null ? List.of() : t.summarySpans().stream().map(s -> new TextSpan(s.start(), s.end())).toList(),
                t.summary() == null ? "" : t.summary(), t.keywords() == null ? List.of() : t.keywords(), List.of())).toList();
        Report report = Report.of(doc).withResolvedMentions(mentions).withEntities(entities).withSegments(segments)
                .withTalks(talks).withSummaries(summaries);
        if (!dto.talks().isEmpty() && dto.talks().stream().allMatch(t -> t.verdict() != null)) {
            report = report.withVerdicts(dto.talks().stream().map(t -> verdict(t.index(), t.verdict())).toList());
        }
        return report;
    }

    private static Verdict verdict(int talk, VerdictDto v) {
        TextSpan evidence = v.evidence() == null ? null : new TextSpan(v.evidence().start(), v.evidence().end());
        return new Verdict(talk, Verdict.Label.of(v.label()), v.confidence().doubleValue(), evidence, List.of());
    }

    private static <E> E byId(E[] values, Function<E, String> id, String wanted) {
        for (E v : values) {
            if (id.apply(v).equals(wanted)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown value '" + wanted + "'");
    }
}
