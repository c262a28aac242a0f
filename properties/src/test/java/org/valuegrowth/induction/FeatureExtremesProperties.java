package org.valuegrowth.induction;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.apache.commons.math3.fraction.BigFraction;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;

/**
 * Features at the extremes of the double range (issue 11): constants drawn log-uniformly over
 * 1e-320..1.8e308 with both signs, plus the edge cases. No feature arithmetic may surface as NaN or
 * as an exception: a finite bound keeps every value finite, enclosures stay sound with infinite
 * ends, and the exploitation checker reports values beyond the double range as ±∞ with the decision
 * an exact computation gives.
 */
class FeatureExtremesProperties {
    static final Language L = Language.ofNames("a", "b");
    static final Sentence A = L.var("a");
    static final Sentence B = L.var("b");
    static final Vector<Sentence> S = Vector.of(A, B);

    /** ±10^e for e uniform in [-320, 308.25], and 0, ±1, ±MAX_VALUE, ±MIN_VALUE, ±1e308. */
    @Provide
    Arbitrary<Double> extremes() {
        Arbitrary<Double> logUniform = Combinators.combine(Arbitraries.doubles().between(-320, 308.25), Arbitraries.of(1.0, -1.0))
                .as((e, s) -> s * Math.pow(10, e));
        Arbitrary<Double> edges = Arbitraries.of(0.0, 1.0, -1.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE,
                -Double.MIN_VALUE, 1e308, -1e308, 0.5);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, logUniform), net.jqwik.api.Tuple.of(2, edges));
    }

    @Provide
    Arbitrary<Feature> features() {
        return features(3);
    }

    Arbitrary<Feature> features(int depth) {
        Arbitrary<Feature> price = Combinators.combine(Arbitraries.of(A, B), Arbitraries.integers().between(0, 1)).as(Feature.Price::new);
        Arbitrary<Feature> leaf = Arbitraries.oneOf(price, extremes().map(Feature.Constant::new));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Feature> sub = Arbitraries.lazy(() -> features(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, leaf),
                net.jqwik.api.Tuple.of(2, Combinators.combine(sub, sub).as(Feature.Sum::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(sub, sub).as(Feature.Product::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as(Feature.Min::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(sub, sub).as(Feature.Max::new)),
                net.jqwik.api.Tuple.of(1, sub.map(Feature.SafeReciprocal::new)));
    }

    @Provide
    Arbitrary<PriceHistory> histories() {
        Arbitrary<Double> price = Arbitraries.oneOf(Arbitraries.of(0.0, 1.0, 0.5), Arbitraries.doubles().between(0, 1));
        return price.list().ofSize(2).map(l -> new Pricing(Vector.ofAll(l))).list().ofSize(4)
                .map(l -> PriceHistory.of(S, Vector.ofAll(l)));
    }

    @Property(tries = 500, seed = "20261202")
    @Tag("LI-F5")
    @Label("LI-F5 law: with a finite bound every value is finite and within it; values and enclosures are never NaN; printing parses back")
    void extremeFeaturesStayInsideTheDoubleRangeOrSayItFirst(@ForAll("features") Feature f, @ForAll("histories") PriceHistory h) {
        for (int n = 1; n <= h.days(); n++) {
            double v = f.evaluate(h, n);
            if (Double.isFinite(f.bound())) {
                assertThat(Double.isFinite(v)).as("%s on day %d = %s with bound %s", f, n, v, f.bound()).isTrue();
                assertThat(Math.abs(v)).isLessThanOrEqualTo(f.bound());
            }
            final int day = n;
            Interval e = f.enclose((s, d) -> Interval.point(h.price(s, d)), day);
            assertThat(Double.isNaN(e.lo()) || Double.isNaN(e.hi())).isFalse();
            if (!Double.isNaN(v)) {
                assertThat(e.contains(v) || (Double.isInfinite(v) && (v > 0 ? e.hi() == v : e.lo() == v)))
                        .as("%s = %s not in %s", f, v, e).isTrue();
            }
            Interval box = f.enclose((s, d) -> d == day ? new Interval(0, 1) : Interval.point(h.price(s, d)), day);
            assertThat(Double.isNaN(box.lo()) || Double.isNaN(box.hi())).isFalse();
        }
        assertThat(FeatureParser.parse(L, f.toString()).get()).isEqualTo(f);
    }

    @Property(tries = 500, seed = "20261202")
    @Tag("LI-C2")
    @Label("LI-C2 law: the exploitation checker never fails on extreme traders; its figures are never NaN and match an exact recomputation")
    void checkerIsExactAtTheExtremes(@ForAll("features") Feature fa, @ForAll("features") Feature fb,
                                     @ForAll("histories") PriceHistory h, @ForAll boolean proveA) {
        DeductiveProcess d = new DeductiveProcess(L, proveA ? Vector.of(Vector.empty(), Vector.of(A)) : Vector.empty());
        StrategyTrader t = new StrategyTrader("x", 1, 0, 1, LinkedHashMap.of(A, fa, B, fb));
        ExploitationCheck.Assessment a = ExploitationCheck.check(h, d, t, 1.0, 2.0, h.days());
        BigFraction[] shares = {BigFraction.ZERO, BigFraction.ZERO};
        BigFraction cash = BigFraction.ZERO;
        BigFraction scale = BigFraction.ZERO;
        boolean exactBounded = true;
        boolean exactReached = false;
        for (int n = 1; n <= h.days(); n++) {
            Feature[] fs = {fa, fb};
            for (int j = 0; j < 2; j++) {
                BigFraction x = ExactLia.feature(fs[j], h, n);
                shares[j] = shares[j].add(x);
                cash = cash.add(x.multiply(ExactLia.exact(h.price(j, n))));
                scale = scale.add(x.abs().multiply(2));
            }
            ExploitationCheck.DayRange r = a.days().get(n - 1);
            assertThat(Double.isNaN(r.min()) || Double.isNaN(r.max())).isFalse();
            for (long w = 0; w < 4; w++) {
                if (!LawSupport.plausible(d, w, n)) {
                    continue;
                }
                BigFraction v = cash.negate().add((w & 1) == 1 ? shares[0] : BigFraction.ZERO).add((w & 2) == 2 ? shares[1] : BigFraction.ZERO);
                exactBounded &= v.compareTo(BigFraction.MINUS_ONE) > 0;
                exactReached |= v.compareTo(BigFraction.TWO) >= 0;
                assertThat(r.min()).isLessThanOrEqualTo(r.max());
                checkRounding(v, r.min(), r.max(), scale);
            }
        }
        // The decision is exact unless rounding in double arithmetic could decide it: then agree
        // whenever the exact extreme is clear of the thresholds by the rounding scale.
        double tol = 1e-12 * Math.max(1, scale.doubleValue());
        if (Double.isFinite(tol) && Math.abs(a.min() + 1) > tol && Math.abs(a.max() - 2) > tol) {
            assertThat(a.boundedBelow()).isEqualTo(exactBounded);
            assertThat(a.reachedGain()).isEqualTo(exactReached);
        }
    }

    /** An exact value beyond the double range must be reported as ±∞ on its side; a finite one within the rounding scale. */
    private static void checkRounding(BigFraction v, double min, double max, BigFraction scale) {
        BigDecimal exact = new BigDecimal(v.getNumerator()).divide(new BigDecimal(v.getDenominator()), new java.math.MathContext(40));
        // Round to nearest overflows at MAX_VALUE + ulp(MAX_VALUE)/2 = 2^1024 - 2^970.
        BigDecimal overflow = new BigDecimal(java.math.BigInteger.TWO.pow(1024).subtract(java.math.BigInteger.TWO.pow(970)));
        if (exact.abs().compareTo(overflow) >= 0) {
            assertThat(exact.signum() > 0 ? max : min).isInfinite();
            return;
        }
        double s = scale.doubleValue();
        if (Double.isFinite(s) && s < 1e300) {
            double x = exact.doubleValue();
            assertThat(min).isLessThanOrEqualTo(x + 1e-12 * Math.max(1, s));
            assertThat(max).isGreaterThanOrEqualTo(x - 1e-12 * Math.max(1, s));
        }
    }
}
