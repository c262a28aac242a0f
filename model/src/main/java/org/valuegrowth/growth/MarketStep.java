package org.valuegrowth.growth;

/**
 * One LLM-style growth step: a pure function from one {@link GrowthState} to the next.
 *
 * <p>Cases: {@link Pretrain}, {@link Sft}, {@link Grpo}, {@link Extend}, {@link SimulatedReflection}.
 * Reasoning ({@link Reason}) reads a market without changing it, so it is a query, not a step.
 */
public sealed interface MarketStep permits Pretrain, Sft, Grpo, Extend, SimulatedReflection {

    /** The next state. */
    GrowthState apply(GrowthState state);

    /** A short label for reports, e.g. "sft(assistant, 8)". */
    String label();
}
