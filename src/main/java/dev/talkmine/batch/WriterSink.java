package dev.talkmine.batch;

import dev.talkmine.doc.Report;
import java.io.IOException;

/**
 * A {@link ReportSink} over the two methods every writer of a batch has: add a report at its
 * position, record a failure at its position.
 */
record WriterSink(Add add, Fail fail) implements ReportSink {
    /** A writer's {@code add}/{@code write}. */
    @FunctionalInterface
    interface Add {
        void add(int order, Report report) throws IOException;
    }

    /** A writer's {@code fail}. */
    @FunctionalInterface
    interface Fail {
        void fail(int order, String file, String stage, String reason);
    }

    @Override
    public void add(int order, Report report) throws IOException {
        add.add(order, report);
    }

    @Override
    public void fail(int order, String file, Failure failure) {
        fail.fail(order, file, failure.stage(), failure.reason());
    }
}
