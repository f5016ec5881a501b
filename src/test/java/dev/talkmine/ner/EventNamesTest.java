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

    @Test
    void aNameBeforeAYearThatIsNoDateIsAnEditionWithOrWithoutItsYear() {
        EventNames e = new EventNames("Talks I Saw At PyCon 2019\n\nThe dotGo conference. Zed Camp2018 rocked.\n"
                + "Posted by Jane Doe 2019-05-01");
        assertThat(e.isDated("PyCon")).as("the run of words that ends the name").isTrue();
        assertThat(e.isDated("PyCon 2019")).isTrue();
        assertThat(e.isDated("pycon2019")).as("glued year, any case").isTrue();
        assertThat(e.isDated("Zed Camp")).as("a year glued to the name in the text").isTrue();
        assertThat(e.isDated("dotGo")).as("before 'conference' only: a cue, not an edition").isFalse();
        assertThat(e.isDated("Jane Doe")).as("a date, not a year").isFalse();
        assertThat(e.isDated("Talks")).isFalse();
    }

    @Test
    void anEditionsRegionMayStandBetweenTheNameAndTheYearOrEndTheName() {
        EventNames e = new EventNames("Quill The Docs: NA 2016\n\nBack from Zedcon EU 2024, where Acme Labs had a booth.");
        assertThat(e.isDated("Quill the Docs")).as("a region after a colon").isTrue();
        assertThat(e.isDated("Zedcon EU")).isTrue();
        assertThat(e.isDated("Zedcon")).as("the name less its region").isTrue();
        assertThat(e.isDated("Acme Labs")).isFalse();
        assertThat(new EventNames("Notes by Jane Doe, CTO 2019").isDated("Jane Doe")).as("no comma before a region").isFalse();
    }

    @Test
    void aNameOfMoreWordsThanOneWhoseFirstIsDatedIsAPartOfTheEdition() {
        EventNames e = new EventNames("Notes from Zedcon 2031\n\nZedcon University opened the week. In June 2031 we met June Ito.");
        assertThat(e.isPartOfDated("Zedcon University")).isTrue();
        assertThat(e.isPartOfDated("Zedcon")).as("the edition's own name is dated, not a part").isFalse();
        assertThat(e.isPartOfDated("Acme University")).isFalse();
        assertThat(e.isPartOfDated("June Ito")).as("true of a month too: the entity stage asks it of organizations only").isTrue();
    }
}
