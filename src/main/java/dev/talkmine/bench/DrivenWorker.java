package dev.talkmine.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A forked benchmark JVM whose timed passes the parent asks for one part of the corpus at a time
 * (the protocol is {@link BenchWorker}'s), so that talkmine's passes and the baselines' interleave:
 * a change in the load other tenants put on a shared machine then hits every side alike, and the
 * ratio of a run's passes no longer drifts with it, as it did when one side's runs followed the
 * other's minutes later. Closing it kills the JVM if it still runs.
 */
final class DrivenWorker implements AutoCloseable {
    /** What starts each line of the protocol on the worker's stdout; the parent reads no other line. */
    static final String REPLY = "bench ";

    private final String name;
    private final Process process;
    private final BufferedReader replies;
    private final Writer requests;
    private final Path resultFile;

    private DrivenWorker(String name, Process process, Path resultFile) {
        this.name = name;
        this.process = process;
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.resultFile = resultFile;
    }

    /** Starts {@code command} (a {@link BenchWorker} with a driven spec) and waits until it has loaded and warmed up. */
    static DrivenWorker start(String name, List<String> command, Path resultFile) throws IOException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        DrivenWorker w = new DrivenWorker(name, p, resultFile);
        try {
            w.await("ready");
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
        return w;
    }

    /** Times reports {@code [from, to)} of the corpus at {@code threads} threads as part of run {@code run}; seconds. */
    double pass(int run, int threads, int from, int to) throws IOException {
        send("pass " + run + " " + threads + " " + from + " " + to);
        return Double.parseDouble(await("pass "));
    }

    /** Ends the timed passes and returns what the worker measured. */
    WorkerResult finish() throws IOException {
        send("end");
        return Bench.result(name, exitCode(), resultFile);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void send(String request) throws IOException {
        requests.write(request + "\n");
        requests.flush();
    }

    /** The rest of the worker's next protocol line, which must start with {@code expected}. */
    private String await(String expected) throws IOException {
        for (String line = replies.readLine(); line != null; line = replies.readLine()) {
            if (line.startsWith(REPLY)) {
                String reply = line.substring(REPLY.length());
                if (!reply.startsWith(expected)) {
                    throw new IllegalStateException("benchmark worker " + name + " answered '" + reply + "' where '"
                            + expected.strip() + "' was due");
                }
                return reply.substring(expected.length());
            }
        }
        throw new IllegalStateException("benchmark worker " + name + " ended before answering (exit code " + exitCode()
                + "); its messages are above");
    }

    private int exitCode() {
        return Bench.exitCode(process);
    }
}
