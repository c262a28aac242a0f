package org.valuegrowth.verdict;

import org.valuegrowth.numeric.ModelException;

/**
 * The limits a search may use; running out gives {@link Verdict.Inconclusive}, never a pass.
 *
 * @param maxNodes the largest number of search nodes (or enumerated candidates)
 * @param timeLimitMillis the wall-time limit in milliseconds
 */
public record Budget(long maxNodes, long timeLimitMillis) {
    /** Rejects non-positive limits. */
    public Budget {
        if (maxNodes <= 0 || timeLimitMillis <= 0) {
            throw new ModelException("budget limits must be > 0: nodes=" + maxNodes + " ms=" + timeLimitMillis);
        }
    }

    /** The default budget of the catalogue report: 10^7 nodes, 60 s per check. */
    public static Budget standard() {
        return new Budget(10_000_000L, 60_000L);
    }
}
