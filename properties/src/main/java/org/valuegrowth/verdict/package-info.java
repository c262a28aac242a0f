/**
 * The vocabulary of verdicts: what a catalogue entry states ({@link org.valuegrowth.verdict.ClaimInfo}),
 * the searched space ({@link org.valuegrowth.verdict.Bound}), the limits ({@link org.valuegrowth.verdict.Budget}),
 * and the three-valued outcome of a bounded search ({@link org.valuegrowth.verdict.Verdict}) with its
 * statistics and replayed witness. Semantics: {@code spec/verdicts.md}.
 */
package org.valuegrowth.verdict;
