package org.valuegrowth.market;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.LogSpace;
import org.valuegrowth.numeric.ModelException;

/**
 * The initial wealth of each trader, in natural-log space (so that 2^-5000 does not underflow).
 *
 * <p>Wealth is not normalised: the total Z = Σ_i w_i(0) is whatever the prior gives and is then
 * conserved by every Kelly step. Shares are w_i/Z. See {@code spec/market.md} §3.
 */
public sealed interface Prior permits Prior.Simplicity, Prior.Enumeration, Prior.Uniform, Prior.Explicit {

    /**
     * ln w_i(0) for each trader, in order.
     *
     * @throws ModelException if the prior does not fit the traders
     */
    double[] logInitialWealth(Vector<PredictorTrader> traders);

    /**
     * w_i(0) for each trader, in order, in scaled form (exact exponent): 2^-c stays exact for every
     * description length c up to 2^61 bits, where ln w(0) as a double would round by |ln w|·2^-53.
     *
     * @throws ModelException if the prior does not fit the traders
     */
    ScaledWealth initialWealth(Vector<PredictorTrader> traders);

    /** The simplicity prior: w_i(0) = 2^-c_i, so ln w_i(0) = −c_i·ln 2. */
    record Simplicity() implements Prior {
        @Override
        public double[] logInitialWealth(Vector<PredictorTrader> traders) {
            double[] out = new double[traders.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = LogSpace.logOfTwoToMinus(traders.get(i).complexityBits());
            }
            return out;
        }

        @Override
        public ScaledWealth initialWealth(Vector<PredictorTrader> traders) {
            double[] bits = new double[traders.size()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = traders.get(i).complexityBits();
            }
            return ScaledWealth.ofBits(bits);
        }
    }

    /**
     * The Logical Induction paper's weights 2^-(k+b) (Garrabrant et al. 2016, §5.3, TradingFirm):
     * k = i + 1 the 1-based position of trader i in the market's list, b the budget.
     *
     * @param budget b, finite and &gt;= 0, the same for every trader
     */
    record Enumeration(double budget) implements Prior {
        /** Validates b. */
        public Enumeration {
            ModelException.requireNonNegative("enumeration budget b", budget);
        }

        @Override
        public double[] logInitialWealth(Vector<PredictorTrader> traders) {
            double[] out = new double[traders.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = LogSpace.logOfTwoToMinus(i + 1 + budget);
            }
            return out;
        }

        @Override
        public ScaledWealth initialWealth(Vector<PredictorTrader> traders) {
            double[] bits = new double[traders.size()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = i + 1 + budget;
            }
            return ScaledWealth.ofBits(bits);
        }
    }

    /** Equal wealth 1/N for each of the N traders (total 1). */
    record Uniform() implements Prior {
        @Override
        public double[] logInitialWealth(Vector<PredictorTrader> traders) {
            double[] out = new double[traders.size()];
            java.util.Arrays.fill(out, -Math.log(traders.size()));
            return out;
        }

        @Override
        public ScaledWealth initialWealth(Vector<PredictorTrader> traders) {
            double[] m = new double[traders.size()];
            java.util.Arrays.fill(m, 1.0 / traders.size());
            return ScaledWealth.of(m, new long[m.length]);
        }
    }

    /**
     * Given log-wealths (e.g. a pretrained market's), one per trader.
     *
     * @param logWealth ln w_i(0): each finite or −∞, at least one finite
     */
    record Explicit(Vector<Double> logWealth) implements Prior {
        /** Validates the entries. */
        public Explicit {
            if (logWealth == null || logWealth.isEmpty()) {
                throw new ModelException("explicit log-wealth must be non-empty: " + logWealth);
            }
            boolean anyFinite = false;
            for (int i = 0; i < logWealth.size(); i++) {
                Double v = logWealth.get(i);
                if (v == null || Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                    throw new ModelException("explicit log-wealth[" + i + "] must be finite or -Infinity: " + v);
                }
                anyFinite |= Double.isFinite(v);
            }
            if (!anyFinite) {
                throw new ModelException("explicit log-wealth has no finite entry: " + logWealth);
            }
        }

        /** From an array (copied). */
        public static Explicit of(double... logWealth) {
            return new Explicit(Vector.ofAll(logWealth));
        }

        @Override
        public double[] logInitialWealth(Vector<PredictorTrader> traders) {
            if (traders.size() != logWealth.size()) {
                throw new ModelException("explicit prior has " + logWealth.size() + " entries for "
                        + traders.size() + " traders");
            }
            double[] out = new double[logWealth.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = logWealth.get(i);
            }
            return out;
        }

        @Override
        public ScaledWealth initialWealth(Vector<PredictorTrader> traders) {
            return ScaledWealth.ofLog(logInitialWealth(traders));
        }
    }
}
