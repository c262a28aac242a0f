package org.valuegrowth.cli;

import org.valuegrowth.verdict.Budget;
import picocli.CommandLine.Option;

/** The search budget options shared by {@code check}, {@code report} and {@code replay}. */
final class BudgetOptions {
    @Option(names = "--max-nodes", defaultValue = "10000000",
            description = "Node budget per check, in [1, 10^15] (default: ${DEFAULT-VALUE}). Counts work, so a verdict does not depend on the machine.")
    long maxNodes;

    @Option(names = "--time-limit",
            description = "Optional wall-time budget per check in seconds, in [1, 1000000]; off by default, since it makes a verdict depend on the machine.")
    Long timeLimitSeconds;

    /** The budget, or a usage error naming the allowed range when a limit is out of range. */
    Budget budget() {
        if (maxNodes < 1 || maxNodes > Budget.MAX_NODES) {
            throw new UserError("--max-nodes must be in [1, " + Budget.MAX_NODES + "]: " + maxNodes);
        }
        long maxSeconds = Budget.MAX_TIME_MILLIS / 1000;
        if (timeLimitSeconds != null && (timeLimitSeconds < 1 || timeLimitSeconds > maxSeconds)) {
            throw new UserError("--time-limit must be in [1, " + maxSeconds + "] seconds: " + timeLimitSeconds);
        }
        return timeLimitSeconds == null ? Budget.nodes(maxNodes) : Budget.of(maxNodes, timeLimitSeconds * 1000);
    }

    /** The options as they would be written on a command line. */
    String asArguments() {
        return "--max-nodes " + maxNodes + (timeLimitSeconds == null ? "" : " --time-limit " + timeLimitSeconds);
    }
}
