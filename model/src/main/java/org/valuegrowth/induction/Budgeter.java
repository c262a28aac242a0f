package org.valuegrowth.induction;

import io.vavr.collection.Vector;
import org.valuegrowth.induction.internal.Kernels;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * The Budgeter: scales a trader down so that its holdings never lose more than a budget b in any
 * plausible world (Garrabrant et al. 2016, §5.2, eq. 94).
 *
 * <p>With B_i the budgeted trades: Budgeter_n = 0 if W(Σ_{i≤m} B_i) ≤ −b for some m &lt; n and
 * W ∈ PC(D_m); otherwise B_n = T_n · inf_{W∈PC(D_n)} [max(1, −W(T_n)/(b + W(Σ_{i≤n−1} B_i)))]^{-1}.
 * The running sum is over the budgeted trades (this recursion is what makes Lemma 95 (2) hold:
 * every scaled day loses at most the remaining room). Lemma 95: (1) if W(Σ_{i≤m} T_i) &gt; −b for
 * all m ≤ n and W ∈ PC(D_m), then B_n = T_n; (2) W(Σ_{i≤n} B_i) ≥ −b for every W ∈ PC(D_n).
 */
public final class Budgeter {
    private Budgeter() {
    }

    /**
     * A budgeted trader's run over a fixed price history.
     *
     * @param budget b
     * @param factors the scale factor applied on each day (0 once stopped)
     * @param trades the budgeted shares per traded sentence (in the order of {@link StrategyTrader#traded()}) on each day
     * @param minValues min over W ∈ PC(D_n) of W(Σ_{i≤n} B_i), per day
     */
    public record Run(double budget, Vector<Double> factors, Vector<Vector<Double>> trades, Vector<Double> minValues) {
        /** Validates. */
        public Run {
            if (factors == null || trades == null || minValues == null) {
                throw new ModelException("budgeted run parts must not be null");
            }
        }
    }

    /**
     * The scale factor of eq. 94 for one day, given the budgeted holdings' value so far in each
     * plausible world (each must exceed −b).
     *
     * @param b the budget, &gt; 0
     * @param previous W(Σ_{i&lt;n} B_i) per plausible world pattern
     * @param trade today's raw trade per tracked sentence
     * @param prices today's prices
     * @param patterns the plausible worlds of today as patterns over the tracked sentences
     */
    public static double factor(double b, Vector<Double> previous, Vector<Double> trade, Pricing prices,
                                Vector<Long> patterns) {
        if (!(b > 0)) {
            throw new ModelException("budget must be > 0: " + b);
        }
        double[] prev = new double[previous.size()];
        for (int i = 0; i < prev.length; i++) {
            prev[i] = previous.get(i);
            if (!(b + prev[i] > 0)) {
                throw new ModelException("budget already spent in world " + patterns.get(i) + ": value " + prev[i]);
            }
        }
        double[] q = new double[trade.size()];
        for (int i = 0; i < q.length; i++) {
            q[i] = trade.get(i);
        }
        long[] pats = new long[patterns.size()];
        for (int i = 0; i < pats.length; i++) {
            pats[i] = patterns.get(i);
        }
        return Kernels.budgetFactor(b, prev, q, prices.toArray(), pats);
    }

    /** Runs {@code trader} with budget {@code b} against {@code prices} on days 1..horizon. */
    public static Run run(StrategyTrader trader, double b, PriceHistory prices, DeductiveProcess process, int horizon) {
        if (!(b > 0)) {
            throw new ModelException("budget must be > 0: " + b);
        }
        if (horizon < 1 || horizon > prices.days()) {
            throw new ModelException("horizon must be in 1.." + prices.days() + ": " + horizon);
        }
        Sentence[] traded = trader.traded().toJavaArray(Sentence[]::new);
        int m = traded.length;
        double[] shares = new double[m];
        double cash = 0;
        boolean stopped = false;
        Vector<Double> factors = Vector.empty();
        Vector<Vector<Double>> trades = Vector.empty();
        Vector<Double> mins = Vector.empty();
        for (int n = 1; n <= horizon; n++) {
            long[] pats = Kernels.patterns(process.plausibleWorlds(n), traded);
            double[] q = new double[m];
            double[] p = new double[m];
            io.vavr.collection.LinkedHashMap<Sentence, Feature> today = trader.tradesOn(n);
            for (int j = 0; j < m; j++) {
                final int day = n;
                q[j] = today.get(traded[j]).map(f -> f.evaluate(prices, day)).getOrElse(0.0);
                p[j] = prices.price(traded[j], n);
            }
            double f = 0;
            if (!stopped) {
                double[] prev = new double[pats.length];
                for (int w = 0; w < pats.length; w++) {
                    prev[w] = Kernels.holdingsValue(shares, cash, pats[w]);
                }
                f = Kernels.budgetFactor(b, prev, q, p, pats);
            }
            Vector<Double> row = Vector.empty();
            for (int j = 0; j < m; j++) {
                double x = f * q[j];
                shares[j] += x;
                cash += x * p[j];
                row = row.append(x);
            }
            double lo = Double.POSITIVE_INFINITY;
            for (long w : pats) {
                lo = Math.min(lo, Kernels.holdingsValue(shares, cash, w));
            }
            // The day the budget binds (factor < 1) the binding world sits exactly at -b: a stop,
            // decided by the factor because the rounded value may land a hair above -b.
            if ((!stopped && f < 1.0) || lo <= -b) {
                stopped = true;
            }
            factors = factors.append(f);
            trades = trades.append(row);
            mins = mins.append(lo);
        }
        return new Run(b, factors, trades, mins);
    }
}
