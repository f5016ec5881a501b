package dev.talkmine.overview;

import dev.talkmine.doc.Report;
import dev.talkmine.output.AtomicFile;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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

    /** Bars per chart in the batch section. */
    static final int BATCH_BARS = 15;

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

    /** What is kept of a report until close: counts in memory, HTML in the spool. */
    private record Entry(String id, String anchor, int talks, String reportRow, int textChars,
                         long pos, int sectionLen, int textLen, int batchRowsLen) {
    }

    private final Path dir;
    private final Path file;
    private final Limits limits;
    private final Path spoolFile;

    private final Object lock = new Object();
    // all guarded by lock
    private final FileChannel spool;
    private long spoolEnd;
    private final Map<Integer, Entry> entries = new TreeMap<>();
    private final Map<Integer, List<String>> failures = new TreeMap<>();
    private final Map<String, Integer> technologies = new TreeMap<>();
    private final Map<String, Integer> organizations = new TreeMap<>();
    private final Map<String, Integer> people = new TreeMap<>();
    private final Map<String, Integer> categories = new TreeMap<>();
    private final Map<String, Integer> kinds = new TreeMap<>();
    private int totalTalks;
    private boolean closed;

    private OverviewWriter(Path dir, Limits limits) throws IOException {
        this.dir = dir;
        this.file = dir.resolve(FILE_NAME);
        this.limits = limits;
        this.spoolFile = AtomicFile.createTemp(dir, FILE_NAME, ".spool");
        FileChannel ch = null;
        try {
            ch = FileChannel.open(spoolFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } finally {
            if (ch == null) {
                Files.deleteIfExists(spoolFile);
            }
        }
        this.spool = ch;
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
            if (entries.containsKey(order)) {
                throw new IllegalArgumentException("order " + order + " was already added (report '" + v.id + "')");
            }
            long pos = spoolEnd;
            ByteBuffer all = ByteBuffer.allocate(section.length + text.length + rows.length).put(section).put(text).put(rows);
            all.flip();
            while (all.hasRemaining()) {
                spool.write(all, pos + all.position());
            }
            spoolEnd = pos + all.limit();
            entries.put(order, new Entry(v.id, v.anchor, v.talks, v.reportRow, v.textChars,
                    pos, section.length, text.length, rows.length));
            v.technologies.forEach((k, n) -> technologies.merge(k, n, Integer::sum));
            v.organizations.forEach((k, n) -> organizations.merge(k, n, Integer::sum));
            v.people.forEach((k, n) -> people.merge(k, n, Integer::sum));
            v.categories.forEach((k, n) -> categories.merge(k, n, Integer::sum));
            v.kinds.forEach((k, n) -> kinds.merge(k.id(), n, Integer::sum));
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
        try (FileChannel ch = spool) {
            AtomicFile.write(file, this::writePage);
        } finally {
            Files.deleteIfExists(spoolFile);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("overview writer for " + file + " is closed");
        }
    }

    private void writePage(OutputStream raw) throws IOException {
        OutputStream out = new BufferedOutputStream(raw, 1 << 16);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<Entry> reports = List.copyOf(entries.values());
        int failed = failures.values().stream().mapToInt(List::size).sum();
        String title = reports.size() == 1 ? reports.get(0).id() + " · talkmine overview" : "talkmine overview";
        w.write(Page.head(title));
        w.write("<header>\n<h1>" + Html.escape(title) + "</h1>\n<p class=\"meta\">"
                + ReportView.plural(reports.size(), "report") + " · " + ReportView.plural(totalTalks, "talk")
                + (failed > 0 ? " · " + ReportView.plural(failed, "failed input") : "") + "</p>\n");
        w.write(Page.legend());
        w.write("</header>\n<main>\n");
        if (reports.isEmpty()) {
            w.write("<p class=\"note\">No report was processed.</p>\n");
        }
        if (failed > 0) {
            w.write("<section class=\"failed\" aria-labelledby=\"failed-h\">\n<h2 id=\"failed-h\">Failed inputs</h2>\n<ul class=\"failed\">\n");
            for (List<String> items : failures.values()) {
                for (String item : items) {
                    w.write(item);
                }
            }
            w.write("</ul>\n</section>\n");
        }
        if (reports.size() > 1) {
            writeBatch(w, out, reports);
        }
        long used = 0;
        boolean budgetLeft = true;
        int shown = 0;
        for (Entry e : reports) {
            w.write("<details class=\"report\" id=\"" + e.anchor() + "\"" + (reports.size() == 1 ? " open" : "") + ">\n");
            copy(w, out, e.pos(), e.sectionLen());
            budgetLeft = budgetLeft && used + e.textChars() <= limits.textBudget();
            if (budgetLeft) {
                used += e.textChars();
                shown++;
                copy(w, out, e.pos() + e.sectionLen(), e.textLen());
            } else {
                w.write("<p class=\"note\">Text not shown: the page holds at most " + limits.textBudget()
                        + " characters of report text" + (shown > 0 ? " (the texts of the first " + ReportView.plural(shown, "report") + ")" : "")
                        + ". The text and every mention are in <code>" + Html.escape(e.id()) + ".json</code> and <code>mentions.csv</code>.</p>\n");
            }
            w.write("</details>\n");
        }
        w.write(Page.tail());
        w.flush();
        out.flush();
    }

    private void writeBatch(Writer w, OutputStream out, List<Entry> reports) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("<section class=\"batch\" aria-labelledby=\"batch-h\">\n<h2 id=\"batch-h\">All reports</h2>\n")
                .append("<p class=\"meta\">Across the batch: ").append(ReportView.plural(technologies.size(), "technology", "technologies"))
                .append(", ").append(ReportView.plural(organizations.size(), "organization")).append(", ")
                .append(ReportView.plural(people.size(), "person", "people")).append(" (by canonical name)</p>\n")
                .append("<div class=\"charts\">\n");
        Bars.chart(s, "Technologies", "c-tech", "mentions", technologies, BATCH_BARS);
        Bars.chart(s, "Organizations", "c-org", "mentions", organizations, BATCH_BARS);
        Bars.chart(s, "People", "c-person", "mentions", people, BATCH_BARS);
        Bars.chart(s, "Technology categories", "c-cat", "mentions", categories, BATCH_BARS);
        Bars.chart(s, "Kinds of talk", "c-kind", "talks", kinds, BATCH_BARS);
        s.append("</div>\n<div class=\"scroll\"><table class=\"reports sortable\"><caption>Reports ")
                .append("<span class=\"meta sorthint\" hidden>(select a column heading to sort)</span></caption>\n")
                .append("<thead><tr><th scope=\"col\">Report</th><th scope=\"col\" class=\"num\" data-type=\"num\">Talks</th>")
                .append("<th scope=\"col\" class=\"num\" data-type=\"num\">People</th>")
                .append("<th scope=\"col\" class=\"num\" data-type=\"num\">Organizations</th>")
                .append("<th scope=\"col\" class=\"num\" data-type=\"num\">Technologies</th>")
                .append("<th scope=\"col\">Most mentioned technologies</th></tr></thead>\n<tbody>\n");
        w.write(s.toString());
        for (Entry e : reports) {
            w.write(e.reportRow());
        }
        w.write("</tbody></table></div>\n");
        if (totalTalks == 0) {
            w.write("<p class=\"note\">No talks found.</p>\n");
        } else if (totalTalks > limits.maxBatchTalkRows()) {
            w.write("<p class=\"note\">The " + totalTalks + " talks are too many for one table on this page (more than "
                    + limits.maxBatchTalkRows() + "): each report's talks are in its section below, and all of them in "
                    + "<code>talks.csv</code>.</p>\n");
        } else {
            w.write(TalkTable.batchHead());
            for (Entry e : reports) {
                copy(w, out, e.pos() + e.sectionLen() + e.textLen(), e.batchRowsLen());
            }
            w.write("</tbody></table></div>\n");
        }
        w.write("</section>\n");
    }

    /** Copies {@code len} spooled bytes from {@code pos} into the page. */
    private void copy(Writer w, OutputStream out, long pos, int len) throws IOException {
        w.flush(); // keep the writer's and the raw bytes in order
        ByteBuffer buf = ByteBuffer.allocate(len);
        while (buf.hasRemaining()) {
            if (spool.read(buf, pos + buf.position()) < 0) {
                throw new IOException("spool file " + spoolFile + " is shorter than expected");
            }
        }
        out.write(buf.array(), 0, len);
    }
}
