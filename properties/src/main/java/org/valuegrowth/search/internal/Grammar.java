package org.valuegrowth.search.internal;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.induction.ExploitationCheck;
import org.valuegrowth.induction.Feature;
import org.valuegrowth.induction.Interval;
import org.valuegrowth.induction.PriceHistory;
import org.valuegrowth.induction.StrategyTrader;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.search.TraderSpace;

/**
 * The symbol alphabet of a {@link TraderSpace}, decoding of prefix notation into features, the
 * exact exploitation test (through {@link ExploitationCheck}) and the sound interval enclosure of
 * partial candidates used for pruning.
 *
 * <p>Symbols: 0 = END (padding after the tree); 1..C = constants; then prices, sentence-major then
 * lag; then the operators in the space's order.
 */
public final class Grammar {
    /** The padding symbol. */
    public static final int END = 0;

    private final TraderSpace space;
    private final PriceHistory prices;
    private final DeductiveProcess process;
    private final int nConst;
    private final int nPrice;
    private final double[] maxAbs;
    // canTrue[t][n], canFalse[t][n]: some world of PC(D_n) makes tradable t true / false.
    private final boolean[][] canTrue;
    private final boolean[][] canFalse;

    /** A grammar for {@code space} against the given market. */
    public Grammar(TraderSpace space, PriceHistory prices, DeductiveProcess process) {
        this.space = space;
        this.prices = prices;
        this.process = process;
        if (space.horizon() > prices.days()) {
            throw new ModelException("horizon " + space.horizon() + " exceeds the " + prices.days() + " priced days");
        }
        for (Sentence s : space.sentences()) {
            if (!prices.tracks(s)) {
                throw new ModelException("the prices do not track a sentence of the trader space: " + s);
            }
        }
        this.nConst = space.constants().size();
        this.nPrice = space.readable().size() * space.lags().size();
        this.maxAbs = maxAbsTable();
        int nt = space.tradable().size();
        canTrue = new boolean[nt][space.horizon() + 1];
        canFalse = new boolean[nt][space.horizon() + 1];
        for (int n = 1; n <= space.horizon(); n++) {
            for (long w : process.plausibleWorlds(n)) {
                for (int t = 0; t < nt; t++) {
                    if (space.tradable().get(t).eval(w)) {
                        canTrue[t][n] = true;
                    } else {
                        canFalse[t][n] = true;
                    }
                }
            }
        }
    }

    /** The space. */
    public TraderSpace space() {
        return space;
    }

    /** The number of symbols, END included. */
    public int symbols() {
        return 1 + nConst + nPrice + space.operators().size();
    }

    /** The number of children of a symbol; −1 for END. */
    public int arity(int sym) {
        if (sym == END) {
            return -1;
        }
        if (sym <= nConst + nPrice) {
            return 0;
        }
        return space.operators().get(sym - 1 - nConst - nPrice).arity();
    }

    /** Whether the first {@code len} symbols form exactly one complete tree. */
    public boolean validTree(int[] sym, int len) {
        int need = 1;
        for (int i = 0; i < len; i++) {
            if (need == 0 || sym[i] == END) {
                return false;
            }
            need += arity(sym[i]) - 1;
        }
        return need == 0;
    }

    /** The feature written by the first {@code len} symbols in prefix notation. */
    public Feature decode(int[] sym, int len) {
        if (!validTree(sym, len)) {
            throw new ModelException("not a complete feature in prefix notation: " + java.util.Arrays.toString(sym));
        }
        int[] pos = {0};
        return parse(sym, pos);
    }

    private Feature parse(int[] sym, int[] pos) {
        int s = sym[pos[0]++];
        if (s <= nConst) {
            return new Feature.Constant(space.constants().get(s - 1));
        }
        if (s <= nConst + nPrice) {
            int k = s - 1 - nConst;
            int g = space.lags().size();
            return new Feature.Price(space.readable().get(k / g), space.lags().get(k % g));
        }
        TraderSpace.Operator op = space.operators().get(s - 1 - nConst - nPrice);
        Feature a = parse(sym, pos);
        if (op == TraderSpace.Operator.RECIPROCAL) {
            return new Feature.SafeReciprocal(a);
        }
        Feature b = parse(sym, pos);
        switch (op) {
            case SUM:
                return new Feature.Sum(a, b);
            case PRODUCT:
                return new Feature.Product(a, b);
            case MIN:
                return new Feature.Min(a, b);
            case MAX:
                return new Feature.Max(a, b);
            default:
                throw new AssertionError(op);
        }
    }

    /** The trader of a candidate: buys {@code decode(sym)} shares of tradable sentence {@code t}. */
    public StrategyTrader trader(int t, int[] sym, int len) {
        Feature f = decode(sym, len);
        return new StrategyTrader("candidate", 1, len, 1, LinkedHashMap.of(space.tradable().get(t), f));
    }

    /** The plain model's verdict on a complete candidate. */
    public ExploitationCheck.Assessment assess(StrategyTrader trader) {
        return ExploitationCheck.check(prices, process, trader, space.lossBound(), space.gainTarget(), space.horizon());
    }

    /** Whether a complete candidate exploits the market within the space's (b, B, N). */
    public boolean exploits(int t, int[] sym, int len) {
        return assess(trader(t, sym, len)).exploited();
    }

    /**
     * Sound pruning test: whether no completion of the partial candidate (tradable {@code t}, first
     * {@code k} symbols fixed, at most {@code size} nodes) can exploit. Unknown subtrees are enclosed
     * by ±M(size − k), the largest |value| of any feature of that many nodes; the value of the
     * holdings per day and world is then enclosed by interval arithmetic.
     *
     * @param mutant if true, use a deliberately unsound bound (the planted fault): unknown subtrees
     *               enclosed by [0, 0]
     */
    public boolean cannotExploit(int t, int[] sym, int k, int size, boolean mutant) {
        int remaining = Math.max(0, size - k);
        Interval hole = mutant ? Interval.point(0) : new Interval(-maxAbs[remaining], maxAbs[remaining]);
        Sentence phi = space.tradable().get(t);
        double b = space.lossBound();
        double target = space.gainTarget();
        double loTrue = 0;
        double hiTrue = 0;
        double loFalse = 0;
        double hiFalse = 0;
        boolean canReach = false;
        for (int n = 1; n <= space.horizon(); n++) {
            int[] pos = {0};
            Interval x = enclose(sym, k, pos, n, hole);
            double p = prices.price(phi, n);
            Interval up = x.times(Interval.point(1 - p));
            Interval down = x.times(Interval.point(-p));
            loTrue = Math.nextDown(loTrue + up.lo());
            hiTrue = Math.nextUp(hiTrue + up.hi());
            loFalse = Math.nextDown(loFalse + down.lo());
            hiFalse = Math.nextUp(hiFalse + down.hi());
            if (canTrue[t][n]) {
                if (hiTrue <= -b) {
                    return true;
                }
                canReach |= hiTrue >= target;
            }
            if (canFalse[t][n]) {
                if (hiFalse <= -b) {
                    return true;
                }
                canReach |= hiFalse >= target;
            }
        }
        return !canReach;
    }

    private Interval enclose(int[] sym, int k, int[] pos, int day, Interval hole) {
        if (pos[0] >= k) {
            pos[0]++;
            return hole;
        }
        int s = sym[pos[0]++];
        if (s == END) {
            return hole;
        }
        if (s <= nConst) {
            return Interval.point(space.constants().get(s - 1));
        }
        if (s <= nConst + nPrice) {
            int idx = s - 1 - nConst;
            int g = space.lags().size();
            return Interval.point(prices.price(space.readable().get(idx / g), day - space.lags().get(idx % g)));
        }
        TraderSpace.Operator op = space.operators().get(s - 1 - nConst - nPrice);
        Interval a = enclose(sym, k, pos, day, hole);
        if (op == TraderSpace.Operator.RECIPROCAL) {
            return a.safeReciprocal();
        }
        Interval c = enclose(sym, k, pos, day, hole);
        switch (op) {
            case SUM:
                return a.plus(c);
            case PRODUCT:
                return a.times(c);
            case MIN:
                return a.min(c);
            case MAX:
                return a.max(c);
            default:
                throw new AssertionError(op);
        }
    }

    /** M(r): an upper bound on |value| of any feature of at most r nodes (M(0) = 0 is never used for a real hole). */
    private double[] maxAbsTable() {
        int l = space.maxSize();
        double[] m = new double[l + 1];
        double leaf = nPrice > 0 ? 1.0 : 0.0;
        for (double c : space.constants()) {
            leaf = Math.max(leaf, Math.abs(c));
        }
        if (l >= 1) {
            m[1] = leaf;
        }
        for (int r = 2; r <= l; r++) {
            double best = m[r - 1];
            for (TraderSpace.Operator op : space.operators()) {
                if (op == TraderSpace.Operator.RECIPROCAL) {
                    best = Math.max(best, 1.0);
                    continue;
                }
                for (int i = 1; i <= r - 2; i++) {
                    double x = m[i];
                    double y = m[r - 1 - i];
                    double v = op == TraderSpace.Operator.SUM ? x + y
                            : op == TraderSpace.Operator.PRODUCT ? x * y : Math.max(x, y);
                    best = Math.max(best, v);
                }
            }
            m[r] = Math.nextUp(best);
        }
        // A hole can stand for a subtree of any size up to the remaining nodes, and at least one node.
        m[0] = l >= 1 ? m[1] : 0;
        return m;
    }

    /** The market's price of {@code s} on {@code day}. */
    public double price(Sentence s, int day) {
        return prices.price(s, day);
    }

    /** The symbols as a readable list. */
    public Vector<String> describe(int[] sym, int len) {
        Vector<String> v = Vector.empty();
        for (int i = 0; i < len; i++) {
            v = v.append(symbolName(sym[i]));
        }
        return v;
    }

    /** The printed name of a symbol. */
    public String symbolName(int s) {
        if (s == END) {
            return "END";
        }
        if (s <= nConst + nPrice) {
            int[] one = {s};
            return decode(one, 1).toString();
        }
        return space.operators().get(s - 1 - nConst - nPrice).name();
    }
}
