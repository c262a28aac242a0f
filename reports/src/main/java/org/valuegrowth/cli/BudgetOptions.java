package org.valuegrowth.cli;

import org.valuegrowth.verdict.Budget;
import picocli.CommandLine.Option;

/** The search budget options shared by {@code check}, {@code report} and {@code replay}. */
final class BudgetOptions {
    @Option(names = "--max-nodes", defaultValue = "10000000", description = "node budget per check (default: ${DEFAULT-VALUE})")
    long maxNodes;

    @Option(names = "--time-limit", defaultValue = "60", description = "time budget per check in seconds (default: ${DEFAULT-VALUE})")
    long timeLimitSeconds;

    /** The budget, or a usage error when a limit is not positive. */
    Budget budget() {
        if (maxNodes <= 0 || timeLimitSeconds <= 0 || timeLimitSeconds > Long.MAX_VALUE / 1000) {
            throw new UserError("--max-nodes and --time-limit must be > 0");
        }
        return new Budget(maxNodes, timeLimitSeconds * 1000);
    }

    /** The options as they would be written on a command line. */
    String asArguments() {
        return "--max-nodes " + maxNodes + " --time-limit " + timeLimitSeconds;
    }
}
