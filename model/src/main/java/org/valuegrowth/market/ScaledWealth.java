package org.valuegrowth.market;

import java.util.Arrays;
import org.valuegrowth.market.internal.Scaled;
import org.valuegrowth.market.internal.ScaledKernel;
import org.valuegrowth.numeric.ModelException;

/**
 * The wealths of N traders in scaled form, w_i = μ_i · 2^{k_i}, with μ_i in [1, 2) or μ_i = 0 (no
 * wealth) and k_i a 64-bit integer: an immutable value.
 *
 * <p>This is how a {@link KellyMarket} holds its wealth (see {@code spec/market.md} §4). The
 * exponent is exact, so wealths from 2^{-(10^16)} upwards keep their full relative precision, and
 * the ratio of two wealths 5000 bits apart stays exact however large both description lengths
 * are. Linear shares underflow to 0 below 2^-1074; {@link #logShares()} does not.
 */
public final class ScaledWealth {
    private final double[] mantissa;
    private final long[] exponent;
    /** Σ w, computed on first use (an immutable record, so a racy first write is harmless). */
    private Scaled total;

    private ScaledWealth(double[] mantissa, long[] exponent) {
        this(mantissa, exponent, false);
    }

    private ScaledWealth(double[] mantissa, long[] exponent, boolean known) {
        this.mantissa = mantissa;
        this.exponent = exponent;
        if (known) {
            return;
        }
        boolean positive = false;
        for (double m : mantissa) {
            positive |= m > 0.0;
        }
        if (!positive) {
            throw new ModelException("wealth must be positive for at least one of the " + mantissa.length
                    + " traders");
        }
    }

    /** Wraps normal-form arrays that the caller gives up (no copy): for the kernels of this package. */
    static ScaledWealth adopt(double[] mantissa, long[] exponent) {
        return new ScaledWealth(mantissa, exponent);
    }

    /** {@link #adopt} for a kernel that has already established some positive wealth (no check pass). */
    static ScaledWealth adoptPositive(double[] mantissa, long[] exponent) {
        return new ScaledWealth(mantissa, exponent, true);
    }

    /**
     * w_i = 2^{-bits_i} (description lengths in bits), exact in the exponent, the mantissa within 2 ulps.
     *
     * @param bits each finite with |bits_i| &lt;= 2^61; at least one
     * @throws ModelException on an empty array or a value out of range
     */
    public static ScaledWealth ofBits(double... bits) {
        requireNonEmpty(bits);
        double[] m = new double[bits.length];
        long[] k = new long[bits.length];
        ScaledKernel.fromBitsInto(bits, m, k);
        return new ScaledWealth(m, k);
    }

    /**
     * w_i = e^{lw_i} (natural-log wealths), each −∞ (no wealth) or finite with |lw_i| &lt;= 2^61 ln 2,
     * at least one finite. The mantissa is right to a few ulps of e^{lw_i} for the given double lw_i.
     *
     * @throws ModelException on NaN, +∞, a value out of range, or no finite entry
     */
    public static ScaledWealth ofLog(double... logWealth) {
        requireNonEmpty(logWealth);
        double[] m = new double[logWealth.length];
        long[] k = new long[logWealth.length];
        for (int i = 0; i < logWealth.length; i++) {
            Scaled s;
            try {
                s = ScaledKernel.fromLog(logWealth[i]);
            } catch (ModelException e) {
                throw new ModelException("log-wealth[" + i + "]: " + e.getMessage());
            }
            m[i] = s.mantissa();
            k[i] = s.exponent();
        }
        return new ScaledWealth(m, k);
    }

    /**
     * w_i = mantissa_i · 2^{exponent_i} for any finite mantissas &gt;= 0 (normalised here, exactly).
     *
     * @throws ModelException on a negative or non-finite mantissa, an exponent beyond ±2^62,
     *     different lengths, or no positive entry
     */
    public static ScaledWealth of(double[] mantissa, long[] exponent) {
        if (mantissa == null || exponent == null || mantissa.length != exponent.length) {
            throw new ModelException("mantissa and exponent arrays must have one length: "
                    + (mantissa == null ? "null" : mantissa.length) + " vs " + (exponent == null ? "null" : exponent.length));
        }
        requireNonEmpty(mantissa);
        double[] m = new double[mantissa.length];
        long[] k = new long[mantissa.length];
        ScaledKernel.normaliseInto(mantissa, exponent, m, k);
        return new ScaledWealth(m, k);
    }

    private static void requireNonEmpty(double[] a) {
        if (a == null || a.length == 0) {
            throw new ModelException("wealth needs at least one trader: " + (a == null ? "null" : "[]"));
        }
    }

    /** The number of traders N. */
    public int size() {
        return mantissa.length;
    }

    /** μ_i in [1, 2), or 0 when trader i has no wealth. */
    public double mantissa(int i) {
        return mantissa[i];
    }

    /** k_i (0 when trader i has no wealth). */
    public long exponent(int i) {
        return exponent[i];
    }

    /** ln w_i: −∞ for no wealth; a double, so its absolute rounding is |ln w_i| · 2^-53. */
    public double logWealth(int i) {
        return mantissa[i] == 0.0 ? Double.NEGATIVE_INFINITY : ScaledKernel.log(mantissa[i], exponent[i]);
    }

    /** ln w_i for every trader (a fresh array). */
    public double[] logWealth() {
        double[] out = new double[mantissa.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = logWealth(i);
        }
        return out;
    }

    /** ln Σ_i w_i (finite: some wealth is positive). */
    public double logTotal() {
        return total().log();
    }

    /** ln s_i = ln(w_i / Σ_j w_j), exact in the exponent: finite whenever w_i &gt; 0, −∞ otherwise. */
    public double logShare(int i) {
        return mantissa[i] == 0.0 ? Double.NEGATIVE_INFINITY
                : ScaledKernel.log(mantissa[i] / total().mantissa(), exponent[i] - total().exponent());
    }

    /** ln s_i for every trader (a fresh array). */
    public double[] logShares() {
        double[] out = new double[mantissa.length];
        ScaledKernel.logSharesInto(mantissa, exponent, total(), out);
        return out;
    }

    /** s_i = w_i / Σ_j w_j as doubles (0 where a share is below 2^-1075; see {@link #logShares()}). */
    public double[] shares() {
        double[] out = new double[mantissa.length];
        ScaledKernel.sharesInto(mantissa, exponent, total(), out);
        return out;
    }

    /**
     * ln(w_i / w_j), exact in the exponent: finite when both are positive, −∞ when only w_i is 0,
     * +∞ when only w_j is 0.
     *
     * @throws ModelException when both are 0 (the ratio is undefined)
     */
    public double logRatio(int i, int j) {
        if (mantissa[i] == 0.0 && mantissa[j] == 0.0) {
            throw new ModelException("log-ratio of two zero wealths (traders " + i + " and " + j + ") is undefined");
        }
        if (mantissa[i] == 0.0 || mantissa[j] == 0.0) {
            return mantissa[i] == 0.0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return ScaledKernel.log(mantissa[i] / mantissa[j], exponent[i] - exponent[j]);
    }

    /** The normal-form mantissas, shared with the kernels of this package (never written). */
    double[] mantissas() {
        return mantissa;
    }

    /** The exponents, shared with the kernels of this package (never written). */
    long[] exponents() {
        return exponent;
    }

    /** Σ_i w_i in scaled form. */
    Scaled total() {
        Scaled t = total;
        if (t == null) {
            t = ScaledKernel.sum(mantissa, exponent, null);
            total = t;
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScaledWealth w && Arrays.equals(w.mantissa, mantissa) && Arrays.equals(w.exponent, exponent);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mantissa) + Arrays.hashCode(exponent);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ScaledWealth[");
        for (int i = 0; i < Math.min(mantissa.length, 8); i++) {
            b.append(i == 0 ? "" : ", ").append(mantissa[i]).append("*2^").append(exponent[i]);
        }
        return b.append(mantissa.length > 8 ? ", ...]" : "]").toString();
    }
}
