package org.valuegrowth.induction;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * The trading firm: a weighted sum of budgeted traders, TradingFirm_n = Σ_k Σ_b w_{k,b} ·
 * Budgeter_n(b, S^k_{≤n}, P_{≤n−1}) (Garrabrant et al. 2016, §5.3, eq. 97).
 *
 * <p>Finite version: the traders are a given list (no enumeration of all e.c. traders) and the
 * budgets a given finite set. The prior is a parameter:
 * <ul>
 *   <li>{@link Prior#INDEX}: w = 2^-(k+b) with k the trader's enumeration index, and trader k only
 *       trades from day k on (S^k_n = T^k_n for n ≥ k, else 0), as in the paper;</li>
 *   <li>{@link Prior#COMPLEXITY}: w = 2^-(c+b) with c the trader's description length in bits, the
 *       essay's reading ("cash ∝ 2^-complexity"); the trader starts on its own start day.</li>
 * </ul>
 *
 * @param traders the traders, in order
 * @param budgets the budget values b ≥ 1
 * @param prior how weights are assigned
 */
public record TradingFirm(Vector<StrategyTrader> traders, Vector<Integer> budgets, Prior prior) {
    /** The two priors over traders. */
    public enum Prior {
        /** 2^-(k+b), trader k active from day k (the paper's enumeration prior). */
        INDEX,
        /** 2^-(c+b), c the trader's complexity in bits (the essay's simplicity prior). */
        COMPLEXITY
    }

    /** Validates. */
    public TradingFirm {
        if (traders == null || budgets == null || prior == null) {
            throw new ModelException("firm parts must not be null");
        }
        if (budgets.isEmpty()) {
            throw new ModelException("a firm needs at least one budget");
        }
        for (Integer b : budgets) {
            if (b == null || b < 1) {
                throw new ModelException("budgets must be >= 1: " + b);
            }
        }
        if (budgets.distinct().size() != budgets.size()) {
            throw new ModelException("budgets must be distinct: " + budgets);
        }
    }

    /** A firm over {@code traders} with budgets 1..4 and the index prior. */
    public static TradingFirm of(Vector<StrategyTrader> traders) {
        return new TradingFirm(traders, Vector.range(1, 5), Prior.INDEX);
    }

    /** The weight w_{k,b} of trader {@code t} with budget {@code b}. */
    public double weight(StrategyTrader t, int b) {
        int e = (prior == Prior.INDEX ? t.index() : t.complexity()) + b;
        return Math.scalb(1.0, -e);
    }

    /** The first day on which {@code t} trades inside the firm. */
    public int startDay(StrategyTrader t) {
        return prior == Prior.INDEX ? Math.max(t.startDay(), t.index()) : t.startDay();
    }

    /** Trader number {@code i} as it trades inside the firm (with the firm's start day). */
    public StrategyTrader member(int i) {
        StrategyTrader t = traders.get(i);
        return t.withStartDay(startDay(t));
    }

    /**
     * The finite-horizon gain ceiling of trader {@code i} under budget {@code b}: any price
     * sequence cleared by {@link MarketMaker} against this firm (day n within 2^-n) keeps the
     * budgeted trader's plausible value below
     * (1 + Σ_{(k',b')≠(i,b)} w_{k',b'}·b') / w_{i,b}.
     *
     * <p>Proof: the firm's value is Σ w·V over its components, at most Σ_n 2^-n &lt; 1 (Lemma 93),
     * and every other component has V ≥ −b' (Lemma 95 (2)).
     */
    public double gainCeiling(int i, int b) {
        double others = 0;
        for (int k = 0; k < traders.size(); k++) {
            for (int bb : budgets) {
                if (!(k == i && bb == b)) {
                    others += weight(traders.get(k), bb) * bb;
                }
            }
        }
        return (1.0 + others) / weight(traders.get(i), b);
    }
}
