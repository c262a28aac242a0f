package org.valuegrowth.induction;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Arrays;
import org.valuegrowth.induction.internal.Kernels;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * The logical induction algorithm on a finite toy: LIA_n = MarketMaker(TradingFirm_n(P_{≤n−1}),
 * P_{≤n−1}) (Garrabrant et al. 2016, §5.4), stepped day by day against a deductive process.
 *
 * <p>Immutable: {@link #step()} returns the market after one more day, or a {@code Left} if the
 * day cannot be cleared within the stated budgets (the market maker's boxes, or the full budget
 * sum's explicit budgets); it never returns unverified prices. On day n the firm's trade, a
 * continuous function of today's prices, is cleared within 2^-n over the worlds the
 * {@link MarketMaker} guards (the plausible worlds of PC(D_n), or every truth assignment of the
 * tracked sentences). The first day starts the market maker from price 1/2, later days from
 * yesterday's prices.
 *
 * <p>Limits, checked by {@link #start}: at most {@value #MAX_TRACKED} tracked sentences (a world's
 * pattern over them is one 64-bit word) and, per trader, at most {@link #MAX_SHARES} shares a day
 * (so that every sum the market forms over days, components and sentences stays far inside the
 * double range; larger trades are refused, not overflowed).
 */
public final class LiaMarket {
    /** The most tracked sentences: a world's pattern over them is one {@code long}. */
    public static final int MAX_TRACKED = 62;
    /**
     * The most shares a trader may trade on one day, summed over sentences (its magnitude): 1e200.
     * Every double the market forms is a sum of at most days × components × sentences terms, each
     * at most twice a magnitude, so it stays below 1e260 for any run of under 10^30 such terms.
     */
    public static final double MAX_SHARES = 1e200;

    private final DeductiveProcess process;
    private final TradingFirm firm;
    private final MarketMaker maker;
    private final PriceHistory history;
    private final Vector<MarketMaker.Clearing> clearings;
    private final Vector<Vector<Double>> firmTrades;
    private final State state;

    /**
     * Why a day could not be cleared.
     *
     * @param day the day
     * @param trader the position of the trader the failure is about, or −1 (the market maker's budget)
     * @param reason what ran out
     */
    public record Failure(int day, int trader, String reason) {
        /** Validates. */
        public Failure {
            if (reason == null) {
                throw new ModelException("failure needs a reason");
            }
        }

        @Override
        public String toString() {
            return "day " + day + ": " + reason;
        }
    }

    /**
     * Holdings of the budgeted components and of the raw traders; arrays are never mutated after
     * construction (every day builds a new state).
     */
    private static final class State {
        final int[] compTrader;
        final int[] compBudget;
        final double[][] shares;
        final double[] cash;
        final boolean[] stopped;
        final double[][] rawShares;
        final double[] rawCash;
        /** max over m ≤ day and W ∈ PC(D_m) of −W(Σ_{i≤m} S_i): the raw trader's worst plausible loss. */
        final double[] rawWorst;
        /** B_k: explicit budgets 1..B_k of trader k (full sum only). */
        final int[] explicit;

        State(int[] compTrader, int[] compBudget, double[][] shares, double[] cash, boolean[] stopped,
              double[][] rawShares, double[] rawCash, double[] rawWorst, int[] explicit) {
            this.compTrader = compTrader;
            this.compBudget = compBudget;
            this.shares = shares;
            this.cash = cash;
            this.stopped = stopped;
            this.rawShares = rawShares;
            this.rawCash = rawCash;
            this.rawWorst = rawWorst;
            this.explicit = explicit;
        }
    }

    private LiaMarket(DeductiveProcess process, TradingFirm firm, MarketMaker maker, PriceHistory history,
                      Vector<MarketMaker.Clearing> clearings, Vector<Vector<Double>> firmTrades, State state) {
        this.process = process;
        this.firm = firm;
        this.maker = maker;
        this.history = history;
        this.clearings = clearings;
        this.firmTrades = firmTrades;
        this.state = state;
    }

    /**
     * The sentences a market of {@code firm} tracks: {@code extra} first, then every sentence the
     * traders trade or read, in order of first occurrence.
     */
    public static Vector<Sentence> trackedSentences(TradingFirm firm, Vector<Sentence> extra) {
        LinkedHashSet<Sentence> tracked = LinkedHashSet.ofAll(extra);
        for (StrategyTrader t : firm.traders()) {
            tracked = tracked.addAll(t.sentences());
        }
        return tracked.toVector();
    }

    /**
     * A market on day 0.
     *
     * @param process the deductive process; its language must contain every atom used
     * @param firm the trading firm
     * @param extra sentences to price besides those the traders use (listed first)
     * @param maker the market maker, its budget, world set and price rule
     * @throws ModelException beyond {@value #MAX_TRACKED} tracked sentences, for a trader whose
     *                        magnitude is not finite or exceeds {@link #MAX_SHARES}, or for atoms
     *                        outside the language
     */
    public static LiaMarket start(DeductiveProcess process, TradingFirm firm, Vector<Sentence> extra, MarketMaker maker) {
        if (process == null || firm == null || extra == null || maker == null) {
            throw new ModelException("market parts must not be null");
        }
        Vector<Sentence> sentences = trackedSentences(firm, extra);
        if (sentences.size() > MAX_TRACKED) {
            throw new ModelException("at most " + MAX_TRACKED + " tracked sentences, got " + sentences.size());
        }
        for (Sentence s : sentences) {
            if (!s.support().isEmpty() && s.support().max().get() >= process.language().size()) {
                throw new ModelException("sentence uses an atom outside the language: " + s);
            }
        }
        for (StrategyTrader t : firm.traders()) {
            double mag = t.magnitude();
            if (!(mag <= MAX_SHARES)) {
                throw new ModelException("trader " + t.name() + " can trade " + mag + " shares a day (the sum of its features' bounds); "
                        + "the market accepts at most " + MAX_SHARES);
            }
        }
        int nt = firm.traders().size();
        int nc = 0;
        int[] ct = new int[0];
        int[] cb = new int[0];
        if (firm.budgets() instanceof TradingFirm.Finite) {
            Vector<Integer> bs = firm.budgetList();
            nc = nt * bs.size();
            ct = new int[nc];
            cb = new int[nc];
            for (int t = 0; t < nt; t++) {
                for (int u = 0; u < bs.size(); u++) {
                    ct[t * bs.size() + u] = t;
                    cb[t * bs.size() + u] = bs.get(u);
                }
            }
        }
        int m = sentences.size();
        State s = new State(ct, cb, new double[nc][m], new double[nc], new boolean[nc], new double[nt][m], new double[nt],
                new double[nt], new int[nt]);
        return new LiaMarket(process, firm, maker, PriceHistory.empty(sentences), Vector.empty(), Vector.empty(), s);
    }

    /** The LIA price history over {@code days} days for a firm of {@code traders} (full budget sum, index prior, standard market maker). */
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

    /** The market maker. */
    public MarketMaker maker() {
        return maker;
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

    /**
     * The explicit budgets 1..B_k kept for trader {@code i} after the last day (full budget sum);
     * the rest of the sum is the tail 2^-(k+B)·S^k. 0 before the trader's first day; for a finite
     * list, its largest budget; for no firm, 0.
     */
    public int explicitBudgets(int i) {
        if (firm.budgets() instanceof TradingFirm.Finite) {
            return firm.budgetList().max().get();
        }
        return state.explicit[i];
    }

    /** The plausible worlds of day n as patterns over the tracked sentences. */
    public Vector<Long> patterns(int n) {
        return toVector(Kernels.patterns(process.plausibleWorlds(n), history.sentences().toJavaArray(Sentence[]::new)));
    }

    /**
     * The firm's trade of the next day (day {@link #day()} + 1) as a function of that day's prices,
     * with its interval enclosure: the object the market maker clears.
     *
     * @throws ModelException if the day needs more explicit budgets than the full sum allows
     */
    public DayTrade nextDayTrade() {
        int n = history.days() + 1;
        long[] pats = Kernels.patterns(process.plausibleWorlds(n), history.sentences().toJavaArray(Sentence[]::new));
        Either<Failure, State> prepared = prepare(n, pats);
        if (prepared.isLeft()) {
            throw new ModelException(prepared.getLeft().toString());
        }
        return new FirmDay(n, pats, prepared.get());
    }

    /** Runs {@code days} more days. */
    public Either<String, LiaMarket> run(int days) {
        return runOrFailure(days).mapLeft(Failure::toString);
    }

    /** Runs {@code days} more days; a failure names its day and, if any, its trader. */
    public Either<Failure, LiaMarket> runOrFailure(int days) {
        Either<Failure, LiaMarket> m = Either.right(this);
        for (int i = 0; i < days && m.isRight(); i++) {
            m = m.flatMap(LiaMarket::stepOrFailure);
        }
        return m;
    }

    /** The market after clearing the next day, or why it could not be cleared. */
    public Either<String, LiaMarket> step() {
        return stepOrFailure().mapLeft(Failure::toString);
    }

    /** The market after clearing the next day, or the failure with its day and trader. */
    public Either<Failure, LiaMarket> stepOrFailure() {
        int n = history.days() + 1;
        Sentence[] tracked = history.sentences().toJavaArray(Sentence[]::new);
        long[] pats = Kernels.patterns(process.plausibleWorlds(n), tracked);
        Either<Failure, State> prepared = prepare(n, pats);
        if (prepared.isLeft()) {
            return Either.left(prepared.getLeft());
        }
        FirmDay trade = new FirmDay(n, pats, prepared.get());
        Pricing start = n == 1 ? Pricing.constant(tracked.length, 0.5) : history.pricing(n - 1);
        double tol = Math.scalb(1.0, -n);
        return maker.clear(trade, toVector(pats), tol, start)
                .<Failure>mapLeft(e -> new Failure(n, -1, e))
                .map(c -> advance(c, trade, pats));
    }

    private static Vector<Long> toVector(long[] pats) {
        Vector<Long> v = Vector.empty();
        for (long p : pats) {
            v = v.append(p);
        }
        return v;
    }

    /**
     * Day n's components. For the full sum, trader k needs explicit budgets up to
     * B = max(⌊R_{n−1}⌋, ⌈R'_n + M_n⌉ − 1) + 1, with R_{n−1} its worst plausible raw loss so far, R'_n
     * its worst raw loss over PC(D_n) before today and M_n a bound on today's shares
     * ({@link #todaysMagnitude}): every b &gt; B then was
     * never stopped (b &gt; R_{n−1}) and is not scaled today (b + W(Σ S) ≥ M_n + 1 &gt; −W(S_n)), so
     * Budgeter^b = S^k and those budgets sum to the tail. The +1 absorbs rounding of R.
     */
    private Either<Failure, State> prepare(int n, long[] pats) {
        if (!(firm.budgets() instanceof TradingFirm.FullSum)) {
            return Either.right(state);
        }
        int cap = ((TradingFirm.FullSum) firm.budgets()).maxBudget();
        int nt = firm.traders().size();
        int[] explicit = state.explicit.clone();
        int added = 0;
        int[] need = new int[nt];
        for (int t = 0; t < nt; t++) {
            StrategyTrader tr = firm.traders().get(t);
            need[t] = explicit[t];
            if (n < firm.startDay(tr) || tr.tradesOn(n).isEmpty()) {
                continue;
            }
            double worstNow = Double.NEGATIVE_INFINITY;
            for (long w : pats) {
                worstNow = Math.max(worstNow, -Kernels.holdingsValue(state.rawShares[t], state.rawCash[t], w));
            }
            double today = todaysMagnitude(tr, n);
            double b = Math.max(Math.floor(state.rawWorst[t]), Math.ceil(worstNow + today) - 1) + 1;
            if (!(b <= cap)) {
                return Either.left(new Failure(n, t, "trader " + tr.name() + " needs explicit budgets 1.." + (b < 1e18 ? Long.toString((long) b) : Double.toString(b))
                        + " of the full budget sum (its worst plausible loss so far is " + state.rawWorst[t]
                        + " and it can trade " + today + " shares today); at most " + cap
                        + " are kept: give a finite budget list"));
            }
            need[t] = Math.max(explicit[t], (int) b);
            added += need[t] - explicit[t];
        }
        if (added == 0) {
            return Either.right(state);
        }
        int old = state.compTrader.length;
        int nc = old + added;
        int[] ct = Arrays.copyOf(state.compTrader, nc);
        int[] cb = Arrays.copyOf(state.compBudget, nc);
        double[][] sh = Arrays.copyOf(state.shares, nc);
        double[] ca = Arrays.copyOf(state.cash, nc);
        boolean[] st = Arrays.copyOf(state.stopped, nc);
        int c = old;
        for (int t = 0; t < nt; t++) {
            for (int b = explicit[t] + 1; b <= need[t]; b++) {
                // Budget b was in the tail until now: its history is the raw trader's.
                ct[c] = t;
                cb[c] = b;
                sh[c] = state.rawShares[t].clone();
                ca[c] = state.rawCash[t];
                st[c] = false;
                c++;
            }
            explicit[t] = need[t];
        }
        return Either.right(new State(ct, cb, sh, ca, st, state.rawShares, state.rawCash, state.rawWorst, explicit));
    }

    /**
     * M_n: a bound on Σ_φ |ξ_φ| for trader {@code t} on day n whatever today's prices are: each
     * feature enclosed over today's prices in [0,1] (earlier prices are known), so |W(S_n)| ≤ M_n.
     * Tighter than {@link StrategyTrader#magnitude(int)} (e.g. 1 for min(1, max(-1, x)), not |x|'s bound).
     */
    private double todaysMagnitude(StrategyTrader t, int n) {
        Interval unit = new Interval(0.0, 1.0);
        PriceBox box = (sen, day) -> day == n ? unit : Interval.point(history.price(sen, day));
        double m = 0;
        for (Feature f : t.tradesOn(n).values()) {
            Interval e = f.enclose(box, n);
            m += Math.max(Math.abs(e.lo()), Math.abs(e.hi()));
        }
        return Math.nextUp(m);
    }

    private LiaMarket advance(MarketMaker.Clearing c, FirmDay trade, long[] pats) {
        State s = trade.s;
        double[] p = c.prices().toArray();
        double[] total = trade.quantities(p);
        int nc = s.compTrader.length;
        double[][] ns = new double[nc][];
        double[] ncash = s.cash.clone();
        boolean[] nst = s.stopped.clone();
        int nt = firm.traders().size();
        double[][] raw = new double[nt][];
        for (int t = 0; t < nt; t++) {
            raw[t] = trade.rawTrade(t, p);
        }
        for (int comp = 0; comp < nc; comp++) {
            ns[comp] = s.shares[comp];
            double[] q = raw[s.compTrader[comp]];
            if (s.stopped[comp] || q == null) {
                continue;
            }
            ns[comp] = s.shares[comp].clone();
            int b = s.compBudget[comp];
            double f = trade.factor(comp, b, q, p);
            for (int j = 0; j < q.length; j++) {
                ns[comp][j] += f * q[j];
                ncash[comp] += f * q[j] * p[j];
            }
            double lo = Double.POSITIVE_INFINITY;
            for (long w : pats) {
                lo = Math.min(lo, Kernels.holdingsValue(ns[comp], ncash[comp], w));
            }
            // A factor below 1 puts the binding world exactly at -b (exact arithmetic), which is a
            // stop; the rounded value may land a hair above -b, so the factor decides, not the value.
            if (f < 1.0 || lo <= -b) {
                nst[comp] = true;
            }
        }
        double[][] rs = s.rawShares.clone();
        double[] rc = s.rawCash.clone();
        double[] rw = s.rawWorst.clone();
        for (int t = 0; t < nt; t++) {
            if (raw[t] != null) {
                rs[t] = s.rawShares[t].clone();
                for (int j = 0; j < p.length; j++) {
                    rs[t][j] += raw[t][j];
                    rc[t] += raw[t][j] * p[j];
                }
            }
            for (long w : pats) {
                rw[t] = Math.max(rw[t], -Kernels.holdingsValue(rs[t], rc[t], w));
            }
        }
        Vector<Double> tv = Vector.empty();
        for (double x : total) {
            tv = tv.append(x);
        }
        State next = new State(s.compTrader, s.compBudget, ns, ncash, nst, rs, rc, rw, s.explicit);
        return new LiaMarket(process, firm, maker, history.append(c.prices()), clearings.append(c),
                firmTrades.append(tv), next);
    }

    /** The firm's trade on day n as a function of today's prices. */
    private final class FirmDay implements DayTrade {
        private final int n;
        private final long[] pats;
        private final State s;
        /** W(Σ_{i<n} B^c_i) per component c and plausible pattern. */
        private final double[][] previous;
        /** Per trader: today's strategy as tracked-sentence indices and features; null if it does not trade today. */
        private final int[][] index;
        private final Feature[][] features;

        FirmDay(int n, long[] pats, State s) {
            this.n = n;
            this.pats = pats;
            this.s = s;
            int nc = s.compTrader.length;
            this.previous = new double[nc][pats.length];
            for (int c = 0; c < nc; c++) {
                for (int w = 0; w < pats.length; w++) {
                    previous[c][w] = Kernels.holdingsValue(s.shares[c], s.cash[c], pats[w]);
                }
            }
            int nt = firm.traders().size();
            index = new int[nt][];
            features = new Feature[nt][];
            for (int t = 0; t < nt; t++) {
                StrategyTrader tr = firm.traders().get(t);
                LinkedHashMap<Sentence, Feature> today = tr.tradesOn(n);
                if (n < firm.startDay(tr) || today.isEmpty()) {
                    continue;
                }
                Vector<Sentence> keys = today.keySet().toVector();
                index[t] = new int[keys.size()];
                features[t] = new Feature[keys.size()];
                for (int j = 0; j < keys.size(); j++) {
                    index[t][j] = history.indexOf(keys.get(j));
                    features[t][j] = today.get(keys.get(j)).get();
                }
            }
        }

        @Override
        public int dimension() {
            return history.sentences().size();
        }

        /** Trader t's raw trade over the tracked sentences, or null if it does not trade today. */
        double[] rawTrade(int t, double[] p) {
            if (index[t] == null) {
                return null;
            }
            PriceSource src = (sen, day) -> day == n ? p[history.indexOf(sen)] : history.price(sen, day);
            double[] q = new double[p.length];
            for (int j = 0; j < index[t].length; j++) {
                q[index[t][j]] += features[t][j].evaluate(src, n);
            }
            return q;
        }

        double factor(int comp, int b, double[] q, double[] p) {
            return Kernels.budgetFactor(b, previous[comp], q, p, pats);
        }

        /** The weight of trader t's raw trade outside its explicit components: the tail, or 1 without a firm. */
        double rawWeight(int t) {
            if (!firm.isBudgeted()) {
                return 1.0;
            }
            if (firm.budgets() instanceof TradingFirm.FullSum) {
                return firm.tailWeight(firm.traders().get(t), s.explicit[t]);
            }
            return 0.0;
        }

        @Override
        public double[] quantities(double[] p) {
            double[] total = new double[p.length];
            int nt = firm.traders().size();
            double[][] raw = new double[nt][];
            for (int t = 0; t < nt; t++) {
                raw[t] = rawTrade(t, p);
                double rw = rawWeight(t);
                if (raw[t] != null && rw != 0) {
                    for (int j = 0; j < p.length; j++) {
                        total[j] += rw * raw[t][j];
                    }
                }
            }
            for (int comp = 0; comp < s.compTrader.length; comp++) {
                int t = s.compTrader[comp];
                if (s.stopped[comp] || raw[t] == null) {
                    continue;
                }
                int b = s.compBudget[comp];
                double wf = firm.weight(firm.traders().get(t), b) * factor(comp, b, raw[t], p);
                for (int j = 0; j < p.length; j++) {
                    total[j] += wf * raw[t][j];
                }
            }
            return total;
        }

        @Override
        public Interval[] enclose(Interval[] box) {
            int m = box.length;
            Interval[] total = new Interval[m];
            Arrays.fill(total, Interval.point(0));
            PriceBox src = (sen, day) -> day == n ? box[history.indexOf(sen)] : Interval.point(history.price(sen, day));
            int nt = firm.traders().size();
            Interval[][] qs = new Interval[nt][];
            Interval[][] losses = new Interval[nt][];
            for (int t = 0; t < nt; t++) {
                if (index[t] == null) {
                    continue;
                }
                Interval[] q = new Interval[m];
                Arrays.fill(q, Interval.point(0));
                for (int j = 0; j < index[t].length; j++) {
                    int k = index[t][j];
                    q[k] = q[k].plus(features[t][j].enclose(src, n));
                }
                qs[t] = q;
                double rw = rawWeight(t);
                if (rw != 0) {
                    Interval w = Interval.point(rw);
                    for (int j = 0; j < m; j++) {
                        total[j] = total[j].plus(w.times(q[j]));
                    }
                }
                // −W(T) per plausible world as an interval: −Σ_j q_j·(W_j − P_j).
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
                losses[t] = loss;
            }
            for (int comp = 0; comp < s.compTrader.length; comp++) {
                int t = s.compTrader[comp];
                if (s.stopped[comp] || qs[t] == null) {
                    continue;
                }
                int b = s.compBudget[comp];
                double flo = 1.0;
                double fhi = 1.0;
                for (int w = 0; w < pats.length; w++) {
                    double room = b + previous[comp][w];
                    // 1/max(1, loss/room) is non-increasing in loss.
                    flo = Math.min(flo, Math.nextDown(1.0 / Math.max(1.0, Math.nextUp(losses[t][w].hi() / room))));
                    fhi = Math.min(fhi, Math.nextUp(1.0 / Math.max(1.0, Math.nextDown(losses[t][w].lo() / room))));
                }
                Interval wf = new Interval(Math.max(0.0, flo), Math.min(1.0, fhi))
                        .times(Interval.point(firm.weight(firm.traders().get(t), b)));
                for (int j = 0; j < m; j++) {
                    total[j] = total[j].plus(wf.times(qs[t][j]));
                }
            }
            return total;
        }
    }
}
