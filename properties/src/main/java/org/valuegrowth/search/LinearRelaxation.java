package org.valuegrowth.search;

import io.vavr.control.Option;
import org.valuegrowth.search.internal.SimplexBound;
import org.valuegrowth.value.ValueProblem;

/**
 * The lower bound from the linear relaxation of the value problem (Commons Math simplex, Bland's
 * rule): s_i ∈ [0,1] real and a free offset c with c ≤ u_x ≤ c + E for all x. Every subset that
 * reaches G is feasible for it, so its optimum is ≤ the exact value's cost; an infeasible
 * relaxation proves that no subset reaches G.
 */
public final class LinearRelaxation {
    private LinearRelaxation() {
    }

    /** The relaxation's optimum in millibits, or none when it is infeasible. */
    public static Option<Double> lowerBound(ValueProblem p) {
        return SimplexBound.lowerBound(p);
    }
}
