package org.valuegrowth.value;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.valuegrowth.numeric.ModelException;

/**
 * The discretised value problem: which subsets S of a dictionary turn W into G within ε.
 *
 * <p>On the common support X of W and G, let r(x) = ln G(x) − ln W(x) (the update's log-ratio, the
 * "value function" up to a constant). With resolution q, the data are the integers
 * R_x = round(r(x)/q), F_ix = round(λ_i f_i(x)/q), E = floor(ε/q). Subset S reaches G iff
 * <pre>  osc_S = max_x (R_x − Σ_{i∈S} F_ix) − min_x (R_x − Σ_{i∈S} F_ix) ≤ E,</pre>
 * the discretised Hilbert projective metric d_H(G, tilt(W, S)) ≤ ε
 * (d_H(P,Q) = max ln(P/Q) − min ln(P/Q)). value(W,G) is the subset of least total cost among those
 * that reach G; ties go to the subset whose indicator vector, read in atom-name order, is
 * lexicographically largest. Every solver answers this same integer problem.
 */
public final class ValueProblem {
    private final long[] residual;
    private final long[][] effect;
    private final long[] cost;
    private final long tolerance;
    private final String[] names;
    private final int[] nameOrder;
    private final double resolution;

    private ValueProblem(long[] residual, long[][] effect, long[] cost, long tolerance, String[] names,
                         double resolution) {
        this.residual = residual;
        this.effect = effect;
        this.cost = cost;
        this.tolerance = tolerance;
        this.names = names;
        this.resolution = resolution;
        this.nameOrder = IntStream.range(0, names.length).boxed()
                .sorted(Comparator.comparing(i -> names[i])).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The problem for world-model {@code w}, goal-model {@code g}, a dictionary, ε (nats) and q.
     *
     * @return a left message when no finite tilt can reach G: a world possible under one model and
     *     impossible under the other
     * @throws ModelException for bad sizes or parameters
     */
    public static Either<String, ValueProblem> of(double[] w, double[] g, Dictionary d, double epsilon,
                                                  double resolution) {
        if (w.length != g.length) {
            throw new ModelException("world-model and goal-model lengths differ: " + w.length + " vs " + g.length);
        }
        if (!d.atoms().isEmpty() && d.atoms().get(0).feature().size() != w.length) {
            throw new ModelException("dictionary features have " + d.atoms().get(0).feature().size()
                    + " entries for " + w.length + " worlds");
        }
        ModelException.requireNonNegative("epsilon", epsilon);
        if (!(resolution > 0) || resolution > 1 || Double.isNaN(resolution)) {
            throw new ModelException("resolution not in (0,1]: " + resolution);
        }
        int[] support = IntStream.range(0, w.length).filter(x -> w[x] > 0 || g[x] > 0).toArray();
        for (int x : support) {
            if (!(w[x] > 0 && g[x] > 0)) {
                return Either.left("world " + x + " has W=" + w[x] + " and G=" + g[x]
                        + ": no finite tilt moves mass onto or off an impossible world");
            }
        }
        if (support.length == 0) {
            throw new ModelException("world-model has no mass");
        }
        long[] r = new long[support.length];
        for (int j = 0; j < support.length; j++) {
            int x = support[j];
            r[j] = scale((Math.log(g[x]) - Math.log(w[x])) / resolution);
        }
        int n = d.size();
        long[][] f = new long[n][support.length];
        long[] c = new long[n];
        String[] nm = new String[n];
        for (int i = 0; i < n; i++) {
            UpdateAtom a = d.atoms().get(i);
            for (int j = 0; j < support.length; j++) {
                f[i][j] = scale(a.strength() * a.feature().get(support[j]) / resolution);
            }
            c[i] = a.costMillibits();
            nm[i] = a.name();
        }
        long e = (long) Math.floor(epsilon / resolution + 1e-9);
        return Either.right(new ValueProblem(r, f, c, e, nm, resolution));
    }

    private static long scale(double v) {
        if (!(Math.abs(v) < 1e9)) {
            throw new ModelException("scaled value out of range (|v| >= 1e9 resolution units): " + v);
        }
        return Math.round(v);
    }

    /** The number of update atoms. */
    public int atomCount() {
        return names.length;
    }

    /** The number of worlds in the common support. */
    public int worldCount() {
        return residual.length;
    }

    /** R_x, a copy. */
    public long[] residual() {
        return residual.clone();
    }

    /** F_i·, a copy. */
    public long[] effect(int i) {
        return effect[i].clone();
    }

    /** The cost of atom i in millibits. */
    public long cost(int i) {
        return cost[i];
    }

    /** The name of atom i. */
    public String name(int i) {
        return names[i];
    }

    /** The tolerance E in resolution units. */
    public long tolerance() {
        return tolerance;
    }

    /** The resolution q in nats. */
    public double resolution() {
        return resolution;
    }

    /** Atom indices sorted by name (the tie-break order). */
    public int[] nameOrder() {
        return nameOrder.clone();
    }

    /** osc_S for the subset {@code mask} (bit i = atom i). */
    public long oscillation(long mask) {
        long max = Long.MIN_VALUE;
        long min = Long.MAX_VALUE;
        for (int x = 0; x < residual.length; x++) {
            long v = residual[x];
            for (int i = 0; i < names.length; i++) {
                if (((mask >>> i) & 1L) == 1L) {
                    v -= effect[i][x];
                }
            }
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return max - min;
    }

    /** Whether subset {@code mask} reaches G: osc_S ≤ E. */
    public boolean reaches(long mask) {
        return oscillation(mask) <= tolerance;
    }

    /** Σ_{i∈S} cost_i in millibits. */
    public long cost(long mask) {
        long s = 0;
        for (int i = 0; i < names.length; i++) {
            if (((mask >>> i) & 1L) == 1L) {
                s += cost[i];
            }
        }
        return s;
    }

    /** Whether subset a is preferred to subset b: lower cost, then the name-order tie-break. */
    public boolean preferred(long a, long b) {
        long ca = cost(a);
        long cb = cost(b);
        if (ca != cb) {
            return ca < cb;
        }
        for (int i : nameOrder) {
            boolean ia = ((a >>> i) & 1L) == 1L;
            boolean ib = ((b >>> i) & 1L) == 1L;
            if (ia != ib) {
                return ia;
            }
        }
        return false;
    }

    /** The descriptor of subset {@code mask}. */
    public Descriptor descriptor(long mask) {
        Vector<String> chosen = Vector.empty();
        for (int i = 0; i < names.length; i++) {
            if (((mask >>> i) & 1L) == 1L) {
                chosen = chosen.append(names[i]);
            }
        }
        return new Descriptor(chosen.sorted(), cost(mask));
    }

    /** The subset mask of the atoms named in {@code d}. */
    public long maskOf(Descriptor d) {
        long m = 0;
        for (String s : d.atoms()) {
            int i = Arrays.asList(names).indexOf(s);
            if (i < 0) {
                throw new ModelException("descriptor names an atom not in the dictionary: " + s);
            }
            m |= 1L << i;
        }
        return m;
    }
}
