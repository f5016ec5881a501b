package dev.talkmine.spark;

import dev.talkmine.batch.BatchResult;
import dev.talkmine.output.CsvTables;
import dev.talkmine.output.CsvTables.Table;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The outputs of a Spark batch, as Datasets: the per-report JSON ({@link #json()}, one line per
 * report) and the CLI's four tables ({@link #table}), with the CLI's columns, values and row order
 * (input order, then the order within each report). The processed reports are cached, so each
 * output reads the cache instead of running the pipeline again; {@link #close()} releases it.
 *
 * <p>Table columns are the CLI's header names; offsets and counts ({@code talk_index},
 * {@code start}, {@code end}, {@code mentions}, {@code talks}) are integers (null where the CLI's
 * cell is empty), {@code confidence} a double, everything else the CLI's string (empty, not null,
 * for an empty cell).
 */
final class SparkReports implements AutoCloseable {

    /** Output formats of {@link #write}. */
    public enum Format {
        /** {@code reports.jsonl/}: the JSON of each report on one line (JSON Lines), its id in {@code report}. */
        JSON,
        /** {@code talks.csv/}, ...: the tables as CSV with a header, RFC 4180 quoting. */
        CSV,
        /** {@code talks.parquet/}, ...: the tables as Parquet. */
        PARQUET
    }

    private static final Set<String> INT_COLUMNS = Set.of("talk_index", "start", "end", "mentions", "talks");
    private static final Set<String> DOUBLE_COLUMNS = Set.of("confidence");

    private final SparkSession spark;
    private final JavaRDD<Outcome> outcomes;
    private final int inputs;

    SparkReports(SparkSession spark, JavaRDD<Outcome> outcomes, int inputs) {
        this.spark = spark;
        this.outcomes = outcomes;
        this.inputs = inputs;
    }

    /**
     * The number of report files in the batch.
     *
     * @return the count
     */
    public int inputs() {
        return inputs;
    }

    /**
     * Each processed report's JSON (the CLI's {@code <id>.json} on one line, with the id as its first field, {@code report}), in input order.
     *
     * @return a Dataset of JSON documents
     */
    public Dataset<String> json() {
        return spark.createDataset(outcomes.filter(o -> !o.isFailure()).map(o -> o.json).rdd(), Encoders.STRING());
    }

    /**
     * One of the CLI's tables.
     *
     * @param table which
     * @return its rows in the CLI's order, with the CLI's columns
     */
    public Dataset<Row> table(Table table) {
        JavaRDD<Row> rows = outcomes.flatMap(o -> cells(o, table).iterator());
        return spark.createDataFrame(rows, schema(table));
    }

    /**
     * The schema of a table: the CLI's columns in order, typed as the class comment says.
     *
     * @param table which
     * @return the Spark schema
     */
    public static StructType schema(Table table) {
        List<StructField> fields = new ArrayList<>();
        for (String c : table.columns()) {
            fields.add(DataTypes.createStructField(c, type(c), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String column) {
        if (INT_COLUMNS.contains(column)) {
            return DataTypes.IntegerType;
        }
        return DOUBLE_COLUMNS.contains(column) ? DataTypes.DoubleType : DataTypes.StringType;
    }

    /** The outcome's records of {@code table}, parsed back from the CLI's CSV text into typed cells. */
    static List<Row> cells(Outcome o, Table table) {
        String csv;
        if (table == Table.ERRORS) {
            if (!o.isFailure()) {
                return List.of();
            }
            csv = CsvTables.errorRow(o.file, o.stage, o.reason);
        } else {
            if (o.isFailure()) {
                return List.of();
            }
            csv = switch (table) {
                case TALKS -> o.talks;
                case MENTIONS -> o.mentions;
                default -> o.entities;
            };
        }
        if (csv.isEmpty()) {
            return List.of();
        }
        List<String> columns = table.columns();
        List<Row> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            for (CSVRecord r : p) {
                if (r.size() != columns.size()) {
                    throw new IllegalStateException(table + " record has " + r.size() + " cells, expected " + columns);
                }
                Object[] values = new Object[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = value(columns.get(i), r.get(i));
                }
                out.add(RowFactory.create(values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not throw
        }
        return out;
    }

    private static Object value(String column, String cell) {
        if (INT_COLUMNS.contains(column)) {
            return cell.isEmpty() ? null : Integer.valueOf(cell);
        }
        if (DOUBLE_COLUMNS.contains(column)) {
            return cell.isEmpty() ? null : Double.valueOf(cell);
        }
        return cell;
    }

    /**
     * Lines for the failed reports, as the CLI prints them ({@code file: stage: reason}).
     *
     * @param max at most this many
     * @return the first failures in input order
     */
    public List<String> failures(int max) {
        List<Outcome> failed = outcomes.filter(Outcome::isFailure).take(max);
        List<String> out = new ArrayList<>();
        for (Outcome o : failed) {
            out.add(o.file + ": " + o.stage + ": " + o.reason);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Counts processed and failed reports: runs the batch (in parallel, one task per partition)
     * unless it is cached already.
     *
     * @return the counts
     */
    public BatchResult result() {
        long failed = outcomes.filter(Outcome::isFailure).count();
        return new BatchResult((int) (inputs - failed), (int) failed);
    }

    /**
     * Writes the outputs under {@code output} (any Hadoop path), replacing earlier ones of the same
     * name: {@code reports.jsonl/} for JSON, {@code talks.csv/}, {@code mentions.csv/},
     * {@code entities.csv/}, {@code errors.csv/} for CSV, {@code talks.parquet/}, ... for Parquet.
     * Each is a directory of part files in row order (one part with {@code singleFile}).
     *
     * @param output     the output directory
     * @param formats    which outputs; not empty
     * @param singleFile one part file per output (for small batches)
     * @return the counts of processed and failed reports
     */
    public BatchResult write(String output, Set<Format> formats, boolean singleFile) {
        Objects.requireNonNull(output, "output");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no output format selected");
        }
        String dir = output.endsWith("/") ? output : output + "/";
        // Process every partition in parallel into the cache first: with singleFile, a write of
        // coalesce(1) would otherwise run the whole pipeline in its one task.
        BatchResult result = result();
        if (formats.contains(Format.JSON)) {
            // a text file of JSON lines: Spark's JSON writer would re-encode (and reorder) the fields
            writer(json().toDF(), singleFile).text(dir + "reports.jsonl");
        }
        for (Table t : Table.values()) {
            String name = t.name().toLowerCase(java.util.Locale.ROOT);
            if (formats.contains(Format.CSV)) {
                writer(table(t), singleFile)
                        .option("header", true)
                        .option("quote", "\"")
                        .option("escape", "\"") // RFC 4180: a quote inside is doubled, not backslashed
                        .option("ignoreLeadingWhiteSpace", false) // Spark trims cells by default
                        .option("ignoreTrailingWhiteSpace", false)
                        .option("nullValue", "")
                        .option("emptyValue", "") // as the CLI: an empty cell, not ""
                        .option("encoding", "UTF-8")
                        .csv(dir + name + ".csv");
            }
            if (formats.contains(Format.PARQUET)) {
                writer(table(t), singleFile).parquet(dir + name + ".parquet");
            }
        }
        return result;
    }

    private static DataFrameWriter<Row> writer(Dataset<Row> ds, boolean singleFile) {
        return (singleFile ? ds.coalesce(1) : ds).write().mode(SaveMode.Overwrite);
    }

    /** Releases the cached reports. */
    @Override
    public void close() {
        outcomes.unpersist(false);
    }
}
