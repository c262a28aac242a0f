package org.valuegrowth.search;

import io.vavr.control.Option;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.value.ValueProblem;

/**
 * The reference solver: enumerates all 2^n subsets in Gray-code order, updating the residual
 * vector R − Σ F incrementally (one atom flips per step, O(|X|) work), and keeps the preferred
 * subset that reaches G. Checks the clock every 2^14 subsets.
 */
public final class BruteForceValueSolver {
    /** The largest dictionary it accepts. */
    public static final int MAX_ATOMS = 40;

    private BruteForceValueSolver() {
    }

    /** Solves {@code p} within {@code timeLimitMillis}. */
    public static ValueResult solve(ValueProblem p, long timeLimitMillis) {
        return solve(p, timeLimitMillis, Long.MAX_VALUE);
    }

    /** Solves {@code p} within {@code timeLimitMillis} and {@code maxSubsets} subsets visited (fewer than 2^n: incomplete). */
    public static ValueResult solve(ValueProblem p, long timeLimitMillis, long maxSubsets) {
        int n = p.atomCount();
        if (n > MAX_ATOMS) {
            throw new ModelException("brute force takes at most " + MAX_ATOMS + " atoms, got " + n);
        }
        long start = System.nanoTime();
        long deadline = start + timeLimitMillis * 1_000_000L;
        long[] e = p.residual();
        long[][] f = new long[n][];
        for (int i = 0; i < n; i++) {
            f[i] = p.effect(i);
        }
        long tol = p.tolerance();
        long total = 1L << n;
        long best = -1;
        long visited = 0;
        long feasible = 0;
        boolean complete = true;
        long gray = 0;
        for (long k = 0; k < total; k++) {
            if (k >= maxSubsets) {
                complete = false;
                break;
            }
            if (k > 0) {
                int bit = Long.numberOfTrailingZeros(k);
                long[] fi = f[bit];
                if (((gray >>> bit) & 1L) == 0L) {
                    for (int x = 0; x < e.length; x++) {
                        e[x] -= fi[x];
                    }
                } else {
                    for (int x = 0; x < e.length; x++) {
                        e[x] += fi[x];
                    }
                }
                gray ^= 1L << bit;
            }
            visited++;
            long max = Long.MIN_VALUE;
            long min = Long.MAX_VALUE;
            for (long v : e) {
                if (v > max) {
                    max = v;
                }
                if (v < min) {
                    min = v;
                }
            }
            if (max - min <= tol) {
                feasible++;
                if (best < 0 || p.preferred(gray, best)) {
                    best = gray;
                }
            }
            if ((k & 0x3FFF) == 0x3FFF && System.nanoTime() > deadline) {
                complete = k == total - 1;
                break;
            }
        }
        long elapsed = System.nanoTime() - start;
        SearchStatistics stats = new SearchStatistics("brute force", visited, visited, visited - feasible, 0, n,
                elapsed);
        return new ValueResult(best < 0 ? Option.none() : Option.some(p.descriptor(best)), complete, stats);
    }
}
