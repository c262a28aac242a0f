package org.valuegrowth.growth;

import org.valuegrowth.growth.internal.GrpoKernel;
import org.valuegrowth.numeric.ModelException;

/**
 * How GRPO normalises rewards within a group: the std convention and where ε goes.
 *
 * <p>Â_j = (r_j − mean r)/s with s = std + ε ({@link EpsilonPlacement#ADD_TO_STD}, TRL's
 * {@code (std + 1e-4)}) or s = sqrt(var + ε) ({@link EpsilonPlacement#INSIDE_ROOT}, Mroueh 2025);
 * std divides by G ({@link Std#POPULATION}) or G−1 ({@link Std#UNBIASED}, torch.std). If s = 0,
 * or G = 1 with the unbiased std, every advantage is 0.
 *
 * @param std the std convention
 * @param epsilon ε ≥ 0
 * @param placement where ε is added
 */
public record AdvantageConvention(Std std, double epsilon, EpsilonPlacement placement) {
    /** TRL's GRPOTrainer: unbiased std, ε = 1e-4 added to the std. */
    public static final AdvantageConvention TRL = new AdvantageConvention(Std.UNBIASED, 1e-4, EpsilonPlacement.ADD_TO_STD);
    /** Population std, no ε (the numpy-style column of references.md §2.5). */
    public static final AdvantageConvention POPULATION = new AdvantageConvention(Std.POPULATION, 0.0, EpsilonPlacement.ADD_TO_STD);

    /** The variance divisor. */
    public enum Std { POPULATION, UNBIASED }

    /** Where ε enters the normaliser. */
    public enum EpsilonPlacement { ADD_TO_STD, INSIDE_ROOT }

    /** Validates ε and non-null conventions. */
    public AdvantageConvention {
        if (std == null || placement == null) {
            throw new ModelException("advantage convention parts must not be null");
        }
        ModelException.requireNonNegative("advantage epsilon", epsilon);
    }

    /** Mroueh's population convention with ε inside the root. */
    public static AdvantageConvention mroueh(double epsilon) {
        return new AdvantageConvention(Std.POPULATION, epsilon, EpsilonPlacement.INSIDE_ROOT);
    }

    /** The advantages of one group of rewards; a new array. */
    public double[] advantages(double[] rewards) {
        return GrpoKernel.advantages(rewards, std == Std.UNBIASED, epsilon, placement == EpsilonPlacement.INSIDE_ROOT);
    }
}
