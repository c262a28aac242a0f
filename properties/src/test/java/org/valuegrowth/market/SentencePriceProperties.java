package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.LogicArbitraries;
import org.valuegrowth.logic.Sentence;

/**
 * Coherence of sentence prices in a market over the worlds of a language (spec §4, §8): the price
 * of a sentence is the market probability of the set of worlds satisfying it.
 */
class SentencePriceProperties {
    private static final Language LANG = Language.ofNames("a", "b", "c");
    /** Sums of the same ≤ 8 prices in different groupings differ by at most a few ulps of 1. */
    private static final double TOL = 1e-12;

    @Provide
    Arbitrary<KellyMarket> worldMarkets() {
        return MarketArbitraries.worldMarkets(LANG).flatMap(k ->
                MarketArbitraries.choices(8).map(cs -> k.steps(MarketArbitraries.drive(k, cs))));
    }

    @Provide
    Arbitrary<Sentence> sentences() {
        return LogicArbitraries.sentences(LANG, 3);
    }

    @Property(tries = 200, seed = "20261140")
    @Label("law: P(true) = 1, P(false) = 0 and P(s) in [0,1]")
    void constantsArePricedAtOneAndZero(@ForAll("worldMarkets") KellyMarket k, @ForAll("sentences") Sentence s) {
        assertThat(k.price(new Sentence.Const(true))).isCloseTo(1.0, within(TOL));
        assertThat(k.price(new Sentence.Const(false))).isZero();
        assertThat(k.price(s)).isBetween(0.0, 1.0);
    }

    @Property(tries = 200, seed = "20261141")
    @Label("law: P(not a) = 1 - P(a)")
    void negationIsComplement(@ForAll("worldMarkets") KellyMarket k, @ForAll("sentences") Sentence a) {
        assertThat(k.price(Sentence.not(a))).isCloseTo(1 - k.price(a), within(TOL));
    }

    @Property(tries = 200, seed = "20261142")
    @Label("law: P(a or b) = P(a) + P(b) - P(a and b)")
    void inclusionExclusion(@ForAll("worldMarkets") KellyMarket k, @ForAll("sentences") Sentence a,
            @ForAll("sentences") Sentence b) {
        assertThat(k.price(Sentence.or(a, b)))
                .isCloseTo(k.price(a) + k.price(b) - k.price(Sentence.and(a, b)), within(TOL));
    }

    @Property(tries = 200, seed = "20261143")
    @Label("law: P(a -> b) = P(not a or b), bit for bit")
    void implicationIsNotAOrB(@ForAll("worldMarkets") KellyMarket k, @ForAll("sentences") Sentence a,
            @ForAll("sentences") Sentence b) {
        assertThat(k.price(Sentence.implies(a, b))).isEqualTo(k.price(Sentence.or(Sentence.not(a), b)));
    }

    @Property(tries = 200, seed = "20261144")
    @Label("law: prices are monotone under entailment, exactly: a |= b implies P(a) <= P(b)")
    void pricesAreMonotoneUnderEntailment(@ForAll("worldMarkets") KellyMarket k, @ForAll("sentences") Sentence a,
            @ForAll("sentences") Sentence b) {
        // a∧b ⊨ a ⊨ a∨b always; the random pair (a, b) is checked when it happens to entail.
        assertThat(k.price(Sentence.and(a, b))).isLessThanOrEqualTo(k.price(a));
        assertThat(k.price(a)).isLessThanOrEqualTo(k.price(Sentence.or(a, b)));
        if (entails(a, b)) {
            assertThat(k.price(a)).isLessThanOrEqualTo(k.price(b));
        }
    }

    @Property(tries = 200, seed = "20261145")
    @Label("law: the price of a sentence is the sum of the world prices it is true in")
    void priceIsTheSumOverSatisfyingWorlds(@ForAll("worldMarkets") KellyMarket k, @ForAll("sentences") Sentence a) {
        double[] q = k.predictive();
        double p = 0;
        for (int w = 0; w < q.length; w++) {
            p += a.eval(w) ? q[w] : 0;
        }
        assertThat(k.price(a)).isCloseTo(p, within(TOL));
    }

    @Property(tries = 100, seed = "20261146")
    @Label("law: equivalent sentences have equal prices")
    void equivalentSentencesHaveEqualPrices(@ForAll("worldMarkets") KellyMarket k, @ForAll("sentences") Sentence a,
            @ForAll("sentences") Sentence b) {
        // De Morgan: ¬(a ∧ b) ≡ ¬a ∨ ¬b, and double negation.
        assertThat(k.price(Sentence.not(Sentence.and(a, b))))
                .isEqualTo(k.price(Sentence.or(Sentence.not(a), Sentence.not(b))));
        assertThat(k.price(Sentence.not(Sentence.not(a)))).isEqualTo(k.price(a));
    }

    private static boolean entails(Sentence a, Sentence b) {
        for (long w = 0; w < LANG.worldCount(); w++) {
            if (a.eval(w) && !b.eval(w)) {
                return false;
            }
        }
        return true;
    }
}
