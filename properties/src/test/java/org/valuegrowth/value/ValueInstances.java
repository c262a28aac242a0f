package org.valuegrowth.value;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import java.util.SplittableRandom;

/** Seeded random value problems for the E13 laws (shared with the solve tests). */
public final class ValueInstances {
    private ValueInstances() {
    }

    /**
     * One instance: W, a dictionary, and G.
     *
     * @param w world-model
     * @param g goal-model
     * @param dictionary update atoms
     * @param epsilon tolerance in nats
     */
    public record Instance(double[] w, double[] g, Dictionary dictionary, double epsilon) {
        /** The discretised problem at q = 1e-4. */
        public ValueProblem problem() {
            return ValueProblem.of(w, g, dictionary, epsilon, RESOLUTION).get();
        }

        /** The same instance with another goal-model. */
        public Instance withGoal(double[] other) {
            return new Instance(w, other, dictionary, epsilon);
        }
    }

    /** The resolution used by the laws. */
    public static final double RESOLUTION = 1e-4;

    /** A random full-support distribution on {@code n} points. */
    public static double[] distribution(SplittableRandom rnd, int n) {
        double[] p = new double[n];
        double z = 0;
        for (int i = 0; i < n; i++) {
            p[i] = 0.1 + rnd.nextDouble();
            z += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= z;
        }
        return p;
    }

    /** p·exp(noise_x), noise uniform in [−a, a], normalised. */
    public static double[] jitter(SplittableRandom rnd, double[] p, double a) {
        double[] q = new double[p.length];
        double z = 0;
        for (int i = 0; i < p.length; i++) {
            q[i] = p[i] * Math.exp((2 * rnd.nextDouble() - 1) * a);
            z += q[i];
        }
        for (int i = 0; i < p.length; i++) {
            q[i] /= z;
        }
        return q;
    }

    /**
     * A random instance: 2..8 worlds, 0..maxAtoms cluster atoms with strengths in {±0.5, ±1, ±2} and
     * costs in {1, 2, 3} bits ({@code uniformCost}: all 2 bits, so ties are common), G a tilt of W by
     * a hidden subset plus log-noise of a random size (sometimes beyond ε).
     */
    public static Instance random(long seed, int maxAtoms, boolean uniformCost) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int worlds = 2 + rnd.nextInt(7);
        int atoms = rnd.nextInt(maxAtoms + 1);
        double[] strengths = {0.5, -0.5, 1, -1, 2, -2};
        Vector<UpdateAtom> list = Vector.empty();
        for (int i = 0; i < atoms; i++) {
            Vector<Double> f = Vector.empty();
            for (int x = 0; x < worlds; x++) {
                f = f.append(rnd.nextBoolean() ? 1.0 : 0.0);
            }
            long cost = uniformCost ? 2000 : 1000L * (1 + rnd.nextInt(3));
            list = list.append(new UpdateAtom("a" + i, f, strengths[rnd.nextInt(strengths.length)], cost));
        }
        Dictionary d = new Dictionary(list);
        double[] w = distribution(rnd, worlds);
        HashSet<String> hidden = HashSet.empty();
        for (UpdateAtom a : list) {
            if (rnd.nextInt(3) == 0) {
                hidden = hidden.add(a.name());
            }
        }
        double eps = new double[] {0.05, 0.1, 0.3}[rnd.nextInt(3)];
        double noise = new double[] {0, eps / 4, eps / 2, eps}[rnd.nextInt(4)];
        double[] g = jitter(rnd, Values.tilt(w, d, hidden), noise);
        return new Instance(w, g, d, eps);
    }
}
