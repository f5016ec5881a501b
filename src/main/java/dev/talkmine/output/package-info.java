/**
 * Writes processed reports to files: one JSON document per report ({@link dev.talkmine.output.ReportJson})
 * and, for a batch, four CSV tables ({@link dev.talkmine.output.BatchWriter}).
 *
 * <p>The file formats are a contract documented in {@code docs/output-format.md} and
 * {@code docs/talkmine-report.schema.json}. They are produced from explicit DTOs rather than by
 * serialising the domain records, so refactoring {@code dev.talkmine.doc} cannot change a file
 * format by accident. Output is byte-deterministic: the same reports give the same bytes whatever
 * the platform, locale or thread interleaving. Every final file is written atomically.
 *
 * <p><b>API.</b> Public and kept stable: the writers a caller uses ({@link dev.talkmine.output.ReportJson}, {@link dev.talkmine.output.BatchWriter}, {@link dev.talkmine.output.CsvTables}); the rest is package-private.
 */
package dev.talkmine.output;
