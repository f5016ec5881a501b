package dev.talkmine.spark;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.talkmine.InputException;
import dev.talkmine.PipelineConfig;
import dev.talkmine.Talkmine;
import dev.talkmine.batch.Failure;
import dev.talkmine.batch.ReportSteps;
import dev.talkmine.doc.Document;
import dev.talkmine.doc.InputFormat;
import dev.talkmine.input.DocumentReader;
import dev.talkmine.output.CsvTables;
import dev.talkmine.output.ReportJson;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * The executor side of a batch, run with {@code mapPartitions}: takes the JVM's pipeline from
 * {@link PipelineCache} once per partition, then reads each file whole, decodes it with the CLI's
 * {@link DocumentReader}, processes it and renders its JSON and CSV records with the CLI's code.
 * A report that fails becomes a failed {@link Outcome}, as a row of the CLI's errors.csv, never a
 * failed task; only a pipeline that cannot be built (missing model: a configuration error) fails
 * the task. Lazy: one report at a time is in memory per task.
 *
 * <p>It shares one report's steps and their failure rows with the local engine
 * ({@link ReportSteps}), not the engine's loop: on a cluster Spark schedules, retries and orders
 * the work, and the loop's threads, time limits and claims are one JVM's concerns.
 */
final class ReportProcessor implements FlatMapFunction<Iterator<SparkInputs.InputFile>, Outcome> {
    private static final long serialVersionUID = 1L;

    private final PipelineConfig config;
    private final Broadcast<HadoopConf> conf;

    ReportProcessor(PipelineConfig config, Broadcast<HadoopConf> conf) {
        this.config = Objects.requireNonNull(config, "config");
        this.conf = Objects.requireNonNull(conf, "conf");
    }

    @Override
    public Iterator<Outcome> call(Iterator<SparkInputs.InputFile> files) {
        Talkmine talkmine = PipelineCache.get(config); // once per JVM, then a lookup per partition
        DocumentReader reader = config.reader();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Outcome next() {
                return one(talkmine, reader, files.next());
            }
        };
    }

    /** Through the CLI's steps ({@link ReportSteps}): the same stages, reasons and one-line messages. */
    private Outcome one(Talkmine talkmine, DocumentReader reader, SparkInputs.InputFile in) {
        ReportSteps.Outcome<Outcome> o = ReportSteps.run(() -> read(reader, in), talkmine::process, report -> {
            String json = jsonLine(in.id(), ReportJson.toJson(report));
            CsvTables.ReportRows rows = CsvTables.rows(report);
            return Outcome.ok(in.order(), in.id(), in.shown(), json, rows.talks(), rows.mentions(), rows.entities());
        }, stage -> { });
        Failure f = o.failure();
        return o.failed() ? Outcome.failed(in.order(), in.id(), in.shown(), f.stage(), f.reason()) : o.value();
    }

    /** Reads the whole file, with DocumentReader's checks and messages (size before reading, type). */
    private Document read(DocumentReader reader, SparkInputs.InputFile in) throws IOException {
        String shown = in.shown();
        Path path = new Path(in.uri());
        String name = path.getName();
        Optional<InputFormat> format = InputFormat.forFileName(name);
        if (format.isEmpty()) {
            int dot = name.lastIndexOf('.');
            String type = dot < 0 ? "(no extension)" : "'" + name.substring(dot) + "'";
            throw new InputException(shown + ": unsupported file type " + type
                    + "; talkmine reads .txt, .md, .markdown, .html, .htm");
        }
        if (in.length() > reader.maxBytes()) { // never load a huge file
            throw new InputException(shown + ": " + in.length() + " bytes exceeds the limit of " + reader.maxBytes()
                    + " bytes (--max-size)");
        }
        byte[] bytes;
        try {
            FileSystem fs = path.getFileSystem(conf.value().get());
            try (InputStream s = fs.open(path)) {
                bytes = s.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, reader.maxBytes() + 1));
            }
        } catch (FileNotFoundException e) {
            throw new InputException(shown + ": no such file", e);
        } catch (AccessControlException e) {
            throw new InputException(shown + ": permission denied", e);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException(shown + ": cannot read (" + reason + ")", e);
        }
        return reader.read(in.id(), shown, bytes, format.get());
    }

    /**
     * The CLI's pretty JSON on one line, for JSON Lines, with the report id first
     * ({@code {"report": "<id>", "schema": ...}}: the CLI names the file after it, a line needs it
     * inside; an added field, as schema {@code talkmine/1} allows). Otherwise only the line breaks
     * and indentation between tokens go: a JSON string never holds a raw line break (it is
     * escaped), so every line starts outside a string. Parses to the CLI's value plus {@code report}.
     */
    static String jsonLine(String id, String pretty) {
        if (!pretty.startsWith("{")) {
            throw new IllegalArgumentException("not a JSON object");
        }
        StringBuilder sb = new StringBuilder(pretty.length() + id.length() + 16);
        sb.append("{\"report\": \"").append(JsonStringEncoder.getInstance().quoteAsString(id)).append("\",");
        int i = 1;
        int n = pretty.length();
        while (i < n) {
            int nl = pretty.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int start = i;
            while (start < end && pretty.charAt(start) == ' ') {
                start++;
            }
            sb.append(pretty, start, end);
            i = end + 1;
        }
        return sb.toString();
    }
}
