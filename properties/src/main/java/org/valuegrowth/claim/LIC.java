package org.valuegrowth.claim;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;
import org.valuegrowth.induction.LiaMarket;
import org.valuegrowth.induction.MarketMaker;
import org.valuegrowth.induction.PriceHistory;
import org.valuegrowth.induction.Pricing;
import org.valuegrowth.induction.StrategyTrader;
import org.valuegrowth.induction.TradingFirm;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.search.Engine;
import org.valuegrowth.search.ExploitationSearch;
import org.valuegrowth.search.Limits;
import org.valuegrowth.search.NodeMeter;
import org.valuegrowth.search.PlantedMarkets;
import org.valuegrowth.search.Pruning;
import org.valuegrowth.search.TraderSpace;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.CrossCheck;
import org.valuegrowth.verdict.Margin;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

/**
 * LIC.lia, the exploitation search against the LIA market over a class of deductive processes
 * (spec/search.md §9.1), with its controls. Per process, every trader of the space is judged
 * (which gives the margin) and Choco with sound pruning must agree on the verdict and the witness.
 *
 * <p>Class: atoms a, b; a proved on day d_a and (a → b) on day d_ab, d_a, d_ab ∈ {1, 2, 3, 4, never};
 * for each process the LIA market whose firm holds every trader of the searched space (prior
 * 2^−(size+budget), budgets 1..4). Space: traders of size ≤ 3 buying ξ of φ ∈ {a, b}, ξ over the
 * constants {1, −1, 1/2}, prices of a and b today or yesterday and all operators; exploitation:
 * plausible value &gt; −1 on every day ≤ 8 and ≥ 2 on some day.
 */
public final class LIC {
    static final Language L = Language.ofNames("a", "b");
    static final Sentence A = L.var("a");
    static final Sentence B = L.var("b");
    static final Vector<Sentence> TRACKED = Vector.of(A, B);
    static final int HORIZON = 8;
    /** The proof days of the class; 0 stands for "never". */
    static final Vector<Integer> DAYS = Vector.of(1, 2, 3, 4, 0);
    /** The worked example of the earlier entry: a on day 2, a → b on day 4. */
    static final DeductiveProcess PROCESS = process(2, 4);

    private static final ConcurrentHashMap<String, PriceHistory> LIA_PRICES = new ConcurrentHashMap<>();

    private LIC() {
    }

    /** LIC.lia with its controls. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(lia());
    }

    /** The searched space: traders of size ≤ 3, b = 1, B = 2, horizon 8. */
    public static TraderSpace space() {
        return new TraderSpace(TRACKED, TRACKED, Vector.of(0, 1), Vector.of(1.0, -1.0, 0.5),
                Vector.of(TraderSpace.Operator.values()), 3, 1.0, 2.0, HORIZON);
    }

    /** The process proving a on day {@code da} and a → b on day {@code dab} (0 = never). */
    public static DeductiveProcess process(int da, int dab) {
        int days = Math.max(1, Math.max(da, dab));
        Vector<Vector<Sentence>> v = Vector.fill(days, Vector::empty);
        if (da > 0) {
            v = v.update(da - 1, v.get(da - 1).append(A));
        }
        if (dab > 0) {
            v = v.update(dab - 1, v.get(dab - 1).append(new Sentence.Implies(A, B)));
        }
        return new DeductiveProcess(L, v);
    }

    /**
     * The LIA firm: every trader of the searched space (the finite analogue of the paper's firm,
     * which enumerates every efficiently computable trader), complexity = node count.
     */
    public static Vector<StrategyTrader> firm() {
        return ExploitationSearch.traders(space(), PROCESS);
    }

    /** The LIA market's prices over the horizon for the worked example (a on day 2, a → b on day 4). */
    public static PriceHistory liaPrices() {
        return liaPrices(2, 4);
    }

    /** The LIA market's prices over the horizon for the process (da, dab); memoised (a pure function). */
    public static PriceHistory liaPrices(int da, int dab) {
        return LIA_PRICES.computeIfAbsent(da + "/" + dab, k -> {
            DeductiveProcess d = process(da, dab);
            TradingFirm f = new TradingFirm(ExploitationSearch.traders(space(), d), Vector.range(1, 5), TradingFirm.Prior.COMPLEXITY);
            return LiaMarket.start(d, f, TRACKED, MarketMaker.standard()).run(HORIZON)
                    .getOrElseThrow(reason -> new IllegalStateException("the LIA market could not clear: " + reason)).history();
        });
    }

    static String processName(int da, int dab) {
        return "a proved " + (da == 0 ? "never" : "on day " + da) + ", (a -> b) " + (dab == 0 ? "never" : "on day " + dab);
    }

    static ClaimCheck lia() {
        ClaimInfo info = new ClaimInfo("LIC.lia",
                "Whether a trader of size <= 3 exploits the LIA market within 8 days, for 25 deductive processes", "18-19",
                "different computable algorithms (\"traders\") bet on logical sentences which may be proven correct, or incorrect by an external arbitrator [...] the useful traders [...] accumulate more money",
                "for every deductive process over {a, b} proving a on day d_a and (a -> b) on day d_ab, d_a, d_ab in {1, 2, 3, 4, never}: "
                        + "no trader of size <= 3 has plausible value > -1 on every day <= 8 and >= 2 on some day, against the LIA market "
                        + "whose firm holds every trader of that space with prior 2^-(size+budget), budgets 1..4 "
                        + "(Garrabrant et al. 2016, §3, §5; spec/induction.md, spec/search.md §9.1)",
                ClaimInfo.Role.MODEL_CHECK, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, false);
        return ClaimCheck.of(info, (budget, seed) -> classSearch(budget),
                Vector.of(positiveConstant(), positiveKelly(), positiveLagging(), negativeSettled(), faultUnsoundPruning()));
    }

    /** The class search: every process, every trader judged, Choco confirming each process's verdict. */
    static Verdict classSearch(Budget budget) {
        NodeMeter meter = new NodeMeter(budget);
        TraderSpace space = space();
        Bound bound = Bound.ofClass("deductive processes over {a, b} proving a on day d_a and (a -> b) on day d_ab, "
                        + "d_a, d_ab in {1, 2, 3, 4, never} (25 processes), each with its LIA market (firm = every trader of the "
                        + "searched space, prior 2^-(size+budget), budgets 1..4, standard market maker)",
                space.describe(), "processes", "d_a, d_ab in {1, 2, 3, 4, never}", "maxSize", space.maxSize(),
                "tradable", space.tradable().mkString("{", ", ", "}"), "readable", space.readable().mkString("{", ", ", "}"),
                "lags", space.lags().mkString("{", ", ", "}"), "constants", space.constants().mkString("{", ", ", "}"),
                "operators", space.operators().mkString("{", ", ", "}"), "b", space.lossBound(), "B", space.gainTarget(),
                "horizon", space.horizon(), "engines", "exhaustive (every trader judged), confirmed by choco (sound pruning)",
                "nodeUnit", "one trader judged or one Choco node");
        double best = Double.NEGATIVE_INFINITY;
        String bestAt = "";
        Verdict.Found first = null;
        String firstProcess = "";
        int exploited = 0;
        long candidates = 0;
        int done = 0;
        for (int da : DAYS) {
            for (int dab : DAYS) {
                PriceHistory p = liaPrices(da, dab);
                DeductiveProcess d = process(da, dab);
                Verdict ex = ExploitationSearch.exhaustive(p, d, space, meter, 0);
                candidates += ex.statistics().candidates();
                Margin m = ex.margin().get();
                if (m.value() > best) {
                    best = m.value();
                    bestAt = processName(da, dab) + ": " + m.attainedAt();
                }
                if (ex instanceof Verdict.Inconclusive || !m.exact()) {
                    return new Verdict.Inconclusive(Verdict.Kind.COUNTEREXAMPLE, bound,
                            stats(meter, candidates), meter.stopReason() + " after " + done + " of 25 processes",
                            Option.some(margin(space, best, bestAt, false)));
                }
                Limits limits = new Limits(Math.max(1, meter.remaining()), Math.max(1, meter.remaining()),
                        budget.timeLimitMillis().isDefined() ? meter.remainingMillis(1) : 0);
                Verdict choco = ExploitationSearch.run(p, d, space, limits, Engine.CHOCO, 0);
                meter.record(choco.statistics().nodes());
                Verdict confirmed = CrossCheck.confirmed(ex, choco);
                if (confirmed instanceof Verdict.Inconclusive) {
                    return new Verdict.Inconclusive(Verdict.Kind.COUNTEREXAMPLE, bound, stats(meter, candidates),
                            ((Verdict.Inconclusive) confirmed).limit() + " (" + processName(da, dab) + ")",
                            Option.some(margin(space, best, bestAt, false)));
                }
                done++;
                if (ex instanceof Verdict.Found) {
                    exploited++;
                    if (first == null) {
                        first = (Verdict.Found) ex;
                        firstProcess = processName(da, dab);
                    }
                }
            }
        }
        Margin mg = margin(space, best, bestAt, true);
        if (first == null) {
            return new Verdict.NoneWithinBound(Verdict.Kind.COUNTEREXAMPLE, bound, stats(meter, candidates), Option.some(mg));
        }
        Witness w = first.witness();
        Witness named = new Witness(firstProcess + ": " + w.summary() + " (" + exploited + " of 25 processes are exploited)",
                w.columns(), w.rows(), w.trace().put("process", firstProcess).put("processesExploited", exploited),
                w.figureName(), w.replayedFigure(), w.freePositions());
        return new Verdict.Found(Verdict.Kind.COUNTEREXAMPLE, bound, stats(meter, candidates), named, Option.some(mg));
    }

    private static SearchStatistics stats(NodeMeter meter, long candidates) {
        return new SearchStatistics("exhaustive, confirmed by choco (sound pruning)", candidates, meter.nodes(), 0, 0, 3,
                meter.elapsedNanos());
    }

    private static Margin margin(TraderSpace space, double best, String at, boolean exact) {
        return new Margin("largest plausible value by day " + space.horizon() + " of a trader whose plausible value stays > -"
                + space.lossBound(), Margin.Extremum.MAX, best == Double.NEGATIVE_INFINITY ? Double.NaN : best, "<",
                space.gainTarget(), exact, at);
    }

    static ClaimCheck positiveConstant() {
        ClaimInfo info = new ClaimInfo("LIC.lia.positive-constant", "Positive control of LIC.lia: a market stuck at 1/2", "18-19",
                "(positive control of LIC.lia) every price is 1/2 on every day, whatever is proved",
                "the LIC.lia search, process a on day 2 and (a -> b) on day 4, same space, against constant prices 1/2: "
                        + "buying 1 of a is worth n/2 after n days once a is proved (day 2) and -1/2 at worst, so it reaches 2 on day 4",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return single(info, () -> PlantedMarkets.constant(TRACKED, 0.5, HORIZON), PROCESS, Pruning.SOUND);
    }

    static ClaimCheck positiveKelly() {
        ClaimInfo info = new ClaimInfo("LIC.lia.positive-kelly", "Positive control of LIC.lia: a misspecified Kelly market", "18-19",
                "(positive control of LIC.lia) a Kelly market whose hypotheses all give P(a) <= 1/2 while a is proved and observed",
                "the LIC.lia search, same process and space, against the sentence prices of a Kelly market over the worlds of {a, b} "
                        + "with hypotheses (0.4, 0.1, 0.4, 0.1), (0.3, 0.2, 0.3, 0.2), uniform, fed the worlds a & !b, a & b alternately",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return single(info, LIC::kellyPrices, PROCESS, Pruning.SOUND);
    }

    static ClaimCheck positiveLagging() {
        ClaimInfo info = new ClaimInfo("LIC.lia.positive-lagging", "Positive control of LIC.lia: a lagging market", "18-19",
                "(positive control of LIC.lia) prices that converge to the proved value, but slowly",
                "the LIC.lia search, same space, a proved on day 1, prices P_n(a) = 1 - 1/(n+1), P_n(b) = 1/2: buying 2 of a a day "
                        + "never loses and gains 2 sum_{n<=8} 1/(n+1) = 3.658 >= 2, buying 1 only 1.829 < 2 (spec/search.md §9.1)",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return single(info, LIC::laggingPrices, provesAOnDay1(), Pruning.SOUND);
    }

    static ClaimCheck negativeSettled() {
        ClaimInfo info = new ClaimInfo("LIC.lia.negative-settled", "Negative control of LIC.lia: every sentence settled and priced at its value",
                "18-19", "(negative control of LIC.lia) a and b proved on day 1 and priced 1 on every day",
                "the LIC.lia search, same space, a and b proved on day 1, prices 1: every plausible world values a share at its "
                        + "price, so every trader's plausible value is 0 on every day and none reaches 2 (spec/search.md §9.1)",
                ClaimInfo.Role.NEGATIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_NONE, false);
        return single(info, () -> PlantedMarkets.constant(TRACKED, 1.0, HORIZON),
                new DeductiveProcess(L, Vector.of(Vector.of(A, B))), Pruning.SOUND);
    }

    static ClaimCheck faultUnsoundPruning() {
        ClaimInfo info = new ClaimInfo("LIC.lia.fault-unsound-pruning", "Fault control of LIC.lia: an unsound pruning bound",
                "18-19", "(fault control of LIC.lia) Choco with the pruning bound that encloses unknown subtrees by [0, 0]",
                "the Choco engine with the UNSOUND_MUTANT pruning on LIC.lia.positive-lagging: it prunes the prefix of (1 + 1) and "
                        + "reports NONE WITHIN BOUND where a witness exists, which exposes the fault (spec/search.md §5, §9.1)",
                ClaimInfo.Role.FAULT_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_NONE, false);
        return single(info, LIC::laggingPrices, provesAOnDay1(), Pruning.UNSOUND_MUTANT);
    }

    static DeductiveProcess provesAOnDay1() {
        return new DeductiveProcess(L, Vector.of(Vector.of(A)));
    }

    static PriceHistory laggingPrices() {
        Vector<Pricing> v = Vector.empty();
        for (int n = 1; n <= HORIZON; n++) {
            v = v.append(Pricing.of(1.0 - 1.0 / (n + 1), 0.5));
        }
        return PriceHistory.of(TRACKED, v);
    }

    static PriceHistory kellyPrices() {
        Vector<PredictorTrader> hyps = Vector.of(
                new PredictorTrader("a20", 2, new Predictor.WorldBelief(L, 0.4, 0.1, 0.4, 0.1)),
                new PredictorTrader("a40", 2, new Predictor.WorldBelief(L, 0.3, 0.2, 0.3, 0.2)),
                new PredictorTrader("a50", 3, new Predictor.WorldBelief(L, 0.25, 0.25, 0.25, 0.25)));
        KellyMarket km = KellyMarket.overWorlds(L, hyps, new Prior.Simplicity());
        return PlantedMarkets.kelly(km, TRACKED, Vector.range(0, HORIZON).map(n -> n % 2 == 0 ? 0b01 : 0b11));
    }

    /**
     * A control on one price history: the exhaustive engine (sound pruning: confirmed by Choco) or,
     * for the fault control, Choco with the given pruning alone.
     */
    private static ClaimCheck single(ClaimInfo info, java.util.function.Supplier<PriceHistory> prices, DeductiveProcess d,
                                     Pruning pruning) {
        return ClaimCheck.of(info, (budget, seed) -> {
            PriceHistory p = prices.get();
            Limits limits = new Limits(budget.maxNodes(), budget.maxNodes(), budget.timeLimitMillis().getOrElse(0L));
            if (pruning != Pruning.SOUND) {
                return ExploitationSearch.run(p, d, space(), limits, pruning, false, 0);
            }
            Verdict ex = ExploitationSearch.exhaustive(p, d, space(), new NodeMeter(budget), 0);
            Verdict choco = ExploitationSearch.run(p, d, space(), limits, Engine.CHOCO, 0);
            Verdict v = CrossCheck.confirmed(ex, choco);
            return v.margin().isDefined() ? v : v.withMargin(ex.margin().get());
        });
    }

    /** For tests: the per-process verdicts as a map "d_a/d_ab" → headline. */
    static LinkedHashMap<String, String> perProcess(Budget budget) {
        LinkedHashMap<String, String> out = LinkedHashMap.empty();
        for (int da : DAYS) {
            for (int dab : DAYS) {
                out = out.put(da + "/" + dab, ExploitationSearch.exhaustive(liaPrices(da, dab), process(da, dab), space(),
                        new NodeMeter(budget), 0).headline());
            }
        }
        return out;
    }
}
