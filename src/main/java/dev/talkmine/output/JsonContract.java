package dev.talkmine.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON contract of {@link ReportJson} ({@code docs/output-format.md}): one record per JSON
 * object, components in output order. Nothing but shapes: {@link ReportToContract} fills them,
 * {@link ContractToReport} reads them back.
 */
final class JsonContract {

    private JsonContract() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"schema", "source", "text", "talks", "segments", "entities"})
    record ReportDto(String schema, SourceDto source, String text, List<TalkDto> talks,
                     List<SegmentDto> segments, List<EntityDto> entities) {
    }

    @JsonPropertyOrder({"path", "sha256", "format"})
    record SourceDto(String path, String sha256, String format) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"index", "start", "end", "kind", "title", "speakers", "organizations", "summary", "summary_spans",
        "keywords", "verdict"})
    record TalkDto(int index, int start, int end, String kind, String title, List<SpeakerDto> speakers,
                   List<String> organizations, String summary, @JsonProperty("summary_spans") List<SpanDto> summarySpans,
                   List<String> keywords, VerdictDto verdict) {
    }

    @JsonPropertyOrder({"start", "end"})
    record SpanDto(int start, int end) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"label", "confidence", "evidence"})
    record VerdictDto(String label, BigDecimal confidence, EvidenceDto evidence) {
    }

    @JsonPropertyOrder({"start", "end", "text"})
    record EvidenceDto(int start, int end, String text) {
    }

    @JsonPropertyOrder({"name", "organizations"})
    record SpeakerDto(String name, List<String> organizations) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"start", "end", "label", "talk", "reason"})
    record SegmentDto(int start, int end, String label, Integer talk, String reason) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"id", "name", "type", "category", "confidence", "merged", "mentions"})
    record EntityDto(String id, String name, String type, String category, BigDecimal confidence,
                     List<String> merged, List<MentionDto> mentions) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"start", "end", "text", "talk", "source", "confidence"})
    record MentionDto(int start, int end, String text, Integer talk, String source, BigDecimal confidence) {
    }
}
