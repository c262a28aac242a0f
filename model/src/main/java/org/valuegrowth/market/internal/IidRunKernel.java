package org.valuegrowth.market.internal;

import org.valuegrowth.numeric.ModelException;

/**
 * The Kelly market of i.i.d. (history-free) traders over a sequence of outcomes: the fast path of
 * pretraining. A private workspace holds the wealth as w_i = mant[i] · 2^exp[i] with a lazily
 * refreshed per-trader factor scale[i] = 2^{exp[i] − R} (R the largest exponent at the last
 * renormalisation), so each step is one fused pass over plain {@code double[]}s:
 * mant[i] ← mant[i] · p_i(x) / q and, in the same pass, acc[y] += mant[i] · scale[i] · p_i(y), the
 * numerators of the next prices. Nothing is allocated per step.
 *
 * <p>Invariants between steps (see {@code spec/market.md} §4):
 * <ul>
 *   <li>Every positive mant[i] lies in [2^-BAND, 2^{BAND+1}]: U and L bound the mantissas' log2
 *       drift since the last renormalisation from above and below (per step by log2(max_i p_i(x)/q)
 *       and log2(min_{i: p_i(x)>0} p_i(x)/q)); a step that would leave the band renormalises first
 *       (exact: only exponents move).
 *   <li>Z = Σ_i mant[i]·scale[i] (fixed at renormalisation, in [1, 2N)) is conserved by every step:
 *       q = acc[x]/Z, so the new total is acc[x]/q = Z up to this step's rounding alone.
 *   <li>A term with scale 0 (more than 1074 binades below R) is below 2^{BAND+1−1075} · N of Z, far
 *       under the rounding of any price ≥ {@code GUARD}·1; a price below that, or 0, is recomputed
 *       by the exact scaled step ({@link ScaledKernel#stepInto}), which also refuses a true 0.
 * </ul>
 */
public final class IidRunKernel {
    /** Mantissas stay within 2^±BAND of [1,2) between renormalisations. */
    static final int BAND = 500;
    /** Prices below this fraction of the total go through the exact step. */
    static final double GUARD = 0x1p-400;

    private final int n;
    private final int m;
    private final double[][] lik;
    private final double[] hi;
    private final double[] lo;
    private final double[] mant;
    private final long[] exp;
    private final double[] scale;
    private final double[] acc;
    private final double[] weighted;
    private double z;
    private int up;
    private int down;
    private double logLoss;

    private IidRunKernel(double[][] lik, double[] hi, double[] lo, double[] mant, long[] exp) {
        this.n = mant.length;
        this.m = lik.length;
        this.lik = lik;
        this.hi = hi;
        this.lo = lo;
        this.mant = mant;
        this.exp = exp;
        this.scale = new double[n];
        this.acc = new double[m];
        this.weighted = m > 2 ? new double[n] : null;
    }

    /**
     * Runs the market on {@code symbols} and writes the final wealth (normal form) into the outputs,
     * which are also the workspace (so nothing is copied at the end).
     *
     * @param lik m &gt;= 2 columns, lik[y][i] = p_i(y) in [0, 1], each of length N
     * @param mant0 initial mantissas, normal form, at least one positive (read only)
     * @param exp0 initial exponents (read only)
     * @param symbols outcomes in [0, m)
     * @param mantOut receives the final mantissas (length N; not {@code mant0})
     * @param expOut receives the final exponents (length N; not {@code exp0})
     * @return the market's cumulative log-loss Σ_t −ln q_t(x_t) in nats
     * @throws ModelException on malformed input, or when an outcome has market probability 0 (the
     *     message names the step)
     */
    public static double run(double[][] lik, double[] mant0, long[] exp0, int[] symbols, double[] mantOut,
            long[] expOut) {
        int n = mant0.length;
        if (lik.length < 2 || exp0.length != n || mantOut.length != n || expOut.length != n) {
            throw new ModelException("run needs >= 2 likelihood columns and arrays of one length " + n + ": columns "
                    + lik.length + ", exponents " + exp0.length + ", outputs " + mantOut.length + "/" + expOut.length);
        }
        double[] hi = new double[lik.length];
        double[] lo = new double[lik.length];
        for (int y = 0; y < lik.length; y++) {
            double[] col = lik[y];
            if (col == null || col.length != n) {
                throw new ModelException("likelihood column " + y + " must have length " + n + ": "
                        + (col == null ? "null" : col.length));
            }
            double h = 0.0;
            double l = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double p = col[i];
                if (!(p >= 0.0 && p <= 1.0)) {
                    throw new ModelException("likelihood[" + y + "][" + i + "] not in [0,1]: " + p);
                }
                h = Math.max(h, p);
                if (p > 0.0) {
                    l = Math.min(l, p);
                }
            }
            hi[y] = h;
            lo[y] = l == Double.POSITIVE_INFINITY ? 1.0 : l;
        }
        for (int t = 0; t < symbols.length; t++) {
            if (symbols[t] < 0 || symbols[t] >= lik.length) {
                throw new ModelException("symbol " + symbols[t] + " at step " + t + " is outside [0, " + lik.length + ")");
            }
        }
        IidRunKernel k = new IidRunKernel(lik, hi, lo, mantOut, expOut);
        k.refresh(k.renormalise(mant0, exp0));
        for (int t = 0; t < symbols.length; t++) {
            k.observe(symbols[t], t);
        }
        k.renormalise(mantOut, expOut);
        return k.logLoss;
    }

    private void observe(int x, int t) {
        double ax = acc[x];
        if (!(ax >= GUARD * z)) {
            exactStep(x, t);
            return;
        }
        double q = ax / z;
        int du = Math.getExponent(hi[x] / q) + 1;
        int dl = Math.getExponent(lo[x] / q);
        if (up + du > BAND || down + dl < -BAND) {
            refresh(renormalise(mant, exp));
            ax = acc[x];
            if (!(ax >= GUARD * z)) {
                exactStep(x, t);
                return;
            }
            q = ax / z;
            du = Math.getExponent(hi[x] / q) + 1;
            dl = Math.getExponent(lo[x] / q);
            if (du > BAND || dl < -BAND) {
                exactStep(x, t);
                return;
            }
        }
        up += du;
        down += dl;
        logLoss -= Math.log(q);
        double invq = 1.0 / q;
        if (m == 2) {
            fusedBinary(mant, scale, x, invq, lik[0], lik[1], acc);
        } else {
            update(mant, scale, lik[x], invq, weighted);
            for (int y = 0; y < m; y++) {
                acc[y] = dot(weighted, lik[y]);
            }
        }
    }

    /**
     * The hot loop (binary alphabet): one pass updates every mantissa and accumulates both next
     * price numerators. Written as a plain counted loop over aligned indices so that C2 vectorises it.
     */
    static void fusedBinary(double[] mant, double[] scale, int x, double invq, double[] lik0, double[] lik1,
            double[] acc) {
        double a0 = 0.0;
        double a1 = 0.0;
        if (x == 0) {
            for (int i = 0; i < mant.length; i++) {
                double l0 = lik0[i];
                double v = mant[i] * l0 * invq;
                mant[i] = v;
                double w = v * scale[i];
                a0 += w * l0;
                a1 += w * lik1[i];
            }
        } else {
            for (int i = 0; i < mant.length; i++) {
                double l1 = lik1[i];
                double v = mant[i] * l1 * invq;
                mant[i] = v;
                double w = v * scale[i];
                a0 += w * lik0[i];
                a1 += w * l1;
            }
        }
        acc[0] = a0;
        acc[1] = a1;
    }

    /** The update for m &gt; 2: mant[i] ← mant[i]·lik[i]/q and weighted[i] = mant[i]·scale[i]. */
    static void update(double[] mant, double[] scale, double[] lik, double invq, double[] weighted) {
        for (int i = 0; i < mant.length; i++) {
            double v = mant[i] * lik[i] * invq;
            mant[i] = v;
            weighted[i] = v * scale[i];
        }
    }

    static double dot(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The exact scaled step, for a price too small for the fast path or a drift beyond the band. */
    private void exactStep(int x, int t) {
        renormalise(mant, exp);
        Scaled total = ScaledKernel.sum(mant, exp, null);
        double lq = ScaledKernel.stepInto(mant, exp, lik[x], total, mant, exp);
        if (lq == Double.NEGATIVE_INFINITY) {
            throw new ModelException("symbol " + x + " at step " + t
                    + " has market probability 0 (every trader with wealth gives it probability 0)");
        }
        logLoss -= lq;
        refresh(renormalise(mant, exp));
    }

    /** Recomputes the scales for the top exponent, Z and the price numerators; resets the drift bounds. */
    private void refresh(long top) {
        double z0 = 0.0;
        for (int i = 0; i < n; i++) {
            double sc = mant[i] == 0.0 ? 0.0 : ScaledKernel.pow2(Math.max(exp[i] - top, -2000));
            scale[i] = sc;
            z0 += mant[i] * sc;
        }
        z = z0;
        if (m == 2) {
            double a0 = 0.0;
            double a1 = 0.0;
            double[] l0 = lik[0];
            double[] l1 = lik[1];
            for (int i = 0; i < n; i++) {
                double w = mant[i] * scale[i];
                a0 += w * l0[i];
                a1 += w * l1[i];
            }
            acc[0] = a0;
            acc[1] = a1;
        } else {
            for (int i = 0; i < n; i++) {
                weighted[i] = mant[i] * scale[i];
            }
            for (int y = 0; y < m; y++) {
                acc[y] = dot(weighted, lik[y]);
            }
        }
        up = 0;
        down = 0;
    }

    /**
     * Writes the normal form of src into the workspace (exactly: exponents absorb the change, so
     * src may be the workspace itself); returns the top exponent.
     */
    private long renormalise(double[] srcMant, long[] srcExp) {
        long top = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            double v = srcMant[i];
            if (v == 0.0) {
                mant[i] = 0.0;
                exp[i] = 0;
                continue;
            }
            long bits = Double.doubleToRawLongBits(v);
            int field = (int) (bits >>> 52) & 0x7ff;
            int e;
            if (field != 0) { // normal (always, inside the band): set the exponent field to 0
                e = field - 1023;
                mant[i] = Double.longBitsToDouble((bits & 0x800fffffffffffffL) | 0x3ff0000000000000L);
            } else {
                e = ScaledKernel.exponent(v);
                mant[i] = Math.scalb(v, -e);
            }
            long k = srcExp[i] + e;
            ScaledKernel.requireExponent(k);
            exp[i] = k;
            top = Math.max(top, k);
        }
        if (top == Long.MIN_VALUE) {
            throw new ModelException("no trader has wealth");
        }
        return top;
    }
}
