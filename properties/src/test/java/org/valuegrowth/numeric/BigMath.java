package org.valuegrowth.numeric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * High-precision references for the numeric property suites: exp and ln on {@link BigDecimal},
 * written here from their series so that the code under test (double arithmetic with log-space
 * tricks) is checked against an independent computation.
 *
 * <p>exp: argument halved s times until |x| &lt; 2^-8, Taylor series, then squared s times, with
 * s/3 + 10 guard digits. ln: x = m·10^k with m in [1, 10), then Newton's iteration
 * y ← y + 2(m − e^y)/(m + e^y) from the double estimate, plus k·ln 10.
 */
public final class BigMath {
    /** 60 significant digits: the default working precision of the references. */
    public static final MathContext MC = new MathContext(60, RoundingMode.HALF_EVEN);

    private static BigDecimal ln10;
    private static int ln10Digits;

    private BigMath() {
    }

    /** The exact value of a double. */
    public static BigDecimal exact(double x) {
        return new BigDecimal(x);
    }

    /** e^x to {@code mc} significant digits; |x| must be below about 10^9 (BigDecimal's exponent range). */
    public static BigDecimal exp(BigDecimal x, MathContext mc) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        int s = 0;
        BigDecimal r = x;
        BigDecimal limit = new BigDecimal("0.00390625");
        while (r.abs().compareTo(limit) > 0) {
            r = r.divide(BigDecimal.valueOf(2));
            s++;
        }
        MathContext work = new MathContext(mc.getPrecision() + 10 + s / 3 + 1, RoundingMode.HALF_EVEN);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(work.getPrecision() + 2);
        for (int k = 1; k < 10_000; k++) {
            term = term.multiply(r, work).divide(BigDecimal.valueOf(k), work);
            sum = sum.add(term, work);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        for (int i = 0; i < s; i++) {
            sum = sum.multiply(sum, work);
        }
        return sum.round(mc);
    }

    /** ln x for x &gt; 0 to {@code mc} significant digits (absolute error about 10^-digits for x near 1). */
    public static BigDecimal ln(BigDecimal x, MathContext mc) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("ln of " + x);
        }
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        x = x.round(work);
        // x = m·10^k, m in [1, 10)
        int k = x.precision() - x.scale() - 1;
        BigDecimal m = x.movePointLeft(k);
        BigDecimal y = lnNewton(m, work);
        if (k != 0) {
            y = y.add(ln10(work).multiply(BigDecimal.valueOf(k), work), work);
        }
        return y.round(mc);
    }

    private static BigDecimal lnNewton(BigDecimal m, MathContext work) {
        BigDecimal y = new BigDecimal(Math.log(m.doubleValue()));
        // Newton from 16 correct digits doubles them each step; one more step once below the tolerance
        BigDecimal tol = BigDecimal.ONE.movePointLeft(work.getPrecision() / 2);
        boolean last = false;
        for (int it = 0; it < 100; it++) {
            BigDecimal e = exp(y, work);
            BigDecimal step = m.subtract(e, work).multiply(BigDecimal.valueOf(2), work).divide(m.add(e, work), work);
            y = y.add(step, work);
            if (last) {
                return y;
            }
            last = step.abs().compareTo(tol) < 0;
        }
        throw new ArithmeticException("ln did not converge for " + m);
    }

    private static synchronized BigDecimal ln10(MathContext work) {
        if (ln10 == null || ln10Digits < work.getPrecision()) {
            ln10 = lnNewton(BigDecimal.TEN, new MathContext(work.getPrecision() + 10, RoundingMode.HALF_EVEN));
            ln10Digits = work.getPrecision();
        }
        return ln10;
    }

    /** e^x − 1 to {@code mc} significant digits, by its series for |x| &lt; 1/2 (no cancellation near 0). */
    public static BigDecimal expm1(BigDecimal x, MathContext mc) {
        if (x.abs().compareTo(new BigDecimal("0.5")) >= 0) {
            MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
            return exp(x, work).subtract(BigDecimal.ONE).round(mc);
        }
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal term = x;
        BigDecimal sum = x;
        for (int k = 2; k < 10_000; k++) {
            term = term.multiply(x, work).divide(BigDecimal.valueOf(k), work);
            sum = sum.add(term, work);
            if (term.abs().compareTo(sum.abs().movePointLeft(work.getPrecision() + 2)) < 0) {
                break;
            }
        }
        return sum.round(mc);
    }

    /** ln(1 + x) for x &gt; −1 to {@code mc} significant digits: 2·atanh(x/(2 + x)) by its series for |x| &lt; 1/2. */
    public static BigDecimal log1p(BigDecimal x, MathContext mc) {
        if (x.abs().compareTo(new BigDecimal("0.5")) >= 0) {
            return ln(BigDecimal.ONE.add(x), mc);
        }
        if (x.signum() == 0) {
            return BigDecimal.ZERO;
        }
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal t = x.divide(BigDecimal.valueOf(2).add(x), work);
        BigDecimal t2 = t.multiply(t, work);
        BigDecimal power = t;
        BigDecimal sum = t;
        for (int k = 3; k < 100_000; k += 2) {
            power = power.multiply(t2, work);
            BigDecimal add = power.divide(BigDecimal.valueOf(k), work);
            sum = sum.add(add, work);
            if (add.abs().compareTo(sum.abs().movePointLeft(work.getPrecision() + 2)) < 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(2)).round(mc);
    }

    /** ln of a positive double, exactly converted first. */
    public static BigDecimal ln(double x) {
        return ln(exact(x), MC);
    }

    /** |got − ref| / |ref| as a double (∞ if ref = 0 and got ≠ 0, 0 if both are 0). */
    public static double relativeError(double got, BigDecimal ref) {
        if (ref.signum() == 0) {
            return got == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return exact(got).subtract(ref).abs().divide(ref.abs(), MC).doubleValue();
    }

    /** |got − ref| as a double. */
    public static double absoluteError(double got, BigDecimal ref) {
        return exact(got).subtract(ref).abs().doubleValue();
    }

    /** The exact sum of doubles. */
    public static BigDecimal sum(double[] x) {
        BigDecimal s = BigDecimal.ZERO;
        for (double v : x) {
            s = s.add(exact(v));
        }
        return s;
    }

    /** A BigInteger power of two as a BigDecimal, for exact scaling. */
    public static BigDecimal twoTo(int k) {
        return k >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(k)) : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-k)));
    }
}
