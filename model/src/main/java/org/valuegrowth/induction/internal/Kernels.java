package org.valuegrowth.induction.internal;

import org.valuegrowth.logic.Sentence;

/**
 * Pure numeric kernels of the induction market over {@code double[]}; no argument is mutated.
 *
 * <p>A world is represented by its pattern over the tracked sentences: bit j of a {@code long} is
 * W(φ_j). Holdings are shares per sentence plus cash spent; their value in W is
 * Σ_j shares_j·W(φ_j) − cash.
 */
public final class Kernels {
    private Kernels() {
    }

    /** W(φ_j) ∈ {0,1}. */
    public static int bit(long pattern, int j) {
        return (int) ((pattern >>> j) & 1L);
    }

    /** The distinct patterns over {@code sentences} of the given worlds, in increasing order. */
    public static long[] patterns(long[] worlds, Sentence[] sentences) {
        java.util.TreeSet<Long> set = new java.util.TreeSet<>();
        for (long w : worlds) {
            long p = 0;
            for (int j = 0; j < sentences.length; j++) {
                if (sentences[j].eval(w)) {
                    p |= 1L << j;
                }
            }
            set.add(p);
        }
        long[] out = new long[set.size()];
        int i = 0;
        for (long p : set) {
            out[i++] = p;
        }
        return out;
    }

    /** The value of a trade in world {@code pattern}: Σ_j q_j·(W(φ_j) − p_j). */
    public static double tradeValue(double[] q, double[] prices, long pattern) {
        double v = 0;
        for (int j = 0; j < q.length; j++) {
            if (q[j] != 0) {
                v += q[j] * (bit(pattern, j) - prices[j]);
            }
        }
        return v;
    }

    /** The largest trade value over the patterns. */
    public static double maxTradeValue(double[] q, double[] prices, long[] patterns) {
        double m = Double.NEGATIVE_INFINITY;
        for (long w : patterns) {
            m = Math.max(m, tradeValue(q, prices, w));
        }
        return m;
    }

    /**
     * The largest trade value over every truth assignment of the sentences:
     * Σ_j max(q_j·(1 − p_j), −q_j·p_j), since the assignments of distinct sentences are independent.
     */
    public static double maxTradeValueAllWorlds(double[] q, double[] prices) {
        double v = 0;
        for (int j = 0; j < q.length; j++) {
            if (q[j] != 0) {
                v += Math.max(q[j] * (1 - prices[j]), -q[j] * prices[j]);
            }
        }
        return v;
    }

    /**
     * The sup-norm distance between prices p and their image under the paper's price-adjustment
     * map, max_j |clip(p_j + q_j) − p_j| (Lemma 5.1.1; 0 exactly at a fixed point). NaN if a
     * quantity is NaN.
     */
    public static double fixedPointResidual(double[] q, double[] prices) {
        double r = 0;
        for (int j = 0; j < q.length; j++) {
            double moved = Math.max(0.0, Math.min(1.0, prices[j] + q[j]));
            double d = Math.abs(moved - prices[j]);
            if (Double.isNaN(q[j])) {
                return Double.NaN;
            }
            r = Math.max(r, d);
        }
        return r;
    }

    /** The value of holdings in world {@code pattern}: Σ_j shares_j·W(φ_j) − cash. */
    public static double holdingsValue(double[] shares, double cash, long pattern) {
        double v = -cash;
        for (int j = 0; j < shares.length; j++) {
            if (bit(pattern, j) == 1) {
                v += shares[j];
            }
        }
        return v;
    }

    /**
     * The Budgeter's scale factor (Garrabrant et al. 2016, eq. 94):
     * inf_W [max(1, −W(T_n)/(b + W(Σ_{i<n} B_i)))]^{-1}, over the given plausible patterns.
     *
     * @param b the budget, > 0
     * @param prevValues W(Σ_{i<n} B_i) per pattern; each must exceed −b
     * @param q today's trade
     * @param prices today's prices
     * @param patterns the plausible worlds of today, as patterns
     */
    public static double budgetFactor(double b, double[] prevValues, double[] q, double[] prices, long[] patterns) {
        double f = 1.0;
        for (int w = 0; w < patterns.length; w++) {
            double room = b + prevValues[w];
            double loss = -tradeValue(q, prices, patterns[w]);
            f = Math.min(f, 1.0 / Math.max(1.0, loss / room));
        }
        return f;
    }
}
