package org.valuegrowth.cli;

import org.valuegrowth.verdict.Verdict;

/** Maps verdicts to exit codes. */
final class Verdicts {
    private Verdicts() {
    }

    static int exitCode(Verdict v) {
        return v.fold(f -> ExitCodes.FOUND, n -> ExitCodes.OK, i -> ExitCodes.INCONCLUSIVE);
    }
}
