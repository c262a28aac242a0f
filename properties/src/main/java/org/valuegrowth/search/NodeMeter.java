package org.valuegrowth.search;

import org.valuegrowth.verdict.Budget;

/**
 * The work a search has done against its {@link Budget}: a node count (the search names its unit:
 * members of a class, settings, learning times, pairs, candidates) and the optional wall-time limit.
 * A search asks {@link #spend} before each unit of work; once it returns false the search stops and
 * reports INCONCLUSIVE with {@link #stopReason()} and how far it got.
 */
public final class NodeMeter {
    private final Budget budget;
    private final long startNanos;
    private long nodes;
    private String stop = "";

    /** A meter for a search starting now. */
    public NodeMeter(Budget budget) {
        if (budget == null) {
            throw new org.valuegrowth.numeric.ModelException("a search needs a budget");
        }
        this.budget = budget;
        this.startNanos = System.nanoTime();
    }

    /**
     * Spends {@code n ≥ 0} nodes; false (and nothing spent) if that would exceed the node budget or
     * the time limit has passed.
     */
    public boolean spend(long n) {
        if (n < 0) {
            throw new org.valuegrowth.numeric.ModelException("nodes spent must be >= 0: " + n);
        }
        if (n > budget.maxNodes() - nodes) {
            stop = "node budget " + budget.maxNodes() + " exhausted";
            return false;
        }
        if (budget.timeUp(startNanos)) {
            stop = "time limit " + budget.timeLimitMillis().get() + " ms reached";
            return false;
        }
        nodes += n;
        return true;
    }

    /** Records {@code n} nodes already spent by a sub-search that enforced its own share of the budget. */
    public void record(long n) {
        if (n < 0) {
            throw new org.valuegrowth.numeric.ModelException("nodes recorded must be >= 0: " + n);
        }
        nodes = Math.min(budget.maxNodes(), nodes + n);
    }

    /** Marks the search stopped by a sub-search's limit. */
    public void stoppedBy(String reason) {
        stop = reason;
    }

    /** The nodes left (≥ 0). */
    public long remaining() {
        return budget.maxNodes() - nodes;
    }

    /** The wall-time milliseconds left of the time limit (≥ 1), or {@code fallback} without one. */
    public long remainingMillis(long fallback) {
        return budget.remainingMillis(startNanos, fallback);
    }

    /** Whether the time limit, if any, has passed. */
    public boolean timeUp() {
        return budget.timeUp(startNanos);
    }

    /** The nodes spent. */
    public long nodes() {
        return nodes;
    }

    /** Nanoseconds since the search started. */
    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    /** Why the search stopped ("" while it has not). */
    public String stopReason() {
        return stop;
    }

    /** The budget. */
    public Budget budget() {
        return budget;
    }
}
