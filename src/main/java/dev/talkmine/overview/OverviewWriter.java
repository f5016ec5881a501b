package dev.talkmine.overview;

import dev.talkmine.doc.Report;
import dev.talkmine.internal.AtomicFile;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes {@code index.html}, a self-contained HTML overview of a batch, next to the batch's CSV and
 * JSON: per report a sortable table of its talks, bar charts of its most mentioned technologies,
 * organizations and people and of its technology categories, and its text with every entity
 * highlighted by type; for a batch of two or more reports also the same charts over the whole
 * batch, a table of the reports and a table of all talks. See {@code docs/overview.md}.
 *
 * <pre>{@code
 * try (OverviewWriter overview = OverviewWriter.open(Path.of("output"))) {
 *     overview.add(0, talkmine.process(DocumentReader.utf8().read(Path.of("report.md"))));
 * } // index.html is written here
 * }</pre>
 *
 * <p>The page loads nothing (no network, no fonts, no images): its one stylesheet and one script
 * are inline and pinned by a Content-Security-Policy hash. Every string from input is escaped.
 *
 * <p>Memory stays small for large batches: {@link #add} renders what the page needs of a report
 * right away and spools it to a temporary file ({@code .index.html.tmp-<random>.spool} in the
 * output directory, deleted on {@link #close()}); only a few counts per report stay in memory. The
 * page's size is bounded by {@link Limits}: texts are shown for reports in input order until
 * {@link Limits#textBudget()} characters are used, each at most {@link Limits#maxTextPerReport()}
 * characters, and the batch's table of all talks is left out above {@link Limits#maxBatchTalkRows()}.
 *
 * <p>Thread-safe: reports may be added from many threads in any order; the page orders them by
 * their {@code order} and its bytes do not depend on the order of the calls. It contains no
 * timestamp, so the same reports give the same file.
 */
public final class OverviewWriter implements Closeable {

    /** The name of the page in the output directory. */
    public static final String FILE_NAME = "index.html";

    /** How much of a page's start {@link #isOverview} reads: the generator tag comes within its first 500 bytes. */
    private static final int HEAD_BYTES = 4096;

    /**
     * Bounds on the size of the page.
     *
     * @param textBudget       characters of report text shown in all (reports in input order; from
     *                         the first report whose text does not fit, texts are left out with a note)
     * @param maxTextPerReport characters of one report's text shown at most (the rest is cut with a note)
     * @param maxBatchTalkRows the batch's table of all talks is written only up to this many talks
     *                         (each report's own table is always written)
     */
    public record Limits(long textBudget, int maxTextPerReport, int maxBatchTalkRows) {

        /** 2,000,000 characters of text in all, 200,000 per report, 2,000 rows in the batch's talk table. */
        public static final Limits DEFAULT = new Limits(2_000_000, 200_000, 2_000);

        /**
         * Checks the bounds.
         *
         * @param textBudget       characters of report text shown in all
         * @param maxTextPerReport characters of one report's text shown at most
         * @param maxBatchTalkRows most talks for which the batch's table of all talks is written
         * @throws IllegalArgumentException if a bound is negative
         */
        public Limits {
            if (textBudget < 0 || maxTextPerReport < 0 || maxBatchTalkRows < 0) {
                throw new IllegalArgumentException("limits must not be negative");
            }
        }
    }

    private final Path file;
    private final Limits limits;

    private final Object lock = new Object();
    // all guarded by lock
    private final Spool spool;
    private final Map<Integer, SpooledReport> reports = new TreeMap<>();
    private final Map<Integer, List<String>> failures = new TreeMap<>();
    private final Tallies totals = new Tallies();
    private int totalTalks;
    private boolean closed;

    private OverviewWriter(Path dir, Limits limits) throws IOException {
        this.file = dir.resolve(FILE_NAME);
        this.limits = limits;
        this.spool = Spool.create(dir, FILE_NAME);
    }

    /**
     * Opens an overview of a batch written to {@code dir/index.html} on {@link #close()}, with the
     * {@link Limits#DEFAULT default limits}. The directory is created if missing.
     *
     * @param dir the output directory
     * @return an open writer
     * @throws IOException if the directory or the spool file cannot be created
     */
    public static OverviewWriter open(Path dir) throws IOException {
        return open(dir, Limits.DEFAULT);
    }

    /**
     * Opens an overview with the given limits on its size.
     *
     * @param dir    the output directory, created if missing
     * @param limits bounds on the size of the page
     * @return an open writer
     * @throws IOException if the directory or the spool file cannot be created
     */
    public static OverviewWriter open(Path dir, Limits limits) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(limits, "limits");
        Path abs = dir.toAbsolutePath().normalize();
        Files.createDirectories(abs);
        return new OverviewWriter(abs, limits);
    }

    /**
     * Whether {@code file} is an overview talkmine wrote: its head carries talkmine's generator
     * tag. Lets a batch leave an earlier run's page out of its inputs.
     *
     * @param file any file
     * @return true for a talkmine overview; false for anything else, or a file that cannot be read
     */
    public static boolean isOverview(Path file) {
        byte[] head = new byte[HEAD_BYTES];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) {
                n += r;
            }
        } catch (IOException e) {
            return false; // reading it as a report will say what is wrong
        }
        return new String(head, 0, n, StandardCharsets.UTF_8).contains(Page.GENERATOR);
    }

    /**
     * The page this writer writes.
     *
     * @return {@code dir/index.html}, absolute
     */
    public Path file() {
        return file;
    }

    /**
     * Adds a processed report. Renders its part of the page now and keeps only that (on disk) and
     * a few counts, not the report.
     *
     * @param order  the report's position in the input; the page lists reports by it
     * @param report the report
     * @throws IllegalArgumentException if a report of this order was already added
     * @throws IllegalStateException    if the writer is closed
     * @throws IOException              if the spool file cannot be written; the report is then not added
     */
    public void add(int order, Report report) throws IOException {
        Objects.requireNonNull(report, "report");
        ReportView v = ReportView.of(order, report, limits.maxTextPerReport()); // outside the lock
        byte[] section = v.section.getBytes(StandardCharsets.UTF_8);
        byte[] text = v.text.getBytes(StandardCharsets.UTF_8);
        byte[] rows = v.batchTalkRows.getBytes(StandardCharsets.UTF_8);
        synchronized (lock) {
            checkOpen();
            if (reports.containsKey(order)) {
                throw new IllegalArgumentException("order " + order + " was already added (report '" + v.id + "')");
            }
            long pos = spool.append(section, text, rows);
            reports.put(order, new SpooledReport(v.id, v.anchor, v.talks, v.reportRow, v.textChars,
                    pos, section.length, text.length, rows.length));
            totals.add(v.tallies);
            totalTalks += v.talks;
        }
    }

    /**
     * Records an input that could not be processed; the page lists it. An input may fail more than
     * once; failures of one order keep their call order.
     *
     * @param order  the input's position
     * @param file   the input as the user named it
     * @param stage  where it failed ({@code read}, {@code segment}, ...)
     * @param reason an explanation
     * @throws IllegalStateException if the writer is closed
     */
    public void fail(int order, String file, String stage, String reason) {
        String item = "<li><code>" + Html.escape(Objects.requireNonNull(file, "file")) + "</code>: "
                + Html.escape(Objects.requireNonNull(stage, "stage")) + ": "
                + Html.escape(Objects.requireNonNull(reason, "reason")) + "</li>\n";
        synchronized (lock) {
            checkOpen();
            failures.computeIfAbsent(order, k -> new ArrayList<>()).add(item);
        }
    }

    /**
     * Writes {@code index.html} atomically and deletes the spool file. Later calls do nothing.
     *
     * @throws IOException if the page cannot be written (the spool file is deleted anyway)
     */
    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true; // nothing can be added from now on
        }
        try (Spool s = spool) { // deleted whether or not the page is written
            List<String> failed = failures.values().stream().flatMap(List::stream).toList();
            AtomicFile.write(file, new PageWriter(List.copyOf(reports.values()), failed, totals, totalTalks, limits, s)::write);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("overview writer for " + file + " is closed");
        }
    }
}
