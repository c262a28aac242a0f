package org.valuegrowth.search.internal;

import java.util.function.BiPredicate;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;

/**
 * The Choco adapter of the E10 concept-split search: a relaxed integer model whose solutions are a
 * superset of the witnesses, each checked exactly by the caller.
 *
 * <p>Variables a, a′ ∈ {0..d}^n with Σa = Σa′ = d. With integer beliefs B = round(g·b) and
 * E = round(g·e), the rounding error of Σ(a_i − a′_i)·B_i is at most ½·Σ|a_i − a′_i| ≤ d, so the
 * constraints |Σ(a − a′)·B(s)| ≤ ⌊ε·d·g⌋ + d + 1 and Σ(a − a′)·E ≥ ⌈(1−ε)·d·g⌉ − d − 1 keep every
 * exact witness (sound relaxation). Every solution is handed to {@code exact}; the first it accepts
 * is returned. Choco types never leave this class.
 */
public final class GrowthChoco {
    private GrowthChoco() {
    }

    /** What the solver did. */
    public record Outcome(int[] high, int[] low, long solutions, long nodes, long fails, int maxDepth, boolean limitReached) {
    }

    /**
     * Enumerates relaxed solutions until {@code exact} accepts one or the space is exhausted.
     *
     * @param trained b[i][s] in [0,1]
     * @param concept e[i] in [0,1]
     * @param nodeLimit the node budget
     */
    public static Outcome search(double[][] trained, double[] concept, int d, double eps, long scale, long nodeLimit,
                                 BiPredicate<int[], int[]> exact) {
        int n = concept.length;
        int t = n == 0 ? 0 : trained[0].length;
        Model m = new Model("E10 concept split");
        IntVar[] a = m.intVarArray("a", n, 0, d);
        IntVar[] b = m.intVarArray("b", n, 0, d);
        m.sum(a, "=", d).post();
        m.sum(b, "=", d).post();
        IntVar[] both = new IntVar[2 * n];
        System.arraycopy(a, 0, both, 0, n);
        System.arraycopy(b, 0, both, n, n);
        int trainedBound = (int) Math.min(Integer.MAX_VALUE / 4, (long) Math.floor(eps * d * scale) + d + 1);
        for (int s = 0; s < t; s++) {
            int[] coef = new int[2 * n];
            for (int i = 0; i < n; i++) {
                coef[i] = (int) Math.round(trained[i][s] * scale);
                coef[n + i] = -coef[i];
            }
            m.scalar(both, coef, "<=", trainedBound).post();
            m.scalar(both, coef, ">=", -trainedBound).post();
        }
        int[] ce = new int[2 * n];
        for (int i = 0; i < n; i++) {
            ce[i] = (int) Math.round(concept[i] * scale);
            ce[n + i] = -ce[i];
        }
        m.scalar(both, ce, ">=", (int) (Math.ceil((1 - eps) * d * scale) - d - 1)).post();
        Solver solver = m.getSolver();
        solver.setSearch(Search.inputOrderUBSearch(both));
        solver.limitNode(nodeLimit);
        long solutions = 0;
        while (solver.solve()) {
            solutions++;
            int[] x = new int[n];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = a[i].getValue();
                y[i] = b[i].getValue();
            }
            if (exact.test(x, y)) {
                return new Outcome(x, y, solutions, solver.getNodeCount(), solver.getFailCount(),
                        (int) solver.getMeasures().getMaxDepth(), false);
            }
        }
        boolean limit = solver.isStopCriterionMet();
        return new Outcome(null, null, solutions, solver.getNodeCount(), solver.getFailCount(),
                (int) solver.getMeasures().getMaxDepth(), limit);
    }
}
