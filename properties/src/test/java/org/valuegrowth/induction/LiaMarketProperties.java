package org.valuegrowth.induction;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;

/** Laws of the LIA market (Garrabrant et al. 2016, §5) on random small firms and deductive processes. */
class LiaMarketProperties {
    static final Language L = Language.ofNames("a", "b");
    static final Sentence A = L.var("a");
    static final Sentence B = L.var("b");
    static final Vector<Sentence> S = Vector.of(A, B, Sentence.or(A, B));
    static final int DAYS = 5;

    @Provide
    Arbitrary<Vector<StrategyTrader>> firms() {
        return InductionArbitraries.traders(S.take(2), 2, 1).list().ofMinSize(1).ofMaxSize(2).map(ts -> {
            Vector<StrategyTrader> v = Vector.empty();
            for (int i = 0; i < ts.size(); i++) {
                v = v.append(ts.get(i).withIndex(i + 1));
            }
            return v;
        });
    }

    @Provide
    Arbitrary<DeductiveProcess> processes() {
        return LawSupport.processes(L, DAYS);
    }

    private static LiaMarket run(DeductiveProcess d, Vector<StrategyTrader> traders, int days) {
        Either<String, LiaMarket> m = LiaMarket.start(d, TradingFirm.of(traders), S, MarketMaker.standard()).run(days);
        assertThat(m.isRight()).as("market maker failed: %s", m.swap().getOrElse("")).isTrue();
        return m.get();
    }

    @Property(tries = 40, seed = "20261127")
    @Tag("LI-M1")
    @Label("LI-M1 law (eq. 92, Lemma 93): the firm gains <= 2^-n on day n and < 1 in total, in every plausible world")
    void firmNeverGainsMoreThanTheTolerance(@ForAll("firms") Vector<StrategyTrader> ts, @ForAll("processes") DeductiveProcess d) {
        LiaMarket m = run(d, ts, DAYS);
        PriceHistory h = m.history();
        for (int n = 1; n <= DAYS; n++) {
            double perDay = LawSupport.worstTradeValue(d, n, h.sentences(), m.firmTrades().get(n - 1), h.pricing(n));
            assertThat(perDay).as("day %d", n).isLessThanOrEqualTo(Math.scalb(1.0, -n));
            assertThat(h.pricing(n).prices()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        }
        for (long w = 0; w < 4; w++) {
            if (!LawSupport.plausible(d, w, DAYS)) {
                continue;
            }
            double total = 0;
            for (int n = 1; n <= DAYS; n++) {
                for (int j = 0; j < S.size(); j++) {
                    total += m.firmTrades().get(n - 1).get(j) * ((S.get(j).eval(w) ? 1 : 0) - h.price(j, n));
                }
            }
            assertThat(total).isLessThanOrEqualTo(1.0 - Math.scalb(1.0, -DAYS) + 1e-12);
        }
    }

    @Property(tries = 40, seed = "20261127")
    @Tag("LI-M2")
    @Label("LI-M2 law: no trader of the firm exploits the LIA market within (b, ceiling(k,b), N) for any budget b of the firm")
    void noMemberExploitsTheMarket(@ForAll("firms") Vector<StrategyTrader> ts, @ForAll("processes") DeductiveProcess d) {
        LiaMarket m = run(d, ts, DAYS);
        TradingFirm firm = m.firm();
        for (int i = 0; i < ts.size(); i++) {
            // Full budget sum: every b >= 1 is a member; b = 1..6 covers explicit budgets and the tail.
            for (int b = 1; b <= 6; b++) {
                double ceiling = firm.gainCeiling(i, b) + 1e-6;
                ExploitationCheck.Assessment a = ExploitationCheck.check(m.history(), d, firm.member(i), b, ceiling, DAYS);
                assertThat(a.exploited()).as("member %d budget %d: %s", i, b, a).isFalse();
            }
        }
    }

    /** The arbitrageur of finite additivity: buys e of (a|b) and (a&b), sells e of a and b, e = incoherence. */
    static StrategyTrader additivityArbitrageur(int index) {
        Sentence or = Sentence.or(A, B);
        Sentence and = Sentence.and(A, B);
        Feature e = Feature.sum(Feature.sum(Feature.price(A), Feature.price(B)),
                Feature.product(Feature.constant(-1), Feature.sum(Feature.price(or), Feature.price(and))));
        Feature minusE = Feature.product(Feature.constant(-1), e);
        return new StrategyTrader("additivity", index, 1, 1,
                LinkedHashMap.of(or, e, and, e, A, minusE, B, minusE));
    }

    /** Buys 1 − P(φ) shares of φ from day {@code from} on. */
    static StrategyTrader settler(Sentence phi, int index, int from) {
        return new StrategyTrader("settle " + phi, index, 0, from,
                LinkedHashMap.of(phi, Feature.sum(Feature.constant(1), Feature.product(Feature.constant(-1), Feature.price(phi)))));
    }

    @Example
    @Tag("LI-M3")
    @Label("LI-M3 law (finite coherence): sum of squared additivity gaps and of (1 - P(settled))^2 stay below the firm's gain ceilings")
    void coherenceGapsAreSquareSummableWithinTheCeiling() {
        int days = 12;
        DeductiveProcess d = new DeductiveProcess(L, Vector.of(Vector.empty(), Vector.empty(), Vector.of(A)));
        // A third trader keeps buying (a|b) whatever its price, pushing the prices off additivity.
        // Simplicity prior 2^-(c+b) so that all three trade from day 1 (the settler from day 3).
        StrategyTrader pusher = new StrategyTrader("push a|b", 3, 2, 1, LinkedHashMap.of(Sentence.or(A, B), Feature.constant(1)));
        Vector<StrategyTrader> ts = Vector.of(settler(A, 1, 3), additivityArbitrageur(2), pusher);
        TradingFirm firm = new TradingFirm(ts, Vector.range(1, 5), TradingFirm.Prior.COMPLEXITY);
        LiaMarket m = LiaMarket.start(d, firm, Vector.empty(), MarketMaker.standard()).run(days).get();
        PriceHistory h = m.history();
        Sentence or = Sentence.or(A, B);
        Sentence and = Sentence.and(A, B);
        double gaps = 0;
        double settle = 0;
        for (int n = 1; n <= days; n++) {
            double e = h.price(A, n) + h.price(B, n) - h.price(or, n) - h.price(and, n);
            gaps += e * e;
            if (n >= 3) {
                settle += (1 - h.price(A, n)) * (1 - h.price(A, n));
            }
        }
        double ceiling0 = m.firm().budgetList().map(b -> m.firm().gainCeiling(1, b)).min().get();
        double ceiling1 = m.firm().budgetList().map(b -> m.firm().gainCeiling(0, b)).min().get();
        // By hand from §7 of spec/induction.md: sum of w*b over all components = (1/2+2/4+3/8+4/16)(1+1/2+1/4) = 2.84375;
        // arbitrageur (c=1, b=1): (1 + 2.84375 - 1/4)/(1/4) = 14.375; settler (c=0, b=1): (1 + 2.84375 - 1/2)/(1/2) = 6.6875.
        assertThat(ceiling0).isEqualTo(14.375);
        assertThat(ceiling1).isEqualTo(6.6875);
        assertThat(gaps).isLessThanOrEqualTo(ceiling0);
        // Not vacuous: the pusher and the settler did move the prices away from the coherent start (1/2 each).
        assertThat(h.price(or, days)).isGreaterThan(0.75);
        assertThat(h.price(and, days)).isNotEqualTo(0.5);
        // Regression figures quoted in spec/induction.md §10.
        assertThat(settle).isCloseTo(0.0937, org.assertj.core.api.Assertions.within(5e-4));
        assertThat(h.price(A, days)).isCloseTo(0.9938, org.assertj.core.api.Assertions.within(5e-4));
        assertThat(settle).isLessThanOrEqualTo(ceiling1);
        // The ceilings are far below the trivial bounds (4 per day of gap^2, 1 per day of settling).
        assertThat(ceiling0).isLessThan(4.0 * days);
        assertThat(ceiling1).isLessThan(days - 2);
        System.out.printf("LI-M3: sum gap^2 = %.6f <= %.3f; sum (1-P(a))^2 from day 3 = %.6f <= %.3f; last P(a) = %.6f%n",
                gaps, ceiling0, settle, ceiling1, h.price(A, days));
    }

    @Example
    @Tag("LI-M4")
    @Label("LI-M4 example: the checker finds the constant-1/2 market exploited by the settler that the LIA market resists")
    void plantedConstantMarketIsExploitedWhereLiaIsNot() {
        int days = 10;
        DeductiveProcess d = new DeductiveProcess(L, Vector.of(Vector.of(A)));
        StrategyTrader settler = settler(A, 1, 1);
        PriceHistory lia = LiaMarket.start(d, TradingFirm.of(Vector.of(settler)), Vector.empty(), MarketMaker.standard())
                .run(days).get().history();
        PriceHistory half = PriceHistory.constant(lia.sentences(), Pricing.constant(lia.sentences().size(), 0.5), days);
        double ceiling = TradingFirm.of(Vector.of(settler)).gainCeiling(0, 1);
        // Against 1/2 the settler gains 1/4 per day risk-free: 10 days give 2.5.
        ExploitationCheck.Assessment weak = ExploitationCheck.check(half, d, settler, 1, 2.5, days);
        assertThat(weak.exploited()).isTrue();
        assertThat(weak.max()).isEqualTo(2.5);
        assertThat(ExploitationCheck.check(lia, d, settler, 1, ceiling, days).exploited()).isFalse();
    }

    @Property(tries = 15, seed = "20261127")
    @Tag("LI-M5")
    @Label("LI-M5 law: branch and bound alone (no Gauss-Seidel) clears every day within 2^-n, checked independently")
    void branchAndBoundAloneClearsTheFirm(@ForAll("firms") Vector<StrategyTrader> ts, @ForAll("processes") DeductiveProcess d) {
        Either<String, LiaMarket> m = LiaMarket.start(d, TradingFirm.of(ts), S, new MarketMaker(0, 200_000)).run(DAYS);
        assertThat(m.isRight()).as("branch and bound failed: %s", m.swap().getOrElse("")).isTrue();
        PriceHistory h = m.get().history();
        net.jqwik.api.statistics.Statistics.collect("days cleared by branch and bound",
                m.get().clearings().count(c -> c.method().equals("branch-and-bound")));
        for (int n = 1; n <= DAYS; n++) {
            double perDay = LawSupport.worstTradeValue(d, n, h.sentences(), m.get().firmTrades().get(n - 1), h.pricing(n));
            assertThat(perDay).as("day %d", n).isLessThanOrEqualTo(Math.scalb(1.0, -n));
        }
    }

    @Property(tries = 40, seed = "20261127")
    @Tag("LI-M6")
    @Label("LI-M6 law: the firm's budgeted trade lies inside its interval enclosure at every point of a box")
    void firmEnclosureIsSound(@ForAll("firms") Vector<StrategyTrader> ts, @ForAll("processes") DeductiveProcess d,
                              @ForAll("boxes") java.util.List<Double> corners) {
        LiaMarket m = run(d, ts, 2);
        DayTrade t = m.nextDayTrade();
        int dim = t.dimension();
        Interval[] box = new Interval[dim];
        double[] point = new double[dim];
        for (int j = 0; j < dim; j++) {
            double u = corners.get(3 * j);
            double v = corners.get(3 * j + 1);
            box[j] = new Interval(Math.min(u, v), Math.max(u, v));
            point[j] = box[j].lo() + corners.get(3 * j + 2) * (box[j].hi() - box[j].lo());
        }
        Interval[] e = t.enclose(box);
        double[] q = t.quantities(point);
        for (int j = 0; j < dim; j++) {
            assertThat(e[j].contains(q[j])).as("sentence %d: %s not in %s", j, q[j], e[j]).isTrue();
        }
    }

    @Provide
    Arbitrary<java.util.List<Double>> boxes() {
        return net.jqwik.api.Arbitraries.doubles().between(0, 1).list().ofSize(3 * S.size());
    }
}
