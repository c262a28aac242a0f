package org.valuegrowth.growth.internal;

import java.util.Arrays;
import java.util.Comparator;
import org.valuegrowth.numeric.LogSpace;
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
 *
 * <p>Stable form: F^n − F⁻^n = F^n·(1 − (F⁻/F)^n) = exp(n·ln F)·(−expm1(−n·ln(1 + π(c)/F⁻))), with
 * ln F = log1p(−π(r &gt; r_c)) when F is near 1. The difference of powers itself cancels
 * completely once F rounds to 1: a top class of mass 1e-20 and n = 10^9 has probability
 * ≈ 1e-11, while (1 − 1e-20)^n − 1^n is 0 in doubles. Every class mass and tail is a sum of
 * non-negative terms of π divided by Σπ, so each π_n(y) has relative error ≤ ~(m + |n ln F|)·2^−52.
 */
public final class BestOfNKernel {
    private BestOfNKernel() {
    }

    /**
     * π_n for base distribution {@code pi}, rewards {@code reward} and n ≥ 1 candidates.
     *
     * @throws ModelException for lengths that differ, n &lt; 1, a non-finite reward, or π without mass
     */
    public static double[] distribution(double[] pi, double[] reward, int n) {
        Classes c = classes(pi, reward, n);
        double[] out = new double[pi.length];
        for (int k = 0; k < c.count; k++) {
            double mass = Math.exp(c.logWin[k]);
            for (int j = c.start[k]; j < c.start[k + 1]; j++) {
                int y = c.order[j];
                if (pi[y] > 0) {
                    out[y] = n == 1 ? pi[y] / c.total : pi[y] / c.rawMass[k] * mass;
                }
            }
        }
        return out;
    }

    /**
     * KL(π_n‖π) in nats, as Σ_c π(c)·φ(π_n(c)/π(c)) with φ(ρ) = ρ ln ρ − ρ + 1 ≥ 0 (equal to
     * Σ π_n ln(π_n/π) because both sum to 1), so that no term cancels another and a small KL keeps
     * its relative precision; φ near ρ = 1 by its Taylor series. Exactly 0 for n = 1.
     */
    public static double kl(double[] pi, double[] reward, int n) {
        Classes c = classes(pi, reward, n);
        if (n == 1) {
            return 0.0;
        }
        double s = 0;
        for (int k = 0; k < c.count; k++) {
            double logRatio = c.logWin[k] - c.logMass[k];
            s += Math.exp(c.logMass[k]) * LogSpace.klTerm(logRatio);
        }
        return s;
    }

    /** The upper bound ln n − (n−1)/n on KL(π_n‖π) (Beirami et al. 2024, Thm 1), in nats. */
    public static double klBound(int n) {
        if (n < 1) {
            throw new ModelException("best-of-n needs n >= 1: " + n);
        }
        return Math.log(n) - (n - 1.0) / n;
    }

    /** Reward classes on the support, in increasing reward, with ln π(c) and ln π_n(c). */
    private static final class Classes {
        int[] order;
        int[] start;
        int count;
        double total;
        double[] rawMass;
        double[] logMass;
        double[] logWin;
    }

    private static Classes classes(double[] pi, double[] reward, int n) {
        if (pi.length != reward.length) {
            throw new ModelException("pi and reward lengths differ: " + pi.length + " vs " + reward.length);
        }
        if (n < 1) {
            throw new ModelException("best-of-n needs n >= 1: " + n);
        }
        int m = pi.length;
        double total = 0;
        for (int y = 0; y < m; y++) {
            ModelException.requireFinite("reward", reward[y]);
            if (!(pi[y] >= 0) || Double.isInfinite(pi[y])) {
                throw new ModelException("pi[" + y + "] must be finite and >= 0: " + pi[y]);
            }
            total += pi[y];
        }
        if (!(total > 0)) {
            throw new ModelException("pi has no mass");
        }
        Integer[] boxed = new Integer[m];
        int support = 0;
        for (int y = 0; y < m; y++) {
            if (pi[y] > 0) {
                boxed[support++] = y;
            }
        }
        Integer[] sorted = Arrays.copyOf(boxed, support);
        Arrays.sort(sorted, Comparator.comparingDouble(y -> reward[y]));
        Classes c = new Classes();
        c.total = total;
        c.order = new int[support];
        c.start = new int[support + 1];
        for (int j = 0; j < support; j++) {
            c.order[j] = sorted[j];
            if (j == 0 || reward[sorted[j]] != reward[sorted[j - 1]]) {
                c.start[c.count++] = j;
            }
        }
        c.start[c.count] = support;
        c.rawMass = new double[c.count];
        for (int k = 0; k < c.count; k++) {
            for (int j = c.start[k]; j < c.start[k + 1]; j++) {
                c.rawMass[k] += pi[c.order[j]];
            }
        }
        // below[k] = π(r < r_k), above[k] = π(r > r_k): sums of non-negative terms from each end
        double[] below = new double[c.count];
        double[] above = new double[c.count];
        for (int k = 1; k < c.count; k++) {
            below[k] = below[k - 1] + c.rawMass[k - 1];
        }
        for (int k = c.count - 2; k >= 0; k--) {
            above[k] = above[k + 1] + c.rawMass[k + 1];
        }
        c.logMass = new double[c.count];
        c.logWin = new double[c.count];
        for (int k = 0; k < c.count; k++) {
            double cls = c.rawMass[k] / total;
            double lo = below[k] / total;
            double hi = above[k] / total;
            c.logMass[k] = cls <= 0.5 ? Math.log(cls) : Math.log1p(-(lo + hi));
            double logF = hi <= 0.5 ? Math.log1p(-hi) : Math.log(lo + cls);
            // ln(F/F⁻) = ln(1 + π(c)/F⁻), +∞ for the lowest class (F⁻ = 0: then π_n(c) = F^n)
            double logStep = lo > 0 ? Math.log1p(cls / lo) : Double.POSITIVE_INFINITY;
            c.logWin[k] = n * logF + LogSpace.log1mExp(-n * logStep);
        }
        return c;
    }
}
