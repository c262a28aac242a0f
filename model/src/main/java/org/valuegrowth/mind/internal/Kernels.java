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
     * support ({@link #solveLambdaLog} on ln p).
     */
    public static double solveLambda(double[] p, double[] f, double alpha) {
        return solveLambdaLog(log(p), f, alpha);
    }

    /** The iteration cap of {@link #solveLambdaLog}; reaching it throws. */
    public static final int LAMBDA_ITERATIONS = 400;

    /**
     * The λ with E_{Q_λ}[f] = alpha for Q_λ ∝ exp(logP + λ f) (logP need not be normalised; −∞ marks
     * points outside the support), given lo &lt; alpha &lt; hi with lo, hi the extremes of f on the
     * support.
     *
     * <p>Log-odds form: with R = hi − lo, d = (f − lo)/R, e = (hi − f)/R (both in [0, 1]),
     * a = alpha − lo, b = hi − alpha, the root μ = λR of φ(μ) = ln E_Q[d] − ln E_Q[e] − ln(a/b)
     * = lse(ln p + μd + ln d) − lse(ln p + μd + ln e) − ln(a/b) (the partition function cancels). φ is increasing, asymptotically linear on both
     * sides, and exactly μ + const for an indicator feature, so Newton is exact there in one step;
     * a mean near an end of the range keeps its relative precision (a target of 1e-200, or down to
     * the smallest subnormal, is a log-odds of −460 or −744, not a mean to compare with 0). The
     * exponent is shifted by μ·hi for μ &gt; 0, so no term overflows. Safeguarded Newton: while the root
     * is not bracketed every step goes at least growth·|μ| further, growth doubling each time (a
     * bracket that grows until it brackets, reaching the end of the double range in about 45 steps;
     * if the largest μ with a finite λ still does not bracket, no finite λ exists and it throws);
     * inside a bracket, steps leaving it, or three steps that fail to halve it, are
     * replaced by a midpoint (geometric for a bracket of one sign). Stops when the step is below
     * 2^−50·max(|μ|, 1).
     * The mean then meets alpha to relative error ≤ ~1e-12·(1 + |μ|) of min(a, b).
     *
     * @throws ModelException if alpha is not strictly inside the range, if λ is beyond the double
     *     range, or after {@link #LAMBDA_ITERATIONS} iterations (with the bracket and the values)
     */
    public static double solveLambdaLog(double[] logP, double[] f, double alpha) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int i = 0; i < logP.length; i++) {
            if (logP[i] > Double.NEGATIVE_INFINITY) {
                ModelException.requireFinite("feature value", f[i]);
                lo = Math.min(lo, f[i]);
                hi = Math.max(hi, f[i]);
                n++;
            }
        }
        if (!(alpha > lo && alpha < hi)) {
            throw new ModelException("target " + alpha + " is not strictly inside the feature range (" + lo + ", " + hi + ")");
        }
        // features in units of the range R = hi − lo, so that d, e ∈ [0, 1] and μ is O(1) for ordinary
        // targets; (f − lo)/R is formed from halves when hi − lo overflows. λ = μ/R.
        double sigma = Double.isInfinite(hi - lo) ? 0.5 : 1.0;
        double range = sigma * hi - sigma * lo;
        double[] lp = new double[n];
        double[] d = new double[n];
        double[] e = new double[n];
        int k = 0;
        for (int i = 0; i < logP.length; i++) {
            if (logP[i] > Double.NEGATIVE_INFINITY) {
                lp[k] = logP[i];
                d[k] = (sigma * f[i] - sigma * lo) / range;
                e[k] = (sigma * hi - sigma * f[i]) / range;
                k++;
            }
        }
        double target = Math.log(sigma * alpha - sigma * lo) - Math.log(sigma * hi - sigma * alpha);
        LogOdds phi = new LogOdds(lp, d, e, target);
        double floor = 0x1p-50;
        // λ = μ·σ/R; the largest |μ| whose λ is finite (R may be subnormal, so 1/R is not formed)
        double limit = range >= 1 ? Double.MAX_VALUE : Math.min(Double.MAX_VALUE, Double.MAX_VALUE * range / sigma);
        double growth = 1;
        double left = Double.NEGATIVE_INFINITY;
        double right = Double.POSITIVE_INFINITY;
        double x = 0.0;
        double width = Double.POSITIVE_INFINITY;
        int stalled = 0;
        for (int it = 0; it < LAMBDA_ITERATIONS; it++) {
            phi.at(x);
            if (phi.value == 0) {
                return lambdaOf(x, sigma, range, alpha, lo, hi);
            }
            if (phi.value < 0) {
                left = x;
            } else {
                right = x;
            }
            double step = phi.slope > 0 && Double.isFinite(phi.slope) && Double.isFinite(phi.value)
                    ? phi.value / phi.slope : Double.NaN;
            double next = x - step;
            if (Double.isFinite(step) && Math.abs(step) <= 0x1p-50 * Math.max(Math.abs(x), 1)
                    && next >= left && next <= right) {
                return lambdaOf(next, sigma, range, alpha, lo, hi);
            }
            if (Double.isInfinite(left) || Double.isInfinite(right)) {
                // not bracketed yet: each step goes at least growth·|x| further, growth doubling (the bracket
                // reaches the end of the double range in about 45 steps), but never past the largest μ whose
                // λ is finite; not bracketed there either means no finite λ
                double dir = phi.value < 0 ? 1 : -1;
                double least = x + dir * Math.max(Math.abs(x) * growth, 1);
                growth *= 2;
                if (!(dir * (next - least) >= 0) || Double.isInfinite(next)) {
                    next = least;
                }
                if (!(Math.abs(next) <= limit)) {
                    if (Math.abs(x) >= limit) {
                        throw new ModelException("I-projection: no finite lambda reaches target " + alpha + " (feature range ("
                                + lo + ", " + hi + "), lambda beyond " + x * sigma / range + ")");
                    }
                    next = dir * limit;
                }
            } else {
                double w = right - left;
                if (w <= 0x1p-52 * Math.max(Math.abs(left), Math.abs(right)) || w <= floor) {
                    return lambdaOf(Math.abs(step) < Double.POSITIVE_INFINITY && next >= left && next <= right ? next : x,
                            sigma, range, alpha, lo, hi);
                }
                stalled = w > 0.5 * width ? stalled + 1 : 0;
                if (w <= 0.5 * width) {
                    width = w;
                }
                if (!(next > left && next < right) || stalled >= 3) {
                    next = midpoint(left, right, floor);
                    stalled = 0;
                    width = w;
                }
            }
            x = next;
        }
        throw new ModelException("I-projection: lambda not found in " + LAMBDA_ITERATIONS + " iterations (target " + alpha
                + ", feature range (" + lo + ", " + hi + "), bracket [" + left * sigma / range + ", " + right * sigma / range
                + "], last " + x * sigma / range + ")");
    }

    /** λ = μ·σ/R, or a loud failure when it is beyond the double range. */
    private static double lambdaOf(double mu, double sigma, double range, double alpha, double lo, double hi) {
        double lambda = mu * sigma / range;
        if (Double.isInfinite(lambda)) {
            throw new ModelException("I-projection: no finite lambda reaches target " + alpha + " (feature range (" + lo + ", "
                    + hi + "), lambda = " + mu + " per unit of the range " + (hi - lo) + ")");
        }
        return lambda;
    }

    /** λ·(f − c) without overflow of f − c (then computed as 2λ·(f/2 − c/2)); ±∞ only if the product is. */
    public static double times(double lambda, double f, double c) {
        double d = f - c;
        return Double.isInfinite(d) ? (2 * lambda) * (0.5 * f - 0.5 * c) : lambda * d;
    }

    /** A midpoint of a finite bracket: of the bit patterns (geometric) when it has one sign. */
    private static double midpoint(double left, double right, double floor) {
        if (left >= 0) {
            double a = Math.max(left, floor);
            return a < right ? Double.longBitsToDouble((Double.doubleToRawLongBits(a) + Double.doubleToRawLongBits(right)) >>> 1)
                    : 0.5 * (left + right);
        }
        if (right <= 0) {
            return -midpoint(-right, -left, floor);
        }
        return 0.5 * (left + right);
    }

    /** φ(μ) and φ'(μ) of {@link #solveLambdaLog}. */
    private static final class LogOdds {
        private final double[] lp;
        private final double[] d;
        private final double[] e;
        private final double target;
        private final double[] logD;
        private final double[] logE;
        private final double[] t;
        double value;
        double slope;

        LogOdds(double[] lp, double[] d, double[] e, double target) {
            this.lp = lp;
            this.d = d;
            this.e = e;
            this.target = target;
            this.t = new double[lp.length];
            this.logD = log(d);
            this.logE = log(e);
        }

        void at(double mu) {
            double m1 = Double.NEGATIVE_INFINITY;
            double m2 = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < lp.length; i++) {
                // exponent shifted by μ·hi when μ > 0, so it is never positive
                t[i] = lp[i] + (mu > 0 ? -mu * e[i] : mu * d[i]);
                if (d[i] > 0) {
                    m1 = Math.max(m1, t[i] + logD[i]);
                }
                if (e[i] > 0) {
                    m2 = Math.max(m2, t[i] + logE[i]);
                }
            }
            if (m1 == Double.NEGATIVE_INFINITY || m2 == Double.NEGATIVE_INFINITY) {
                value = m1 == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                slope = Double.NaN;
                return;
            }
            double s1 = 0;
            double s1d = 0;
            double s2 = 0;
            double s2d = 0;
            for (int i = 0; i < lp.length; i++) {
                if (d[i] > 0) {
                    double w = Math.exp(t[i] + logD[i] - m1);
                    s1 += w;
                    s1d += w * d[i];
                }
                if (e[i] > 0) {
                    double w = Math.exp(t[i] + logE[i] - m2);
                    s2 += w;
                    s2d += w * d[i];
                }
            }
            value = (m1 + Math.log(s1)) - (m2 + Math.log(s2)) - target;
            slope = s1d / s1 - s2d / s2;
        }
    }

    /**
     * ln E_Q[f − lo] − ln(alpha − lo) or ln E_Q[hi − f] − ln(hi − alpha), whichever end alpha is
     * nearer, as |e^x − 1|: the relative error of the mean measured from that end of the feature range
     * on the support of Q ∝ exp(logQ). Sums of non-negative terms in log space, so the gap is exact
     * to a few ulps for targets down to the smallest subnormal and up to 1 − 2^−53.
     *
     * @return 0 when the feature is constant on the support and equals alpha; +∞ when alpha is outside
     */
    public static double relativeGap(double[] logQ, double[] f, double alpha) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logQ.length; i++) {
            if (logQ[i] > Double.NEGATIVE_INFINITY) {
                lo = Math.min(lo, f[i]);
                hi = Math.max(hi, f[i]);
            }
        }
        if (lo == hi) {
            return alpha == lo ? 0.0 : Double.POSITIVE_INFINITY;
        }
        if (!(alpha >= lo && alpha <= hi)) {
            return Double.POSITIVE_INFINITY;
        }
        boolean low = alpha - lo <= hi - alpha;
        double end = low ? lo : hi;
        double[] num = new double[logQ.length];
        for (int i = 0; i < logQ.length; i++) {
            double dist = Math.abs(f[i] - end);
            num[i] = logQ[i] > Double.NEGATIVE_INFINITY && dist > 0 ? logQ[i] + Math.log(dist) : Double.NEGATIVE_INFINITY;
        }
        double logMean = LogSpace.logSumExp(num) - LogSpace.logSumExp(logQ);
        double aim = Math.abs(alpha - end);
        if (aim == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(Math.expm1(logMean - Math.log(aim)));
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
