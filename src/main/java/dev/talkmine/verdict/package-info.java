/**
 * The report author's verdict on each talk (positive, negative, mixed, neutral or none) with the
 * sentence that states it, read from the talk's own passage by a classifier over opinion features.
 */
package dev.talkmine.verdict;
