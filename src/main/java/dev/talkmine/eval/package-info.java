/**
 * Evaluation: scores talkmine's per-report JSON against gold annotations with exactly the numbers
 * of the reference scorer {@code score.py}. Start at {@link dev.talkmine.eval.Evaluator}; the
 * method is described in {@code docs/evaluation.md}.
 *
 * <p>The scorer is a line-by-line port, including Python's Unicode-aware character classes, its
 * code point string order and its number formatting. Offsets are UTF-16 code units throughout, as
 * in talkmine's JSON.
 *
 * <p><b>Internal.</b> Not part of the API: its public types are public only for talkmine's own
 * packages and may change without notice. Library users start at {@link dev.talkmine.Talkmine}.
 */
package dev.talkmine.eval;
