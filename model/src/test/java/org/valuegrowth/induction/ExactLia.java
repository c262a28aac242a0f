package org.valuegrowth.induction;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Sentence;

/**
 * An independent, exact re-implementation of the paper's firm (Garrabrant et al. 2016, §5.2-5.3)
 * for the laws: given a price history, it recomputes each day's TradingFirm trade in rational
 * arithmetic, with the paper's own truncation of the budget sum. It shares no code with the
 * market under test beyond the data types (features, traders, the deductive process).
 *
 * <p>Full budget sum: on day n trader k keeps budgets 1..B with B = ⌈2·Σ_{i≤n} Σ_φ bound(ξ_{φ,i})⌉
 * (the bound used in the proof of the paper's TradingFirm lemma, as the reference implementation
 * monasticacademy/logical-induction does), and adds the tail 2^-(k+B)·S^k_n. The market under
 * test uses a tighter B computed from realised values; both must give the same sum.
 */
public final class ExactLia {
    private ExactLia() {
    }

    /** x as an exact fraction. */
    public static BigFraction exact(double x) {
        return new BigFraction(x);
    }

    /** 2^-e. */
    static BigFraction pow2(int e) {
        return e >= 0 ? new BigFraction(BigInteger.ONE, BigInteger.ONE.shiftLeft(e)) : new BigFraction(BigInteger.ONE.shiftLeft(-e));
    }

    /** The exact value of a feature on {@code day}, prices read from {@code h} (0 before day 1). */
    public static BigFraction feature(Feature f, PriceHistory h, int day) {
        if (f instanceof Feature.Constant c) {
            return exact(c.value());
        }
        if (f instanceof Feature.Price p) {
            int d = day - p.lag();
            return d < 1 ? BigFraction.ZERO : exact(h.price(p.sentence(), d));
        }
        if (f instanceof Feature.PriceAt p) {
            return p.day() > day ? BigFraction.ZERO : exact(h.price(p.sentence(), p.day()));
        }
        if (f instanceof Feature.Sum s) {
            return feature(s.a(), h, day).add(feature(s.b(), h, day));
        }
        if (f instanceof Feature.Product s) {
            return feature(s.a(), h, day).multiply(feature(s.b(), h, day));
        }
        if (f instanceof Feature.Min s) {
            BigFraction a = feature(s.a(), h, day);
            BigFraction b = feature(s.b(), h, day);
            return a.compareTo(b) <= 0 ? a : b;
        }
        if (f instanceof Feature.Max s) {
            BigFraction a = feature(s.a(), h, day);
            BigFraction b = feature(s.b(), h, day);
            return a.compareTo(b) >= 0 ? a : b;
        }
        BigFraction a = feature(((Feature.SafeReciprocal) f).a(), h, day);
        return a.compareTo(BigFraction.ONE) <= 0 ? BigFraction.ONE : BigFraction.ONE.divide(a);
    }

    /** The worlds of PC(D_n) as truth vectors over {@code tracked} (own enumeration). */
    public static List<boolean[]> plausible(DeductiveProcess d, Vector<Sentence> tracked, int n) {
        List<boolean[]> out = new ArrayList<>();
        for (long w = 0; w < (1L << d.language().size()); w++) {
            boolean ok = true;
            for (int i = 0; i < Math.min(n, d.days().size()) && ok; i++) {
                for (Sentence s : d.days().get(i)) {
                    ok &= s.eval(w);
                }
            }
            if (ok) {
                boolean[] v = new boolean[tracked.size()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = tracked.get(j).eval(w);
                }
                out.add(v);
            }
        }
        return out;
    }

    /** Σ_j q_j·(W_j − P_j). */
    public static BigFraction value(BigFraction[] q, BigFraction[] p, boolean[] w) {
        BigFraction v = BigFraction.ZERO;
        for (int j = 0; j < q.length; j++) {
            v = v.add(q[j].multiply((w[j] ? BigFraction.ONE : BigFraction.ZERO).subtract(p[j])));
        }
        return v;
    }

    /** The largest Σ_j q_j(W_j − P_j) over every truth assignment of the sentences: Σ_j max(q_j(1 − P_j), −q_j P_j). */
    public static BigFraction worstOverAllAssignments(BigFraction[] q, BigFraction[] p) {
        BigFraction v = BigFraction.ZERO;
        for (int j = 0; j < q.length; j++) {
            BigFraction up = q[j].multiply(BigFraction.ONE.subtract(p[j]));
            BigFraction down = q[j].multiply(p[j]).negate();
            v = v.add(up.compareTo(down) >= 0 ? up : down);
        }
        return v;
    }

    /** The largest value over the given worlds. */
    public static BigFraction worstOver(List<boolean[]> worlds, BigFraction[] q, BigFraction[] p) {
        BigFraction best = null;
        for (boolean[] w : worlds) {
            BigFraction v = value(q, p, w);
            best = best == null || v.compareTo(best) > 0 ? v : best;
        }
        return best;
    }

    /** Day n's prices as fractions. */
    public static BigFraction[] prices(PriceHistory h, int n) {
        BigFraction[] p = new BigFraction[h.sentences().size()];
        for (int j = 0; j < p.length; j++) {
            p[j] = exact(h.price(j, n));
        }
        return p;
    }

    /** Trader {@code t}'s raw trade of day n (zero before its day in the firm), over the tracked sentences. */
    static BigFraction[] raw(TradingFirm firm, int t, PriceHistory h, int n) {
        BigFraction[] q = new BigFraction[h.sentences().size()];
        java.util.Arrays.fill(q, BigFraction.ZERO);
        StrategyTrader tr = firm.traders().get(t);
        if (n < firm.startDay(tr)) {
            return q;
        }
        LinkedHashMap<Sentence, Feature> today = tr.tradesOn(n);
        for (io.vavr.Tuple2<Sentence, Feature> e : today) {
            int j = h.indexOf(e._1);
            q[j] = q[j].add(feature(e._2, h, n));
        }
        return q;
    }

    /**
     * The firm's trade on days 1..N at the prices of {@code h}, exactly: for each day the shares
     * per tracked sentence.
     */
    public static List<BigFraction[]> firmTrades(TradingFirm firm, DeductiveProcess d, PriceHistory h, int days) {
        int m = h.sentences().size();
        List<List<boolean[]>> worlds = new ArrayList<>();
        List<BigFraction[]> pricesByDay = new ArrayList<>();
        for (int n = 1; n <= days; n++) {
            worlds.add(plausible(d, h.sentences(), n));
            pricesByDay.add(prices(h, n));
        }
        int nt = firm.traders().size();
        List<BigFraction[]> out = new ArrayList<>();
        for (int n = 1; n <= days; n++) {
            BigFraction[] z = new BigFraction[m];
            java.util.Arrays.fill(z, BigFraction.ZERO);
            out.add(z);
        }
        for (int t = 0; t < nt; t++) {
            StrategyTrader tr = firm.traders().get(t);
            List<BigFraction[]> raws = new ArrayList<>();
            int[] bigB = new int[days + 1];
            double mag = 0;
            for (int n = 1; n <= days; n++) {
                raws.add(raw(firm, t, h, n));
                if (n >= firm.startDay(tr)) {
                    mag += tr.magnitude(n);
                }
                bigB[n] = (int) Math.ceil(2 * mag);
            }
            if (!firm.isBudgeted()) {
                for (int n = 1; n <= days; n++) {
                    add(out.get(n - 1), raws.get(n - 1), BigFraction.ONE);
                }
                continue;
            }
            Vector<Integer> budgets = firm.budgets() instanceof TradingFirm.Finite
                    ? firm.budgetList() : Vector.rangeClosed(1, Math.max(1, bigB[days]));
            int k = firm.exponent(tr);
            boolean identity = false;
            for (int b : budgets) {
                // Once budget b never scales nor stops the trader, no larger budget does (more room):
                // Budgeter^b' = S for every b' > b, so it need not be recomputed.
                List<BigFraction[]> budgeted = identity ? raws : budgeter(b, raws, worlds, pricesByDay, h.sentences().size(), days);
                identity = identity || budgeted == raws;
                for (int n = 1; n <= days; n++) {
                    boolean explicit = firm.budgets() instanceof TradingFirm.Finite || b <= bigB[n];
                    if (explicit) {
                        add(out.get(n - 1), budgeted.get(n - 1), pow2(k + b));
                    }
                }
            }
            if (firm.budgets() instanceof TradingFirm.FullSum) {
                for (int n = 1; n <= days; n++) {
                    add(out.get(n - 1), raws.get(n - 1), pow2(k + bigB[n]));
                }
            }
        }
        return out;
    }

    private static void add(BigFraction[] acc, BigFraction[] q, BigFraction w) {
        for (int j = 0; j < acc.length; j++) {
            acc[j] = acc[j].add(w.multiply(q[j]));
        }
    }

    /**
     * Budgeter_n(b, S_{≤n}) of eq. 94 on days 1..N, the recursion on the budgeted trades; returns
     * {@code raws} itself when the budget never scaled nor stopped the trader.
     */
    public static List<BigFraction[]> budgeter(int b, List<BigFraction[]> raws, List<List<boolean[]>> worlds,
                                               List<BigFraction[]> pricesByDay, int m, int days) {
        BigFraction budget = new BigFraction(b);
        BigFraction[] shares = new BigFraction[m];
        java.util.Arrays.fill(shares, BigFraction.ZERO);
        BigFraction cash = BigFraction.ZERO;
        boolean stopped = false;
        boolean untouched = true;
        List<BigFraction[]> out = new ArrayList<>();
        for (int n = 1; n <= days; n++) {
            BigFraction[] p = pricesByDay.get(n - 1);
            BigFraction[] r = raws.get(n - 1);
            BigFraction f = BigFraction.ZERO;
            if (!stopped) {
                f = BigFraction.ONE;
                for (boolean[] w : worlds.get(n - 1)) {
                    BigFraction prev = holdings(shares, cash, w);
                    BigFraction loss = value(r, p, w).negate();
                    BigFraction ratio = loss.divide(budget.add(prev));
                    BigFraction g = ratio.compareTo(BigFraction.ONE) > 0 ? BigFraction.ONE.divide(ratio) : BigFraction.ONE;
                    f = g.compareTo(f) < 0 ? g : f;
                }
            }
            untouched &= f.equals(BigFraction.ONE);
            BigFraction[] q = new BigFraction[m];
            for (int j = 0; j < m; j++) {
                q[j] = f.multiply(r[j]);
                shares[j] = shares[j].add(q[j]);
                cash = cash.add(q[j].multiply(p[j]));
            }
            out.add(q);
            for (boolean[] w : worlds.get(n - 1)) {
                if (holdings(shares, cash, w).compareTo(budget.negate()) <= 0) {
                    stopped = true;
                }
            }
        }
        return untouched && !stopped ? raws : out;
    }

    static BigFraction holdings(BigFraction[] shares, BigFraction cash, boolean[] w) {
        BigFraction v = cash.negate();
        for (int j = 0; j < shares.length; j++) {
            if (w[j]) {
                v = v.add(shares[j]);
            }
        }
        return v;
    }
}
