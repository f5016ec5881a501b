/**
 * Evaluation: scores talkmine's per-report JSON against gold annotations with exactly the numbers
 * of the reference scorer {@code score.py}. Start at {@link dev.talkmine.eval.Evaluator}; the
 * method is described in {@code docs/evaluation.md}.
 *
 * <p>The scorer is a line-by-line port, including Python's Unicode-aware character classes, its
 * code point string order and its number formatting. Offsets are UTF-16 code units throughout, as
 * in talkmine's JSON.
 */
package dev.talkmine.eval;
