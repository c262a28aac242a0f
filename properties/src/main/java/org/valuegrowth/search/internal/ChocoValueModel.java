package org.valuegrowth.search.internal;

import io.vavr.control.Option;
import org.chocosolver.solver.Model;
import org.chocosolver.solver.Settings;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.SearchState;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.search.ValueResult;
import org.valuegrowth.value.ValueProblem;

/** The Choco model of the value problem (see {@code ChocoValueSolver}). */
public final class ChocoValueModel {
    private ChocoValueModel() {
    }

    private static final class Built {
        final Model model;
        final BoolVar[] s;
        final IntVar cost;

        Built(Model model, BoolVar[] s, IntVar cost) {
            this.model = model;
            this.s = s;
            this.cost = cost;
        }
    }

    private static int toInt(long v, String what) {
        if (v > Integer.MAX_VALUE / 4 || v < Integer.MIN_VALUE / 4) {
            throw new ModelException(what + " out of Choco's int range: " + v);
        }
        return (int) v;
    }

    private static Built build(ValueProblem p, boolean checked) {
        Model m = checked ? new Model("value", Settings.dev()) : new Model("value");
        int n = p.atomCount();
        int worlds = p.worldCount();
        BoolVar[] s = m.boolVarArray("s", n);
        long[] r = p.residual();
        long[][] f = new long[n][];
        for (int i = 0; i < n; i++) {
            f[i] = p.effect(i);
        }
        IntVar[] u = new IntVar[worlds];
        long gmin = Long.MAX_VALUE;
        long gmax = Long.MIN_VALUE;
        for (int x = 0; x < worlds; x++) {
            long lo = -r[x];
            long hi = -r[x];
            IntVar[] vars = new IntVar[n + 1];
            int[] coeffs = new int[n + 1];
            for (int i = 0; i < n; i++) {
                lo += Math.min(0, f[i][x]);
                hi += Math.max(0, f[i][x]);
                vars[i] = s[i];
                coeffs[i] = toInt(f[i][x], "effect");
            }
            u[x] = m.intVar("u" + x, toInt(lo, "lower bound"), toInt(hi, "upper bound"), true);
            vars[n] = u[x];
            coeffs[n] = -1;
            m.scalar(vars, coeffs, "=", toInt(r[x], "residual")).post();
            gmin = Math.min(gmin, lo);
            gmax = Math.max(gmax, hi);
        }
        IntVar umax = m.intVar("umax", toInt(gmin, "bound"), toInt(gmax, "bound"), true);
        IntVar umin = m.intVar("umin", toInt(gmin, "bound"), toInt(gmax, "bound"), true);
        m.max(umax, u).post();
        m.min(umin, u).post();
        m.arithm(umax, "-", umin, "<=", toInt(Math.min(p.tolerance(), Integer.MAX_VALUE / 4), "tolerance")).post();
        int[] costs = new int[n];
        long totalCost = 0;
        for (int i = 0; i < n; i++) {
            costs[i] = toInt(p.cost(i), "cost");
            totalCost += costs[i];
        }
        IntVar cost = m.intVar("cost", 0, toInt(totalCost, "total cost"), true);
        m.scalar(s, costs, "=", cost).post();
        return new Built(m, s, cost);
    }

    private static long mask(BoolVar[] s) {
        long m = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i].getValue() == 1) {
                m |= 1L << i;
            }
        }
        return m;
    }

    /** Branch and bound on cost, then the canonical tie-break pass. */
    public static ValueResult solve(ValueProblem p, long timeLimitMillis, boolean checked) {
        return solve(p, timeLimitMillis, checked, Long.MAX_VALUE);
    }

    /** As above, with a node limit shared by both passes (running out gives an incomplete result). */
    public static ValueResult solve(ValueProblem p, long timeLimitMillis, boolean checked, long nodeLimit) {
        long start = System.nanoTime();
        if (p.atomCount() == 0) {
            // Choco rejects empty sums; the only subset is the empty one
            SearchStatistics none = new SearchStatistics("choco 4.10.18", 1, 0, 0, 0, 0, System.nanoTime() - start);
            return new ValueResult(p.reaches(0) ? Option.some(p.descriptor(0)) : Option.none(), true, none);
        }
        Built b = build(p, checked);
        Solver solver = b.model.getSolver();
        solver.setSearch(Search.inputOrderLBSearch(b.s));
        solver.limitTime(timeLimitMillis);
        if (nodeLimit < Long.MAX_VALUE) {
            solver.limitNode(nodeLimit);
        }
        b.model.setObjective(Model.MINIMIZE, b.cost);
        long best = -1;
        while (solver.solve()) {
            best = mask(b.s);
        }
        boolean complete = solver.getSearchState() == SearchState.TERMINATED && !solver.isStopCriterionMet();
        long nodes = solver.getMeasures().getNodeCount();
        long fails = solver.getMeasures().getFailCount();
        long depth = solver.getMeasures().getMaxDepth();
        long solutions = solver.getMeasures().getSolutionCount();
        if (best >= 0 && complete) {
            long bestCost = p.cost(best);
            Built t = build(p, checked);
            t.model.arithm(t.cost, "=", toInt(bestCost, "cost")).post();
            int[] order = p.nameOrder();
            BoolVar[] ordered = new BoolVar[order.length];
            for (int i = 0; i < order.length; i++) {
                ordered[i] = t.s[order[i]];
            }
            Solver ts = t.model.getSolver();
            ts.setSearch(Search.inputOrderUBSearch(ordered));
            long left = Math.max(1, timeLimitMillis - (System.nanoTime() - start) / 1_000_000L);
            ts.limitTime(left);
            if (nodeLimit < Long.MAX_VALUE) {
                ts.limitNode(Math.max(1, nodeLimit - nodes));
            }
            if (ts.solve()) {
                best = mask(t.s);
            } else {
                complete = false;
            }
            nodes += ts.getMeasures().getNodeCount();
            fails += ts.getMeasures().getFailCount();
            depth = Math.max(depth, ts.getMeasures().getMaxDepth());
            solutions += ts.getMeasures().getSolutionCount();
        }
        long elapsed = System.nanoTime() - start;
        SearchStatistics stats = new SearchStatistics("choco 4.10.18", solutions, nodes, fails, 0,
                (int) Math.min(Integer.MAX_VALUE, depth), elapsed);
        return new ValueResult(best < 0 ? Option.none() : Option.some(p.descriptor(best)), complete, stats);
    }
}
