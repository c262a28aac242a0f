package org.valuegrowth.report;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.verdict.Budget;

/**
 * The command that reproduces one report entry: {@code ./valuegrowth check TARGET} with every
 * option that differs from the default (the node budget, a time limit) and the seed when the
 * entry's result can depend on it, each word shell-quoted.
 */
public final class Reproduce {
    /** The default seed of {@code check} and {@code report}. */
    public static final long DEFAULT_SEED = 1;

    private Reproduce() {
    }

    /**
     * The command for {@code target} (a check ID or a scenario file path).
     *
     * @param seed the seed, present only when the result can depend on it
     */
    public static String command(String target, Budget budget, Option<Long> seed) {
        // picocli reads a leading '-' as an option and a leading '@' as an argument file
        String t = target.startsWith("-") || target.startsWith("@") ? "./" + target : target;
        Vector<String> words = Vector.of("./valuegrowth", "check", t);
        for (Long s : seed) {
            words = words.append("--seed").append(Long.toString(s));
        }
        if (budget.maxNodes() != Budget.DEFAULT_NODES) {
            words = words.append("--max-nodes").append(Long.toString(budget.maxNodes()));
        }
        for (Long ms : budget.timeLimitMillis()) {
            words = words.append("--time-limit").append(timeLimitArgument(ms));
        }
        return Shell.command(words);
    }

    /** A time limit in milliseconds as {@code --time-limit} takes it: whole seconds, or milliseconds with the suffix "ms". */
    public static String timeLimitArgument(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "ms";
    }
}
