/**
 * The HTML overview of a batch: {@code index.html} next to the CSV and JSON, written by
 * {@link dev.talkmine.overview.OverviewWriter}. One self-contained file (inline stylesheet and
 * script pinned by a Content-Security-Policy hash, no network) with sortable talk tables, bar
 * charts of the most mentioned technologies, organizations and people, and each report's text with
 * its entities highlighted. Every string from input is escaped by one function. What the page
 * shows, how large it gets and its accessibility choices are described in {@code docs/overview.md}.
 *
 * <p><b>API.</b> Public and kept stable: {@link dev.talkmine.overview.OverviewWriter}; the page's parts are package-private.
 */
package dev.talkmine.overview;
