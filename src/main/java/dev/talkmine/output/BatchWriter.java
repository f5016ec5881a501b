package dev.talkmine.output;

import dev.talkmine.internal.AtomicFile;
import dev.talkmine.doc.Report;
import dev.talkmine.internal.Sha256;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the output of a batch of reports to one directory: {@code <id>.json} per report (format
 * {@link Format#JSON}), the tables {@code talks.csv}, {@code mentions.csv}, {@code entities.csv}
 * and {@code errors.csv} (format {@link Format#CSV}) and the same tables as the sheets of one
 * workbook, {@code talkmine.xlsx} (format {@link Format#XLSX}).
 *
 * <p>Reports may be written from many threads in any order. Each carries its {@code order}, its
 * position in the input; the tables and the workbook are written on {@link #close()} with rows
 * sorted by it, so their bytes do not depend on thread interleaving. JSON files are written as
 * soon as a report arrives. Every file is replaced atomically, so an interrupted batch leaves
 * complete files or none (possibly a stray {@code .<name>.tmp-<random>}, which is safe to delete).
 *
 * <p>Each report's CSV rows are also kept in {@code DIR/.talkmine/<id>.rows} (written atomically
 * after its JSON, whichever formats are on), so that a batch interrupted before {@link #close()}
 * can be resumed: {@link #completed} finds the reports whose outputs are complete for the same
 * input bytes and the same {@linkplain dev.talkmine.Talkmine#setup() setup}, and {@link #restore}
 * puts their rows back without processing them again.
 *
 * <p>Only rendered CSV rows are buffered, never reports ({@link BatchTables}); finding what an
 * earlier batch completed is {@link ResumeCache}'s job, checking ids as file names
 * {@link ReportFileName}'s. Thread-safe.
 */
public final class BatchWriter implements Closeable {

    /** The output formats of a batch. */
    public enum Format {
        /** One {@code <id>.json} per report, see {@link ReportJson}. */
        JSON,
        /** The four CSV tables, written on close. */
        CSV,
        /** {@code talkmine.xlsx}: the four tables as sheets of one workbook, written on close. */
        XLSX
    }

    /**
     * The folder of talkmine's private state in an output directory ({@code .talkmine}): resume
     * rows, and the mark of a folder that holds a talkmine batch.
     */
    public static final String STATE_DIR = ".talkmine";

    private final Path dir;
    private final Set<Format> formats;
    private final String setup; // SHA-256 hex of the setup line
    private final boolean csvBom;
    private final ResumeCache resume;

    private final Object lock = new Object();
    // all guarded by lock
    private final BatchTables tables = new BatchTables();
    private final Set<Integer> orders = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    private boolean closed;

    private BatchWriter(Path dir, Set<Format> formats, String setup, boolean csvBom) {
        this.dir = dir;
        this.formats = formats;
        this.setup = Sha256.hex(setup);
        this.csvBom = csvBom;
        this.resume = new ResumeCache(dir, formats.contains(Format.JSON), this.setup);
    }

    /**
     * Opens a batch writing to {@code dir}, which is created if missing. Files are written there
     * directly; existing files of the same names are replaced.
     *
     * @param dir     the output directory
     * @param formats which outputs to produce; not empty
     * @return an open writer; close it to write the CSV tables
     * @throws IllegalArgumentException if {@code formats} is empty
     * @throws IOException              if the directory cannot be created
     */
    public static BatchWriter open(Path dir, Set<Format> formats) throws IOException {
        return open(dir, formats, "");
    }

    /**
     * Opens a batch as {@link #open(Path, Set)} does, for reports processed under {@code setup}
     * ({@link dev.talkmine.Talkmine#setup()}): {@link #completed} then finds only outputs written
     * under the same setup, so a resumed batch never keeps results another gazetteer or version gave.
     *
     * @param setup what decides the results besides the input; any string, compared exactly
     */
    public static BatchWriter open(Path dir, Set<Format> formats, String setup) throws IOException {
        return open(dir, formats, setup, false);
    }

    /**
     * Opens a batch as {@link #open(Path, Set, String)} does, whose CSV tables start with a UTF-8
     * byte-order mark when {@code csvBom} is true: for spreadsheet programs that take a file
     * without one for the locale's legacy encoding. The rows, and so {@code --resume}, are the same
     * either way.
     */
    public static BatchWriter open(Path dir, Set<Format> formats, String setup, boolean csvBom) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(setup, "setup");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format selected");
        }
        Path abs = dir.toAbsolutePath().normalize();
        // at once, so that even a batch in which every report fails marks its folder as talkmine's
        Files.createDirectories(abs.resolve(STATE_DIR));
        return new BatchWriter(abs, Set.copyOf(EnumSet.copyOf(formats)), setup, csvBom);
    }

    /**
     * Whether {@code dir} holds a batch talkmine wrote: it has a {@value #STATE_DIR} folder.
     *
     * @param dir any folder
     * @return true if it holds talkmine outputs
     */
    public static boolean holdsBatch(Path dir) {
        return Files.isDirectory(dir.resolve(STATE_DIR));
    }

    /**
     * The output directory.
     *
     * @return the directory, absolute and normalised
     */
    public Path dir() {
        return dir;
    }

    /**
     * Adds a report: writes {@code <id>.json} now (if JSON is on) and keeps its CSV rows for
     * {@link #close()} (if CSV is on). The id is {@code r.document().id()}; making ids unique is
     * the caller's job, but a repeated id or order is rejected rather than silently overwritten.
     *
     * @param order the report's position in the input; decides the order of CSV rows
     * @param r     the report
     * @throws IllegalArgumentException if the id is not a safe file name, or the id or order was
     *                                  already written, or the report has offsets outside its text
     * @throws IllegalStateException    if the writer is closed
     * @throws IOException              if the JSON file cannot be written; nothing of the report
     *                                  is then kept, so the caller may {@link #fail} it instead
     */
    public void write(int order, Report r) throws IOException {
        String id = r.document().id();
        Path json = ReportFileName.jsonFile(dir, id);
        // render before reserving, so a report that cannot be rendered leaves no trace
        byte[] jsonBytes = formats.contains(Format.JSON) ? ReportJson.toJson(r).getBytes(StandardCharsets.UTF_8) : null;
        CsvTables.ReportRows csv = CsvTables.rows(r); // kept for resume even when CSV is off
        synchronized (lock) {
            reserve(order, id);
        }
        boolean ok = false;
        try {
            if (jsonBytes != null) {
                AtomicFile.write(json, jsonBytes); // outside the lock: files are independent
            }
            // after the JSON: a rows file is only ever beside a complete JSON of the same input
            RowsFile.write(RowsFile.of(dir, id), r.document().sha256(), setup, r.document().path(), csv);
            ok = true;
        } finally {
            synchronized (lock) {
                if (!ok) {
                    orders.remove(order);
                    ids.remove(id);
                } else if (keepsRows()) {
                    checkOpen(); // closed while the JSON was being written: the tables are already out
                    tables.put(order, csv);
                }
            }
        }
    }

    /** Whether this batch writes {@code format}. */
    public boolean has(Format format) {
        return formats.contains(format);
    }

    /**
     * Whether an earlier batch left complete outputs for this input: {@code .talkmine/<id>.rows}
     * names the same path, input SHA-256 and setup, and with JSON on {@code <id>.json} names the
     * same path and SHA-256. Reads only small files or file heads and changes nothing.
     *
     * @param id     the report id
     * @param path   the input as the user named it
     * @param sha256 hex SHA-256 of the input's bytes now
     * @return the outputs to {@link #restore}, or empty when the report must be processed
     * @throws IOException if a file that exists cannot be read
     */
    public Optional<CompletedReport> completed(String id, String path, String sha256) throws IOException {
        return resume.completed(id, path, sha256);
    }

    /**
     * Adds a report an earlier batch completed, as {@link #write} would have added it, without
     * writing its JSON again.
     *
     * @param order the report's position in this batch
     * @param c     what {@link #completed} found
     * @throws IllegalArgumentException if the id or order was already written
     * @throws IllegalStateException    if the writer is closed
     */
    public void restore(int order, CompletedReport c) {
        Objects.requireNonNull(c, "completed");
        synchronized (lock) {
            reserve(order, c.id());
            if (keepsRows()) {
                tables.put(order, c.rows());
            }
        }
    }

    /** Claims an order and an id for one report, or says why not; call holding the lock. */
    private void reserve(int order, String id) {
        checkOpen();
        if (orders.contains(order)) {
            throw new IllegalArgumentException("order " + order + " was already written (report '" + id + "')");
        }
        if (ids.contains(id)) {
            throw new IllegalArgumentException("report id '" + id + "' was already written in this batch");
        }
        orders.add(order);
        ids.add(id);
    }

    /**
     * Deletes the {@code .<name>.tmp-<random>} files a hard-killed batch may have left in the
     * output directory and its {@code .talkmine} folder. Call it before writing, never while
     * another batch writes to the same directory.
     *
     * @return how many were deleted
     * @throws IOException if a folder cannot be listed or a file deleted
     */
    public int deleteStrayTempFiles() throws IOException {
        return resume.deleteStrayTempFiles();
    }

    /**
     * Records that an input could not be processed: one row of {@code errors.csv} (nothing when
     * CSV is off). An input may fail more than once; rows of one order keep their call order.
     *
     * @param order  the input's position, as for {@link #write}
     * @param file   the input as the user named it
     * @param stage  where it failed ({@code read}, {@code segment}, ...)
     * @param reason a one-line explanation
     * @throws IllegalStateException if the writer is closed
     */
    public void fail(int order, String file, String stage, String reason) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        String row = CsvTables.errorRow(file, stage, reason);
        synchronized (lock) {
            checkOpen();
            if (keepsRows()) {
                tables.fail(order, row);
            }
        }
    }

    /**
     * Writes the four CSV tables (if CSV is on) and the workbook (if XLSX is on), each atomically,
     * with rows in input order; {@code errors.csv} and the {@code errors} sheet have just their
     * header when nothing failed. Later calls do nothing.
     *
     * @throws IOException if a file cannot be written; the others are still attempted
     */
    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true; // no writer can add rows from now on, so the maps are stable below
        }
        tables.write(dir, formats.contains(Format.CSV), formats.contains(Format.XLSX), csvBom);
    }

    /** Whether rows are kept for tables: the CSV tables or the workbook. */
    private boolean keepsRows() {
        return formats.contains(Format.CSV) || formats.contains(Format.XLSX);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("batch writer for " + dir + " is closed");
        }
    }
}
