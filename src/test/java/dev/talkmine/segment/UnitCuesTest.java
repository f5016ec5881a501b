package dev.talkmine.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.learn.Lexicon;
import dev.talkmine.learn.ModelFiles;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnitCuesTest {
    private static final UnitCues CUES = new UnitCues(Lexicon.load(ModelFiles.in(null)));

    @Test
    void aLineThatLabelsItsSpeakers() {
        Pattern label = CUES.speakerLabel;
        assertThat(label.matcher("Speaker: Marta Kowalczyk (Vercel)").find()).isTrue();
        assertThat(label.matcher("**Speakers:** Roman Petrov and Svetlana Orlova").find()).isTrue();
        assertThat(label.matcher("Presented by: Jane Roe").find()).isTrue();
        assertThat(label.matcher("speaker(s): Jane Roe, Sam Poe").find()).isTrue();
        assertThat(label.matcher("Speaker notes are online: see the link").find()).as("not a label").isFalse();
        assertThat(label.matcher("By the way: Jane Roe was there").find()).as("not a label").isFalse();
        assertThat(label.matcher("Our host, Jane Roe: thanks!").find()).as("not at the start").isFalse();
    }
}
