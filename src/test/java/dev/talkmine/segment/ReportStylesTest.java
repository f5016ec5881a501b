package dev.talkmine.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Segment;
import dev.talkmine.doc.Segment.Label;
import dev.talkmine.testing.Docs;
import dev.talkmine.testing.ReportInvariants;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same kinds of decisions on Markdown, HTML and day-by-day reports, written for these tests. */
class ReportStylesTest {

    private static List<String> talks(Report r) {
        Report out = new TalkSegmenter().process(r);
        ReportInvariants.check(out);
        return out.segments().stream().filter(s -> s.label() == Label.TALK)
                .map(s -> s.span().coveredText(out.text()).strip().split("\\s+")[0]).toList();
    }

    @Test
    void markdownHeadingsAndLists() {
        Report r = Docs.withPeople(Docs.read("""
                # PyNorth 2032

                A short note about the trip up north.

                ## Day 1

                - **Typed pipelines** by Aoife Byrne
                - *Faster imports* by Lars Holm

                ## Day 2

                ### Packaging without tears

                Mei Tanaka gave the most practical talk of the day.

                ### Dinner

                We ate far too much.
                """, InputFormat.MD), "Aoife Byrne", "Lars Holm", "Mei Tanaka");
        assertThat(talks(r)).containsExactly("-", "-", "Packaging");
    }

    @Test
    void htmlSectionsAndParagraphs() {
        Report r = Docs.withPeople(Docs.read("""
                <html><head><title>RustBelt notes</title><script>alert(1)</script></head><body>
                <p>Notes from RustBelt.</p>
                <h2>Async in practice</h2><p>Next was Omar Farouk who showed async executors.</p>
                <h2>Travel</h2><p>The train was late, as usual.</p>
                </body></html>
                """, InputFormat.HTML), "Omar Farouk");
        assertThat(talks(r)).containsExactly("Async");
        assertThat(r.text()).doesNotContain("alert");
    }

    @Test
    void dayByDayNarrativeWithTravelBetween() {
        Report r = Docs.withPeople(Docs.text("""
                GopherFest diary

                Monday

                We flew in late and went straight to the hotel.

                Tuesday

                Rosa Lind talked about profiling with pprof. Later Kwame Mensah presented his work on code generation.

                Wednesday

                Sightseeing all day, no talks.
                """), "Rosa Lind", "Kwame Mensah");
        Report out = new TalkSegmenter().process(r);
        assertThat(talks(r)).containsExactly("Rosa", "Later");
        assertThat(out.segments()).filteredOn(s -> s.span().coveredText(out.text()).startsWith("We flew"))
                .extracting(Segment::label).allMatch(l -> l != Label.TALK);
    }
}
