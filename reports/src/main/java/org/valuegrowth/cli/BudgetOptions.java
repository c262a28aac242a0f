package org.valuegrowth.cli;

import org.valuegrowth.verdict.Budget;
import picocli.CommandLine.Option;

/** The search budget options shared by {@code check} and {@code report} ({@code replay} uses the recorded budget). */
final class BudgetOptions {
    @Option(names = "--max-nodes", defaultValue = "10000000",
            description = "Node budget per search, in [1, 10^15] (default: ${DEFAULT-VALUE}). Counts work, so a verdict does not depend on the machine.")
    long maxNodes;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = {"Optional wall-time budget per search: whole seconds in [1, 1000000], or milliseconds with the suffix ms",
                "(e.g. 1500ms). Off by default, since it makes a verdict depend on the machine."})
    String timeLimit;

    /** The budget, or a usage error naming the allowed range when a limit is out of range or does not fit a long. */
    Budget budget() {
        if (maxNodes < 1 || maxNodes > Budget.MAX_NODES) {
            throw new UserError("--max-nodes must be in [1, " + Budget.MAX_NODES + "]: " + maxNodes);
        }
        if (timeLimit == null) {
            return Budget.nodes(maxNodes);
        }
        return Budget.of(maxNodes, timeLimitMillis(timeLimit));
    }

    /** Milliseconds of a {@code --time-limit} value, checked against {@link Budget#MAX_TIME_MILLIS}. */
    static long timeLimitMillis(String text) {
        long maxSeconds = Budget.MAX_TIME_MILLIS / 1000;
        String range = "--time-limit must be in [1, " + maxSeconds + "] seconds, or [1ms, " + Budget.MAX_TIME_MILLIS + "ms]: " + text;
        String t = text.trim();
        boolean ms = t.endsWith("ms");
        String digits = ms ? t.substring(0, t.length() - 2) : t;
        if (!digits.matches("-?[0-9]{1,30}")) {
            throw new UserError("--time-limit takes whole seconds or milliseconds with the suffix ms: '" + text + "'");
        }
        // as a BigInteger, so that a value beyond a long is rejected with the range, not wrapped
        java.math.BigInteger v = new java.math.BigInteger(digits);
        java.math.BigInteger max = java.math.BigInteger.valueOf(ms ? Budget.MAX_TIME_MILLIS : maxSeconds);
        if (v.signum() <= 0 || v.compareTo(max) > 0) {
            throw new UserError(range);
        }
        return ms ? v.longValueExact() : v.longValueExact() * 1000;
    }
}
