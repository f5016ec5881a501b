package dev.talkmine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Talk;
import java.util.List;

/** Invariants every report must keep, whatever stage produced it; tests end by checking them. */
public final class ReportInvariants {
    private ReportInvariants() {
    }

    public static void check(Report r) {
        String text = r.text();
        for (List<Mention> ms : List.of(r.mentions(), r.resolvedMentions())) {
            for (int i = 0; i < ms.size(); i++) {
                Mention m = ms.get(i);
                assertThat(m.span().end()).as("mention inside text").isLessThanOrEqualTo(text.length());
                assertThat(m.span().coveredText(text)).as("mention text").isEqualTo(m.text());
                if (i > 0) {
                    assertThat(ms.get(i - 1).span().end()).as("mentions ordered, not overlapping").isLessThanOrEqualTo(m.span().start());
                }
            }
        }
        List<Mention> ms = r.layers().contains(Layer.RESOLVED_MENTIONS) ? r.resolvedMentions() : r.mentions();
        List<Segment> segs = r.segments();
        for (int i = 1; i < segs.size(); i++) {
            assertThat(segs.get(i - 1).span().end()).as("segments ordered, not overlapping")
                    .isLessThanOrEqualTo(segs.get(i).span().start());
        }
        List<Talk> talks = r.talks();
        for (int i = 0; i < talks.size(); i++) {
            assertThat(talks.get(i).index()).isEqualTo(i + 1);
            assertThat(talks.get(i).span().end()).isLessThanOrEqualTo(text.length());
            if (i > 0) {
                assertThat(talks.get(i - 1).span().end()).isLessThanOrEqualTo(talks.get(i).span().start());
            }
        }
        int mentioned = 0;
        for (Entity e : r.entities()) {
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            for (Mention m : e.mentions()) {
                assertThat(m.name()).isEqualTo(e.name());
                assertThat(m.type()).isEqualTo(e.type());
            }
            mentioned += e.mentions().size();
        }
        if (!r.entities().isEmpty()) {
            assertThat(mentioned).as("every mention in exactly one entity").isEqualTo(ms.size());
        }
    }
}
