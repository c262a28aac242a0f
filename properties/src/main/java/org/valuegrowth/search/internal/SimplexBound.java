package org.valuegrowth.search.internal;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.valuegrowth.value.ValueProblem;

/**
 * The LP relaxation of the value problem. Variables (all ≥ 0): s_0..s_{n−1} ≤ 1, c⁺, c⁻ (c = c⁺ − c⁻).
 * Constraints per world: Σ F_ix s_i − c ≥ R_x and Σ F_ix s_i − c ≤ R_x + E. Data are rescaled to
 * nats (× q) so that the simplex works on numbers of order one; costs in bits.
 */
public final class SimplexBound {
    private SimplexBound() {
    }

    /** The LP optimum in millibits, or none when infeasible. */
    public static Option<Double> lowerBound(ValueProblem p) {
        int n = p.atomCount();
        int vars = n + 2;
        double q = p.resolution();
        double[] obj = new double[vars];
        for (int i = 0; i < n; i++) {
            obj[i] = p.cost(i) / 1000.0;
        }
        List<LinearConstraint> cons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] a = new double[vars];
            a[i] = 1;
            cons.add(new LinearConstraint(a, Relationship.LEQ, 1.0));
        }
        long[] r = p.residual();
        double[][] f = new double[n][];
        for (int i = 0; i < n; i++) {
            long[] fi = p.effect(i);
            f[i] = new double[fi.length];
            for (int x = 0; x < fi.length; x++) {
                f[i][x] = fi[x] * q;
            }
        }
        double tol = p.tolerance() * q;
        for (int x = 0; x < r.length; x++) {
            double[] a = new double[vars];
            for (int i = 0; i < n; i++) {
                a[i] = f[i][x];
            }
            a[n] = -1;
            a[n + 1] = 1;
            cons.add(new LinearConstraint(a, Relationship.GEQ, r[x] * q));
            cons.add(new LinearConstraint(a.clone(), Relationship.LEQ, r[x] * q + tol));
        }
        try {
            PointValuePair sol = new SimplexSolver(1e-9, 10, 1e-12).optimize(new MaxIter(100_000),
                    new LinearObjectiveFunction(obj, 0), new LinearConstraintSet(cons), GoalType.MINIMIZE,
                    new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
            return Option.some(Math.max(0.0, sol.getValue() * 1000.0));
        } catch (NoFeasibleSolutionException e) {
            return Option.none();
        }
    }
}
