package org.valuegrowth.verdict;

import io.vavr.control.Option;
import org.valuegrowth.numeric.ModelException;

/**
 * The limits a search may use; running out gives {@link Verdict.Inconclusive}, never a pass.
 *
 * <p>The node budget is the primary limit: it counts work (search nodes, candidates judged, model
 * steps), so the same budget gives the same verdict on any machine and under any load. A wall-time
 * limit is optional and off by default; when set, a verdict may depend on the machine, and the
 * report records the limit.
 *
 * @param maxNodes the largest number of search nodes (or enumerated candidates), in [1, {@link #MAX_NODES}]
 * @param timeLimitMillis an optional wall-time limit in milliseconds, in [1, {@link #MAX_TIME_MILLIS}]
 */
public record Budget(long maxNodes, Option<Long> timeLimitMillis) {
    /** The largest node budget accepted (10^15). */
    public static final long MAX_NODES = 1_000_000_000_000_000L;
    /** The largest time limit accepted, 10^9 ms (about 11.6 days), so that nanosecond deadlines never overflow. */
    public static final long MAX_TIME_MILLIS = 1_000_000_000L;
    /** The default node budget of the catalogue report. */
    public static final long DEFAULT_NODES = 10_000_000L;

    /** Rejects limits outside their ranges, naming the maximum. */
    public Budget {
        if (maxNodes < 1 || maxNodes > MAX_NODES) {
            throw new ModelException("node budget not in [1, " + MAX_NODES + "]: " + maxNodes);
        }
        if (timeLimitMillis == null) {
            throw new ModelException("time limit must be an option, not null");
        }
        for (Long t : timeLimitMillis) {
            if (t == null || t < 1 || t > MAX_TIME_MILLIS) {
                throw new ModelException("time limit not in [1, " + MAX_TIME_MILLIS + "] ms: " + t);
            }
        }
    }

    /** A node budget without a time limit. */
    public static Budget nodes(long maxNodes) {
        return new Budget(maxNodes, Option.none());
    }

    /** A node budget with a wall-time limit. */
    public static Budget of(long maxNodes, long timeLimitMillis) {
        return new Budget(maxNodes, Option.some(timeLimitMillis));
    }

    /** The default budget of the catalogue report: {@value #DEFAULT_NODES} nodes, no time limit. */
    public static Budget standard() {
        return nodes(DEFAULT_NODES);
    }

    /** This budget with another node limit. */
    public Budget withNodes(long nodes) {
        return new Budget(nodes, timeLimitMillis);
    }

    /** The deadline in {@link System#nanoTime()} units for a search started at {@code startNanos}; {@code Long.MAX_VALUE} without a time limit. */
    public long deadlineNanos(long startNanos) {
        return timeLimitMillis.map(t -> startNanos + t * 1_000_000L).getOrElse(Long.MAX_VALUE);
    }

    /** Whether the time limit, if any, has passed for a search started at {@code startNanos}. */
    public boolean timeUp(long startNanos) {
        return timeLimitMillis.isDefined() && System.nanoTime() - startNanos > timeLimitMillis.get() * 1_000_000L;
    }

    /** The milliseconds left of the time limit (at least 1), or {@code fallback} when there is no limit. */
    public long remainingMillis(long startNanos, long fallback) {
        if (timeLimitMillis.isEmpty()) {
            return fallback;
        }
        long left = timeLimitMillis.get() - (System.nanoTime() - startNanos) / 1_000_000L;
        return Math.max(1, left);
    }

    /** "10000000 nodes" or "10000000 nodes, 60000 ms". */
    public String describe() {
        return maxNodes + " nodes" + timeLimitMillis.map(t -> ", " + t + " ms").getOrElse("");
    }
}
