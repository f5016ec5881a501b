package dev.talkmine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.Entity;
import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Layer;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Talk;
import dev.talkmine.doc.TextSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Set<TextSpan> grouped = new HashSet<>(); // the report's mentions that an entity's mention lies in
        for (Entity e : r.entities()) {
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            for (Mention m : e.mentions()) {
                assertThat(m.name()).isEqualTo(e.name());
                assertThat(m.type()).isEqualTo(e.type());
                // the same span, or that span less a list marker or with its open bracket closed or cut off
                List<TextSpan> in = ms.stream().map(Mention::span).filter(s -> s.contains(m.span())
                        || s.start() <= m.span().start() && m.span().end() == s.end() + 1 && ")]".indexOf(text.charAt(s.end())) >= 0)
                        .toList();
                if (in.isEmpty() && m.source() == MentionSource.RULE && m.type() != EntityType.PERSON) {
                    // a name listed with a technology or an employer before a job title: the entity stage adds them where no mention is
                    assertThat(ms).as("an added name overlaps no mention of the report: %s", m)
                            .noneMatch(o -> o.span().overlaps(m.span()));
                    continue;
                }
                assertThat(in).as("an entity's mention lies in one mention of the report: %s", m).hasSize(1);
                assertThat(grouped.add(in.get(0))).as("a mention in one entity at most: %s", m).isTrue();
            }
        }
        if (!r.entities().isEmpty()) {
            // only an event (an organization or person by its mention, or a technology no gazetteer knows) is left out
            assertThat(ms).filteredOn(m -> !grouped.contains(m.span())).as("mentions in no entity")
                    .allMatch(m -> m.type() == EntityType.ORGANIZATION || m.type() == EntityType.PERSON
                            || m.type() == EntityType.TECHNOLOGY && m.source() != MentionSource.GAZETTEER);
        }
    }
}
