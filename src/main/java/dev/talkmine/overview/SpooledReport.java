package dev.talkmine.overview;

/**
 * What the overview keeps of a report until the page is written: a few values in memory, its HTML
 * in the {@link Spool} (section, then text, then its rows of the batch's talk table, from {@code pos}).
 *
 * @param id           the report's id
 * @param anchor       its section's id on the page
 * @param talks        how many talks it has
 * @param reportRow    its row of the batch's table of reports
 * @param textChars    characters of its text shown, its cost against the text budget
 * @param pos          where its HTML starts in the spool
 * @param sectionLen   bytes of its section up to its text
 * @param textLen      bytes of its text and entity table
 * @param batchRowsLen bytes of its rows of the batch's table of all talks
 */
record SpooledReport(String id, String anchor, int talks, String reportRow, int textChars,
                     long pos, int sectionLen, int textLen, int batchRowsLen) {
}
