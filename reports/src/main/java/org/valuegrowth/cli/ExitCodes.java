package org.valuegrowth.cli;

/**
 * The CLI's exit codes, so that scripts can tell "found a counterexample" from "crashed".
 * 0: ran, and nothing was found within the bound (or a simulation completed);
 * 1: internal error; 2: bad usage or bad input file; 3: counterexample or witness found;
 * 4: inconclusive (a limit was reached); 5: a replayed report did not reproduce.
 */
public final class ExitCodes {
    /** Success; for checks: NONE WITHIN BOUND. */
    public static final int OK = 0;
    /** An internal error (a bug): reported without a stack trace. */
    public static final int ERROR = 1;
    /** Bad command line or bad input file. */
    public static final int USAGE = 2;
    /** COUNTEREXAMPLE FOUND or WITNESS FOUND. */
    public static final int FOUND = 3;
    /** INCONCLUSIVE, LIMIT REACHED. */
    public static final int INCONCLUSIVE = 4;

    /** {@code replay}: some verdict or witness differs from the recorded one. */
    public static final int DIFFERS = 5;

    private ExitCodes() {
    }
}
