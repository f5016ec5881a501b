package dev.talkmine.entity;

import static dev.talkmine.doc.EntityType.PERSON;
import static dev.talkmine.doc.EntityType.TECHNOLOGY;
import static dev.talkmine.entity.EntityStageTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.talkmine.doc.Mention;
import dev.talkmine.doc.MentionSource;
import dev.talkmine.testing.Learned;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntroducedSoftwareTest {
    private static final IntroducedSoftware SOFTWARE = new IntroducedSoftware(Learned.WORDS, Learned.LEXICON);

    @Test
    void aLowerCaseNameIntroducedAsOnePieceOfSoftwareIsATechnology() {
        String text = "I wrote the knitr package. Ana Ruiz's livecode package and the arena.im Service; "
                + "the zørbå crate too.";
        List<Mention> out = SOFTWARE.withIntroducedNames(text, List.of(at(text, "Ana Ruiz", 0, PERSON)));

        assertThat(out).extracting(Mention::text, Mention::type, Mention::source).containsExactly(
                tuple("knitr", TECHNOLOGY, MentionSource.RULE), tuple("Ana Ruiz", PERSON, MentionSource.GAZETTEER),
                tuple("livecode", TECHNOLOGY, MentionSource.RULE), tuple("arena.im", TECHNOLOGY, MentionSource.RULE),
                tuple("zørbå", TECHNOLOGY, MentionSource.RULE));
        assertThat(out.get(0).evidence()).isEqualTo("introduced as 'package'");
        assertThat(out.get(0).confidence()).isEqualTo(IntroducedSoftware.CONFIDENCE);
    }

    @Test
    void notWordsAKindAMentionedNameACombiningFormOrNoArticle() {
        String text = "A proof-of-concept library, the testing framework, the micro service, the zorbix tools, "
                + "the knitr package, and knitr package.";
        assertThat(SOFTWARE.withIntroducedNames(text, List.of(at(text, "knitr", 0, TECHNOLOGY))))
                .extracting(Mention::text).containsExactly("knitr");
    }

    @Test
    void aNameRightAfterAnArticleAndAKindOfSoftwareIsATechnology() {
        String text = "Bugs in the library Zørbix bit us. We built a service called quill.io and Ann's new app Nomadix, "
                + "then a library API, a tool I like, the libraries Foo and Bar; a framework to test, a gem\nLater, "
                + "a tool called “Quilt”, libraries Qux.";
        List<Mention> out = SOFTWARE.withIntroducedNames(text, List.of());

        assertThat(out).extracting(Mention::text)
                .as("no function word, concept, plural kind, ordinary lower-case word, next line or missing article")
                .containsExactly("Zørbix", "quill.io", "Nomadix", "Quilt");
        assertThat(out.get(0).evidence()).isEqualTo("introduced as 'library'");
    }

    @Test
    void aOneWordNameInAppositionToAKindOfSoftwareOrSaidToBeOneIsATechnology() {
        String text = "Ana presented zorbix, a proof-of-concept library. They built Quillstream, a stream engine; Quillscript is "
                + "the new shading language. Everything is a service. Each command is a small service; the API, a tool "
                + "for all; Nomadix is an option for a small framework.";
        List<Mention> out = SOFTWARE.withIntroducedNames(text, List.of());

        assertThat(out).extracting(Mention::text)
                .as("no ordinary word at a sentence's start or in lower case, concept, or preposition before the kind")
                .containsExactly("zorbix", "Quillstream", "Quillscript");
    }
}
