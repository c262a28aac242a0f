package org.valuegrowth.mind.internal;

import org.valuegrowth.numeric.ModelException;

/**
 * The minimum-change reflection step on a layered goal-model ({@code spec/mind.md} §6): one damped
 * Gauss–Newton step on the inconsistency energy, taken in the coordinates of the constraint
 * multipliers, so that every iterate stays in the exponential family through the goal-model where
 * reflection started.
 *
 * <p>The goal-model is a tuple (G_0, …, G_L), one distribution per layer, held as normalised
 * natural-log probabilities (−∞ for impossible worlds). The energy is
 * E = Σ_ℓ Σ_c w_c (P_{G_ℓ}(s_c) − α_c)² + Σ_{ℓ≥1} Σ_k (m_ℓ(k) − t_ℓ(k))², with m_ℓ the marginal of G_ℓ on
 * its grounded atoms and t_ℓ = a_ℓ#G_{ℓ−1} the push-forward of the layer below. A step moves the
 * multipliers μ (one per want, one per key of every layer ℓ ≥ 1) by δμ and sets
 * <pre>
 *   log G_ℓ += Σ_c δμ_{ℓ,c}·1[s_c] + Σ_k δμ_{ℓ+1,k}·1[key_{ℓ+1}(a(x)) = k] − Σ_k δμ_{ℓ,k}·1[key_ℓ(x) = k],
 * </pre>
 * renormalised: a key multiplier tilts the layer below and the layer above by opposite amounts,
 * exactly as the gradient ∂E/∂G does. Hence log G − log G⁰ stays in the span of the constraint
 * functions with coupled coefficients, and a limit that minimises E is the I-projection of G⁰ onto
 * the minimisers of E (the exponential-family characterisation of the I-projection: Csiszár 1975,
 * Theorem 3.1; Cover &amp; Thomas, 2nd ed., §11.6). δμ solves (JᵀJ + λ·diag(JᵀJ) + νI)δμ = −Jᵀr
 * (Levenberg–Marquardt), J the derivatives of the residuals in μ (covariances under G), and the
 * step is accepted only if it lowers E, so E never rises.
 */
public final class MinimumChangeKernel {
    private MinimumChangeKernel() {
    }

    /**
     * The structure the energy is defined on.
     *
     * @param wantF wantF[ℓ][c][x] ∈ {0,1}, the indicator of want c of layer ℓ
     * @param target target[ℓ][c] ∈ [0,1]
     * @param weight weight[ℓ][c] &gt; 0
     * @param worldKey worldKey[ℓ][x]: the key of world x of layer ℓ (its grounded atoms, packed)
     * @param lowerKey lowerKey[ℓ][y] for ℓ ≥ 1: the key of layer ℓ that world y of layer ℓ−1 maps to (null at ℓ = 0)
     * @param keyCount keyCount[ℓ] = 2^(number of grounded atoms of ℓ)
     */
    public record Structure(double[][][] wantF, double[][] target, double[][] weight, int[][] worldKey,
                            int[][] lowerKey, int[] keyCount) {
    }

    /** The energy of {@code logG}. */
    public static double energy(double[][] logG, Structure s) {
        double[][] g = probabilities(logG);
        double e = 0;
        for (int l = 0; l < g.length; l++) {
            for (int c = 0; c < s.wantF()[l].length; c++) {
                double d = mean(g[l], s.wantF()[l][c]) - s.target()[l][c];
                e += s.weight()[l][c] * d * d;
            }
            if (l > 0) {
                double[] m = keyMass(g[l], s.worldKey()[l], s.keyCount()[l]);
                double[] t = keyMass(g[l - 1], s.lowerKey()[l], s.keyCount()[l]);
                for (int k = 0; k < m.length; k++) {
                    double d = m[k] - t[k];
                    e += d * d;
                }
            }
        }
        return e;
    }

    /**
     * One step from {@code logG} (not mutated).
     *
     * @param damping the initial Levenberg–Marquardt damping λ₀ &gt; 0, multiplied by 4 after each rejected trial
     * @param maxTrials rejected trials allowed before giving up
     * @param guard true to accept only a step that lowers the energy; false takes the first trial
     *     whatever it does (the unguarded step)
     * @return the new log goal-models, or null when no step was taken (zero gradient or every trial rejected)
     */
    public static double[][] step(double[][] logG, Structure s, double damping, int maxTrials, boolean guard) {
        int layers = logG.length;
        double[][] g = probabilities(logG);
        // parameters: wants (ℓ, c), then keys (ℓ ≥ 1, k)
        int params = 0;
        int[] wantBase = new int[layers];
        int[] keyBase = new int[layers];
        for (int l = 0; l < layers; l++) {
            wantBase[l] = params;
            params += s.wantF()[l].length;
        }
        for (int l = 1; l < layers; l++) {
            keyBase[l] = params;
            params += s.keyCount()[l];
        }
        if (params == 0) {
            return null;
        }
        // phi[l][i] = the function by which parameter i tilts layer l (null if it does not touch l)
        double[][][] phi = new double[layers][params][];
        for (int l = 0; l < layers; l++) {
            int n = g[l].length;
            for (int c = 0; c < s.wantF()[l].length; c++) {
                phi[l][wantBase[l] + c] = s.wantF()[l][c];
            }
            if (l > 0) {
                for (int k = 0; k < s.keyCount()[l]; k++) {
                    double[] f = new double[n];
                    for (int x = 0; x < n; x++) {
                        f[x] = s.worldKey()[l][x] == k ? -1.0 : 0.0;
                    }
                    phi[l][keyBase[l] + k] = f;
                }
            }
            if (l + 1 < layers) {
                for (int k = 0; k < s.keyCount()[l + 1]; k++) {
                    double[] f = new double[n];
                    for (int x = 0; x < n; x++) {
                        f[x] = s.lowerKey()[l + 1][x] == k ? 1.0 : 0.0;
                    }
                    phi[l][keyBase[l + 1] + k] = f;
                }
            }
        }
        // Centre every function on its layer under G: a constant part moves nothing after normalising,
        // but a large multiplier on it would swamp log G and lose every digit of the goal weights.
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < params; i++) {
                if (phi[l][i] != null) {
                    double mu = mean(g[l], phi[l][i]);
                    double[] c = new double[phi[l][i].length];
                    for (int x = 0; x < c.length; x++) {
                        c[x] = phi[l][i][x] - mu;
                    }
                    phi[l][i] = c;
                }
            }
        }
        // residuals and their derivatives: d E_G[h] / dμ_i = Cov_G(h, phi_i)
        java.util.List<Double> res = new java.util.ArrayList<>();
        java.util.List<double[]> jac = new java.util.ArrayList<>();
        for (int l = 0; l < layers; l++) {
            for (int c = 0; c < s.wantF()[l].length; c++) {
                double sw = Math.sqrt(s.weight()[l][c]);
                double[] h = s.wantF()[l][c];
                res.add(sw * (mean(g[l], h) - s.target()[l][c]));
                double[] row = new double[params];
                for (int i = 0; i < params; i++) {
                    if (phi[l][i] != null) {
                        row[i] = sw * cov(g[l], h, phi[l][i]);
                    }
                }
                jac.add(row);
            }
            if (l > 0) {
                for (int k = 0; k < s.keyCount()[l]; k++) {
                    double[] hm = indicator(s.worldKey()[l], k);
                    double[] ht = indicator(s.lowerKey()[l], k);
                    res.add(mean(g[l], hm) - mean(g[l - 1], ht));
                    double[] row = new double[params];
                    for (int i = 0; i < params; i++) {
                        double v = 0;
                        if (phi[l][i] != null) {
                            v += cov(g[l], hm, phi[l][i]);
                        }
                        if (phi[l - 1][i] != null) {
                            v -= cov(g[l - 1], ht, phi[l - 1][i]);
                        }
                        row[i] = v;
                    }
                    jac.add(row);
                }
            }
        }
        int m = res.size();
        double[][] a = new double[params][params];
        double[] b = new double[params];
        for (int i = 0; i < params; i++) {
            for (int r = 0; r < m; r++) {
                b[i] -= jac.get(r)[i] * res.get(r);
            }
            for (int j = i; j < params; j++) {
                double v = 0;
                for (int r = 0; r < m; r++) {
                    v += jac.get(r)[i] * jac.get(r)[j];
                }
                a[i][j] = v;
                a[j][i] = v;
            }
        }
        double bnorm = 0;
        for (double v : b) {
            bnorm = Math.max(bnorm, Math.abs(v));
        }
        if (!(bnorm > 0)) {
            return null;
        }
        double e0 = energy(logG, s);
        // Marquardt scaling only: an absolute floor would swamp the directions whose derivatives
        // vanish as goal weights approach 0, which are exactly the ones a boundary optimum needs.
        // Parameters that move nothing are left out of the system.
        double maxDiag = 0;
        for (int i = 0; i < params; i++) {
            maxDiag = Math.max(maxDiag, a[i][i]);
        }
        // a diagonal at the level of rounding (JᵀJ entries ~ ε² relative) marks a direction that moves nothing
        double dead = 1e-24 * maxDiag;
        int[] live = java.util.stream.IntStream.range(0, params).filter(i -> a[i][i] > dead).toArray();
        double lambda = damping;
        for (int trial = 0; trial <= maxTrials; trial++, lambda *= 4) {
            double[][] damped = new double[live.length][live.length];
            double[] rhs = new double[live.length];
            for (int i = 0; i < live.length; i++) {
                for (int j = 0; j < live.length; j++) {
                    damped[i][j] = a[live[i]][live[j]];
                }
                damped[i][i] *= 1 + lambda;
                rhs[i] = b[live[i]];
            }
            double[] sol = Kernels.solve(damped, rhs);
            double[] dmu = new double[params];
            double predicted = 0;
            for (int i = 0; i < live.length; i++) {
                dmu[live[i]] = sol[i];
                predicted += sol[i] * rhs[i];
            }
            if (trial == 0 && guard && !(predicted > STATIONARY * (1 + e0))) {
                return null; // the Gauss-Newton model predicts no decrease worth a step: a fixed point
            }
            double[][] next = moved(logG, phi, dmu, 1.0);
            if (!guard) {
                return next;
            }
            if (energy(next, s) < e0) {
                return next;
            }
        }
        return null;
    }

    /** Predicted decreases of the energy below this (relative to 1 + E) count as none: E is at rounding level there. */
    static final double STATIONARY = 1e-30;

    private static double[][] moved(double[][] logG, double[][][] phi, double[] dmu, double scale) {
        double[][] next = new double[logG.length][];
        for (int l = 0; l < logG.length; l++) {
            next[l] = logG[l].clone();
            for (int i = 0; i < dmu.length; i++) {
                if (phi[l][i] != null && dmu[i] != 0) {
                    double d = scale * dmu[i];
                    for (int x = 0; x < next[l].length; x++) {
                        next[l][x] += d * phi[l][i][x];
                    }
                }
            }
            normalise(next[l]);
        }
        return next;
    }

    private static double[] indicator(int[] key, int k) {
        double[] f = new double[key.length];
        for (int x = 0; x < key.length; x++) {
            f[x] = key[x] == k ? 1.0 : 0.0;
        }
        return f;
    }

    private static double[] keyMass(double[] g, int[] key, int keys) {
        double[] m = new double[keys];
        for (int x = 0; x < g.length; x++) {
            m[key[x]] += g[x];
        }
        return m;
    }

    private static double mean(double[] g, double[] f) {
        double s = 0;
        for (int x = 0; x < g.length; x++) {
            if (g[x] > 0) {
                s += g[x] * f[x];
            }
        }
        return s;
    }

    /** Cov_G(h, f) computed as E[(h − E h)(f − E f)] (centred, so no cancellation at the extremes). */
    private static double cov(double[] g, double[] h, double[] f) {
        double mh = mean(g, h);
        double mf = mean(g, f);
        double s = 0;
        for (int x = 0; x < g.length; x++) {
            if (g[x] > 0) {
                s += g[x] * (h[x] - mh) * (f[x] - mf);
            }
        }
        return s;
    }

    private static void normalise(double[] logG) {
        double mx = Double.NEGATIVE_INFINITY;
        for (double v : logG) {
            mx = Math.max(mx, v);
        }
        if (!(mx > Double.NEGATIVE_INFINITY) || Double.isInfinite(mx)) {
            throw new ModelException("reflection step produced no finite goal weight: max log weight " + mx);
        }
        double sum = 0;
        for (double v : logG) {
            sum += Math.exp(v - mx);
        }
        double z = mx + Math.log(sum);
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
