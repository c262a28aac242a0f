package org.valuegrowth.growth;

/**
 * How a stochastic growth step is carried out.
 *
 * <p>{@link #SAMPLED}: draws are made with a {@link java.util.SplittableRandom} seeded by the step,
 * so a seed fixes the result. {@link #EXPECTED}: every draw is replaced by its expectation in log
 * space (the deterministic mean-field update of {@code spec/growth.md} §2), for exact search.
 */
public enum Mode {
    /** Seeded sampling. */
    SAMPLED,
    /** The deterministic expected update. */
    EXPECTED
}
