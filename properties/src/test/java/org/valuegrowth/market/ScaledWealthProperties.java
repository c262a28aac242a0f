package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.valuegrowth.market.internal.Scaled;
import org.valuegrowth.market.internal.ScaledKernel;
import org.valuegrowth.numeric.ModelException;

/**
 * The scaled representation w = μ·2^k against decimal arithmetic (60 digits): 2^-c for c up to
 * 2^61 bits, e^lw for |lw| up to 10^18, ln(μ·2^k), and the ln 2 split.
 */
class ScaledWealthProperties {

    /** e^x for |x| &lt;= 1 by its Taylor series, to 60 digits. */
    static BigDecimal exp(BigDecimal x) {
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; k < 80; k++) {
            term = term.multiply(x, Reference.MC).divide(BigDecimal.valueOf(k), Reference.MC);
            sum = sum.add(term, Reference.MC);
        }
        return sum;
    }

    /** ln y for y in [1/2, 2] as 2·atanh((y−1)/(y+1)), to 60 digits. */
    static BigDecimal ln(BigDecimal y) {
        BigDecimal z = y.subtract(BigDecimal.ONE).divide(y.add(BigDecimal.ONE), Reference.MC);
        BigDecimal z2 = z.multiply(z, Reference.MC);
        BigDecimal power = z;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; k < 400; k += 2) {
            sum = sum.add(power.divide(BigDecimal.valueOf(k), Reference.MC), Reference.MC);
            power = power.multiply(z2, Reference.MC);
        }
        return sum.multiply(BigDecimal.valueOf(2), Reference.MC);
    }

    /** |a − b| / |b| as a double. */
    static double relative(BigDecimal a, BigDecimal b) {
        return a.subtract(b, Reference.MC).abs().divide(b.abs(), Reference.MC).doubleValue();
    }

    @Provide
    Arbitrary<Double> bits() {
        return Arbitraries.oneOf(MarketArbitraries.logUniformBits(),
                MarketArbitraries.logUniform(1e16, 0x1p61),
                Arbitraries.of(0x1p61, 0.25, 1e-300, Double.MIN_VALUE));
    }

    @Example
    @Label("ln 2 = LN2 + LN2_LO to 1e-32 (the split that keeps k·ln 2 exact for 64-bit k)")
    void ln2SplitIsExact() {
        assertThat(new BigDecimal(ScaledKernel.LN2).add(new BigDecimal(ScaledKernel.LN2_LO))
                .subtract(Reference.LN2).abs().doubleValue()).isLessThan(1e-32);
        assertThat(ScaledKernel.LN2).isEqualTo(Math.log(2));
    }

    @Property(tries = 500, seed = "20261321")
    @Label("2^-c: exponent −⌈c⌉ exactly (up to a mantissa rounding to 2), mantissa within 2 ulps; ln w within 2 ulp of −c ln 2")
    void powersOfTwoAreExactInTheExponent(@ForAll("bits") double c) {
        Scaled s = ScaledKernel.fromBits(c);
        double ceil = Math.ceil(c);
        // 2^-c = 2^(⌈c⌉−c) · 2^-⌈c⌉ with 2^(⌈c⌉−c) in [1, 2]: the exponent is −⌈c⌉, or one more when
        // the mantissa rounds up to 2 (c a hair above an integer).
        long d = s.exponent() + (long) ceil;
        assertThat(d).isBetween(0L, 1L);
        BigDecimal frac = new BigDecimal(ceil).subtract(new BigDecimal(c)); // exact, in [0, 1)
        BigDecimal mant = exp(frac.multiply(Reference.LN2, Reference.MC));
        assertThat(relative(new BigDecimal(s.mantissa() * (d == 1 ? 2 : 1)), mant)).isLessThanOrEqualTo(0x1p-51);
        BigDecimal lw = new BigDecimal(c).multiply(Reference.LN2, Reference.MC).negate();
        double exact = lw.doubleValue();
        assertThat(ScaledWealth.ofBits(c).logWealth(0)).isCloseTo(exact, within(2 * Math.ulp(exact) + 0x1p-52));
    }

    @Provide
    Arbitrary<Double> logWealths() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-50, 50).ofScale(12),
                MarketArbitraries.logUniform(1e-3, 1e18).map(x -> -x),
                MarketArbitraries.logUniform(1e-3, 1e18),
                Arbitraries.of(0.0, -Double.MIN_VALUE, -1100 * Math.log(2), Math.log(2), -Math.log(2)));
    }

    @Property(tries = 500, seed = "20261322")
    @Label("e^lw: μ·2^k within 4·2^-53 (+|lw|·2^-100) relative of e^lw (checked as ln μ + k ln 2 − lw in decimals)")
    void logWealthConvertsExactly(@ForAll("logWealths") double lw) {
        Scaled s = ScaledKernel.fromLog(lw);
        assertThat(s.mantissa()).isBetween(1.0, 2.0);
        BigDecimal back = ln(new BigDecimal(s.mantissa()))
                .add(BigDecimal.valueOf(s.exponent()).multiply(Reference.LN2, Reference.MC), Reference.MC);
        // A few ulps of the mantissa, plus |lw|·2^-100 from carrying ln 2 in two doubles (spec §4).
        assertThat(back.subtract(new BigDecimal(lw), Reference.MC).abs().doubleValue())
                .isLessThanOrEqualTo(4 * 0x1p-53 + Math.abs(lw) * 0x1p-100);
        double round = ScaledWealth.ofLog(lw).logWealth(0);
        assertThat(round).isCloseTo(lw, within(2 * Math.ulp(lw) + 0x1p-52));
    }

    @Property(tries = 500, seed = "20261323")
    @Label("ln(μ·2^k) within 2 ulp of the decimal value for μ in [1/2, 2) and |k| <= 2^62")
    void logIsAccurate(@ForAll("mantissas") double m,
            @ForAll("exponents") long k) {
        BigDecimal exact = ln(new BigDecimal(m)).add(BigDecimal.valueOf(k).multiply(Reference.LN2, Reference.MC),
                Reference.MC);
        double e = exact.doubleValue();
        assertThat(ScaledKernel.log(m, k)).isCloseTo(e, within(2 * Math.ulp(e) + 0x1p-53));
    }

    @Provide
    Arbitrary<Double> mantissas() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0.5, 2.0).ofScale(15).filter(x -> x < 2.0),
                Arbitraries.of(1.0, 0.5, Math.nextDown(2.0), Math.nextUp(1.0), Math.nextDown(1.0)));
    }

    @Provide
    Arbitrary<Long> exponents() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-3, 3),
                Arbitraries.longs().between(-(1L << 62), 1L << 62),
                Arbitraries.integers().between(0, 62).map(b -> 1L << b), Arbitraries.integers().between(0, 62).map(b -> -(1L << b)),
                Arbitraries.of((1L << 21) - 1, -(1L << 21) + 1, (1L << 21), -(1L << 21)));
    }

    @Example
    @Label("bad input: NaN, +inf, out-of-range bits and log-wealths, all-zero wealth are refused by value")
    void badInputIsRefused() {
        assertThatThrownBy(() -> ScaledWealth.ofLog(Double.NaN)).isInstanceOf(ModelException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> ScaledWealth.ofLog(0, Double.POSITIVE_INFINITY)).hasMessageContaining("log-wealth[1]");
        assertThatThrownBy(() -> ScaledWealth.ofLog(Double.NEGATIVE_INFINITY)).hasMessageContaining("positive");
        assertThatThrownBy(() -> ScaledWealth.ofBits(1e30)).hasMessageContaining("1.0E30");
        assertThatThrownBy(() -> ScaledWealth.ofLog(-1e300)).hasMessageContaining("-1.0E300");
        assertThatThrownBy(() -> ScaledWealth.of(new double[] {-1}, new long[] {0})).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new PredictorTrader("x", 1e30, new Predictor.Iid(0.5, 0.5)))
                .hasMessageContaining("at most 2^61 bits");
        assertThat(ScaledWealth.of(new double[] {3, 0.75}, new long[] {0, 2}).logRatio(0, 1)).isEqualTo(0.0);
        assertThat(new BigDecimal(ScaledWealth.ofBits(0x1p61).exponent(0)).setScale(0, RoundingMode.UNNECESSARY))
                .isEqualTo(new BigDecimal(-(1L << 61)));
    }
}
