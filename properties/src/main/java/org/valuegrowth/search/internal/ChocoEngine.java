package org.valuegrowth.search.internal;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.Settings;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.Constraint;
import org.chocosolver.solver.constraints.nary.automata.FA.FiniteAutomaton;
import org.chocosolver.solver.search.SearchState;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.IntVar;
import org.chocosolver.util.ESat;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.search.Limits;
import org.valuegrowth.search.Pruning;

/**
 * The Choco Solver 4.10.18 encoding of a trader space (references §4.4).
 *
 * <p>Variables: size ∈ [1, L], tradable ∈ [0, T−1], sym[0..L−1] ∈ [0, K−1] (0 = END). The
 * prefix-notation grammar is a {@code regular} constraint over an automaton whose state is the
 * number of open child slots; sym[i] = END ⇔ i ≥ size. The {@link ExploitPropagator} judges
 * complete candidates with the plain model and prunes partial ones by a sound interval bound.
 * Search: input order, smallest value first, over (size, tradable, sym…), so the first solution is
 * the first exploiting candidate in the space's canonical order. Verdict logic (references §4.4
 * step 5): exhausted only when the search state is TERMINATED, no stop criterion was met and
 * {@code isFeasible()} is FALSE.
 */
public final class ChocoEngine {
    private final Grammar g;
    private final Limits limits;
    private final Pruning pruning;
    private final boolean devChecks;

    /** An engine over {@code g}; {@code devChecks} turns on Choco's solution checker (tests). */
    public ChocoEngine(Grammar g, Limits limits, Pruning pruning, boolean devChecks) {
        this.g = g;
        this.limits = limits;
        this.pruning = pruning;
        this.devChecks = devChecks;
    }

    /** Runs the search. */
    public Outcome run() {
        long start = System.nanoTime();
        int l = g.space().maxSize();
        int k = g.symbols();
        Model m = devChecks ? new Model("exploitation", Settings.dev()) : new Model("exploitation");
        IntVar size = m.intVar("size", 1, l);
        IntVar t = m.intVar("tradable", 0, g.space().tradable().size() - 1);
        IntVar[] sym = m.intVarArray("sym", l, 0, k - 1);
        m.regular(sym, automaton(l, k)).post();
        for (int i = 0; i < l; i++) {
            m.ifOnlyIf(m.arithm(sym[i], "=", Grammar.END), m.arithm(size, "<=", i));
        }
        ExploitPropagator p = new ExploitPropagator(size, t, sym, g, pruning != Pruning.NONE,
                pruning == Pruning.UNSOUND_MUTANT);
        new Constraint("Exploits", p).post();
        Solver s = m.getSolver();
        IntVar[] order = new IntVar[l + 2];
        order[0] = size;
        order[1] = t;
        System.arraycopy(sym, 0, order, 2, l);
        s.setSearch(Search.inputOrderLBSearch(order));
        if (limits.maxNodes() > 0) {
            s.limitNode(limits.maxNodes());
        }
        if (limits.timeMillis() > 0) {
            s.limitTime(limits.timeMillis());
        }
        boolean found = s.solve();
        SearchStatistics stats = new SearchStatistics("choco 4.10.18 (" + pruning.name().toLowerCase(java.util.Locale.ROOT)
                + " pruning)", p.checks, s.getNodeCount(), s.getFailCount(), p.pruned, (int) s.getMaxDepth(),
                System.nanoTime() - start);
        if (found) {
            int n = size.getValue();
            int[] a = new int[n];
            for (int i = 0; i < n; i++) {
                a[i] = sym[i].getValue();
            }
            return new Outcome(true, false, t.getValue(), Outcome.vector(a, n), stats, "");
        }
        boolean exhausted = s.getSearchState() == SearchState.TERMINATED && !s.isStopCriterionMet()
                && s.isFeasible() == ESat.FALSE;
        String limit = exhausted ? "" : "choco stopped: state " + s.getSearchState()
                + (limits.maxNodes() > 0 ? ", node limit " + limits.maxNodes() : "")
                + (limits.timeMillis() > 0 ? ", time limit " + limits.timeMillis() + " ms" : "");
        return new Outcome(false, exhausted, -1, Vector.empty(), stats, limit);
    }

    /** States = open child slots 0..l (start 1, final 0); END only once the tree is complete. */
    private FiniteAutomaton automaton(int l, int k) {
        FiniteAutomaton a = new FiniteAutomaton();
        int[] state = new int[l + 1];
        for (int i = 0; i <= l; i++) {
            state[i] = a.addState();
        }
        a.setInitialState(state[1]);
        a.setFinal(state[0]);
        a.addTransition(state[0], state[0], Grammar.END);
        for (int need = 1; need <= l; need++) {
            for (int s = 1; s < k; s++) {
                int next = need - 1 + g.arity(s);
                if (next >= 0 && next <= l) {
                    a.addTransition(state[need], state[next], s);
                }
            }
        }
        return a;
    }
}
