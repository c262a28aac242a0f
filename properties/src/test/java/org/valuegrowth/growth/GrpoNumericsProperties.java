package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.valuegrowth.growth.internal.GrpoKernel;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.numeric.BigMath;
import org.valuegrowth.numeric.Extremes;

/**
 * GRPO's numerics over the whole domain of spec/growth.md §5 (issue 11): advantages of rewards
 * anywhere in the double range against BigDecimal, the equal-rewards boundary, exact power-of-two
 * scale invariance, the expected round's per-symbol advantage, the transfer with η up to 1e300,
 * and Mroueh's map and fixed point for p_ref down to the smallest subnormal.
 */
@Tag("E9")
class GrpoNumericsProperties {
    private static final double U = 0x1p-52;

    @Provide
    Arbitrary<double[]> groups() {
        return Extremes.rewardGroups(1, 12);
    }

    @Provide
    Arbitrary<AdvantageConvention> conventions() {
        Arbitrary<Double> eps = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(0.0)), Tuple.of(3, Extremes.logUniform(-300, 300)),
                Tuple.of(1, Arbitraries.of(1e-4, 1e-6)));
        return Combinators.combine(Arbitraries.of(AdvantageConvention.Std.values()), eps,
                Arbitraries.of(AdvantageConvention.EpsilonPlacement.values())).as(AdvantageConvention::new);
    }

    /**
     * Â by the definition, in BigDecimal. The deviations are kept exact as E_j = G·r_j − Σr (no
     * division, so a mean of doubles that differ in the last ulp loses nothing), rounded to 80 digits
     * only after the subtraction; then var = Σ E²/(G²·D), s = sd + ε or sqrt(var + ε), Â = E/(G·s).
     */
    static BigDecimal[] referenceAdvantages(double[] r, AdvantageConvention c) {
        int g = r.length;
        BigDecimal[] out = new BigDecimal[g];
        java.util.Arrays.fill(out, BigDecimal.ZERO);
        boolean unbiased = c.std() == AdvantageConvention.Std.UNBIASED;
        if (unbiased && g == 1) {
            return out;
        }
        MathContext mc = new MathContext(80);
        BigDecimal sum = BigMath.sum(r);
        BigDecimal bg = BigDecimal.valueOf(g);
        BigDecimal[] e = new BigDecimal[g];
        BigDecimal ss = BigDecimal.ZERO;
        for (int j = 0; j < g; j++) {
            e[j] = BigMath.exact(r[j]).multiply(bg).subtract(sum).round(mc);
            ss = ss.add(e[j].multiply(e[j], mc), mc);
        }
        BigDecimal var = ss.divide(bg.multiply(bg).multiply(BigDecimal.valueOf(unbiased ? g - 1 : g)), mc);
        BigDecimal eps = BigMath.exact(c.epsilon());
        BigDecimal s = c.placement() == AdvantageConvention.EpsilonPlacement.INSIDE_ROOT
                ? var.add(eps, mc).sqrt(mc) : var.sqrt(mc).add(eps, mc);
        if (s.signum() == 0) {
            return out;
        }
        for (int j = 0; j < g; j++) {
            out[j] = e[j].divide(bg.multiply(s, mc), mc);
        }
        return out;
    }

    @Property(tries = 1000, seed = "110201")
    @Label("E9 law: advantages of rewards anywhere in the double range match BigDecimal to 64·G·u of max |Â| (both std conventions, any ε)")
    void advantagesMatchBigDecimal(@ForAll("groups") double[] r, @ForAll("conventions") AdvantageConvention c) {
        double[] got = c.advantages(r);
        BigDecimal[] ref = referenceAdvantages(r, c);
        double scale = 0;
        for (BigDecimal v : ref) {
            scale = Math.max(scale, Math.abs(v.doubleValue()));
        }
        double sum = 0;
        for (int j = 0; j < r.length; j++) {
            if (ref[j].signum() == 0 && scale == 0) {
                assertThat(got[j]).isEqualTo(0.0);
            } else {
                assertThat(BigMath.absoluteError(got[j], ref[j])).as("r=%s %s j=%d got=%s ref=%s", java.util.Arrays.toString(r), c, j,
                        got[j], ref[j].doubleValue()).isLessThanOrEqualTo(64 * r.length * U * scale + 4 * Double.MIN_VALUE);
            }
            sum += got[j];
        }
        assertThat(Math.abs(sum)).isLessThanOrEqualTo(8 * r.length * U * scale + 4 * r.length * Double.MIN_VALUE);
    }

    @Example
    @Label("issue 11 row: population advantages of (0.1, 0.1, 0.1) are exactly 0, not (-1, -1, -1); every convention")
    void equalRewardsCarryNoSignal() {
        double[] r = {0.1, 0.1, 0.1};
        assertThat(AdvantageConvention.POPULATION.advantages(r)).containsExactly(0.0, 0.0, 0.0);
        assertThat(AdvantageConvention.TRL.advantages(r)).containsExactly(0.0, 0.0, 0.0);
        assertThat(AdvantageConvention.mroueh(1e-6).advantages(r)).containsExactly(0.0, 0.0, 0.0);
        assertThat(AdvantageConvention.POPULATION.advantages(new double[] {1e300, 1e300})).containsExactly(0.0, 0.0);
        assertThat(AdvantageConvention.POPULATION.advantages(new double[] {Double.MIN_VALUE})).containsExactly(0.0);
    }

    @Property(tries = 300, seed = "110202")
    @Label("E9 law: equal rewards carry no signal: every advantage is exactly 0 for any value and convention")
    void equalGroupsGiveExactZeros(@ForAll("repeated") double[] r, @ForAll("conventions") AdvantageConvention c) {
        for (double a : c.advantages(r)) {
            assertThat(a).isEqualTo(0.0);
        }
    }

    @Provide
    Arbitrary<double[]> repeated() {
        return Combinators.combine(Extremes.anyFinite(), Arbitraries.integers().between(1, 64)).as((v, n) -> {
            double[] r = new double[n];
            java.util.Arrays.fill(r, v);
            return r;
        });
    }

    @Property(tries = 500, seed = "110203")
    @Label("E9 law: with ε = 0 advantages are exactly (bit for bit) invariant to scaling the rewards by 2^k")
    void powerOfTwoScalingIsExact(@ForAll("groups") double[] r, @ForAll @IntRange(min = -600, max = 600) int k,
                                  @ForAll boolean unbiased) {
        double[] scaled = new double[r.length];
        for (int j = 0; j < r.length; j++) {
            scaled[j] = Math.scalb(r[j], k);
            if (Math.scalb(scaled[j], -k) != r[j] || Double.isInfinite(scaled[j])) {
                return; // not exactly representable after scaling: outside the law's statement
            }
        }
        AdvantageConvention c = new AdvantageConvention(unbiased ? AdvantageConvention.Std.UNBIASED : AdvantageConvention.Std.POPULATION,
                0.0, AdvantageConvention.EpsilonPlacement.ADD_TO_STD);
        assertThat(c.advantages(scaled)).containsExactly(c.advantages(r));
    }

    @Provide
    Arbitrary<double[][]> symbolCases() {
        return Arbitraries.integers().between(2, 6).flatMap(m -> Combinators.combine(
                Extremes.distributions(m, m, true), Extremes.rewardGroups(m, m)).as((q, r) -> new double[][] {q, r}));
    }

    @Property(tries = 600, seed = "110204")
    @Label("E9 law: the expected round's per-symbol advantage (r(x) - mu)/s matches BigDecimal; exactly 0 on the support when r is one value there")
    void expectedAdvantagesMatchBigDecimal(@ForAll("symbolCases") double[][] qr, @ForAll("conventions") AdvantageConvention c) {
        double[] q = qr[0];
        double[] r = qr[1];
        boolean inside = c.placement() == AdvantageConvention.EpsilonPlacement.INSIDE_ROOT;
        double[] got = GrpoKernel.expectedAdvantages(q, r, c.epsilon(), inside);
        // exact deviations E_x = Q·r(x) − Σ q·r (Q = Σq), rounded to 80 digits only after the subtraction
        MathContext mc = new MathContext(80);
        BigDecimal total = BigMath.sum(q);
        BigDecimal sumQr = BigDecimal.ZERO;
        for (int x = 0; x < q.length; x++) {
            sumQr = sumQr.add(BigMath.exact(q[x]).multiply(BigMath.exact(r[x])));
        }
        BigDecimal[] e = new BigDecimal[q.length];
        BigDecimal var = BigDecimal.ZERO;
        for (int x = 0; x < q.length; x++) {
            e[x] = total.multiply(BigMath.exact(r[x])).subtract(sumQr).round(mc);
            var = var.add(BigMath.exact(q[x]).multiply(e[x].multiply(e[x], mc), mc), mc);
        }
        var = var.divide(total.pow(3, mc), mc);
        BigDecimal eps = BigMath.exact(c.epsilon());
        BigDecimal s = inside ? var.add(eps, mc).sqrt(mc) : var.sqrt(mc).add(eps, mc);
        double scale = 0;
        BigDecimal[] ref = new BigDecimal[q.length];
        for (int x = 0; x < q.length; x++) {
            ref[x] = s.signum() == 0 ? BigDecimal.ZERO : e[x].divide(total.multiply(s, mc), mc);
            scale = Math.max(scale, Math.abs(ref[x].doubleValue()));
        }
        boolean oneValue = true;
        double first = Double.NaN;
        for (int x = 0; x < q.length; x++) {
            if (q[x] > 0) {
                if (Double.isNaN(first)) {
                    first = r[x];
                } else {
                    oneValue &= r[x] == first;
                }
            }
        }
        for (int x = 0; x < q.length; x++) {
            if (oneValue && q[x] > 0) {
                assertThat(got[x]).isEqualTo(0.0);
            } else if (Math.abs(ref[x].doubleValue()) > Double.MAX_VALUE) {
                // beyond the double range: the advantage overflows to the infinity of its sign
                assertThat(got[x]).as("q=%s r=%s %s x=%d", java.util.Arrays.toString(q), java.util.Arrays.toString(r), c, x)
                        .isEqualTo(ref[x].signum() * Double.POSITIVE_INFINITY);
            } else {
                assertThat(BigMath.absoluteError(got[x], ref[x])).as("q=%s r=%s %s x=%d got=%s ref=%s", java.util.Arrays.toString(q),
                        java.util.Arrays.toString(r), c, x, got[x], ref[x].doubleValue())
                        .isLessThanOrEqualTo(64 * q.length * U * Math.min(scale, Double.MAX_VALUE) + 4 * Double.MIN_VALUE);
            }
        }
    }

    private static KellyMarket twoTraders(double[] a, double[] b) {
        Vector<PredictorTrader> ts = Vector.of(new PredictorTrader("a", 1, new Predictor.Iid(a)), new PredictorTrader("b", 1, new Predictor.Iid(b)));
        return KellyMarket.of(ts, Prior.Explicit.of(Math.log(0.5), Math.log(0.5)), a.length);
    }

    @Example
    @Label("issue 11 row: reward [0.1, 0.1], one sampled round, G = 3, population: shares stay 0.5/0.5 (they moved to 0.047/0.953)")
    void equalRewardsLeaveSharesUnchanged() {
        KellyMarket k = twoTraders(new double[] {0.5, 0.5}, new double[] {0.2, 0.8});
        Task task = Task.of("flat", 0.1, 0.1);
        for (long seed = 0; seed < 40; seed++) {
            Grpo grpo = new Grpo(task, 3, 1.0, 0.0, AdvantageConvention.POPULATION, Mode.SAMPLED, 1, seed);
            KellyMarket after = grpo.apply(GrowthState.of(k)).market();
            assertThat(after.shares()).containsExactly(0.5, 0.5);
        }
        Grpo expected = new Grpo(task, 3, 1.0, 0.0, AdvantageConvention.mroueh(1e-6), Mode.EXPECTED, 1, 0);
        assertThat(expected.expectedCredit(k)).containsExactly(0.0, 0.0);
        assertThat(expected.apply(GrowthState.of(k)).market().shares()).containsExactly(0.5, 0.5);
    }

    @Provide
    Arbitrary<double[][]> transfers() {
        return Arbitraries.integers().between(2, 6).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-1000, 0).array(double[].class).ofSize(n),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.doubles().between(-8, 8)), Tuple.of(1, Arbitraries.of(-1.0, 0.0, 1.0)))
                        .array(double[].class).ofSize(n),
                Extremes.scales()).as((lw, c, eta) -> new double[][] {lw, c, {eta}}));
    }

    @Property(tries = 800, seed = "110205")
    @Label("E9 law: the transfer multiplies every wealth ratio by exp(eta*(c_i - c_j)) for eta from 1e-300 to 1e300, total conserved")
    void transferKeepsRatiosForEveryEta(@ForAll("transfers") double[][] t) {
        double[] lw = t[0];
        double[] c = t[1];
        double eta = t[2][0];
        double[] out = GrpoKernel.transfer(lw, c, eta);
        double top = Double.NEGATIVE_INFINITY;
        for (double v : c) {
            top = Math.max(top, v);
        }
        for (int i = 0; i < lw.length; i++) {
            for (int j = 0; j < lw.length; j++) {
                if (c[i] == top && c[j] == top) {
                    // equally credited leaders keep their ratio to the ulp, whatever eta is
                    assertThat(out[i] - out[j]).isCloseTo(lw[i] - lw[j], org.assertj.core.api.Assertions.within(8 * U * 2000));
                } else if (Double.isFinite(out[i]) && Double.isFinite(out[j])) {
                    BigDecimal want = BigMath.exact(lw[i]).subtract(BigMath.exact(lw[j]))
                            .add(BigMath.exact(eta).multiply(BigMath.exact(c[i]).subtract(BigMath.exact(c[j]))));
                    double size = Math.abs(want.doubleValue()) + 2000 + Math.abs(eta * (c[i] - top)) + Math.abs(eta * (c[j] - top));
                    assertThat(BigMath.absoluteError(out[i] - out[j], want)).isLessThanOrEqualTo(16 * U * size);
                }
            }
        }
        assertThat(org.valuegrowth.numeric.LogSpace.logSumExp(out))
                .isCloseTo(org.valuegrowth.numeric.LogSpace.logSumExp(lw), org.assertj.core.api.Assertions.within(1e-12 * 1000));
    }

    @Provide
    Arbitrary<double[]> mrouehCases() {
        Arbitrary<Double> eps = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)), Tuple.of(2, Extremes.logUniform(-300, 2)));
        Arbitrary<Double> p = Arbitraries.frequencyOf(Tuple.of(3, Extremes.openProbability()), Tuple.of(1, Arbitraries.of(0.0, 1.0)));
        return Combinators.combine(p, Extremes.openProbability(), Extremes.scales(), eps)
                .as((pp, pRef, beta, e) -> new double[] {pp, pRef, beta, e})
                .filter(v -> v[0] * (1 - v[0]) + v[3] > 0);
    }

    /** h(p) by the formula in BigDecimal: 1/(1 + ((1−p_ref)/p_ref)·exp(−1/(β·sqrt(p(1−p)+ε)))); null beyond exp's range. */
    static BigDecimal referenceH(double p, double pRef, double beta, double eps) {
        MathContext mc = new MathContext(60);
        BigDecimal bp = BigMath.exact(p);
        BigDecimal s = bp.multiply(BigDecimal.ONE.subtract(bp)).add(BigMath.exact(eps)).sqrt(mc);
        BigDecimal x = BigDecimal.ONE.divide(BigMath.exact(beta).multiply(s, mc), mc);
        BigDecimal odds = BigDecimal.ONE.subtract(BigMath.exact(pRef)).divide(BigMath.exact(pRef), mc);
        BigDecimal logTerm = BigMath.ln(odds, mc).subtract(x);
        if (logTerm.compareTo(BigDecimal.valueOf(-800)) < 0) {
            return BigDecimal.ONE.subtract(BigMath.exp(logTerm.max(BigDecimal.valueOf(-1_000_000)), mc), mc);
        }
        if (logTerm.compareTo(BigDecimal.valueOf(800)) > 0) {
            return logTerm.compareTo(BigDecimal.valueOf(1_000_000)) > 0 ? null : BigMath.exp(logTerm.negate(), mc);
        }
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(BigMath.exp(logTerm, mc)), mc);
    }

    @Property(tries = 1000, seed = "110206")
    @Label("E9 law: Mroueh's h(p) matches BigDecimal for p_ref down to 4.9e-324, beta from 1e-300 to 1e300, eps from 0 to 100")
    void mrouehMapMatchesBigDecimal(@ForAll("mrouehCases") double[] v) {
        double got = GrpoDynamics.next(v[0], v[1], v[2], v[3]);
        BigDecimal ref = referenceH(v[0], v[1], v[2], v[3]);
        if (ref == null) {
            assertThat(got).isLessThanOrEqualTo(Double.MIN_VALUE);
            return;
        }
        double t = Math.abs(Math.log(v[1])) + Math.abs(Math.log1p(-v[1]));
        double x = 1 / (v[2] * Math.sqrt(v[0] * (1 - v[0]) + v[3]));
        if (ref.compareTo(BigDecimal.valueOf(Double.MIN_NORMAL)) < 0) {
            assertThat(got).isLessThan(Double.MIN_NORMAL * (1 + 1e-9));
        } else {
            assertThat(BigMath.relativeError(got, ref)).isLessThanOrEqualTo(8 * U * (2 + t + Math.min(x, 1e300)));
        }
    }

    @Provide
    Arbitrary<double[]> fixedPointCases() {
        Arbitrary<Double> eps = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)), Tuple.of(2, Extremes.logUniform(-300, 2)));
        return Combinators.combine(Extremes.openProbability(), Extremes.scales(), eps).as((pRef, beta, e) -> new double[] {pRef, beta, e});
    }

    @Property(tries = 300, seed = "110207")
    @Label("E9 law: the fixed point p* = h(p*) has relative residual below 1e-12 in BigDecimal for p_ref down to 4.9e-324")
    void fixedPointHasSmallResidual(@ForAll("fixedPointCases") double[] v) {
        double p = GrpoDynamics.fixedPoint(v[0], v[1], v[2]);
        assertThat(p).isGreaterThanOrEqualTo(v[0]);
        if (p == Math.nextDown(1.0)) {
            BigDecimal h = referenceH(p, v[0], v[1], v[2]);
            assertThat(h.compareTo(BigMath.exact(p).subtract(BigDecimal.valueOf(1e-15)))).isGreaterThanOrEqualTo(0);
            return;
        }
        BigDecimal h = referenceH(p, v[0], v[1], v[2]);
        double t = Math.abs(Math.log(v[0])) + Math.abs(Math.log1p(-v[0]));
        // the bisection stops at adjacent doubles; h's own rounding is 8u(2 + |logit p_ref|) and its slope at p* is bounded
        // (plus 4 subnormal spacings: a p* below 2.2e-308 is a subnormal with fewer bits)
        assertThat(BigMath.absoluteError(p, h)).isLessThanOrEqualTo(1e-12 * (1 + t) * h.doubleValue() + 4 * Double.MIN_VALUE);
    }

    @Example
    @Label("E9 law: the fixed point for p_ref = 1e-300, beta = 1e300 is p_ref itself to relative 1e-13 (bisection in value stopped at 2^-200)")
    void fixedPointOfTinyReference() {
        assertThat(GrpoDynamics.fixedPoint(1e-300, 1e300, 0.0) / 1e-300 - 1).isLessThan(1e-13);
        assertThat(GrpoDynamics.next(0.5, Double.MIN_VALUE, 1e300, 0.0)).isEqualTo(Double.MIN_VALUE);
    }
}
