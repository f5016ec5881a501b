package dev.talkmine.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventNamesTest {
    @Test
    void namesBeforeAYearOrConferenceOrAfterAttendedAreEvents() {
        EventNames e = new EventNames("We went to RubyConf 2018. I attended FooCamp in May. The dotGo conference was small.");
        assertThat(e.isEvent("RubyConf")).isTrue();
        assertThat(e.isEvent("FooCamp")).isTrue();
        assertThat(e.isEvent("dotGo")).isTrue();
        assertThat(e.isEvent("RubyConf University")).as("its first word is an event").isTrue();
        assertThat(e.isEvent("May")).isFalse();
    }

    @Test
    void aNameNeverRunsAcrossLines() {
        EventNames e = new EventNames("PGConf recap | Data Blog\n\nPGConf EU 2023 recap");
        assertThat(e.isEvent("PGConf EU")).isTrue();
        assertThat(e.isEvent("Data Egret")).as("'Data Blog' on the line above is no event").isFalse();
    }
}
