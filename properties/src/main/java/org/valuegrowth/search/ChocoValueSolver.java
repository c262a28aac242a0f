package org.valuegrowth.search;

import org.valuegrowth.search.internal.ChocoValueModel;
import org.valuegrowth.value.ValueProblem;

/**
 * The exact value solver: a 0/1 constraint model solved by Choco Solver 4.10.18 with branch and
 * bound on the description length, then a second pass that picks the canonical tie-break among
 * optimal subsets (input order by atom name, value 1 first, first solution).
 *
 * <p>Model: s_i ∈ {0,1}; u_x = Σ_i F_ix s_i − R_x; umax = max_x u_x, umin = min_x u_x;
 * umax − umin ≤ E; minimise Σ_i cost_i s_i. (osc of u equals osc of R − Σ F s.)
 */
public final class ChocoValueSolver {
    private ChocoValueSolver() {
    }

    /** Solves {@code p} within {@code timeLimitMillis}. */
    public static ValueResult solve(ValueProblem p, long timeLimitMillis) {
        return ChocoValueModel.solve(p, timeLimitMillis, false);
    }

    /** Solves {@code p} within {@code timeLimitMillis} and {@code nodeLimit} search nodes (both passes together). */
    public static ValueResult solve(ValueProblem p, long timeLimitMillis, long nodeLimit) {
        return ChocoValueModel.solve(p, timeLimitMillis, false, nodeLimit);
    }

    /** As {@link #solve}, with Choco's checking settings (every solution re-checked against all constraints). */
    public static ValueResult solveChecked(ValueProblem p, long timeLimitMillis) {
        return ChocoValueModel.solve(p, timeLimitMillis, true);
    }
}
