/** Extractive talk summaries and keywords. */
package dev.talkmine.summary;
