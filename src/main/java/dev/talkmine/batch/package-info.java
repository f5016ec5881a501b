/** Batches: expanding folders into inputs and running them on a thread pool without losing any. */
package dev.talkmine.batch;
