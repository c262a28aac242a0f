package org.valuegrowth.market;

import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Independent re-implementations, for the tests, of the definitions in spec/market.md: predictor
 * formulas (§2), prior log-weights (§3) and plain Bayes over a sequence (§4). They read only the
 * data accessors of the model's records, never its computations.
 */
final class Reference {
    private Reference() {
    }

    /** P(x | x_0 … x_{t−1}) by the formula of spec §2, from the predictor's data. */
    static double probability(Predictor p, int[] symbols, int t, int x) {
        if (p instanceof Predictor.Iid iid) {
            return iid.dist().get(x);
        } else if (p instanceof Predictor.Markov mk) {
            return t == 0 ? mk.initial().get(x) : mk.table().get(symbols[t - 1]).get(x);
        } else if (p instanceof Predictor.Periodic pd) {
            int expected = pd.pattern().get(t % pd.pattern().size());
            return x == expected ? 1 - pd.eps() : pd.eps() / (pd.alphabetSize() - 1);
        } else if (p instanceof Predictor.Laplace lp) {
            int n = 0;
            for (int i = 0; i < t; i++) {
                if (symbols[i] == x) {
                    n++;
                }
            }
            return (n + lp.alpha()) / (t + lp.alphabetSize() * lp.alpha());
        } else if (p instanceof Predictor.Switch sw) {
            return probability(t < sw.k() ? sw.before() : sw.after(), symbols, t, x);
        } else if (p instanceof Predictor.WorldBelief wb) {
            return wb.dist().get(x);
        }
        throw new AssertionError("unknown predictor case " + p);
    }

    /** 60 significant digits for the exact references. */
    static final MathContext MC = new MathContext(60);

    /** ln 2 to 60 digits, from ln 2 = Σ_{k>=1} 1/(k 2^k) (independent of Math.log). */
    static final BigDecimal LN2 = ln2();

    private static BigDecimal ln2() {
        BigDecimal s = BigDecimal.ZERO;
        BigDecimal pow = BigDecimal.ONE;
        for (int k = 1; k <= 220; k++) {
            pow = pow.multiply(BigDecimal.valueOf(2));
            s = s.add(BigDecimal.ONE.divide(pow.multiply(BigDecimal.valueOf(k)), MC), MC);
        }
        return s;
    }

    /**
     * ln w_i(0) by spec §3 as exact decimals (null for zero wealth): −c·ln 2 with c the given double,
     * no rounding of the product, so 10^16-bit and 10^16+2-bit traders stay apart.
     */
    static BigDecimal[] exactLogPrior(Prior prior, Vector<PredictorTrader> traders) {
        int n = traders.size();
        BigDecimal[] out = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            if (prior instanceof Prior.Simplicity) {
                out[i] = new BigDecimal(traders.get(i).complexityBits()).multiply(LN2, MC).negate();
            } else if (prior instanceof Prior.Enumeration e) {
                out[i] = new BigDecimal(i + 1 + e.budget()).multiply(LN2, MC).negate();
            } else if (prior instanceof Prior.Uniform) {
                out[i] = BigDecimal.ZERO; // 1/N for all: a common shift
            } else if (prior instanceof Prior.Explicit x) {
                double v = x.logWealth().get(i);
                out[i] = v == Double.NEGATIVE_INFINITY ? null : new BigDecimal(v);
            } else {
                throw new AssertionError("unknown prior case " + prior);
            }
        }
        return out;
    }

    /**
     * The exact posterior log-shares ln s_i(t) of plain Bayes (−∞ for zero posterior): the prior
     * and Σ_t ln p_i(x_t) are added as decimals, the maximum subtracted exactly, and only then
     * rounded to doubles for the log-sum-exp (whose terms are then at most 1).
     */
    static double[] logPosterior(Vector<PredictorTrader> traders, Prior prior, int[] symbols) {
        return normaliseExact(exactLogWeights(traders, prior, symbols));
    }

    /** ln w_i(0) + Σ_t ln p_i(x_t | x_{<t}) as exact decimals (null for zero weight): unnormalised Bayes. */
    static BigDecimal[] exactLogWeights(Vector<PredictorTrader> traders, Prior prior, int[] symbols) {
        BigDecimal[] a = exactLogPrior(prior, traders);
        for (int i = 0; i < a.length; i++) {
            for (int t = 0; t < symbols.length && a[i] != null; t++) {
                double p = probability(traders.get(i).predictor(), symbols, t, symbols[t]);
                a[i] = p == 0 ? null : a[i].add(new BigDecimal(Math.log(p)), MC);
            }
        }
        return a;
    }

    /** ln Σ_i e^{a_i} of exact log-weights (null = −∞; not all null): the maximum kept exact. */
    static BigDecimal exactLogSumExp(BigDecimal[] a) {
        BigDecimal max = null;
        for (BigDecimal v : a) {
            if (v != null && (max == null || v.compareTo(max) > 0)) {
                max = v;
            }
        }
        double s = 0;
        for (BigDecimal v : a) {
            if (v != null) {
                s += Math.exp(v.subtract(max, MC).doubleValue());
            }
        }
        return max.add(new BigDecimal(Math.log(s)), MC);
    }

    /** ln of the normalised weights of exact log-weights (null = −∞). */
    static double[] normaliseExact(BigDecimal[] a) {
        BigDecimal max = null;
        for (BigDecimal v : a) {
            if (v != null && (max == null || v.compareTo(max) > 0)) {
                max = v;
            }
        }
        if (max == null) {
            throw new AssertionError("no positive weight");
        }
        double s = 0;
        for (BigDecimal v : a) {
            if (v != null) {
                s += Math.exp(v.subtract(max, MC).doubleValue());
            }
        }
        BigDecimal shift = max.add(new BigDecimal(Math.log(s)), MC);
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] == null ? Double.NEGATIVE_INFINITY : a[i].subtract(shift, MC).doubleValue();
        }
        return out;
    }

    /** ln w_i(0) by spec §3, up to one additive constant common to all traders (exact differences). */
    static double[] logPrior(Prior prior, Vector<PredictorTrader> traders) {
        BigDecimal[] a = exactLogPrior(prior, traders);
        BigDecimal max = null;
        for (BigDecimal v : a) {
            if (v != null && (max == null || v.compareTo(max) > 0)) {
                max = v;
            }
        }
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] == null ? Double.NEGATIVE_INFINITY : a[i].subtract(max, MC).doubleValue();
        }
        return out;
    }

    /** ln w_i(0) by spec §3 in plain doubles (the old form, kept for the planted log-double market). */
    static double[] plainLogPrior(Prior prior, Vector<PredictorTrader> traders) {
        int n = traders.size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (prior instanceof Prior.Simplicity) {
                out[i] = -traders.get(i).complexityBits() * Math.log(2);
            } else if (prior instanceof Prior.Enumeration e) {
                out[i] = -(i + 1 + e.budget()) * Math.log(2);
            } else if (prior instanceof Prior.Uniform) {
                out[i] = Math.log(1.0 / n);
            } else if (prior instanceof Prior.Explicit x) {
                out[i] = x.logWealth().get(i);
            } else {
                throw new AssertionError("unknown prior case " + prior);
            }
        }
        return out;
    }

    /** Each trader's cumulative log-loss L_i = Σ_t −ln p_i(x_t | x_{<t}) (may be +∞). */
    static double[] traderLogLosses(Vector<PredictorTrader> traders, int[] symbols) {
        double[] out = new double[traders.size()];
        for (int i = 0; i < out.length; i++) {
            for (int t = 0; t < symbols.length; t++) {
                out[i] -= Math.log(probability(traders.get(i).predictor(), symbols, t, symbols[t]));
            }
        }
        return out;
    }

    /** Normalised shares of log-weights, by a plain max-shift (a second implementation). */
    static double[] normalise(double[] logW) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logW) {
            max = Math.max(max, v);
        }
        double[] out = new double[logW.length];
        double z = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(logW[i] - max);
            z += out[i];
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= z;
        }
        return out;
    }

    /** The posterior shares: prior × Π likelihoods, normalised (plain Bayes, exact log-weights). */
    static double[] posterior(Vector<PredictorTrader> traders, Prior prior, int[] symbols) {
        double[] ls = logPosterior(traders, prior, symbols);
        double[] out = new double[ls.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.exp(ls[i]);
        }
        return out;
    }

    /** ln Σ exp(x_i), plain. */
    static double logSumExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double s = 0;
        for (double v : x) {
            s += Math.exp(v - max);
        }
        return max + Math.log(s);
    }
}
