package dev.talkmine.output;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Speaker;
import dev.talkmine.doc.Summary;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.doc.Verdict;
import dev.talkmine.output.JsonContract.EntityDto;
import dev.talkmine.output.JsonContract.EvidenceDto;
import dev.talkmine.output.JsonContract.MentionDto;
import dev.talkmine.output.JsonContract.ReportDto;
import dev.talkmine.output.JsonContract.SegmentDto;
import dev.talkmine.output.JsonContract.SourceDto;
import dev.talkmine.output.JsonContract.SpanDto;
import dev.talkmine.output.JsonContract.SpeakerDto;
import dev.talkmine.output.JsonContract.TalkDto;
import dev.talkmine.output.JsonContract.VerdictDto;
import java.util.List;

/** A report as the records of the JSON contract, every offset checked against the text. */
final class ReportToContract {

    private ReportToContract() {
    }

    /** The report as the top-level record; layers it lacks become empty lists. */
    static ReportDto dto(Report r) {
        var d = r.document();
        int length = r.text().length();
        List<TalkDto> talks = r.talks().stream().map(t -> {
            check(t.span(), length, "talk " + t.index());
            Summary summary = r.summaryOf(t);
            List<SpanDto> spans = summary.sentences().stream().map(s -> {
                check(s, length, "summary of talk " + t.index());
                return new SpanDto(s.start(), s.end());
            }).toList();
            return new TalkDto(t.index(), t.span().start(), t.span().end(), t.kind().id(), t.title(),
                    t.speakers().stream().map(ReportToContract::speaker).toList(),
                    t.allOrganizations(), summary.text(), spans, summary.keywords(),
                    r.verdictOf(t).map(v -> verdict(r, v, length)).orElse(null));
        }).toList();
        List<SegmentDto> segments = r.segments().stream().map(s -> {
            check(s.span(), length, "segment");
            return segment(r, s);
        }).toList();
        List<EntityDto> entities = r.entities().stream().map(e -> entity(r, e, length)).toList();
        return new ReportDto(ReportJson.SCHEMA, new SourceDto(d.path(), d.sha256(), d.format().id()), r.text(),
                talks, segments, entities);
    }

    private static VerdictDto verdict(Report r, Verdict v, int length) {
        EvidenceDto evidence = null;
        if (v.evidence() != null) {
            check(v.evidence(), length, "verdict evidence of talk " + v.talk());
            evidence = new EvidenceDto(v.evidence().start(), v.evidence().end(), v.evidence().coveredText(r.text()));
        }
        return new VerdictDto(v.label().id(), Confidence.round(v.confidence()), evidence);
    }

    private static SpeakerDto speaker(Speaker s) {
        return new SpeakerDto(s.name(), s.organizations());
    }

    private static SegmentDto segment(Report r, Segment s) {
        return new SegmentDto(s.span().start(), s.span().end(), s.label().id(), ReportJson.talkIndex(r, s.span()), s.reason());
    }

    private static EntityDto entity(Report r, Entity e, int length) {
        List<MentionDto> mentions = e.mentions().stream().map(m -> {
            check(m.span(), length, "mention of " + e.id());
            return mention(r, m);
        }).toList();
        return new EntityDto(e.id(), e.name(), e.type().name(), e.category(), Confidence.round(e.confidence()),
                e.merges(), mentions);
    }

    private static MentionDto mention(Report r, Mention m) {
        return new MentionDto(m.span().start(), m.span().end(), m.text(), ReportJson.talkIndex(r, m.span()),
                m.source().id(), Confidence.round(m.confidence()));
    }

    /** Offsets into {@code text} are the heart of the contract: never write one that does not fit. */
    private static void check(TextSpan span, int length, String what) {
        if (span.end() > length) {
            throw new IllegalArgumentException(what + " " + span + " lies outside the text (length " + length + ")");
        }
    }
}
