package dev.talkmine.talk;

import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Talk;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import dev.talkmine.pipeline.Stage;

/**
 * Turns each talk passage into a {@link Talk} with title, speakers, their organizations and kind,
 * each with the evidence that found it. Stateless and thread-safe.
 */
public final class TalkAttributeStage implements Stage {

    @Override
    public String name() {
        return "talk-attributes";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.SEGMENTS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.TALKS);
    }

    @Override
    public Report process(Report report) {
        List<Talk> talks = new ArrayList<>();
        Passage.Indexes index = Passage.Indexes.of(report);
        for (Segment s : report.segments()) {
            if (s.label() != Segment.Label.TALK) {
                continue;
            }
            Passage p = Passage.of(report, index, s);
            TitleFinder.Found title = TitleFinder.find(p);
            SpeakerFinder.Found speakers = SpeakerFinder.find(p);
            KindFinder.Found kind = KindFinder.find(p);
            List<String> evidence = new ArrayList<>();
            evidence.add("passage: " + s.reason());
            evidence.add("title: " + title.evidence());
            evidence.addAll(speakers.evidence());
            evidence.add("kind: " + kind.evidence());
            talks.add(new Talk(talks.size() + 1, s.span(), kind.kind(), title.title(), speakers.speakers(),
                    speakers.organizations(), "", List.of(), evidence));
        }
        return report.withTalks(talks);
    }
}
