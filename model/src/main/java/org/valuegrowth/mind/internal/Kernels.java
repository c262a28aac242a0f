package org.valuegrowth.mind.internal;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.LogSpace;
import org.valuegrowth.numeric.ModelException;

/** Pure kernels over {@code double[]}: tilts, log-space normalisation, means. Inputs are never mutated. */
public final class Kernels {
    private Kernels() {
    }

    /** Element-wise natural log (ln 0 = −∞). */
    public static double[] log(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Math.log(p[i]);
        }
        return out;
    }

    /** a + b element-wise (−∞ + finite = −∞). */
    public static double[] add(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    /** ln p + λ f, keeping −∞ where p = 0. */
    public static double[] tiltLog(double[] logP, double[] f, double lambda) {
        double[] out = new double[logP.length];
        for (int i = 0; i < logP.length; i++) {
            out[i] = logP[i] == Double.NEGATIVE_INFINITY ? logP[i] : logP[i] + lambda * f[i];
        }
        return out;
    }

    /** ln Σ exp(x_i). */
    public static double logSumExp(double[] x) {
        return LogSpace.logSumExp(x);
    }

    /** exp(x_i − logSumExp(x)). */
    public static double[] normaliseLog(double[] x) {
        return LogSpace.normalise(x);
    }

    /** Σ p_i f_i. */
    public static double mean(double[] p, double[] f) {
        double s = 0.0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                s += p[i] * f[i];
            }
        }
        return s;
    }

    /** The array as a Vavr vector. */
    public static Vector<Double> vector(double[] x) {
        Vector<Double> v = Vector.empty();
        for (double d : x) {
            v = v.append(d);
        }
        return v;
    }

    /** The vector as a fresh array. */
    public static double[] array(Vector<Double> v) {
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = v.get(i);
        }
        return out;
    }

    /**
     * The λ with E_{Q_λ}[f] = alpha for Q_λ ∝ p·exp(λ f), given min f &lt; alpha &lt; max f on the
     * support: bracket by doubling, then Newton steps that fall back to bisection when they leave
     * the bracket. Accurate to about 1e-13 in λ.
     */
    public static double solveLambda(double[] p, double[] f, double alpha) {
        double[] logP = log(p);
        double lo = -1.0;
        double hi = 1.0;
        while (meanAt(logP, f, lo) > alpha) {
            lo *= 2;
            if (lo < -1e6) {
                throw new ModelException("no bracket for lambda below " + lo + " (target " + alpha + ")");
            }
        }
        while (meanAt(logP, f, hi) < alpha) {
            hi *= 2;
            if (hi > 1e6) {
                throw new ModelException("no bracket for lambda above " + hi + " (target " + alpha + ")");
            }
        }
        double x = 0.5 * (lo + hi);
        for (int it = 0; it < 200; it++) {
            double[] q = normaliseLog(tiltLog(logP, f, x));
            double m = mean(q, f);
            double var = 0.0;
            for (int i = 0; i < q.length; i++) {
                if (q[i] > 0) {
                    var += q[i] * (f[i] - m) * (f[i] - m);
                }
            }
            double g = m - alpha;
            if (g > 0) {
                hi = x;
            } else {
                lo = x;
            }
            double next = var > 0 ? x - g / var : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - x) <= 1e-15 * Math.max(1.0, Math.abs(x)) || hi - lo <= 1e-15) {
                return next;
            }
            x = next;
        }
        return x;
    }

    private static double meanAt(double[] logP, double[] f, double lambda) {
        return mean(normaliseLog(tiltLog(logP, f, lambda)), f);
    }

    /**
     * Solves A·x = b by Gaussian elimination with partial pivoting (A square, copied, not mutated).
     *
     * @throws ModelException if A is singular to working precision
     */
    public static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            if (!(Math.abs(m[piv][c]) > 1e-300)) {
                throw new ModelException("singular system at column " + c);
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                if (f != 0) {
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
