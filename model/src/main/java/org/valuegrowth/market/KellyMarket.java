package org.valuegrowth.market;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.internal.Scaled;
import org.valuegrowth.market.internal.ScaledKernel;
import org.valuegrowth.numeric.ModelException;

/**
 * A prediction market of Kelly-betting predictor traders over a finite alphabet: an immutable
 * state (traders, log-wealths, history, cumulative log-loss).
 *
 * <p>The price vector is the wealth-weighted mixture q(x) = Σ_i w_i p_i(x | h) / Σ_i w_i. On
 * outcome x each wealth becomes w_i · p_i(x | h) / q(x) (Beygelzimer, Langford, Pennock 2012,
 * arXiv:1201.6655): the total wealth is conserved and the shares w_i / Σ_j w_j are the Bayesian
 * posterior of the prior shares given the observations. Wealths are stored in scaled form
 * ({@link ScaledWealth}: mantissa and exact 64-bit binary exponent), so description lengths up to
 * 10^16 bits and beyond keep shares right to a relative 1e-9; {@link #logShares()} and
 * {@link #logPredictive(int)} stay finite where the linear values underflow.
 * When the alphabet is the set of worlds of a {@link Language}, {@link #price(Sentence)} is the
 * predictive probability of the worlds satisfying the sentence. See {@code spec/market.md}.
 */
public final class KellyMarket {
    private final Vector<PredictorTrader> traders;
    private final Prior prior;
    private final int alphabetSize;
    private final Option<Language> language;
    private final ScaledWealth wealth;
    private final History history;
    private final double cumulativeLogLoss;
    private final Map<String, Integer> index;
    /** The traders' predictors as an array for the hot loop; shared by successive markets, never written. */
    private final Predictor[] predictors;
    private volatile double[] predictiveCache;

    private KellyMarket(Vector<PredictorTrader> traders, Prior prior, int alphabetSize, Option<Language> language,
            ScaledWealth wealth, History history, double cumulativeLogLoss,
            Map<String, Integer> index, Predictor[] predictors) {
        this.traders = traders;
        this.prior = prior;
        this.alphabetSize = alphabetSize;
        this.language = language;
        this.wealth = wealth;
        this.history = history;
        this.cumulativeLogLoss = cumulativeLogLoss;
        this.index = index;
        this.predictors = predictors;
    }

    /**
     * The market at t = 0 over the alphabet {0, …, m−1}.
     *
     * @param traders at least one, distinct names, every predictor over m symbols
     * @param prior the initial wealth
     * @param alphabetSize m &gt;= 2
     * @throws ModelException on any broken precondition (the message names it)
     */
    public static KellyMarket of(Vector<PredictorTrader> traders, Prior prior, int alphabetSize) {
        return create(traders, prior, alphabetSize, Option.none());
    }

    /** The market at t = 0, the alphabet size taken from the traders' predictors. */
    public static KellyMarket of(Vector<PredictorTrader> traders, Prior prior) {
        if (traders == null || traders.isEmpty()) {
            throw new ModelException("a market needs at least one trader: " + traders);
        }
        return of(traders, prior, traders.head().predictor().alphabetSize());
    }

    /**
     * The market at t = 0 whose symbols are the worlds of {@code language} (m = 2^n, symbol w =
     * the world with bits w), so that sentences have prices.
     */
    public static KellyMarket overWorlds(Language language, Vector<PredictorTrader> traders, Prior prior) {
        if (language == null || language.size() < 1 || language.size() > Predictor.WorldBelief.MAX_ATOMS) {
            throw new ModelException("world alphabet needs 1 to " + Predictor.WorldBelief.MAX_ATOMS + " atoms: "
                    + (language == null ? "null" : language.size()));
        }
        return create(traders, prior, 1 << language.size(), Option.of(language));
    }

    private static KellyMarket create(Vector<PredictorTrader> traders, Prior prior, int m, Option<Language> lang) {
        if (traders == null || traders.isEmpty()) {
            throw new ModelException("a market needs at least one trader: " + traders);
        }
        if (prior == null) {
            throw new ModelException("prior must not be null");
        }
        History.requireAlphabet(m);
        Map<String, Integer> index = HashMap.empty();
        for (int i = 0; i < traders.size(); i++) {
            PredictorTrader t = traders.get(i);
            if (t == null) {
                throw new ModelException("trader " + i + " is null");
            }
            if (index.containsKey(t.name())) {
                throw new ModelException("duplicate trader name: " + t.name());
            }
            if (t.predictor().alphabetSize() != m) {
                throw new ModelException("trader " + t.name() + " predicts over " + t.predictor().alphabetSize()
                        + " symbols, market alphabet is " + m);
            }
            index = index.put(t.name(), i);
        }
        ScaledWealth w = prior.initialWealth(traders);
        if (w.size() != traders.size()) {
            throw new ModelException("prior gives " + w.size() + " wealths for " + traders.size() + " traders");
        }
        return new KellyMarket(traders, prior, m, lang, w, History.empty(m), 0.0, index,
                traders.map(PredictorTrader::predictor).toJavaArray(Predictor[]::new));
    }

    /**
     * The market after observing {@code symbol}: every wealth multiplied by p_i(symbol | h)/q(symbol).
     *
     * @throws ModelException if the symbol is outside the alphabet or has market probability 0
     */
    public KellyMarket step(int symbol) {
        double[] lik = likelihoods(symbol);
        int n = lik.length;
        double[] mant = new double[n];
        long[] exp = new long[n];
        double logQ = ScaledKernel.stepInto(wealth.mantissas(), wealth.exponents(), lik, wealth.total(), mant, exp);
        if (!(logQ > Double.NEGATIVE_INFINITY)) {
            throw new ModelException("symbol " + symbol + " at episode " + history.length()
                    + " has market probability 0.0; a Kelly market cannot observe it");
        }
        return new KellyMarket(traders, prior, alphabetSize, language, ScaledWealth.adopt(mant, exp),
                history.append(symbol), cumulativeLogLoss - logQ, index, predictors);
    }

    /** p_i(symbol | h) for every trader. */
    private double[] likelihoods(int symbol) {
        history.requireSymbol(symbol);
        double[] lik = new double[predictors.length];
        for (int i = 0; i < lik.length; i++) {
            lik[i] = predictors[i].probability(history, symbol);
        }
        return lik;
    }

    /** The market after observing {@code symbols} in order. */
    public KellyMarket steps(int... symbols) {
        KellyMarket k = this;
        for (int s : symbols) {
            k = k.step(s);
        }
        return k;
    }

    /**
     * The same traders, history and log-loss with the given log-wealths (e.g. after an RL transfer). A
     * log-wealth more than 2^61·ln 2 below the largest is zero wealth: e^{−1.6·10^18} of the richest
     * trader's wealth is below every share the representation holds (an RL transfer of a large credit
     * can produce it). If the largest itself lies beyond ±2^61·ln 2, all are shifted by it (shares are
     * unchanged; the total wealth is then the shifted one).
     *
     * @throws ModelException on a wrong length, NaN, +∞ or no finite entry
     */
    public KellyMarket withLogWealth(double[] newLogWealth) {
        if (newLogWealth == null || newLogWealth.length != traders.size()) {
            throw new ModelException("need " + traders.size() + " log-wealths, got "
                    + (newLogWealth == null ? "null" : newLogWealth.length));
        }
        double range = Math.scalb(Math.log(2), 61);
        double max = Double.NEGATIVE_INFINITY;
        for (double v : newLogWealth) {
            if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                throw new ModelException("log-wealth must be finite or -Infinity: " + v);
            }
            max = Math.max(max, v);
        }
        double shift = Math.abs(max) > range ? max : 0.0;
        double[] lw = new double[newLogWealth.length];
        for (int i = 0; i < lw.length; i++) {
            lw[i] = newLogWealth[i] < max - range ? Double.NEGATIVE_INFINITY : newLogWealth[i] - shift;
        }
        return withWealth(ScaledWealth.ofLog(lw));
    }

    /** The same traders, history and log-loss with the given wealth (scaled form, exact exponents). */
    public KellyMarket withWealth(ScaledWealth newWealth) {
        if (newWealth == null || newWealth.size() != traders.size()) {
            throw new ModelException("need " + traders.size() + " wealths, got "
                    + (newWealth == null ? "null" : newWealth.size()));
        }
        return new KellyMarket(traders, prior, alphabetSize, language, newWealth, history, cumulativeLogLoss, index,
                predictors);
    }

    /** The price vector: q(x) = Σ_i w_i p_i(x | h) / Σ_i w_i for x = 0 … m−1 (a fresh copy). */
    public double[] predictive() {
        double[] q = predictiveCache;
        if (q == null) {
            int n = traders.size();
            // Wealth relative to the richest binade: exact down to 2^-1074 of it, so no 0/0.
            double[] rel = new double[n];
            ScaledKernel.relativeInto(wealth.mantissas(), wealth.exponents(), rel);
            double z = 0.0;
            for (double r : rel) {
                z += r;
            }
            double[] row = new double[alphabetSize];
            q = new double[alphabetSize];
            for (int i = 0; i < n; i++) {
                if (rel[i] == 0.0) {
                    continue;
                }
                predictors[i].probabilities(history, row);
                for (int x = 0; x < alphabetSize; x++) {
                    q[x] += rel[i] * row[x];
                }
            }
            for (int x = 0; x < alphabetSize; x++) {
                q[x] /= z;
            }
            predictiveCache = q;
        }
        return q.clone();
    }

    /**
     * ln q(x), the log of the market's price of one symbol, summed in scaled form: finite whenever
     * some trader with wealth gives the symbol positive probability, even when q(x) underflows a
     * double (a 1100-bit trader alone predicting it); −∞ exactly when the market cannot observe it.
     */
    public double logPredictive(int symbol) {
        Scaled s = ScaledKernel.sum(wealth.mantissas(), wealth.exponents(), likelihoods(symbol));
        return s.isZero() ? Double.NEGATIVE_INFINITY : ScaledKernel.logRatio(s, wealth.total());
    }

    /** The price of one symbol, q(x). */
    public double predictive(int symbol) {
        history.requireSymbol(symbol);
        return predictive()[symbol];
    }

    /**
     * The price of a sentence: Σ q(w) over the worlds w satisfying it.
     *
     * @throws ModelException if the market is not over the worlds of a language, or the sentence
     *     uses an atom beyond the language
     */
    public double price(Sentence sentence) {
        Language lang = language.getOrElseThrow(
                () -> new ModelException("sentence prices need a market over the worlds of a language"));
        if (sentence == null) {
            throw new ModelException("sentence must not be null");
        }
        if (!sentence.support().isEmpty() && sentence.support().max().get() >= lang.size()) {
            throw new ModelException("sentence " + sentence + " uses an atom beyond the " + lang.size()
                    + " atoms of the market's language");
        }
        double[] q = predictive();
        double p = 0.0;
        for (int w = 0; w < q.length; w++) {
            if (sentence.eval(w)) {
                p += q[w];
            }
        }
        return Math.min(1.0, p);
    }

    /**
     * The wealth shares w_i / Σ_j w_j, in trader order (the posterior), as doubles: a share below
     * 2^-1074 shows as 0 (use {@link #logShares()}).
     */
    public double[] shares() {
        return wealth.shares();
    }

    /** ln of each share, ln w_i − ln Σ_j w_j (finite for every trader with wealth, −∞ otherwise). */
    public double[] logShares() {
        return wealth.logShares();
    }

    /** The wealth in scaled form (exact exponents). */
    public ScaledWealth wealth() {
        return wealth;
    }

    /** The wealth share of the named trader. */
    public double share(String name) {
        return shares()[indexOf(name)];
    }

    /** The log-wealths ln w_i, in trader order (a copy). */
    public double[] logWealth() {
        return wealth.logWealth();
    }

    /** ln Σ_i w_i, the log of the total wealth, fixed by the prior and conserved by every step (to rounding). */
    public double logTotalWealth() {
        return wealth.logTotal();
    }

    /** The share of wealth held by the cluster's members. */
    public double clusterShare(Cluster cluster) {
        double[] s = shares();
        double sum = 0.0;
        for (String member : cluster.members()) {
            sum += s[indexOf(member)];
        }
        return Math.min(1.0, sum);
    }

    /**
     * ln of the cluster's share, ln Σ_{i∈cluster} w_i − ln Σ_j w_j: finite even when the linear
     * share underflows (a cluster of 5000-bit traders); −∞ only if the members have no wealth.
     */
    public double logClusterShare(Cluster cluster) {
        double[] member = new double[traders.size()];
        for (String name : cluster.members()) {
            member[indexOf(name)] = 1.0;
        }
        Scaled s = ScaledKernel.sum(wealth.mantissas(), wealth.exponents(), member);
        return s.isZero() ? Double.NEGATIVE_INFINITY : Math.min(0.0, ScaledKernel.logRatio(s, wealth.total()));
    }

    /** The ln-share of the named trader, ln w_i − ln Σ_j w_j (finite even when the share underflows). */
    public double logShare(String name) {
        return wealth.logShare(indexOf(name));
    }

    /** The market's cumulative log-loss Σ_t −ln q_t(x_t) in nats. */
    public double cumulativeLogLoss() {
        return cumulativeLogLoss;
    }

    /** The position of the named trader. */
    public int indexOf(String name) {
        return index.get(name).getOrElseThrow(() -> new ModelException("no trader named " + name + " in the market"));
    }

    /** The traders, in order. */
    public Vector<PredictorTrader> traders() {
        return traders;
    }

    /** The prior the market started from. */
    public Prior prior() {
        return prior;
    }

    /** The alphabet size m. */
    public int alphabetSize() {
        return alphabetSize;
    }

    /** The language whose worlds are the symbols, if any. */
    public Option<Language> language() {
        return language;
    }

    /** The observations so far. */
    public History history() {
        return history;
    }

    /** The number of observations, t. */
    public int time() {
        return history.length();
    }

    @Override
    public String toString() {
        return "KellyMarket(t=" + time() + ", m=" + alphabetSize + ", traders=" + traders.map(PredictorTrader::name)
                .mkString(",") + ", shares=" + java.util.Arrays.toString(shares()) + ")";
    }
}
