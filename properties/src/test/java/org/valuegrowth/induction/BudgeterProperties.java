package org.valuegrowth.induction;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
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

/** Lemma 95 of Garrabrant et al. 2016 on random traders, histories and deductive processes. */
class BudgeterProperties {
    static final Language L = Language.ofNames("a", "b");
    static final Vector<Sentence> S = Vector.of(L.var("a"), L.var("b"), Sentence.and(L.var("a"), L.var("b")));
    static final int DAYS = 6;

    @Provide
    Arbitrary<StrategyTrader> traders() {
        return InductionArbitraries.traders(S.take(2), 2, 1);
    }

    @Provide
    Arbitrary<PriceHistory> histories() {
        return InductionArbitraries.histories(S, DAYS);
    }

    @Provide
    Arbitrary<DeductiveProcess> processes() {
        return LawSupport.processes(L, DAYS);
    }

    @Provide
    Arbitrary<Integer> budgets() {
        return Arbitraries.integers().between(1, 4);
    }

    @Property(tries = 200, seed = "20261127")
    @Tag("LI-B1")
    @Label("LI-B1 law (Lemma 95.1): the budgeted trade equals the raw trade while the raw value never reached -b")
    void tradeIsUnchangedIfNeverDippedToMinusB(@ForAll("traders") StrategyTrader t, @ForAll("histories") PriceHistory h,
                                              @ForAll("processes") DeductiveProcess d, @ForAll("budgets") int b) {
        ExploitationCheck.Assessment raw = ExploitationCheck.check(h, d, t, b, Double.MAX_VALUE, DAYS);
        Budgeter.Run run = Budgeter.run(t, b, h, d, DAYS);
        for (int n = 1; n <= DAYS; n++) {
            boolean neverDipped = raw.days().take(n).forAll(r -> r.min() > -b);
            if (neverDipped) {
                assertThat(run.factors().get(n - 1)).as("factor on day %d", n).isEqualTo(1.0);
                assertThat(run.trades().get(n - 1)).isEqualTo(raw.days().get(n - 1).trade());
            }
        }
    }

    @Property(tries = 200, seed = "20261127")
    @Tag("LI-B2")
    @Label("LI-B2 law (Lemma 95.2): the budgeted holdings are worth >= -b in every plausible world on every day")
    void budgetedValueNeverBelowMinusB(@ForAll("traders") StrategyTrader t, @ForAll("histories") PriceHistory h,
                                       @ForAll("processes") DeductiveProcess d, @ForAll("budgets") int b) {
        Budgeter.Run run = Budgeter.run(t, b, h, d, DAYS);
        Vector<Sentence> traded = t.trades().keySet().toVector();
        for (int n = 1; n <= DAYS; n++) {
            for (long w = 0; w < 4; w++) {
                if (!LawSupport.plausible(d, w, n)) {
                    continue;
                }
                double v = 0;
                for (int i = 1; i <= n; i++) {
                    for (int j = 0; j < traded.size(); j++) {
                        double q = run.trades().get(i - 1).get(j);
                        v += q * ((traded.get(j).eval(w) ? 1 : 0) - h.price(traded.get(j), i));
                    }
                }
                assertThat(v).as("day %d world %d", n, w).isGreaterThanOrEqualTo(-b - 1e-9);
            }
        }
    }

    @Property(tries = 100, seed = "20261127")
    @Tag("LI-B3")
    @Label("LI-B3 law: the budget factor lies in [0,1] and is 0 after the value reached -b")
    void factorIsAFractionAndStopsAfterRuin(@ForAll("traders") StrategyTrader t, @ForAll("histories") PriceHistory h,
                                            @ForAll("processes") DeductiveProcess d, @ForAll("budgets") int b) {
        Budgeter.Run run = Budgeter.run(t, b, h, d, DAYS);
        boolean ruined = false;
        for (int n = 1; n <= DAYS; n++) {
            double f = run.factors().get(n - 1);
            assertThat(f).isBetween(0.0, 1.0);
            if (ruined) {
                assertThat(f).isEqualTo(0.0);
            }
            ruined = ruined || run.minValues().get(n - 1) <= -b;
        }
    }

    @Example
    @Tag("LI-B4")
    @Label("LI-B4 regression: phi observed, buy 10 phi, budget 2 gives factor 1 at every price")
    void observedSentenceBoughtTenTimesKeepsFactorOne() {
        Language lang = Language.ofNames("phi");
        Sentence phi = lang.var("phi");
        DeductiveProcess d = new DeductiveProcess(lang, Vector.of(Vector.of(phi)));
        StrategyTrader t = new StrategyTrader("buy10", 1, 0, 1, LinkedHashMap.of(phi, Feature.constant(10)));
        for (int i = 0; i <= 16; i++) {
            double p = i / 16.0;
            PriceHistory h = PriceHistory.constant(Vector.of(phi), Pricing.of(p), 1);
            assertThat(Budgeter.run(t, 2, h, d, 1).factors().get(0)).as("price %s", p).isEqualTo(1.0);
            assertThat(Budgeter.factor(2, Vector.of(0.0), Vector.of(10.0), Pricing.of(p), Vector.of(1L))).isEqualTo(1.0);
        }
    }

    @Example
    @Tag("LI-B4")
    @Label("LI-B4 example: buying 10 unsettled phi at 1/2 with budget 2 is scaled to 2/5")
    void unsettledPurchaseIsScaledToTheBudget() {
        // Worst world phi false: loss 10 * 1/2 = 5 > room 2, factor 2/5 (recomputed from eq. 94 by hand).
        assertThat(Budgeter.factor(2, Vector.of(0.0, 0.0), Vector.of(10.0), Pricing.of(0.5), Vector.of(0L, 1L)))
                .isEqualTo(2.0 / 5.0);
    }
}
