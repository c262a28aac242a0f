package org.valuegrowth.market;

import io.vavr.collection.Vector;

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

    /** ln w_i(0) by spec §3. */
    static double[] logPrior(Prior prior, Vector<PredictorTrader> traders) {
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

    /** The posterior shares: prior × Π likelihoods, normalised (plain Bayes). */
    static double[] posterior(Vector<PredictorTrader> traders, Prior prior, int[] symbols) {
        double[] lw = logPrior(prior, traders);
        double[] loss = traderLogLosses(traders, symbols);
        for (int i = 0; i < lw.length; i++) {
            lw[i] -= loss[i];
        }
        return normalise(lw);
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
