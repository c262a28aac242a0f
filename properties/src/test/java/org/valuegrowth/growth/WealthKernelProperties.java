package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.valuegrowth.growth.internal.WealthKernel;
import org.valuegrowth.numeric.BigMath;
import org.valuegrowth.numeric.Extremes;
import org.valuegrowth.numeric.LogSpace;

/**
 * The conserving reweighting behind Kelly training, SFT, pretraining and simulated reflection, for
 * log-factors of any size (k·Σ P ln p with k up to 10^9 demonstrations, or offsets up to 1e300).
 */
class WealthKernelProperties {
    private static final double U = 0x1p-52;

    @Provide
    Arbitrary<double[][]> cases() {
        return Arbitraries.integers().between(2, 6).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-1000, 0).array(double[].class).ofSize(n),
                Arbitraries.doubles().between(-50, 0).array(double[].class).ofSize(n),
                Combinators.combine(Arbitraries.of(-1.0, 1.0), Extremes.logUniform(-3, 300)).as((s, m) -> s * m))
                .as((lw, d, offset) -> {
                    double[] f = new double[n];
                    for (int i = 0; i < n; i++) {
                        f[i] = offset + d[i];
                    }
                    return new double[][] {lw, f};
                }));
    }

    @Property(tries = 600, seed = "110701")
    @Label("Kelly reweighting multiplies every wealth ratio by e^(f_i - f_j) for factors offset by up to 1e300, total conserved")
    void reweightKeepsRatiosForHugeFactors(@ForAll("cases") double[][] c) {
        double[] lw = c[0];
        double[] f = c[1];
        double[] out = WealthKernel.reweight(lw, f);
        double top = Double.NEGATIVE_INFINITY;
        for (double v : f) {
            top = Math.max(top, v);
        }
        for (int i = 0; i < lw.length; i++) {
            for (int j = 0; j < lw.length; j++) {
                BigDecimal want = BigMath.exact(lw[i]).subtract(BigMath.exact(lw[j])).add(BigMath.exact(f[i]).subtract(BigMath.exact(f[j])));
                // the factor enters as f − max f: its rounding is u·|f − max f| (0 when the offsets cancel exactly)
                double size = 2000 + Math.abs(f[i] - top) + Math.abs(f[j] - top);
                assertThat(BigMath.absoluteError(out[i] - out[j], want)).isLessThanOrEqualTo(16 * U * size);
            }
        }
        assertThat(LogSpace.logSumExp(out)).isCloseTo(LogSpace.logSumExp(lw), within(16 * U * 1000));
    }

    @Example
    @Label("equal factors of -1e9 (a billion expected demonstrations) leave the wealth exactly unchanged")
    void equalHugeFactorsAreIgnoredExactly() {
        double[] lw = {-0.5, -1.25, -3.0};
        assertThat(WealthKernel.reweight(lw, new double[] {-1e9, -1e9, -1e9})).containsExactly(lw);
    }
}
