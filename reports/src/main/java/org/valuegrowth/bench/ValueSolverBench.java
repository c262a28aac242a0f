package org.valuegrowth.bench;

import org.valuegrowth.search.BruteForceValueSolver;
import org.valuegrowth.search.ChocoValueSolver;
import org.valuegrowth.search.ValueResult;
import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import java.util.Locale;
import java.util.SplittableRandom;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.value.Dictionary;
import org.valuegrowth.value.UpdateAtom;
import org.valuegrowth.value.ValueProblem;
import org.valuegrowth.value.Values;

/**
 * The value-solver benchmark (not a test): Choco against brute force on random instances with
 * 64 worlds, dictionaries of n cluster reweightings (clusters = conjunctions of one or two literals
 * over 6 atoms, strengths ±0.5, ±1, ±2, ⌈log₂ n⌉ bits each), a hidden 3-atom update plus log-noise
 * within ε/4, ε = 0.2 nats, q = 1e-4. Figures are wall time and nodes from one run.
 */
public final class ValueSolverBench {
    private ValueSolverBench() {
    }

    /** The random instance with {@code atoms} update atoms for {@code seed}. */
    public static ValueProblem instance(int atoms, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + atoms);
        int vars = 6;
        int worlds = 1 << vars;
        double[] w = new double[worlds];
        double z = 0;
        for (int x = 0; x < worlds; x++) {
            w[x] = Math.exp(rnd.nextGaussian());
            z += w[x];
        }
        for (int x = 0; x < worlds; x++) {
            w[x] /= z;
        }
        double[] strengths = {0.5, -0.5, 1, -1, 2, -2};
        long cost = 1000L * (64 - Long.numberOfLeadingZeros(Math.max(1, atoms - 1)));
        Vector<UpdateAtom> list = Vector.empty();
        for (int i = 0; i < atoms; i++) {
            int a = rnd.nextInt(vars);
            int b = rnd.nextInt(vars);
            boolean pa = rnd.nextBoolean();
            boolean pb = rnd.nextBoolean();
            boolean two = rnd.nextBoolean() && a != b;
            Vector<Double> f = Vector.empty();
            for (int x = 0; x < worlds; x++) {
                boolean in = (((x >>> a) & 1) == 1) == pa && (!two || (((x >>> b) & 1) == 1) == pb);
                f = f.append(in ? 1.0 : 0.0);
            }
            list = list.append(new UpdateAtom(String.format(Locale.ROOT, "c%02d", i), f,
                    strengths[rnd.nextInt(strengths.length)], cost));
        }
        Dictionary d = new Dictionary(list);
        HashSet<String> hidden = HashSet.empty();
        while (hidden.size() < Math.min(3, atoms)) {
            hidden = hidden.add(list.get(rnd.nextInt(atoms)).name());
        }
        double eps = 0.2;
        double[] g = Values.tilt(w, d, hidden);
        double zg = 0;
        for (int x = 0; x < worlds; x++) {
            g[x] *= Math.exp((rnd.nextDouble() - 0.5) * eps / 2);
            zg += g[x];
        }
        for (int x = 0; x < worlds; x++) {
            g[x] /= zg;
        }
        return ValueProblem.of(w, g, d, eps, 1e-4).getOrElseThrow(ModelException::new);
    }

    /** Both engines on each size, each with {@code budgetMillis}. */
    public static Vector<BenchRow> run(int[] sizes, long budgetMillis, long seed) {
        Vector<BenchRow> rows = Vector.empty();
        for (int n : sizes) {
            ValueProblem p = instance(n, seed);
            rows = rows.append(row("choco", n, ChocoValueSolver.solve(p, budgetMillis)));
            if (n <= BruteForceValueSolver.MAX_ATOMS) {
                rows = rows.append(row("brute force", n, BruteForceValueSolver.solve(p, budgetMillis)));
            }
        }
        return rows;
    }

    /**
     * How far each engine gets: sizes from {@code from} in steps of {@code step} up to {@code max},
     * each run with {@code budgetMillis}; an engine stops at its first incomplete run.
     */
    public static Vector<BenchRow> reach(int from, int step, int max, long budgetMillis, long seed) {
        Vector<BenchRow> rows = Vector.empty();
        boolean choco = true;
        boolean brute = true;
        for (int n = from; n <= max && (choco || brute); n += step) {
            ValueProblem p = instance(n, seed);
            if (choco) {
                BenchRow r = row("choco", n, ChocoValueSolver.solve(p, budgetMillis));
                rows = rows.append(r);
                choco = r.complete();
            }
            if (brute && n <= BruteForceValueSolver.MAX_ATOMS) {
                BenchRow r = row("brute force", n, BruteForceValueSolver.solve(p, budgetMillis));
                rows = rows.append(r);
                brute = r.complete();
            } else {
                brute = false;
            }
        }
        return rows;
    }

    /**
     * Prints the figures: args = budget in seconds (default 60), seed (default 1). First sizes 10, 15
     * and 20 with both engines, then how far each engine gets from 20 atoms in steps of 5.
     */
    public static void main(String[] args) {
        long budget = 1000L * (args.length > 0 ? Long.parseLong(args[0]) : 60);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        System.out.println("sizes 10, 15, 20; budget " + budget + " ms per run; seed " + seed);
        System.out.print(format(run(new int[] {10, 15, 20}, budget, seed)));
        System.out.println("reach: from 20 atoms in steps of 5 until a run is incomplete");
        System.out.print(format(reach(20, 5, 60, budget, seed)));
    }

    /** The rows as a fixed-width table. */
    public static String format(Vector<BenchRow> rows) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-12s %5s %9s %10s %12s %12s%n",
                "engine", "atoms", "complete", "bits", "nodes", "ms"));
        for (BenchRow r : rows) {
            b.append(String.format(Locale.ROOT, "%-12s %5d %9s %10s %12d %12.1f%n", r.engine(), r.atoms(), r.complete(),
                    r.optimumMillibits() < 0 ? "-" : String.valueOf(r.optimumMillibits() / 1000.0), r.nodes(),
                    r.elapsedNanos() / 1e6));
        }
        return b.toString();
    }

    private static BenchRow row(String engine, int n, ValueResult r) {
        SearchStatistics s = r.statistics();
        return new BenchRow(engine, n, r.complete(), r.value().map(d -> d.costMillibits()).getOrElse(-1L),
                s.nodes(), s.elapsedNanos());
    }
}
