package org.valuegrowth.induction;

import io.vavr.control.Option;
import org.valuegrowth.numeric.ModelException;

/**
 * The finite-time gain ceiling of one firm member: how much the budgeted trader (k, b) can be worth
 * in a plausible world by day n, whatever the prices, as long as the market maker cleared the
 * firm's trade within 2^-i on every day i ≤ n (Garrabrant et al. 2016, §5: eq. 92, Lemma 93,
 * Lemma 95 (2)).
 *
 * <p>Statement. Let V_c(W, n) = W(Σ_{i≤n} B^c_i) be the holdings value of component c = (k', b')
 * of the firm (weight w_c = 2^-(k'+b')). For every W ∈ PC(D_n):
 * <pre>
 *   V_{k,b}(W, n) ≤ G_{k,b}(n) := (1 − 2^-n + Σ_{c ≠ (k,b), c active by day n} w_c·b_c) / w_{k,b}.
 * </pre>
 * Proof: the firm's holdings are Σ_c w_c·V_c(W, n) = Σ_{i≤n} W(TradingFirm_i); W lies in
 * PC(D_i) for every i ≤ n, and every truth assignment is guarded when the market maker guards all
 * worlds, so each day contributes at most 2^-i (eq. 92): the sum is ≤ 1 − 2^-n (the market
 * maker's slack). A component that has not traded by day n is worth 0; an active one is worth
 * ≥ −b_c (Lemma 95 (2)). Subtracting the others and dividing by w_{k,b} gives the bound. For the
 * full budget sum the others' stake of trader k' is Σ_{b'≥1} 2^-(k'+b')·b' = 2^(1−k').
 *
 * <p>Reading. The ceiling is the member's weight set against everything else in the firm: a
 * member with weight 2^-(k+b) may gain about 2^(k+b) times the firm's slack plus the others'
 * stake before the market must stop it. A trader that reaches a gain B below that ceiling early
 * does not contradict the paper; the criterion forbids only unbounded gains.
 *
 * @param member the member's name
 * @param budget b
 * @param day n
 * @param weight w_{k,b} = 2^-(k+b)
 * @param othersAtRisk Σ w_c·b_c over the other components active by day n
 * @param slack 1 − 2^-n, the most the firm's holdings can be worth by day n
 * @param ceiling G_{k,b}(n) = (slack + othersAtRisk) / weight; +∞ if the weight underflows to 0
 *                (k + b &gt; 1074)
 */
public record FirmCeiling(String member, int budget, int day, double weight, double othersAtRisk, double slack,
                          double ceiling) {
    /** Validates. */
    public FirmCeiling {
        if (member == null || budget < 1 || day < 1 || !(weight >= 0) || !(othersAtRisk >= 0) || !(slack >= 0)) {
            throw new ModelException("bad firm ceiling: " + member + " b=" + budget + " day=" + day + " w=" + weight);
        }
    }

    /**
     * The ceiling G_{k,b}(n) of member {@code i} of {@code firm} with budget {@code b} on day {@code n}.
     *
     * @param firm a budgeted firm (finite list or full sum)
     * @param i the member's position in {@code firm.traders()}
     * @param b a budget of the firm
     * @param n the day, ≥ 1
     * @throws ModelException without a firm, for an unknown member or budget, or n &lt; 1
     */
    public static FirmCeiling of(TradingFirm firm, int i, int b, int n) {
        if (!firm.isBudgeted()) {
            throw new ModelException("the raw sum of traders (no firm) has no per-member ceiling");
        }
        if (i < 0 || i >= firm.traders().size()) {
            throw new ModelException("no member " + i + " in a firm of " + firm.traders().size());
        }
        if (!firm.hasBudget(b)) {
            throw new ModelException("budget " + b + " is not one of the firm's: " + firm.describeBudgets());
        }
        if (n < 1) {
            throw new ModelException("day must be >= 1: " + n);
        }
        StrategyTrader self = firm.traders().get(i);
        double w = firm.weight(self, b);
        double others = 0;
        for (StrategyTrader t : firm.traders()) {
            if (firm.startDay(t) <= n && firm.startDay(t) <= t.endDay()) {
                others += firm.stakeAtRisk(t);
            }
        }
        if (firm.startDay(self) <= n && firm.startDay(self) <= self.endDay()) {
            others -= w * b;
        }
        others = Math.max(0.0, others);
        double slack = 1.0 - Math.scalb(1.0, -Math.min(n, 1100));
        return new FirmCeiling(self.name(), b, n, w, others, slack, w > 0 ? (slack + others) / w : Double.POSITIVE_INFINITY);
    }

    /**
     * The least ceiling over every member and budget on day {@code n}: for the full sum it is at
     * b = 1 (G grows with b, since w halves while the numerator shrinks by w·b only), for a finite
     * list the least over the list.
     */
    public static FirmCeiling least(TradingFirm firm, int n) {
        if (firm.traders().isEmpty()) {
            throw new ModelException("an empty firm has no members");
        }
        FirmCeiling best = null;
        for (int i = 0; i < firm.traders().size(); i++) {
            for (int b : firm.budgets() instanceof TradingFirm.Finite ? firm.budgetList() : io.vavr.collection.Vector.of(1)) {
                FirmCeiling c = of(firm, i, b, n);
                if (best == null || c.ceiling() < best.ceiling()) {
                    best = c;
                }
            }
        }
        return best;
    }

    /**
     * The ceiling of the member that trades exactly like {@code trader} (same strategies, by
     * {@link StrategyTrader#phases()}), the least one if several do; none if no member does.
     */
    public static Option<FirmCeiling> forTrader(TradingFirm firm, StrategyTrader trader, int b, int n) {
        FirmCeiling best = null;
        for (int i = 0; i < firm.traders().size(); i++) {
            if (firm.traders().get(i).phases().equals(trader.phases())) {
                FirmCeiling c = of(firm, i, b, n);
                if (best == null || c.ceiling() < best.ceiling()) {
                    best = c;
                }
            }
        }
        return Option.of(best);
    }

    /** One sentence for a report: the bound and where it comes from. */
    public String describe() {
        return "member " + member + " with budget " + budget + " (weight " + weight + ") can be worth at most "
                + ceiling + " in any plausible world by day " + day + ": the firm's holdings are worth at most "
                + "1 - 2^-" + day + " = " + slack + " (eq. 92 each day), and the other members active by then can lose at most "
                + othersAtRisk + " together (Lemma 95 (2))";
    }
}
