package org.valuegrowth.market.internal;

import org.valuegrowth.numeric.ModelException;

/**
 * A non-negative number in scaled form, mantissa · 2^exponent, with the mantissa in [1, 2) or
 * exactly 0 (then the exponent is 0). The exponent is a 64-bit integer, so 2^-(10^16) and
 * 2^-(10^16 + 5000) are both exact and their ratio is exact.
 *
 * @param mantissa in [1, 2), or 0
 * @param exponent |exponent| &lt;= {@link ScaledKernel#MAX_EXPONENT}; 0 when the mantissa is 0
 */
public record Scaled(double mantissa, long exponent) {
    /** Zero. */
    public static final Scaled ZERO = new Scaled(0.0, 0);

    /** Validates the normal form. */
    public Scaled {
        if (!(mantissa == 0.0 ? exponent == 0 : mantissa >= 1.0 && mantissa < 2.0)) {
            throw new ModelException("scaled mantissa must be in [1,2) (or 0 with exponent 0): " + mantissa
                    + " * 2^" + exponent);
        }
        ScaledKernel.requireExponent(exponent);
    }

    /** The normal form of m · 2^k for finite m &gt;= 0 (exact: only the exponent moves). */
    public static Scaled of(double m, long k) {
        if (!(m >= 0.0) || m == Double.POSITIVE_INFINITY) {
            throw new ModelException("scaled value needs a finite mantissa >= 0: " + m);
        }
        if (m == 0.0) {
            return ZERO;
        }
        int e = ScaledKernel.exponent(m);
        return new Scaled(ScaledKernel.mantissa(m, e), k + e);
    }

    /** Whether this is 0. */
    public boolean isZero() {
        return mantissa == 0.0;
    }

    /** ln of the value: −∞ for 0; accurate to about one ulp of the result (see {@link ScaledKernel#log}). */
    public double log() {
        return mantissa == 0.0 ? Double.NEGATIVE_INFINITY : ScaledKernel.log(mantissa, exponent);
    }

    /** The value as a double (0 on underflow, +∞ on overflow). */
    public double toDouble() {
        return Math.scalb(mantissa, (int) Math.max(-2000, Math.min(2000, exponent)));
    }
}
