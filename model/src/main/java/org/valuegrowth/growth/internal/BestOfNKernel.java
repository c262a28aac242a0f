package org.valuegrowth.growth.internal;

import org.valuegrowth.numeric.ModelException;

/**
 * The exact output distribution of best-of-n selection on a finite outcome set, as pure functions.
 *
 * <p>Draw n candidates i.i.d. from π and output one with the highest reward; ties among the
 * highest-reward candidates are broken uniformly at random. Group outcomes into reward classes
 * c; with F(c) = π(r ≤ r_c) and F⁻(c) = π(r &lt; r_c) the winning class has probability
 * F(c)^n − F⁻(c)^n, and uniform tie-breaking makes the winner within its class distributed as
 * π(·|c), so π_n(y) = (π(y)/π(c))·(F(c)^n − F⁻(c)^n) (Beirami et al. 2024, arXiv:2401.01879, §2,
 * extended to ties). Inputs are never mutated.
 */
public final class BestOfNKernel {
    private BestOfNKernel() {
    }

    /**
     * π_n for base distribution {@code pi}, rewards {@code reward} and n ≥ 1 candidates.
     *
     * @throws ModelException for lengths that differ, n &lt; 1 or a non-finite reward
     */
    public static double[] distribution(double[] pi, double[] reward, int n) {
        if (pi.length != reward.length) {
            throw new ModelException("pi and reward lengths differ: " + pi.length + " vs " + reward.length);
        }
        if (n < 1) {
            throw new ModelException("best-of-n needs n >= 1: " + n);
        }
        for (double r : reward) {
            ModelException.requireFinite("reward", r);
        }
        int m = pi.length;
        double[] out = new double[m];
        for (int y = 0; y < m; y++) {
            double below = 0.0;
            double cls = 0.0;
            for (int z = 0; z < m; z++) {
                if (reward[z] < reward[y]) {
                    below += pi[z];
                } else if (reward[z] == reward[y]) {
                    cls += pi[z];
                }
            }
            if (pi[y] > 0) {
                double upTo = Math.min(1.0, below + cls);
                out[y] = pi[y] / cls * (Math.pow(upTo, n) - Math.pow(below, n));
            }
        }
        return out;
    }

    /** The upper bound ln n − (n−1)/n on KL(π_n‖π) (Beirami et al. 2024, Thm 1), in nats. */
    public static double klBound(int n) {
        if (n < 1) {
            throw new ModelException("best-of-n needs n >= 1: " + n);
        }
        return Math.log(n) - (n - 1.0) / n;
    }
}
