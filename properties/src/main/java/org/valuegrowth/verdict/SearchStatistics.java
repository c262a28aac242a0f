package org.valuegrowth.verdict;

import org.valuegrowth.numeric.ModelException;

/**
 * What a search did, in the style bounded checkers report it (Choco's measures, TLC's counts).
 *
 * @param engine which engine ran ("choco 4.10.18", "brute force", "targeted")
 * @param candidates complete candidates evaluated by the plain model (replays included)
 * @param nodes search-tree nodes (Choco) or enumerated prefixes (brute force)
 * @param fails failed nodes (Choco) or rejected candidates
 * @param pruned prefixes pruned by a sound bound, 0 if none
 * @param maxDepth the deepest level reached
 * @param elapsedNanos wall time; reports print it in a separate field that can be left out
 */
public record SearchStatistics(String engine, long candidates, long nodes, long fails, long pruned,
                               int maxDepth, long elapsedNanos) {
    /** Rejects negative counts. */
    public SearchStatistics {
        if (engine == null || engine.isBlank()) {
            throw new ModelException("statistics need an engine name");
        }
        if (candidates < 0 || nodes < 0 || fails < 0 || pruned < 0 || maxDepth < 0 || elapsedNanos < 0) {
            throw new ModelException("search statistics must be >= 0: candidates=" + candidates
                    + " nodes=" + nodes + " fails=" + fails + " pruned=" + pruned + " depth=" + maxDepth
                    + " nanos=" + elapsedNanos);
        }
    }
}
