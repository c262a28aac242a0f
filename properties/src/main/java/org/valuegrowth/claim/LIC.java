package org.valuegrowth.claim;

import org.valuegrowth.search.Engine;
import org.valuegrowth.search.ExploitationSearch;
import org.valuegrowth.search.Limits;
import org.valuegrowth.search.PlantedMarkets;
import org.valuegrowth.search.TraderSpace;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.CrossCheck;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.induction.LiaMarket;
import org.valuegrowth.induction.MarketMaker;
import org.valuegrowth.induction.PriceHistory;
import org.valuegrowth.induction.StrategyTrader;
import org.valuegrowth.induction.TradingFirm;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/**
 * The catalogue entries for the logical induction criterion: the exploitation search run against
 * the LIA market (a model check) and against two planted weak markets (its twins), all on the same
 * language, deductive process and trader space. Each verdict is confirmed by brute force.
 *
 * <p>Setting (stated in {@code spec/search.md}, "Catalogue"): atoms a, b; a is proved on day 2 and
 * a → b on day 4; the searched space is every trader of size ≤ 3 that buys ξ of φ ∈ {a, b}, ξ built
 * from constants {1, −1, 1/2}, prices of a and b today or yesterday and all operators;
 * exploitation means value &gt; −1 on every day and ≥ 2 on some day ≤ 8. The LIA firm holds every
 * trader of that space with the simplicity prior 2^−(size+budget), budgets 1..4.
 */
public final class LIC {
    static final Language L = Language.ofNames("a", "b");
    static final Sentence A = L.var("a");
    static final Sentence B = L.var("b");
    static final Vector<Sentence> TRACKED = Vector.of(A, B);
    static final int HORIZON = 8;
    static final DeductiveProcess PROCESS = new DeductiveProcess(L, Vector.of(Vector.empty(), Vector.of(A),
            Vector.empty(), Vector.of(new Sentence.Implies(A, B))));
    static final String SETTING = "atoms {a, b}; a proved on day 2, (a -> b) on day 4; ";

    private LIC() {
    }

    /** The three entries: the LIA market, then its planted twins. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(lia());
    }

    /** The searched space: traders of size ≤ 3, b = 1, B = 2, horizon 8. */
    public static TraderSpace space() {
        return new TraderSpace(TRACKED, TRACKED, Vector.of(0, 1), Vector.of(1.0, -1.0, 0.5),
                Vector.of(TraderSpace.Operator.values()), 3, 1.0, 2.0, HORIZON);
    }

    /**
     * The LIA firm: every trader of the searched space (the finite analogue of the paper's firm,
     * which enumerates every efficiently computable trader), complexity = node count.
     */
    public static Vector<StrategyTrader> firm() {
        return ExploitationSearch.traders(space(), PROCESS);
    }

    /** The LIA market's prices over the horizon. */
    public static PriceHistory liaPrices() {
        TradingFirm f = new TradingFirm(firm(), Vector.range(1, 5), TradingFirm.Prior.COMPLEXITY);
        return LiaMarket.start(PROCESS, f, TRACKED, MarketMaker.standard()).run(HORIZON)
                .getOrElseThrow(reason -> new IllegalStateException("the LIA market could not clear: " + reason)).history();
    }

    static ClaimCheck lia() {
        ClaimInfo info = new ClaimInfo("LIC.lia", "The LIA market is not exploited by small traders within the horizon", "18-19",
                "different computable algorithms (\"traders\") bet on logical sentences which may be proven correct, or incorrect by an external arbitrator [...] the useful traders [...] accumulate more money",
                SETTING + "no trader of size ≤ 3 has plausible value > −1 on every day ≤ 8 and ≥ 2 on some day, "
                        + "against the LIA market whose firm holds every trader of that space with prior 2^-(size+budget), budgets 1..4 (Garrabrant et al. 2016, §3, §5; spec/induction.md, spec/search.md)",
                ClaimInfo.Role.MODEL_CHECK, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, false);
        return ClaimCheck.of(info, check(info, LIC::liaPrices)::run, Vector.of(plantedConstant(), plantedKelly()));
    }

    static ClaimCheck plantedConstant() {
        ClaimInfo info = new ClaimInfo("LIC.lia.positive-constant", "Positive control of LIC.lia: a market stuck at 1/2", "18-19",
                "(planted twin of LIC.lia) every price is 1/2 on every day, whatever is proved",
                "the LIC.lia search, same process and space, against constant prices 1/2: it must report COUNTEREXAMPLE FOUND",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return check(info, () -> PlantedMarkets.constant(TRACKED, 0.5, HORIZON));
    }

    static ClaimCheck plantedKelly() {
        ClaimInfo info = new ClaimInfo("LIC.lia.positive-kelly", "Positive control of LIC.lia: a misspecified Kelly market", "18-19",
                "(planted twin of LIC.lia) a Kelly market whose hypotheses all give P(a) ≤ 1/2 while a is proved and observed",
                "the LIC.lia search, same process and space, against the sentence prices of a Kelly market over the worlds of {a, b} "
                        + "with hypotheses (0.4, 0.1, 0.4, 0.1), (0.3, 0.2, 0.3, 0.2), uniform, fed the worlds a∧¬b, a∧b alternately",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return check(info, LIC::kellyPrices);
    }

    static PriceHistory kellyPrices() {
        Vector<PredictorTrader> hyps = Vector.of(
                new PredictorTrader("a20", 2, new Predictor.WorldBelief(L, 0.4, 0.1, 0.4, 0.1)),
                new PredictorTrader("a40", 2, new Predictor.WorldBelief(L, 0.3, 0.2, 0.3, 0.2)),
                new PredictorTrader("a50", 3, new Predictor.WorldBelief(L, 0.25, 0.25, 0.25, 0.25)));
        KellyMarket km = KellyMarket.overWorlds(L, hyps, new Prior.Simplicity());
        return PlantedMarkets.kelly(km, TRACKED, Vector.range(0, HORIZON).map(n -> n % 2 == 0 ? 0b01 : 0b11));
    }

    private static ClaimCheck check(ClaimInfo info, java.util.function.Supplier<PriceHistory> prices) {
        return ClaimCheck.of(info, (budget, seed) -> {
            PriceHistory p = prices.get();
            Limits limits = new Limits(budget.maxNodes(), budget.maxNodes(), budget.timeLimitMillis().getOrElse(0L));
            Verdict choco = ExploitationSearch.run(p, PROCESS, space(), limits, Engine.CHOCO, seed);
            Verdict brute = ExploitationSearch.run(p, PROCESS, space(), limits, Engine.BRUTE_FORCE, seed);
            return CrossCheck.confirmed(choco, brute);
        });
    }
}
