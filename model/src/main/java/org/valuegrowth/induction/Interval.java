package org.valuegrowth.induction;

import org.valuegrowth.numeric.ModelException;

/**
 * A closed interval [lo, hi] of reals with outward-rounded arithmetic, used to enclose the value
 * of a feature or a trade over a box of prices.
 *
 * <p>Every operation returns an interval that contains the exact result for every choice of
 * operands inside the operand intervals (the inclusion property of interval arithmetic, Moore
 * 1966); the ends are widened by one ulp so that double rounding cannot break it. Ends may be
 * infinite (an overflowed bound): they stand for "unbounded", an upper end is never −∞ after
 * outward rounding and a lower end never +∞, so no operation produces NaN.
 *
 * @param lo the lower end
 * @param hi the upper end, {@code lo <= hi}
 */
public record Interval(double lo, double hi) {
    /** Rejects NaN and reversed ends. */
    public Interval {
        if (!(lo <= hi)) {
            throw new ModelException("interval ends reversed or NaN: [" + lo + ", " + hi + "]");
        }
    }

    /** The degenerate interval [x, x]. */
    public static Interval point(double x) {
        return new Interval(x, x);
    }

    /** The sum, rounded outward. */
    public Interval plus(Interval o) {
        double l = lo + o.lo;
        double h = hi + o.hi;
        // −∞ + ∞ (possible only with a degenerate infinite operand) is unbounded, not NaN.
        return new Interval(Double.isNaN(l) ? Double.NEGATIVE_INFINITY : Math.nextDown(l),
                Double.isNaN(h) ? Double.POSITIVE_INFINITY : Math.nextUp(h));
    }

    /**
     * The product, rounded outward. An infinite end stands for "unbounded", so 0 times it is 0 (the
     * exact product of 0 with any real), never NaN.
     */
    public Interval times(Interval o) {
        double a = mul(lo, o.lo);
        double b = mul(lo, o.hi);
        double c = mul(hi, o.lo);
        double d = mul(hi, o.hi);
        return new Interval(Math.nextDown(Math.min(Math.min(a, b), Math.min(c, d))),
                Math.nextUp(Math.max(Math.max(a, b), Math.max(c, d))));
    }

    private static double mul(double x, double y) {
        return x == 0 || y == 0 ? 0.0 : x * y;
    }

    /** The pointwise minimum. */
    public Interval min(Interval o) {
        return new Interval(Math.min(lo, o.lo), Math.min(hi, o.hi));
    }

    /** The pointwise maximum. */
    public Interval max(Interval o) {
        return new Interval(Math.max(lo, o.lo), Math.max(hi, o.hi));
    }

    /** The safe reciprocal 1/max(1, x), which is non-increasing in x, rounded outward. */
    public Interval safeReciprocal() {
        return new Interval(Math.nextDown(1.0 / Math.max(1.0, hi)), Math.min(1.0, Math.nextUp(1.0 / Math.max(1.0, lo))));
    }

    /** Whether {@code x} lies in the interval. */
    public boolean contains(double x) {
        return lo <= x && x <= hi;
    }
}
