package org.valuegrowth.search.internal;

import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.constraints.Propagator;
import org.chocosolver.solver.constraints.PropagatorPriority;
import org.chocosolver.solver.exception.ContradictionException;
import org.chocosolver.util.ESat;
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

    /** What the branch and bound found: the largest exact gap among exactly agreeing pairs and its pair. */
    public record MaxOutcome(double bestGap, int[] high, int[] low, long solutions, long nodes, long fails, int maxDepth,
                             boolean limitReached) {
    }

    /** The incumbent shared between the search loop and the cut propagator. */
    private static final class Cut {
        int lowerBound = Integer.MIN_VALUE;
    }

    /**
     * Rejects complete pairs that do not agree exactly, and keeps the rounded gap at or above the
     * incumbent's cut; both are sound (the cut is derived from the exact incumbent, see {@link #maximise}).
     */
    private static final class SplitPropagator extends Propagator<IntVar> {
        private final int n;
        private final BiPredicate<int[], int[]> agrees;
        private final Cut cut;

        SplitPropagator(IntVar[] both, IntVar gap, BiPredicate<int[], int[]> agrees, Cut cut) {
            super(concat(both, gap), PropagatorPriority.VERY_SLOW, false);
            this.n = both.length / 2;
            this.agrees = agrees;
            this.cut = cut;
        }

        private static IntVar[] concat(IntVar[] both, IntVar gap) {
            IntVar[] all = new IntVar[both.length + 1];
            System.arraycopy(both, 0, all, 0, both.length);
            all[both.length] = gap;
            return all;
        }

        @Override
        public void propagate(int evtmask) throws ContradictionException {
            vars[2 * n].updateLowerBound(cut.lowerBound, this);
            for (int i = 0; i < 2 * n; i++) {
                if (!vars[i].isInstantiated()) {
                    return;
                }
            }
            if (!agrees.test(values(0), values(n))) {
                fails();
            }
        }

        private int[] values(int from) {
            int[] x = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = vars[from + i].getValue();
            }
            return x;
        }

        @Override
        public ESat isEntailed() {
            if (!isCompletelyInstantiated()) {
                return ESat.UNDEFINED;
            }
            return ESat.eval(vars[2 * n].getValue() >= cut.lowerBound && agrees.test(values(0), values(n)));
        }
    }

    /**
     * Branch and bound for the largest exact concept gap among pairs that agree exactly (E10's margin,
     * spec/growth.md §8.1). Variables a, a′ ∈ {0..d}^n with Σa = Σa′ = d, the relaxed agreement
     * constraints of {@link #search} (sound slack), a propagator rejecting complete pairs that do not
     * agree exactly, and the rounded gap R = Σ(a − a′)·E, E = round(scale·e). The rounding error of R
     * is at most d (½Σ|a_i − a′_i| ≤ d), so after an incumbent with exact gap g* every pair whose exact
     * gap is ≥ g* has R ≥ ⌈scale·d·g*⌉ − d − 1: that is the cut. {@code strictCut} plants the fault of
     * plain branch and bound on the relaxed objective (R &gt; the best R so far), which can cut a pair
     * whose rounded gap ties the incumbent's while its exact gap is larger.
     *
     * @param exactGap the exact gap of a pair (the caller's arithmetic)
     * @param agrees whether a pair agrees exactly on every trained sentence
     * @param nodeLimit Choco's node limit
     * @param timeLimitMillis Choco's time limit (≤ 0: none)
     */
    public static MaxOutcome maximise(double[][] trained, double[] concept, int d, double eps, long scale, long nodeLimit,
                                      long timeLimitMillis, ToDoubleBiFunction<int[], int[]> exactGap,
                                      BiPredicate<int[], int[]> agrees, boolean strictCut) {
        int n = concept.length;
        int t = n == 0 ? 0 : trained[0].length;
        Model m = new Model("E10 concept split, branch and bound");
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
        int spread = 0;
        for (int i = 0; i < n; i++) {
            ce[i] = (int) Math.round(concept[i] * scale);
            ce[n + i] = -ce[i];
            spread = Math.max(spread, Math.abs(ce[i]));
        }
        IntVar gap = m.intVar("gap", -2 * d * spread - 1, 2 * d * spread + 1);
        m.scalar(both, ce, "=", gap).post();
        Cut cut = new Cut();
        new Constraint("exact agreement and cut", new SplitPropagator(both, gap, agrees, cut)).post();
        Solver solver = m.getSolver();
        solver.setSearch(Search.inputOrderUBSearch(both));
        solver.limitNode(nodeLimit);
        if (timeLimitMillis > 0) {
            solver.limitTime(timeLimitMillis);
        }
        long solutions = 0;
        double best = Double.NEGATIVE_INFINITY;
        int bestRounded = Integer.MIN_VALUE;
        int[] high = null;
        int[] low = null;
        while (solver.solve()) {
            solutions++;
            int[] x = new int[n];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = a[i].getValue();
                y[i] = b[i].getValue();
            }
            double g = exactGap.applyAsDouble(x, y);
            if (g > best) {
                best = g;
                high = x;
                low = y;
            }
            bestRounded = Math.max(bestRounded, gap.getValue());
            long next = strictCut ? (long) bestRounded + 1 : (long) Math.ceil(scale * d * best) - d - 1;
            cut.lowerBound = (int) Math.max(cut.lowerBound, Math.min(Integer.MAX_VALUE / 2, next));
        }
        return new MaxOutcome(best, high, low, solutions, solver.getNodeCount(), solver.getFailCount(),
                (int) solver.getMeasures().getMaxDepth(), solver.isStopCriterionMet());
    }
}
