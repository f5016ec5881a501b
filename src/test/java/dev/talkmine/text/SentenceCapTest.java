package dev.talkmine.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.InputFormat;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.input.DocumentReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Very long sentences are cut at token boundaries; ordinary ones are untouched. */
class SentenceCapTest {
    static final SentenceStage STAGE = SentenceStage.load();

    private static Report split(String text) {
        return STAGE.process(Report.of(DocumentReader.utf8().read("t", "t.txt", text.getBytes(StandardCharsets.UTF_8), InputFormat.TXT)));
    }

    @Test
    void aRunOnSentenceIsCutIntoOrderedPiecesThatKeepEveryToken() {
        String text = "Notes\n\n" + "Jonas Berg and Kafka with Redis, then ".repeat(3_000) + "the end\n";
        Report r = split(text);
        List<Sentence> s = r.sentences();
        assertThat(s.size()).isGreaterThan(50);
        int tokens = 0;
        for (int i = 0; i < s.size(); i++) {
            TextSpan span = s.get(i).span();
            assertThat(span.length()).isLessThanOrEqualTo(SentenceStage.MAX_SENTENCE_CHARS);
            if (i > 0) {
                assertThat(s.get(i - 1).span().end()).isLessThanOrEqualTo(span.start());
            }
            for (TextSpan t : s.get(i).tokens()) {
                assertThat(span.contains(t)).isTrue();
            }
            tokens += s.get(i).tokens().size();
        }
        assertThat(tokens).isGreaterThan(3_000 * 8);
        assertThat(s.get(s.size() - 1).span().coveredText(text)).endsWith("the end");
    }

    @Test
    void ordinarySentencesAndOneHugeTokenStayWhole() {
        String text = "Lena Fischer gave a talk. It was good.\n\n" + "x".repeat(5_000) + "\n";
        Report r = split(text);
        assertThat(r.sentences()).hasSize(3);
        assertThat(r.sentences().get(2).span().length()).isEqualTo(5_000);
    }
}
