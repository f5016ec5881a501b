package dev.talkmine.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkmine.InputException;
import dev.talkmine.pipeline.StageException;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class FailureTest {
    @Test
    void aStageFailureNamesItsStageAndCause() {
        Failure f = Failure.of(new StageException("r", "segment", new IllegalStateException("bad\n  state")), "process",
                "summary");
        assertThat(f).isEqualTo(new Failure("segment", "java.lang.IllegalStateException: bad state"));
    }

    @Test
    void readingAndWritingFailuresKeepTheirStep() {
        assertThat(Failure.of(new InputException("a.txt: no such file"), "read", "read"))
                .isEqualTo(new Failure("read", "a.txt: no such file"));
        assertThat(Failure.of(new IOException("disk full"), "write", "verdict"))
                .isEqualTo(new Failure("write", "I/O error: disk full"));
        assertThat(Failure.of(new IllegalArgumentException("bad id"), "write", "verdict").stage()).isEqualTo("write");
    }

    @Test
    void aFailureInsideThePipelineNamesTheRunningStage() {
        assertThat(Failure.of(new CancellationException(), "process", "segment"))
                .isEqualTo(new Failure("segment", "interrupted"));
        assertThat(Failure.of(new OutOfMemoryError(), "process", "sentences"))
                .isEqualTo(new Failure("sentences", "java.lang.OutOfMemoryError"));
    }

    @Test
    void aMissingReasonIsSaid() {
        assertThat(new Failure("read", null).reason()).isEqualTo("unknown error");
    }
}
