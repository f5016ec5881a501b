package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.doc.EntityType;
import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.doc.Report;
import dev.talkmine.doc.Sentence;
import dev.talkmine.doc.TextSpan;
import dev.talkmine.testing.Docs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrfSentencesTest {
    private static final WordList WORDS = WordList.parse(
            new ByteArrayInputStream("the\nafter\nlunch\njay\nwe\n".getBytes(StandardCharsets.UTF_8)), "test");
    private final CrfSentences sentences = new CrfSentences(WORDS);

    @Test
    void readsOnlySentencesWithACapitalThatCouldBeAName() {
        Report r = Docs.text("The talk was long. I'm sure it was. After lunch we met Dana. Kowalski spoke. "
                + "the slides used iOS. we went home. \u00C9lodie spoke.\n\nAfter lunch\n\nThe end.");
        CrfSentences.Split split = sentences.split(r.text(), r.sentences());
        assertThat(texts(r, split.read())).containsExactly("After lunch we met Dana.", "Kowalski spoke.",
                "the slides used iOS.", "\u00C9lodie spoke.", "After lunch");
        assertThat(texts(r, split.skipped())).containsExactly("The talk was long.", "I'm sure it was.",
                "we went home.", "The end.");
    }

    @Test
    void aSkippedSentenceOpenedByANameFoundElsewhereIsReadAfterAll() {
        Report r = Docs.text("We met Jay Fields there. Jay also wrote a book. The book is good.");
        CrfSentences.Split split = sentences.split(r.text(), r.sentences());
        assertThat(texts(r, split.skipped())).containsExactly("Jay also wrote a book.", "The book is good.");
        int at = r.text().indexOf("Jay Fields");
        TextSpan span = new TextSpan(at, at + "Jay Fields".length());
        Proposal jay = new Proposal(new Mention(span, "Jay Fields", EntityType.PERSON, "Jay Fields", null,
                MentionSource.MODEL, 0.9, "test"), List.of());
        assertThat(texts(r, sentences.openedByNames(r.text(), split.skipped(), List.of(jay))))
                .containsExactly("Jay also wrote a book.");
    }

    private static List<String> texts(Report r, List<Sentence> list) {
        return list.stream().map(s -> s.span().coveredText(r.text())).toList();
    }
}
