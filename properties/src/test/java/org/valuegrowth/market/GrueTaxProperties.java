package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.valuegrowth.numeric.ModelException;

/** E7: the Grue tax and the Elias delta code (spec §5). */
class GrueTaxProperties {
    private static final double LN2 = Math.log(2);

    /** ℓ(K) from the bit length, recomputed here: N−1 + 2⌊log2 N⌋ + 1 with N = bits of K. */
    private static int expectedLength(long k) {
        int n = Long.toBinaryString(k).length();
        int lenOfN = Integer.toBinaryString(n).length();
        return (n - 1) + 2 * (lenOfN - 1) + 1;
    }

    /** Decodes one Elias delta codeword from the front of {@code bits}; returns {K, bits used}. */
    private static long[] decode(String bits) {
        int zeros = 0;
        while (bits.charAt(zeros) == '0') {
            zeros++;
        }
        int n = Integer.parseInt(bits.substring(zeros, 2 * zeros + 1), 2);
        int end = 2 * zeros + 1 + (n - 1);
        long k = Long.parseLong("1" + bits.substring(2 * zeros + 1, end), 2);
        return new long[] {k, end};
    }

    @Example
    @Tag("E7")
    @Label("E7 law: hand-computed lengths and codewords of spec §5 (K = 1, 2, 17, 1000)")
    void handComputedValues() {
        assertThat(GrueTax.codeLength(1)).isEqualTo(1);
        assertThat(GrueTax.codeLength(2)).isEqualTo(4);
        assertThat(GrueTax.codeLength(17)).isEqualTo(9);
        assertThat(GrueTax.codeLength(1000)).isEqualTo(16);
        assertThat(GrueTax.codeword(1)).isEqualTo("1");
        assertThat(GrueTax.codeword(2)).isEqualTo("0100");
        assertThat(GrueTax.codeword(17)).isEqualTo("001010001");
        assertThat(GrueTax.codeword(1000)).isEqualTo("0001010111101000");
    }

    @Property(tries = 300, seed = "20261160")
    @Tag("E7")
    @Label("E7 law: the codeword has length l(K), and decodes back to K")
    void codewordHasLengthEllAndDecodes(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long k) {
        String w = GrueTax.codeword(k);
        assertThat(w).hasSize(GrueTax.codeLength(k)).matches("[01]+");
        assertThat(GrueTax.codeLength(k)).isEqualTo(expectedLength(k));
        assertThat(decode(w + "1011")).containsExactly(k, w.length());
    }

    @Example
    @Tag("E7")
    @Label("E7 law: the code is prefix-free for K up to 2048 (all pairs) and 65536 (sorted neighbours)")
    void codeIsPrefixFree() {
        List<String> words = new ArrayList<>();
        for (long k = 1; k <= 2048; k++) {
            words.add(GrueTax.codeword(k));
        }
        for (int i = 0; i < words.size(); i++) {
            for (int j = 0; j < words.size(); j++) {
                if (i != j) {
                    assertThat(words.get(j).startsWith(words.get(i))).as("%s prefix of %s", words.get(i), words.get(j))
                            .isFalse();
                }
            }
        }
        List<String> more = new ArrayList<>();
        for (long k = 1; k <= 65536; k++) {
            more.add(GrueTax.codeword(k));
        }
        Collections.sort(more);
        // In lexicographic order a prefix of some word is a prefix of its immediate successor.
        for (int i = 0; i + 1 < more.size(); i++) {
            assertThat(more.get(i + 1).startsWith(more.get(i))).isFalse();
        }
        double kraft = 0;
        for (String w : more) {
            kraft += Math.pow(2, -w.length());
        }
        assertThat(kraft).isLessThanOrEqualTo(1.0);
    }

    @Example
    @Tag("E7")
    @Label("E7 law: the code is defined for K >= 1 only")
    void codeRejectsNonPositive() {
        assertThatThrownBy(() -> GrueTax.codeLength(0)).isInstanceOf(ModelException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> GrueTax.codeword(-3)).isInstanceOf(ModelException.class).hasMessageContaining("-3");
    }

    @Property(tries = 300, seed = "20261161")
    @Tag("E7")
    @Label("E7 law: under the simplicity prior the grue trader's initial wealth is 2^-(c(A)+c(B)+l(K)) "
            + "<= 2^-(c(A)+l(K)), and its share relative to A is 2^-(c(B)+l(K)) <= 2^-l(K)")
    void grueTraderPaysTheTax(@ForAll @IntRange(min = 1, max = 100000) int k,
            @ForAll @DoubleRange(min = 0, max = 5000) double ca, @ForAll @DoubleRange(min = 0, max = 50) double cb,
            @ForAll @DoubleRange(min = 0, max = 50) double cOther) {
        PredictorTrader a = new PredictorTrader("A", ca, new Predictor.Iid(0.7, 0.3));
        PredictorTrader b = new PredictorTrader("B", cb, new Predictor.Iid(0.2, 0.8));
        PredictorTrader other = new PredictorTrader("O", cOther, new Predictor.Laplace(2, 1));
        PredictorTrader g = GrueTax.grue("grue", a, b, k);
        int ell = expectedLength(k);
        assertThat(g.complexityBits()).isEqualTo(ca + cb + ell);
        KellyMarket market = KellyMarket.of(Vector.of(a, b, other, g), new Prior.Simplicity());
        double lwG = market.logWealth()[3];
        assertThat(lwG).isCloseTo(-(ca + cb + ell) * LN2, within(1e-9 * Math.max(1, -lwG)));
        assertThat(lwG).isLessThanOrEqualTo(-(ca + ell) * LN2 + 1e-9);
        double logRatio = market.logShare("grue") - market.logShare("A");
        assertThat(logRatio).isCloseTo(-(cb + ell) * LN2, within(1e-9 * Math.max(1, ca)));
        assertThat(logRatio).isLessThanOrEqualTo(-ell * LN2 + 1e-9 * Math.max(1, ca));
        // The normalised share is 2^-(c+l) / Z with Z = sum of 2^-c_j (spec §5).
        double logZ = Reference.logSumExp(new double[] {-ca * LN2, -cb * LN2, -cOther * LN2, -(ca + cb + ell) * LN2});
        assertThat(market.logShare("grue")).isCloseTo(-(ca + cb + ell) * LN2 - logZ, within(1e-9 * Math.max(1, ca)));
    }

    @Property(tries = 200, seed = "20261162")
    @Tag("E7")
    @Label("E7 law: with the Base(c0) charge the grue trader's share relative to a c0-bit trader is exactly 2^-l(K)")
    void baseChargeCostsExactlyTheIndex(@ForAll @IntRange(min = 1, max = 100000) int k,
            @ForAll @DoubleRange(min = 0, max = 5000) double c0) {
        PredictorTrader a = new PredictorTrader("A", c0, new Predictor.Iid(0.7, 0.3));
        PredictorTrader b = new PredictorTrader("B", 12, new Predictor.Iid(0.2, 0.8));
        PredictorTrader g = GrueTax.grue("grue", a, b, k, new GrueTax.Base(c0));
        KellyMarket market = KellyMarket.of(Vector.of(a, b, g), new Prior.Simplicity());
        assertThat(market.logShare("grue") - market.logShare("A"))
                .isCloseTo(-expectedLength(k) * LN2, within(1e-9 * Math.max(1, c0)));
    }

    @Property(tries = 100, seed = "20261163")
    @Tag("E7")
    @Label("E7 law: before episode K the grue trader's share relative to A never changes: training data "
            + "before K cannot repay the tax")
    void taxIsNotRepaidBeforeK(@ForAll @IntRange(min = 1, max = 40) int k, @ForAll long seed) {
        PredictorTrader a = new PredictorTrader("A", 4, new Predictor.Iid(0.7, 0.3));
        PredictorTrader b = new PredictorTrader("B", 2, new Predictor.Iid(0.2, 0.8));
        PredictorTrader g = GrueTax.grue("grue", a, b, k);
        KellyMarket market = KellyMarket.of(Vector.of(a, b, g), new Prior.Simplicity());
        double r0 = market.logShare("grue") - market.logShare("A");
        int[] xs = InductiveBiasProperties.sample(market, k, new java.util.Random(seed));
        KellyMarket t = market;
        for (int x : xs) {
            t = t.step(x);
            assertThat(t.logShare("grue") - t.logShare("A")).isCloseTo(r0, within(1e-9));
        }
        assertThat(t.traders().get(2).predictor()).isEqualTo(new Predictor.Switch(a.predictor(), b.predictor(), k));
    }
}
