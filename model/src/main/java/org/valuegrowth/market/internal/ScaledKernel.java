package org.valuegrowth.market.internal;

import org.valuegrowth.numeric.ModelException;

/**
 * Exact-range arithmetic for Kelly wealth in scaled form: w_i = mant[i] · 2^exp[i], with
 * mant[i] in [1, 2) or 0 (the <em>normal form</em>) and exp[i] a 64-bit integer. Pure static
 * functions; inputs are never mutated (an output array may be the input array only where said).
 *
 * <p>Why: a double log-wealth ln w = −c·ln 2 has an absolute rounding of |ln w|·2^-53, about 1 nat
 * at c = 10^16 bits, so two traders of 10^16 and 10^16 + 2 bits could not be told apart; a linear
 * double underflows below 2^-1074. In scaled form the exponent is exact, every product and quotient
 * rounds the mantissa once (relative 2^-53), and sums are taken relative to the largest exponent.
 * See {@code spec/market.md} §4.
 */
public final class ScaledKernel {
    /** The largest |exponent| accepted (2^62, so that sums of two exponents cannot overflow). */
    public static final long MAX_EXPONENT = 1L << 62;
    /** ln 2 rounded to a double (= {@code Math.log(2)}). */
    public static final double LN2 = 0.6931471805599453;
    /** ln 2 − {@link #LN2}, so that LN2 + LN2_LO carries ln 2 to about 2^-106. */
    public static final double LN2_LO = 2.319046813846299558e-17;

    private ScaledKernel() {
    }

    /** Throws unless |k| &lt;= {@link #MAX_EXPONENT}. */
    static void requireExponent(long k) {
        if (k > MAX_EXPONENT || k < -MAX_EXPONENT) {
            throw new ModelException("binary exponent out of range (|k| <= 2^62): " + k);
        }
    }

    /** floor(log2 x) for finite x &gt; 0, subnormals included. */
    public static int exponent(double x) {
        int e = Math.getExponent(x);
        return e == Double.MIN_EXPONENT - 1 ? Math.getExponent(x * 0x1p64) - 64 : e;
    }

    /** x · 2^-e for finite x &gt; 0 with e = {@link #exponent}(x): the mantissa in [1, 2), exactly. */
    public static double mantissa(double x, int e) {
        if (e >= Double.MIN_EXPONENT) { // normal: set the biased exponent field to 1023
            return Double.longBitsToDouble((Double.doubleToRawLongBits(x) & 0x800fffffffffffffL) | 0x3ff0000000000000L);
        }
        return Math.scalb(x, -e);
    }

    /** 2^d as a double: exact for −1074 &lt;= d &lt;= 1023, 0 below, +∞ above. */
    public static double pow2(long d) {
        if (d >= Double.MIN_EXPONENT) {
            return d > Double.MAX_EXPONENT ? Double.POSITIVE_INFINITY : Double.longBitsToDouble((d + 1023) << 52);
        }
        return d >= -1074 ? Double.longBitsToDouble(1L << (d + 1074)) : 0.0;
    }

    /**
     * ln(m · 2^k) for m &gt; 0 finite: k·ln 2 is formed from two exactly representable parts of k
     * and a two-product, so the error is about one ulp of the result plus the error of ln m.
     */
    public static double log(double m, long k) {
        double lm = Math.log(m);
        if (k == 0) {
            return lm;
        }
        // k = kh + kl, both exact doubles of k's sign (|kl| < 2^21): no cancellation between them.
        long kl = k % (1L << 21);
        double dh = k - kl;
        double dl = kl;
        double ph = dh * LN2;
        double eh = Math.fma(dh, LN2, -ph);
        double pl = dl * LN2;
        double el = Math.fma(dl, LN2, -pl);
        double lo = dh * LN2_LO + dl * LN2_LO;
        return ph + (pl + (eh + el + lo + lm));
    }

    /**
     * The scaled form of e^lw: −∞ gives 0; otherwise k = floor(lw / ln 2) and the mantissa
     * e^{lw − k ln 2}, with lw − k ln 2 formed from an exact split of k and two-products, so the
     * mantissa is right to a few ulps for |lw| &lt;= 2^53 (10^16 bits); beyond, the error grows as
     * |lw|·2^-106 (from ln 2 ≈ LN2 + LN2_LO), far below the rounding |lw|·2^-53 of lw itself.
     *
     * @throws ModelException for NaN, +∞, or |lw| beyond 2^61 · ln 2
     */
    public static Scaled fromLog(double lw) {
        if (lw == Double.NEGATIVE_INFINITY) {
            return Scaled.ZERO;
        }
        if (!(Math.abs(lw) <= 0x1p61 * LN2)) {
            throw new ModelException("log-wealth must be -Infinity or finite with |ln w| <= 2^61 ln 2: " + lw);
        }
        long k = (long) Math.floor(lw / LN2);
        long kl = k % (1L << 21);
        double dh = k - kl;
        double dl = kl;
        double ph = dh * LN2;
        double eh = Math.fma(dh, LN2, -ph);
        double pl = dl * LN2;
        double el = Math.fma(dl, LN2, -pl);
        // r = lw − k ln 2 in [0, ln 2) up to rounding: every subtraction's error is carried.
        double a = lw - ph;
        double ea = twoSumError(lw, -ph, a);
        double b = a - pl;
        double eb = twoSumError(a, -pl, b);
        double lo = dh * LN2_LO;
        double elo = Math.fma(dh, LN2_LO, -lo);
        double r = b + (ea + eb - eh - el - (lo + elo + dl * LN2_LO));
        return Scaled.of(Math.exp(r), k);
    }

    /** ln(a / b) for positive scaled a and b, exact in the exponent difference. */
    public static double logRatio(Scaled a, Scaled b) {
        return log(a.mantissa() / b.mantissa(), a.exponent() - b.exponent());
    }

    /** The rounding error of s = a + b (Knuth's two-sum): a + b = s + error exactly. */
    private static double twoSumError(double a, double b, double s) {
        double bb = s - a;
        return (a - (s - bb)) + (b - bb);
    }

    /**
     * The scaled form of 2^-c for finite c with |c| &lt;= 2^61: exponent −⌈c⌉ and mantissa
     * 2^{⌈c⌉ − c}, within 2 ulps (exact when c is an integer).
     */
    public static Scaled fromBits(double c) {
        double[] m = new double[1];
        long[] k = new long[1];
        fromBitsInto(new double[] {c}, m, k);
        return new Scaled(m[0], k[0]);
    }

    /**
     * {@link #fromBits} for each entry, into normal-form arrays (the prior's hot path: no object
     * per trader).
     *
     * @throws ModelException naming the first entry that is not finite with |c| &lt;= 2^61
     */
    public static void fromBitsInto(double[] bits, double[] mantOut, long[] expOut) {
        for (int i = 0; i < bits.length; i++) {
            double c = bits[i];
            if (!(Math.abs(c) <= 0x1p61)) {
                throw new ModelException("bits[" + i + "] must be finite with |c| <= 2^61: " + c);
            }
            double n = Math.floor(c);
            double f = c - n; // exact: the fractional bits of c
            long k = -(long) n;
            if (f == 0.0) {
                mantOut[i] = 1.0;
                expOut[i] = k;
                continue;
            }
            // 2^-f = e^{-(x + e)} with x + e = f ln 2 to about 2^-106: e^{-x} (1 − e), in (1/2, 1].
            double x = f * LN2;
            double e = Math.fma(f, LN2, -x) + f * LN2_LO;
            double m = Math.exp(-x);
            double v = 2.0 * (m - m * e);
            int ev = Math.getExponent(v);
            mantOut[i] = mantissa(v, ev);
            expOut[i] = k - 1 + ev;
        }
    }

    /**
     * Writes the normal form of mant[i] · 2^exp[i] into the outputs (which may be the inputs).
     *
     * @param mant finite, &gt;= 0
     * @throws ModelException for a negative or non-finite mantissa or an exponent out of range
     */
    public static void normaliseInto(double[] mant, long[] exp, double[] mantOut, long[] expOut) {
        for (int i = 0; i < mant.length; i++) {
            Scaled s = Scaled.of(mant[i], exp[i]);
            mantOut[i] = s.mantissa();
            expOut[i] = s.exponent();
        }
    }

    /**
     * The largest exponent of a positive entry of a normal-form array, or {@link Long#MIN_VALUE}
     * when every mantissa is 0.
     */
    public static long maxExponent(double[] mant, long[] exp) {
        long k = Long.MIN_VALUE;
        for (int i = 0; i < mant.length; i++) {
            if (mant[i] != 0.0 && exp[i] > k) {
                k = exp[i];
            }
        }
        return k;
    }

    /**
     * Σ_i weight[i] · mant[i] · 2^exp[i] in scaled form, for a normal-form array and weights in
     * [0, 1] ({@code null}: all 1). Each term is formed exactly up to one rounding of the product
     * (subnormal weights are scaled up first), terms are added relative to the running largest
     * exponent; terms 2^1074 below it are dropped (they are below the sum's rounding).
     */
    public static Scaled sum(double[] mant, long[] exp, double[] weight) {
        long top = Long.MIN_VALUE;
        double s = 0.0;
        for (int i = 0; i < mant.length; i++) {
            double m = mant[i];
            double w = weight == null ? 1.0 : weight[i];
            if (m == 0.0 || w == 0.0) {
                continue;
            }
            long k = exp[i];
            double p = m * w;
            if (p < Double.MIN_NORMAL) {
                p = m * (w * 0x1p200);
                k -= 200;
            }
            int e = Math.getExponent(p);
            p *= pow2(-e);
            k += e;
            if (k > top) {
                s = top == Long.MIN_VALUE ? 0.0 : s * pow2(Math.max(top - k, -2000));
                top = k;
            }
            s += p * pow2(Math.max(k - top, -2000));
        }
        return top == Long.MIN_VALUE ? Scaled.ZERO : Scaled.of(s, top);
    }

    /**
     * One Kelly step in scaled form: w_i' = w_i · lik_i / q with q = Σ_j w_j lik_j / Σ_j w_j
     * (Beygelzimer, Langford, Pennock 2012). Each new mantissa is rounded twice (the product and the
     * common factor 1/q), exponents are exact, so the posterior shares w_i'/Σw' are right to a few
     * ulps whatever the range of the wealths.
     *
     * @param mant normal form, at least one positive
     * @param exp exponents
     * @param lik p_i(x) in [0, 1]
     * @param total Σ_j w_j (the caller's exact total)
     * @param mantOut receives the new mantissas (normal form); may be {@code mant}
     * @param expOut receives the new exponents; may be {@code exp}
     * @return ln q; −∞ (outputs untouched) when every trader with wealth gives lik 0
     */
    public static double stepInto(double[] mant, long[] exp, double[] lik, Scaled total, double[] mantOut,
            long[] expOut) {
        Scaled s1 = sum(mant, exp, lik);
        if (s1.isZero()) {
            return Double.NEGATIVE_INFINITY;
        }
        double r = total.mantissa() / s1.mantissa();
        long dk = total.exponent() - s1.exponent();
        for (int i = 0; i < mant.length; i++) {
            double m = mant[i];
            double w = lik[i];
            if (m == 0.0 || w == 0.0) {
                mantOut[i] = 0.0;
                expOut[i] = 0;
                continue;
            }
            long k = exp[i] + dk;
            double p = m * w;
            if (p < Double.MIN_NORMAL) {
                p = m * (w * 0x1p200);
                k -= 200;
            }
            int e = Math.getExponent(p);
            p = p * pow2(-e) * r; // in (1/2, 4): normal
            int f = Math.getExponent(p);
            mantOut[i] = p * pow2(-f);
            expOut[i] = k + e + f;
        }
        return log(s1.mantissa() / total.mantissa(), s1.exponent() - total.exponent());
    }

    /**
     * ln(w_i / Σ_j w_j) for each i into {@code out}: −∞ for zero wealth; otherwise
     * ln(mant_i / T_m) + (exp_i − T_k) ln 2 with the exponent difference exact.
     *
     * @param total Σ_j w_j, positive
     */
    public static void logSharesInto(double[] mant, long[] exp, Scaled total, double[] out) {
        for (int i = 0; i < mant.length; i++) {
            out[i] = mant[i] == 0.0 ? Double.NEGATIVE_INFINITY
                    : log(mant[i] / total.mantissa(), exp[i] - total.exponent());
        }
    }

    /**
     * w_i / Σ_j w_j as doubles into {@code out}: two roundings, 0 where the share is below 2^-1075
     * (a subnormal share keeps only its leading bits).
     *
     * @param total Σ_j w_j, positive
     */
    public static void sharesInto(double[] mant, long[] exp, Scaled total, double[] out) {
        for (int i = 0; i < mant.length; i++) {
            long d = Math.max(-2000, Math.min(2000, exp[i] - total.exponent()));
            out[i] = Math.scalb(mant[i] / total.mantissa(), (int) d);
        }
    }

    /**
     * w_i / 2^K into {@code out}, K the largest exponent of a positive entry (returned): the wealth
     * relative to the richest trader's binade, in (0, 2) for it and exact down to 2^-1074.
     */
    public static long relativeInto(double[] mant, long[] exp, double[] out) {
        long top = maxExponent(mant, exp);
        for (int i = 0; i < mant.length; i++) {
            out[i] = mant[i] == 0.0 ? 0.0 : mant[i] * pow2(Math.max(exp[i] - top, -2000));
        }
        return top;
    }
}
