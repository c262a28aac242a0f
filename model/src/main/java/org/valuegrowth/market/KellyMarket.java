package org.valuegrowth.market;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.internal.KellyKernel;
import org.valuegrowth.numeric.LogSpace;
import org.valuegrowth.numeric.ModelException;

/**
 * A prediction market of Kelly-betting predictor traders over a finite alphabet: an immutable
 * state (traders, log-wealths, history, cumulative log-loss).
 *
 * <p>The price vector is the wealth-weighted mixture q(x) = Σ_i w_i p_i(x | h) / Σ_i w_i. On
 * outcome x each wealth becomes w_i · p_i(x | h) / q(x) (Beygelzimer, Langford, Pennock 2012,
 * arXiv:1201.6655): the total wealth is conserved and the shares w_i / Σ_j w_j are the Bayesian
 * posterior of the prior shares given the observations. Wealths are stored as natural logs.
 * When the alphabet is the set of worlds of a {@link Language}, {@link #price(Sentence)} is the
 * predictive probability of the worlds satisfying the sentence. See {@code spec/market.md}.
 */
public final class KellyMarket {
    private final Vector<PredictorTrader> traders;
    private final Prior prior;
    private final int alphabetSize;
    private final Option<Language> language;
    private final double[] logWealth;
    private final double logTotal;
    private final History history;
    private final double cumulativeLogLoss;
    private final Map<String, Integer> index;
    /** The traders' predictors as an array for the hot loop; shared by successive markets, never written. */
    private final Predictor[] predictors;
    private volatile double[] predictiveCache;

    private KellyMarket(Vector<PredictorTrader> traders, Prior prior, int alphabetSize, Option<Language> language,
            double[] logWealth, double logTotal, History history, double cumulativeLogLoss,
            Map<String, Integer> index, Predictor[] predictors) {
        this.traders = traders;
        this.prior = prior;
        this.alphabetSize = alphabetSize;
        this.language = language;
        this.logWealth = logWealth;
        this.logTotal = logTotal;
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
        double[] lw = prior.logInitialWealth(traders);
        return new KellyMarket(traders, prior, m, lang, lw.clone(), requireWealth(lw), History.empty(m), 0.0, index,
                traders.map(PredictorTrader::predictor).toJavaArray(Predictor[]::new));
    }

    private static double requireWealth(double[] lw) {
        for (int i = 0; i < lw.length; i++) {
            if (Double.isNaN(lw[i]) || lw[i] == Double.POSITIVE_INFINITY) {
                throw new ModelException("log-wealth[" + i + "] must be finite or -Infinity: " + lw[i]);
            }
        }
        double z = LogSpace.logSumExp(lw);
        if (!Double.isFinite(z)) {
            throw new ModelException("total log-wealth must be finite: " + z);
        }
        return z;
    }

    /**
     * The market after observing {@code symbol}: every wealth multiplied by p_i(symbol | h)/q(symbol).
     *
     * @throws ModelException if the symbol is outside the alphabet or has market probability 0
     */
    public KellyMarket step(int symbol) {
        history.requireSymbol(symbol);
        int n = predictors.length;
        double[] logLik = new double[n];
        for (int i = 0; i < n; i++) {
            logLik[i] = predictors[i].logProbability(history, symbol);
        }
        double[] out = new double[n];
        double logQ = KellyKernel.updateLogInto(logWealth, logLik, logTotal, out);
        if (!(logQ > Double.NEGATIVE_INFINITY)) {
            throw new ModelException("symbol " + symbol + " at episode " + history.length()
                    + " has market probability " + Math.exp(logQ) + "; a Kelly market cannot observe it");
        }
        return new KellyMarket(traders, prior, alphabetSize, language, out, logTotal, history.append(symbol),
                cumulativeLogLoss - logQ, index, predictors);
    }

    /** The market after observing {@code symbols} in order. */
    public KellyMarket steps(int... symbols) {
        KellyMarket k = this;
        for (int s : symbols) {
            k = k.step(s);
        }
        return k;
    }

    /** The same traders, history and log-loss with the given log-wealths (e.g. after an RL transfer). */
    public KellyMarket withLogWealth(double[] newLogWealth) {
        if (newLogWealth == null || newLogWealth.length != traders.size()) {
            throw new ModelException("need " + traders.size() + " log-wealths, got "
                    + (newLogWealth == null ? "null" : newLogWealth.length));
        }
        double[] lw = newLogWealth.clone();
        double z = requireWealth(lw);
        return new KellyMarket(traders, prior, alphabetSize, language, lw, z, history, cumulativeLogLoss, index,
                predictors);
    }

    /** The price vector: q(x) = Σ_i w_i p_i(x | h) / Σ_i w_i for x = 0 … m−1 (a fresh copy). */
    public double[] predictive() {
        double[] q = predictiveCache;
        if (q == null) {
            int n = traders.size();
            double[] shares = KellyKernel.shares(logWealth);
            double[] row = new double[alphabetSize];
            q = new double[alphabetSize];
            for (int i = 0; i < n; i++) {
                if (shares[i] == 0.0) {
                    continue;
                }
                predictors[i].probabilities(history, row);
                for (int x = 0; x < alphabetSize; x++) {
                    q[x] += shares[i] * row[x];
                }
            }
            predictiveCache = q;
        }
        return q.clone();
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

    /** The wealth shares w_i / Σ_j w_j, in trader order (the posterior). */
    public double[] shares() {
        return KellyKernel.shares(logWealth);
    }

    /** The wealth share of the named trader. */
    public double share(String name) {
        return shares()[indexOf(name)];
    }

    /** The log-wealths ln w_i, in trader order (a copy). */
    public double[] logWealth() {
        return logWealth.clone();
    }

    /** ln Σ_i w_i, the log of the total wealth, fixed by the prior and conserved by every step. */
    public double logTotalWealth() {
        return logTotal;
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
        double[] members = new double[cluster.members().size()];
        int j = 0;
        for (String member : cluster.members()) {
            members[j++] = logWealth[indexOf(member)];
        }
        return Math.min(0.0, LogSpace.logSumExp(members) - logTotal);
    }

    /** The ln-share of the named trader, ln w_i − ln Σ_j w_j (finite even when the share underflows). */
    public double logShare(String name) {
        return logWealth[indexOf(name)] - logTotal;
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
