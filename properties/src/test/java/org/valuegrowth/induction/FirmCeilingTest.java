package org.valuegrowth.induction;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.claim.LIC;

/** The finite-time ceiling G_{k,b}(n) of spec/induction.md §7.1: worked examples and the LIC.lia figures quoted in the spec. */
class FirmCeilingTest {
    static final Language L = Language.ofNames("a", "b");

    static StrategyTrader buy(String name, Sentence s, double q) {
        return new StrategyTrader(name, 1, 0, 1, LinkedHashMap.of(s, (Feature) new Feature.Constant(q)));
    }

    @Example
    @Tag("LI-M11")
    @Label("LI-M11 example: two traders, index prior, full budget sum, by hand")
    void byHand() {
        // Trader 1 (k = 1) from day 1, trader 2 (k = 2) from day 2. Full-sum stake of trader k: 2^(1-k).
        TradingFirm f = TradingFirm.of(Vector.of(buy("one", L.var("a"), 1).withIndex(1), buy("two", L.var("b"), 1).withIndex(2)));
        // Day 1, member (1, b = 1): w = 1/4; others = stake(1) - w*1 = 1 - 1/4 (trader 2 not yet active); slack 1/2.
        assertThat(FirmCeiling.of(f, 0, 1, 1).ceiling()).isEqualTo((0.5 + 0.75) / 0.25);
        // Day 2: trader 2 active, stake 1/2; slack 3/4.
        assertThat(FirmCeiling.of(f, 0, 1, 2).ceiling()).isEqualTo((0.75 + 0.75 + 0.5) / 0.25);
        // Member (2, b = 3) on day 2: w = 1/32; others = 1 + 1/2 - 3/32.
        assertThat(FirmCeiling.of(f, 1, 3, 2).ceiling()).isEqualTo((0.75 + 1.5 - 3.0 / 32) / (1.0 / 32));
        // The least ceiling of the full sum is at b = 1 (G grows with b).
        FirmCeiling least = FirmCeiling.least(f, 2);
        for (int i = 0; i < 2; i++) {
            for (int b = 1; b <= 12; b++) {
                assertThat(FirmCeiling.of(f, i, b, 2).ceiling()).isGreaterThanOrEqualTo(least.ceiling());
            }
        }
        assertThat(least.member()).isEqualTo("one");
    }

    @Example
    @Label("the LIC.lia figures quoted in spec/search.md §9 and spec/induction.md §7.1")
    void licLiaFigures() {
        TradingFirm f = new TradingFirm(LIC.firm(), Vector.range(1, 5), TradingFirm.Prior.COMPLEXITY);
        assertThat(f.traders()).hasSize(434);
        FirmCeiling least = FirmCeiling.least(f, 8);
        assertThat(least.member()).isEqualTo("buy 1 of a");
        assertThat(least.budget()).isEqualTo(1);
        assertThat(least.weight()).isEqualTo(0.25);
        assertThat(least.othersAtRisk()).isEqualTo(99.28125);
        assertThat(least.ceiling()).isEqualTo(401.109375);
        StrategyTrader witness = buy("w", L.var("b"), -1);
        assertThat(FirmCeiling.forTrader(f, witness, 1, 2).get().ceiling()).isEqualTo(400.125);
        assertThat(least.describe()).contains("401.109375", "by day 8", "Lemma 95 (2)");
    }
}
