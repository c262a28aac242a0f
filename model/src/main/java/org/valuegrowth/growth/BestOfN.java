package org.valuegrowth.growth;

import org.valuegrowth.growth.internal.BestOfNKernel;
import org.valuegrowth.numeric.Distributions;

/**
 * Best-of-n selection on a finite outcome set: its exact output distribution and KL bound.
 *
 * <p>n candidates are drawn i.i.d. from π; the one with the highest reward is output; ties among
 * the highest-reward candidates are broken uniformly at random. Then
 * π_n(y) = (π(y)/π(c_y))·(F(c_y)^n − F⁻(c_y)^n), with c_y the reward class of y, F(c) = π(r ≤ r_c),
 * F⁻(c) = π(r &lt; r_c) (Beirami et al. 2024, arXiv:2401.01879, §2). Laws: π_n(y) ≤ n·π(y) and
 * KL(π_n‖π) ≤ ln n − (n−1)/n (claim C7 reads the latter as the "bits of selection").
 *
 * <p>Domain: π a probability vector within 1e-9 of summing to 1 (it is divided by its sum; entries
 * down to the smallest subnormal), finite rewards anywhere in the double range, n from 1 to
 * {@link Integer#MAX_VALUE}. Precision: each π_n(y) to relative error ≤ ~1e-12 for n up to 10^9,
 * including a top class of mass 1e-300 (computed as e^{n ln F}·(1 − (F⁻/F)^n) with log1p/expm1,
 * {@code spec/growth.md} §3); entries below 1e-308 underflow to 0.
 */
public final class BestOfN {
    private BestOfN() {
    }

    /** π_n; a new array, inputs untouched. */
    public static double[] distribution(double[] pi, double[] reward, int n) {
        Distributions.requireDistribution("pi", pi, 1e-9);
        return BestOfNKernel.distribution(pi, reward, n);
    }

    /** KL(π_n‖π) in nats, as a sum of non-negative terms (relative precision ~1e-13 down to KL ≈ 1e-300). */
    public static double kl(double[] pi, double[] reward, int n) {
        Distributions.requireDistribution("pi", pi, 1e-9);
        return BestOfNKernel.kl(pi, reward, n);
    }

    /** ln n − (n−1)/n, the upper bound on KL(π_n‖π), in nats. */
    public static double klBound(int n) {
        return BestOfNKernel.klBound(n);
    }
}
