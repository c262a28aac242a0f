package org.valuegrowth.mind;

import org.valuegrowth.numeric.ModelException;

/**
 * Cyclic I-projections (Bregman's method) of a layered goal-model onto linear moment constraints:
 * the computation behind minimum-change reflection ({@code spec/mind.md} §6).
 *
 * <p>The goal-model is a tuple (G_0, …, G_L), one distribution per layer, held as normalised
 * natural-log probabilities (−∞ for impossible worlds). Two kinds of constraint, each linear in the
 * tuple:
 * <ul>
 *   <li>a want of layer ℓ: P_{G_ℓ}(s_c) = σ_c, with s_c given by its 0/1 indicator;</li>
 *   <li>a key of layer ℓ ≥ 1: (a_ℓ#G_{ℓ−1})(k) − (marg G_ℓ)(k) = d_k, the push-forward of the layer
 *       below minus the layer's own marginal on its grounded atoms.</li>
 * </ul>
 * The I-projection of the tuple onto one constraint (minimum of Σ_ℓ KL(G'_ℓ‖G_ℓ)) tilts along the
 * constraint's functions: a want by λ = logit σ_c − logit P (closed form, since its function is an
 * indicator); a key jointly, G_{ℓ−1} by +λ on 1[key = k] and G_ℓ by −λ on 1[key = k], with λ the root
 * of σ(a + λ) − σ(b − λ) = d_k (a, b the log-odds of the two masses). Cycling over the constraints
 * converges to the I-projection of the start onto their intersection when it is not empty
 * (Csiszár 1975, Theorem 3.2; Bregman 1967), whatever the order.
 */
final class CyclicProjectionReference {
    /** The largest |λ| a single projection may need before it is reported as failing. */
    static final double MAX_LAMBDA = 1e4;

    private CyclicProjectionReference() {
    }

    /**
     * The shape of the constraints: for each layer its want indicators and targets, its world keys
     * and, for ℓ ≥ 1, the key of each world of the layer below and the target gaps.
     *
     * @param wantF wantF[ℓ][c][x] ∈ {0,1}
     * @param wantTarget wantTarget[ℓ][c] ∈ [0,1]
     * @param worldKey worldKey[ℓ][x]: key of world x of layer ℓ (its grounded atoms, packed)
     * @param lowerKey lowerKey[ℓ][y] for ℓ ≥ 1: the key of layer ℓ that world y of layer ℓ−1 maps to (null for ℓ = 0)
     * @param keyCount keyCount[ℓ]: 2^(grounded atoms of ℓ)
     * @param keyGap keyGap[ℓ][k] for ℓ ≥ 1: the target d_k (null for ℓ = 0)
     */
    public record Constraints(double[][][] wantF, double[][] wantTarget, int[][] worldKey, int[][] lowerKey,
                              int[] keyCount, double[][] keyGap) {
    }

    /** The result of {@link #project}: the projected log goal-models, the sweeps run, and whether they converged. */
    public record Result(double[][] logG, int sweeps, boolean converged, double lastMove) {
    }

    /**
     * Projects {@code logG} (not mutated) by cyclic I-projections, layer 0 first (its wants, then the
     * keys that tie it to layer 1), or in reverse layer order when {@code reverse}, until a sweep
     * moves no probability by more than {@code tol} or {@code maxSweeps} sweeps ran.
     *
     * @throws ModelException if one projection has no root with |λ| ≤ 1e4 (the constraint set is empty)
     */
    public static Result project(double[][] logG, Constraints c, double tol, int maxSweeps, boolean reverse) {
        int layers = logG.length;
        double[][] g = new double[layers][];
        for (int l = 0; l < layers; l++) {
            g[l] = logG[l].clone();
        }
        double move = Double.POSITIVE_INFINITY;
        for (int sweep = 1; sweep <= maxSweeps; sweep++) {
            double[][] before = probabilities(g);
            for (int i = 0; i < layers; i++) {
                int l = reverse ? layers - 1 - i : i;
                for (int w = 0; w < c.wantF()[l].length; w++) {
                    projectWant(g[l], c.wantF()[l][w], c.wantTarget()[l][w]);
                }
                int up = l + 1;
                if (up < layers) {
                    for (int k = 0; k < c.keyCount()[up]; k++) {
                        projectKey(g[l], g[up], c.lowerKey()[up], c.worldKey()[up], k, c.keyGap()[up][k]);
                    }
                }
            }
            double[][] after = probabilities(g);
            move = 0;
            for (int l = 0; l < layers; l++) {
                for (int x = 0; x < after[l].length; x++) {
                    move = Math.max(move, Math.abs(after[l][x] - before[l][x]));
                }
            }
            if (move <= tol) {
                return new Result(g, sweep, true, move);
            }
        }
        return new Result(g, maxSweeps, false, move);
    }

    /** P_G(s) = σ after tilting log G by λ·1[s]: λ = logit σ − logit P. In place. */
    static void projectWant(double[] logG, double[] f, double target) {
        double logIn = logMass(logG, f, 1);
        double logOut = logMass(logG, f, 0);
        if (logIn == Double.NEGATIVE_INFINITY || logOut == Double.NEGATIVE_INFINITY) {
            return; // the indicator is constant on the support: nothing a tilt can move
        }
        if (!(target > 0 && target < 1)) {
            throw new ModelException("a want target of 0 or 1 is not reachable by a finite tilt: " + target);
        }
        double lambda = (Math.log(target) - Math.log1p(-target)) - (logIn - logOut);
        tilt(logG, f, 1, lambda);
    }

    /** The joint projection onto (a#G_lower)(k) − (marg G_upper)(k) = d. In place. */
    static void projectKey(double[] lower, double[] upper, int[] lowerKey, int[] upperKey, int k, double d) {
        double la = logMassKey(lower, lowerKey, k, true);
        double lna = logMassKey(lower, lowerKey, k, false);
        double lb = logMassKey(upper, upperKey, k, true);
        double lnb = logMassKey(upper, upperKey, k, false);
        double a = la - lna; // log-odds of the lower mass on key k (±∞ allowed)
        double b = lb - lnb;
        boolean aFixed = Double.isInfinite(a);
        boolean bFixed = Double.isInfinite(b);
        if (aFixed && bFixed) {
            return;
        }
        double lambda = solveGap(a, b, d);
        if (!aFixed) {
            tiltKey(lower, lowerKey, k, lambda);
        }
        if (!bFixed) {
            tiltKey(upper, upperKey, k, -lambda);
        }
    }

    /** The root λ of h(λ) = σ(a + λ) − σ(b − λ) − d, nondecreasing in λ: growing bracket, then bisection. */
    static double solveGap(double a, double b, double d) {
        double lo = -1;
        double hi = 1;
        while (gap(a, b, lo) > d) {
            lo *= 2;
            if (lo < -MAX_LAMBDA) {
                throw new ModelException("key projection: no root below " + lo + " for gap " + d + " (log-odds " + a + ", " + b + ")");
            }
        }
        while (gap(a, b, hi) < d) {
            hi *= 2;
            if (hi > MAX_LAMBDA) {
                throw new ModelException("key projection: no root above " + hi + " for gap " + d + " (log-odds " + a + ", " + b + ")");
            }
        }
        for (int it = 0; it < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo) + Math.abs(hi)); it++) {
            double mid = 0.5 * (lo + hi);
            if (gap(a, b, mid) < d) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double gap(double a, double b, double lambda) {
        return sigma(a + lambda) - sigma(b - lambda);
    }

    /** σ(t) = 1/(1 + e^{−t}), exact at ±∞. */
    static double sigma(double t) {
        if (t >= 0) {
            return 1 / (1 + Math.exp(-t));
        }
        double e = Math.exp(t);
        return e / (1 + e);
    }

    private static double logMass(double[] logG, double[] f, double value) {
        double m = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < logG.length; x++) {
            if (f[x] == value) {
                m = Math.max(m, logG[x]);
            }
        }
        if (m == Double.NEGATIVE_INFINITY) {
            return m;
        }
        double s = 0;
        for (int x = 0; x < logG.length; x++) {
            if (f[x] == value) {
                s += Math.exp(logG[x] - m);
            }
        }
        return m + Math.log(s);
    }

    private static double logMassKey(double[] logG, int[] key, int k, boolean in) {
        double m = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < logG.length; x++) {
            if ((key[x] == k) == in) {
                m = Math.max(m, logG[x]);
            }
        }
        if (m == Double.NEGATIVE_INFINITY) {
            return m;
        }
        double s = 0;
        for (int x = 0; x < logG.length; x++) {
            if ((key[x] == k) == in) {
                s += Math.exp(logG[x] - m);
            }
        }
        return m + Math.log(s);
    }

    private static void tilt(double[] logG, double[] f, double value, double lambda) {
        for (int x = 0; x < logG.length; x++) {
            if (f[x] == value) {
                logG[x] += lambda;
            }
        }
        normalise(logG);
    }

    private static void tiltKey(double[] logG, int[] key, int k, double lambda) {
        for (int x = 0; x < logG.length; x++) {
            if (key[x] == k) {
                logG[x] += lambda;
            }
        }
        normalise(logG);
    }

    private static void normalise(double[] logG) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : logG) {
            m = Math.max(m, v);
        }
        double s = 0;
        for (double v : logG) {
            s += Math.exp(v - m);
        }
        double z = m + Math.log(s);
        for (int x = 0; x < logG.length; x++) {
            logG[x] -= z;
        }
    }

    /** exp of each layer's log probabilities. */
    public static double[][] probabilities(double[][] logG) {
        double[][] p = new double[logG.length][];
        for (int l = 0; l < logG.length; l++) {
            p[l] = new double[logG[l].length];
            for (int x = 0; x < p[l].length; x++) {
                p[l][x] = Math.exp(logG[l][x]);
            }
        }
        return p;
    }
}
