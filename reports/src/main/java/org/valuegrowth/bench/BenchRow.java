package org.valuegrowth.bench;

import org.valuegrowth.numeric.ModelException;

/**
 * One benchmark measurement of a value solver.
 *
 * @param engine "choco" or "brute force"
 * @param atoms the dictionary size
 * @param complete whether the solver finished within the budget
 * @param optimumMillibits the best cost found, −1 when none
 * @param nodes search nodes (Choco) or subsets visited (brute force)
 * @param elapsedNanos wall time
 */
public record BenchRow(String engine, int atoms, boolean complete, long optimumMillibits, long nodes, long elapsedNanos) {
    /** Validates counts. */
    public BenchRow {
        if (engine == null || atoms < 0 || nodes < 0 || elapsedNanos < 0) {
            throw new ModelException("bad bench row: " + engine + " " + atoms + " " + nodes + " " + elapsedNanos);
        }
    }
}
