package org.valuegrowth.induction;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.valuegrowth.induction.internal.Kernels;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * The logical induction algorithm on a finite toy: LIA_n = MarketMaker(TradingFirm_n(P_{≤n−1}),
 * P_{≤n−1}) (Garrabrant et al. 2016, §5.4), stepped day by day against a deductive process.
 *
 * <p>Immutable: {@link #step()} returns the market after one more day, or a {@code Left} if the
 * market maker's budget ran out (it never returns unverified prices). On day n the firm's trade,
 * a continuous function of today's prices, is cleared within 2^-n over the plausible worlds of
 * PC(D_n) restricted to the tracked sentences. The first day starts the market maker from price
 * 1/2, later days from yesterday's prices.
 */
public final class LiaMarket {
    private final DeductiveProcess process;
    private final TradingFirm firm;
    private final MarketMaker maker;
    private final PriceHistory history;
    private final Vector<MarketMaker.Clearing> clearings;
    private final Vector<Vector<Double>> firmTrades;
    // Budgeted holdings per component (trader t, budget index u) → c = t·|budgets| + u; never mutated after construction.
    private final double[][] shares;
    private final double[] cash;
    private final boolean[] stopped;
    private final int[][] tradedIndex;

    private LiaMarket(DeductiveProcess process, TradingFirm firm, MarketMaker maker, PriceHistory history,
                      Vector<MarketMaker.Clearing> clearings, Vector<Vector<Double>> firmTrades,
                      double[][] shares, double[] cash, boolean[] stopped, int[][] tradedIndex) {
        this.process = process;
        this.firm = firm;
        this.maker = maker;
        this.history = history;
        this.clearings = clearings;
        this.firmTrades = firmTrades;
        this.shares = shares;
        this.cash = cash;
        this.stopped = stopped;
        this.tradedIndex = tradedIndex;
    }

    /**
     * A market on day 0.
     *
     * @param process the deductive process; its language must contain every atom used
     * @param firm the trading firm
     * @param extra sentences to price besides those the traders use (listed first)
     * @param maker the market maker and its budget
     */
    public static LiaMarket start(DeductiveProcess process, TradingFirm firm, Vector<Sentence> extra, MarketMaker maker) {
        if (process == null || firm == null || extra == null || maker == null) {
            throw new ModelException("market parts must not be null");
        }
        LinkedHashSet<Sentence> tracked = LinkedHashSet.ofAll(extra);
        for (StrategyTrader t : firm.traders()) {
            tracked = tracked.addAll(t.sentences());
        }
        Vector<Sentence> sentences = tracked.toVector();
        if (sentences.size() > 62) {
            throw new ModelException("at most 62 tracked sentences, got " + sentences.size());
        }
        for (Sentence s : sentences) {
            if (!s.support().isEmpty() && s.support().max().get() >= process.language().size()) {
                throw new ModelException("sentence uses an atom outside the language: " + s);
            }
        }
        PriceHistory h = PriceHistory.empty(sentences);
        int nt = firm.traders().size();
        int nc = nt * firm.budgets().size();
        int[][] idx = new int[nt][];
        for (int t = 0; t < nt; t++) {
            Vector<Sentence> traded = firm.traders().get(t).trades().keySet().toVector();
            idx[t] = new int[traded.size()];
            for (int j = 0; j < idx[t].length; j++) {
                idx[t][j] = h.indexOf(traded.get(j));
            }
        }
        return new LiaMarket(process, firm, maker, h, Vector.empty(), Vector.empty(),
                new double[nc][sentences.size()], new double[nc], new boolean[nc], idx);
    }

    /** The LIA price history over {@code days} days for a firm of {@code traders} (budgets 1..4, index prior). */
    public static Either<String, PriceHistory> priceHistory(DeductiveProcess process, Vector<StrategyTrader> traders,
                                                            int days) {
        return start(process, TradingFirm.of(traders), Vector.empty(), MarketMaker.standard())
                .run(days).map(LiaMarket::history);
    }

    /** The prices so far. */
    public PriceHistory history() {
        return history;
    }

    /** The last cleared day (0 before the first step). */
    public int day() {
        return history.days();
    }

    /** The firm. */
    public TradingFirm firm() {
        return firm;
    }

    /** The deductive process. */
    public DeductiveProcess process() {
        return process;
    }

    /** How each day was cleared. */
    public Vector<MarketMaker.Clearing> clearings() {
        return clearings;
    }

    /** The firm's trade (shares per tracked sentence) on each day, at the cleared prices. */
    public Vector<Vector<Double>> firmTrades() {
        return firmTrades;
    }

    /** The plausible worlds of day n as patterns over the tracked sentences. */
    public Vector<Long> patterns(int n) {
        long[] p = Kernels.patterns(process.plausibleWorlds(n), history.sentences().toJavaArray(Sentence[]::new));
        Vector<Long> v = Vector.empty();
        for (long x : p) {
            v = v.append(x);
        }
        return v;
    }

    /**
     * The firm's trade of the next day (day {@link #day()} + 1) as a function of that day's prices,
     * with its interval enclosure: the object the market maker clears.
     */
    public DayTrade nextDayTrade() {
        int n = history.days() + 1;
        return new FirmDay(n, Kernels.patterns(process.plausibleWorlds(n), history.sentences().toJavaArray(Sentence[]::new)));
    }

    /** Runs {@code days} more days. */
    public Either<String, LiaMarket> run(int days) {
        Either<String, LiaMarket> m = Either.right(this);
        for (int i = 0; i < days && m.isRight(); i++) {
            m = m.flatMap(LiaMarket::step);
        }
        return m;
    }

    /** The market after clearing the next day, or why the market maker could not clear it. */
    public Either<String, LiaMarket> step() {
        int n = history.days() + 1;
        Sentence[] tracked = history.sentences().toJavaArray(Sentence[]::new);
        long[] pats = Kernels.patterns(process.plausibleWorlds(n), tracked);
        FirmDay trade = new FirmDay(n, pats);
        Pricing start = n == 1 ? Pricing.constant(tracked.length, 0.5) : history.pricing(n - 1);
        Vector<Long> pv = Vector.empty();
        for (long p : pats) {
            pv = pv.append(p);
        }
        double tol = Math.scalb(1.0, -n);
        return maker.clear(trade, pv, tol, start)
                .mapLeft(e -> "day " + n + ": " + e)
                .map(c -> advance(c, trade, pats));
    }

    private LiaMarket advance(MarketMaker.Clearing c, FirmDay trade, long[] pats) {
        double[] p = c.prices().toArray();
        double[] total = trade.quantities(p);
        double[][] ns = new double[shares.length][];
        double[] nc = cash.clone();
        boolean[] nst = stopped.clone();
        int nb = firm.budgets().size();
        for (int t = 0; t < firm.traders().size(); t++) {
            double[] q = trade.rawTrade(t, p);
            for (int u = 0; u < nb; u++) {
                int comp = t * nb + u;
                ns[comp] = shares[comp].clone();
                if (stopped[comp] || q == null) {
                    continue;
                }
                double f = trade.factor(comp, firm.budgets().get(u), q, p);
                for (int j = 0; j < q.length; j++) {
                    ns[comp][j] += f * q[j];
                    nc[comp] += f * q[j] * p[j];
                }
                double lo = Double.POSITIVE_INFINITY;
                for (long w : pats) {
                    lo = Math.min(lo, Kernels.holdingsValue(ns[comp], nc[comp], w));
                }
                if (lo <= -firm.budgets().get(u)) {
                    nst[comp] = true;
                }
            }
        }
        Vector<Double> tv = Vector.empty();
        for (double x : total) {
            tv = tv.append(x);
        }
        return new LiaMarket(process, firm, maker, history.append(c.prices()), clearings.append(c),
                firmTrades.append(tv), ns, nc, nst, tradedIndex);
    }

    /** The firm's trade on day n as a function of today's prices. */
    private final class FirmDay implements DayTrade {
        private final int n;
        private final long[] pats;
        private final double[][] previous;

        FirmDay(int n, long[] pats) {
            this.n = n;
            this.pats = pats;
            this.previous = new double[shares.length][pats.length];
            for (int c = 0; c < shares.length; c++) {
                for (int w = 0; w < pats.length; w++) {
                    previous[c][w] = Kernels.holdingsValue(shares[c], cash[c], pats[w]);
                }
            }
        }

        @Override
        public int dimension() {
            return history.sentences().size();
        }

        /** Trader t's raw trade over the tracked sentences, or null if it does not trade today. */
        double[] rawTrade(int t, double[] p) {
            StrategyTrader tr = firm.traders().get(t);
            if (n < firm.startDay(tr)) {
                return null;
            }
            PriceSource src = (s, day) -> day == n ? p[history.indexOf(s)] : history.price(s, day);
            double[] q = new double[p.length];
            for (int j = 0; j < tradedIndex[t].length; j++) {
                q[tradedIndex[t][j]] += tr.trades().values().get(j).evaluate(src, n);
            }
            return q;
        }

        double factor(int comp, int b, double[] q, double[] p) {
            return Kernels.budgetFactor(b, previous[comp], q, p, pats);
        }

        @Override
        public double[] quantities(double[] p) {
            double[] total = new double[p.length];
            int nb = firm.budgets().size();
            for (int t = 0; t < firm.traders().size(); t++) {
                double[] q = rawTrade(t, p);
                if (q == null) {
                    continue;
                }
                for (int u = 0; u < nb; u++) {
                    int comp = t * nb + u;
                    if (stopped[comp]) {
                        continue;
                    }
                    int b = firm.budgets().get(u);
                    double wf = firm.weight(firm.traders().get(t), b) * factor(comp, b, q, p);
                    for (int j = 0; j < q.length; j++) {
                        total[j] += wf * q[j];
                    }
                }
            }
            return total;
        }

        @Override
        public Interval[] enclose(Interval[] box) {
            int m = box.length;
            Interval[] total = new Interval[m];
            java.util.Arrays.fill(total, Interval.point(0));
            PriceBox src = (s, day) -> day == n ? box[history.indexOf(s)] : Interval.point(history.price(s, day));
            int nb = firm.budgets().size();
            for (int t = 0; t < firm.traders().size(); t++) {
                StrategyTrader tr = firm.traders().get(t);
                if (n < firm.startDay(tr)) {
                    continue;
                }
                Interval[] q = new Interval[m];
                java.util.Arrays.fill(q, Interval.point(0));
                for (int j = 0; j < tradedIndex[t].length; j++) {
                    int k = tradedIndex[t][j];
                    q[k] = q[k].plus(tr.trades().values().get(j).enclose(src, n));
                }
                // W(T) per world as an interval: Σ_j q_j·(W_j − P_j).
                Interval[] loss = new Interval[pats.length];
                for (int w = 0; w < pats.length; w++) {
                    Interval v = Interval.point(0);
                    for (int j = 0; j < m; j++) {
                        if (q[j].lo() == 0 && q[j].hi() == 0) {
                            continue;
                        }
                        Interval diff = new Interval(Math.nextDown(Kernels.bit(pats[w], j) - box[j].hi()),
                                Math.nextUp(Kernels.bit(pats[w], j) - box[j].lo()));
                        v = v.plus(q[j].times(diff));
                    }
                    loss[w] = new Interval(-v.hi(), -v.lo());
                }
                for (int u = 0; u < nb; u++) {
                    int comp = t * nb + u;
                    if (stopped[comp]) {
                        continue;
                    }
                    int b = firm.budgets().get(u);
                    double flo = 1.0;
                    double fhi = 1.0;
                    for (int w = 0; w < pats.length; w++) {
                        double room = b + previous[comp][w];
                        // 1/max(1, loss/room) is non-increasing in loss.
                        flo = Math.min(flo, Math.nextDown(1.0 / Math.max(1.0, Math.nextUp(loss[w].hi() / room))));
                        fhi = Math.min(fhi, Math.nextUp(1.0 / Math.max(1.0, Math.nextDown(loss[w].lo() / room))));
                    }
                    Interval wf = new Interval(Math.max(0.0, flo), Math.min(1.0, fhi))
                            .times(Interval.point(firm.weight(tr, b)));
                    for (int j = 0; j < m; j++) {
                        total[j] = total[j].plus(wf.times(q[j]));
                    }
                }
            }
            return total;
        }
    }
}
