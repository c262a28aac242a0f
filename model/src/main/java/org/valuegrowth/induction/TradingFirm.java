package org.valuegrowth.induction;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * The trading firm: a weighted sum of budgeted traders, TradingFirm_n = Σ_k Σ_{b≥1} w_{k,b} ·
 * Budgeter_n(b, S^k_{≤n}, P_{≤n−1}) (Garrabrant et al. 2016, §5.3, eq. 97).
 *
 * <p>Finite version: the traders are a given list (no enumeration of all e.c. traders). The budget
 * sum is a parameter ({@link Budgets}):
 * <ul>
 *   <li>{@link FullSum} (the default, the paper's sum over every b ≥ 1): on day n the budgets b
 *       above a bound B_k(n) never scale trader k (its worst plausible loss so far, plus the most
 *       its trade can lose today, is below b), so Σ_{b > B} w_{k,b}·Budgeter^b = 2^-(k+B)·S^k_n,
 *       the paper's tail; the market keeps budgets 1..B_k(n) explicitly and the tail in closed form.
 *       The result does not depend on which such B is used;</li>
 *   <li>{@link Finite}: a given finite set of budgets and no tail (the earlier finite version);</li>
 *   <li>{@link Unbudgeted}: no firm, the raw sum Σ_k S^k_n with weight 1 (the trade the paper's
 *       Fixed Point Lemma clears; it has no per-member guarantee).</li>
 * </ul>
 * The prior is a parameter:
 * <ul>
 *   <li>{@link Prior#INDEX}: w = 2^-(k+b) with k the trader's enumeration index, and trader k only
 *       trades from day k on (S^k_n = T^k_n for n ≥ k, else 0), as in the paper;</li>
 *   <li>{@link Prior#COMPLEXITY}: w = 2^-(c+b) with c the trader's description length in bits, the
 *       essay's reading ("cash ∝ 2^-complexity"); the trader starts on its own start day.</li>
 * </ul>
 * With {@link Unbudgeted} the prior is not used: every trader has weight 1 and starts on its own
 * start day.
 *
 * @param traders the traders, in order
 * @param budgets the budget sum
 * @param prior how weights are assigned
 */
public record TradingFirm(Vector<StrategyTrader> traders, Budgets budgets, Prior prior) {
    /** The two priors over traders. */
    public enum Prior {
        /** 2^-(k+b), trader k active from day k (the paper's enumeration prior). */
        INDEX,
        /** 2^-(c+b), c the trader's complexity in bits (the essay's simplicity prior). */
        COMPLEXITY
    }

    /** Which budgets the firm sums over. */
    public sealed interface Budgets permits Finite, FullSum, Unbudgeted {
    }

    /**
     * A finite set of budgets, no tail.
     *
     * @param values the budgets b ≥ 1, distinct
     */
    public record Finite(Vector<Integer> values) implements Budgets {
        /** Validates. */
        public Finite {
            if (values == null || values.isEmpty()) {
                throw new ModelException("a firm needs at least one budget");
            }
            for (Integer b : values) {
                if (b == null || b < 1) {
                    throw new ModelException("budgets must be >= 1: " + b);
                }
            }
            if (values.distinct().size() != values.size()) {
                throw new ModelException("budgets must be distinct: " + values);
            }
        }
    }

    /**
     * The paper's sum over every budget b ≥ 1: budgets 1..B_k(n) explicitly, the rest as the tail
     * 2^-(k+B)·S^k_n.
     *
     * @param maxBudget the most explicit budgets per trader, ≥ 1; a day that needs more is refused
     *                  (a {@code Left} from the market), never truncated silently
     */
    public record FullSum(int maxBudget) implements Budgets {
        /** The default cap on explicit budgets per trader. */
        public static final int DEFAULT_MAX = 1024;

        /** Validates. */
        public FullSum {
            if (maxBudget < 1) {
                throw new ModelException("the full budget sum needs maxBudget >= 1: " + maxBudget);
            }
        }
    }

    /** No firm: the raw sum of the traders, weight 1, no Budgeter. */
    public record Unbudgeted() implements Budgets {
    }

    /** Validates. */
    public TradingFirm {
        if (traders == null || budgets == null || prior == null) {
            throw new ModelException("firm parts must not be null");
        }
        for (StrategyTrader t : traders) {
            if (t == null) {
                throw new ModelException("firm traders must not be null");
            }
        }
    }

    /** A firm with a finite list of budgets and no tail. */
    public TradingFirm(Vector<StrategyTrader> traders, Vector<Integer> budgets, Prior prior) {
        this(traders, new Finite(budgets), prior);
    }

    /** A firm over {@code traders} with the paper's full budget sum and the index prior. */
    public static TradingFirm of(Vector<StrategyTrader> traders) {
        return new TradingFirm(traders, fullSum(), Prior.INDEX);
    }

    /** The full budget sum with the default cap. */
    public static Budgets fullSum() {
        return new FullSum(FullSum.DEFAULT_MAX);
    }

    /** The raw, unweighted sum of {@code traders} (no firm). */
    public static TradingFirm unbudgeted(Vector<StrategyTrader> traders) {
        return new TradingFirm(traders, new Unbudgeted(), Prior.INDEX);
    }

    /** Whether the firm budgets its members (finite list or full sum). */
    public boolean isBudgeted() {
        return !(budgets instanceof Unbudgeted);
    }

    /** The exponent k of the weight 2^-(k+b): the index or the complexity of {@code t}. */
    public int exponent(StrategyTrader t) {
        return prior == Prior.INDEX ? t.index() : t.complexity();
    }

    /** The weight w_{k,b} = 2^-(k+b) of trader {@code t} with budget {@code b} (1 without a firm). */
    public double weight(StrategyTrader t, int b) {
        if (!isBudgeted()) {
            return 1.0;
        }
        return Math.scalb(1.0, -(exponent(t) + b));
    }

    /** The weight of the tail Σ_{b > B} 2^-(k+b) = 2^-(k+B). */
    public double tailWeight(StrategyTrader t, int bigB) {
        return Math.scalb(1.0, -(exponent(t) + bigB));
    }

    /** The first day on which {@code t} trades inside the firm. */
    public int startDay(StrategyTrader t) {
        return isBudgeted() && prior == Prior.INDEX ? Math.max(t.startDay(), t.index()) : t.startDay();
    }

    /** Trader number {@code i} as it trades inside the firm (with the firm's start day). */
    public StrategyTrader member(int i) {
        StrategyTrader t = traders.get(i);
        return t.withStartDay(startDay(t));
    }

    /**
     * The finite budget list.
     *
     * @throws ModelException for the full sum or no firm
     */
    public Vector<Integer> budgetList() {
        if (budgets instanceof Finite) {
            return ((Finite) budgets).values();
        }
        throw new ModelException("the firm has no finite budget list: " + describeBudgets());
    }

    /** "budgets 1, 2, 3, 4", "full budget sum (tail 2^-(k+B))" or "no firm (raw sum)". */
    public String describeBudgets() {
        if (budgets instanceof Finite) {
            return "budgets " + ((Finite) budgets).values().mkString(", ");
        }
        if (budgets instanceof FullSum) {
            return "full budget sum over b >= 1 (explicit b <= B, tail 2^-(k+B))";
        }
        return "no firm (raw sum of the traders)";
    }

    /**
     * Σ_{b'} w_{k',b'}·b' over every budget of trader {@code t}: the most its budgeted components
     * can lose together (Lemma 95 (2)); for the full sum Σ_{b≥1} 2^-(k+b)·b = 2^(1−k).
     */
    double stakeAtRisk(StrategyTrader t) {
        if (budgets instanceof Finite) {
            double s = 0;
            for (int b : ((Finite) budgets).values()) {
                s += weight(t, b) * b;
            }
            return s;
        }
        if (budgets instanceof FullSum) {
            return Math.scalb(1.0, 1 - exponent(t));
        }
        throw new ModelException("no firm: the raw sum has no budgets");
    }

    /**
     * The gain ceiling of trader {@code i} under budget {@code b} for every horizon:
     * (1 + Σ_{(k',b')≠(i,b)} w_{k',b'}·b') / w_{i,b}. Any price sequence cleared by
     * {@link MarketMaker} against this firm keeps the budgeted trader's plausible value below it.
     * {@link FirmCeiling#of} gives the sharper bound by day n.
     *
     * <p>Proof: the firm's value is Σ w·V over its components, at most Σ_n 2^-n &lt; 1 (Lemma 93),
     * and every other component has V ≥ −b' (Lemma 95 (2)).
     *
     * @throws ModelException without a firm ({@link Unbudgeted})
     */
    public double gainCeiling(int i, int b) {
        double others = 0;
        for (StrategyTrader t : traders) {
            others += stakeAtRisk(t);
        }
        double w = weight(traders.get(i), b);
        return (1.0 + others - (hasBudget(b) ? w * b : 0.0)) / w;
    }

    /** Whether budget {@code b} is one of the firm's (every b ≥ 1 for the full sum). */
    public boolean hasBudget(int b) {
        if (budgets instanceof Finite) {
            return ((Finite) budgets).values().contains(b);
        }
        return budgets instanceof FullSum && b >= 1;
    }
}
