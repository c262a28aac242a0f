package org.valuegrowth.verdict;

import org.valuegrowth.numeric.ModelException;

/**
 * How far a verdict is from flipping: the extreme value of the search's figure over what it
 * explored, against the threshold the statement uses.
 *
 * <p>For "∃ x: f(x) ≥ t" the search reports max f; the verdict is FOUND iff max f ≥ t, so it flips
 * at t = max f. For "∀ x: f(x) ≥ δ" it reports min f; a counterexample exists iff min f &lt; δ.
 * {@code exact} says whether the extreme is over the whole class (the search did not stop early);
 * otherwise it is a bound from the part explored (at least the reported value for a maximum).
 *
 * @param figure the figure's name with its unit, e.g. "concept gap |P_G(c) − P_G′(c)| (probability)"
 * @param extremum whether the maximum or the minimum is reported
 * @param value the extreme value (finite or ±∞; NaN only when nothing was explored)
 * @param comparison how the statement compares the figure with the threshold: "≥", "&gt;", "≤", "&lt;"
 * @param threshold the statement's threshold
 * @param exact whether {@code value} is the extreme over the whole class
 * @param attainedAt where the extreme is attained, in words (a schedule, a setting), or "" if nowhere
 */
public record Margin(String figure, Extremum extremum, double value, String comparison, double threshold,
                     boolean exact, String attainedAt) {
    /** Validates the parts. */
    public Margin {
        if (figure == null || figure.isBlank() || extremum == null || attainedAt == null) {
            throw new ModelException("a margin needs a figure, an extremum and a place");
        }
        if (!(">=".equals(comparison) || ">".equals(comparison) || "<=".equals(comparison) || "<".equals(comparison))) {
            throw new ModelException("margin comparison must be one of >=, >, <=, <: " + comparison);
        }
        if (Double.isNaN(threshold)) {
            throw new ModelException("margin threshold is NaN");
        }
    }

    /** Which extreme a margin reports. */
    public enum Extremum {
        /** The largest value of the figure. */
        MAX,
        /** The smallest value of the figure. */
        MIN
    }

    /** "max over the class of gap = 0.788 (the statement compares gap ≥ 0.9; the verdict flips at 0.788)". */
    public String describe() {
        String ext = extremum == Extremum.MAX ? "max" : "min";
        String where = exact ? "over the class" : "over the part explored (the search stopped early)";
        return ext + " " + where + " of " + figure + " = " + Fmt6.of(value)
                + (attainedAt.isEmpty() ? "" : ", at " + attainedAt)
                + "; the statement tests " + comparison + " " + Fmt6.of(threshold)
                + ", so the verdict flips at a threshold of " + Fmt6.of(value);
    }

    /** Six significant digits, stable across locales. */
    static final class Fmt6 {
        private Fmt6() {
        }

        static String of(double v) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return Double.toString(v);
            }
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            if (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e9) {
                return String.format(java.util.Locale.ROOT, "%.6g", v);
            }
            return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        }
    }
}
