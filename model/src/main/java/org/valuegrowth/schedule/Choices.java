package org.valuegrowth.schedule;

import org.valuegrowth.growth.AdvantageConvention;
import org.valuegrowth.numeric.ModelException;

/**
 * The modelling choices of {@code spec/schedule.md} §4, each a named parameter with a stated default,
 * so that a verdict can be reported under every combination (the choice-sensitivity table).
 *
 * @param llmGoal which market state is the LLM-style agent's goal-model
 * @param goalPersona the persona read by {@link LlmGoal#PERSONA}
 * @param convention GRPO's advantage normalisation
 * @param prior the LLM-style agent's initial wealth
 * @param humanReadout whether the human is read at reflective equilibrium or as the schedule left it
 * @param demonstration how the human reads a Demonstrate event
 * @param humanWorld how the human's world-model learns from observations
 * @param drives where the human's initial wants come from
 * @param process the human-style process, or (a control) a mirror of the LLM-style one
 * @param simulatedReflection simulated reflection as demonstrations, or (a control) a no-op
 * @param taskTarget α: a Task on s makes the human want P_G(s) = α, in (0,1)
 * @param approvalGroup GRPO's group size for the LLM's reading of Approve
 * @param approvalEta GRPO's step size for the LLM's reading of Approve
 * @param reflectionCap the most minimum-change sweeps one reflection may take
 * @param reflectionTol the fixed-point tolerance of reflection (largest move of a goal probability)
 */
public record Choices(LlmGoal llmGoal, String goalPersona, AdvantageConvention convention, PriorChoice prior,
                      HumanReadout humanReadout, DemonstrationReading demonstration, HumanWorld humanWorld,
                      Drives drives, HumanProcess process, SimulatedReflectionMode simulatedReflection,
                      double taskTarget, int approvalGroup, double approvalEta, int reflectionCap, double reflectionTol) {

    /** Validates the parameters. */
    public Choices {
        if (llmGoal == null || goalPersona == null || convention == null || prior == null || humanReadout == null
                || demonstration == null || humanWorld == null || drives == null || process == null || simulatedReflection == null) {
            throw new ModelException("every modelling choice must be set");
        }
        if (!(taskTarget > 0 && taskTarget < 1)) {
            throw new ModelException("task target not in (0,1): " + taskTarget);
        }
        if (approvalGroup < 1 || !(approvalEta >= 0) || Double.isInfinite(approvalEta) || reflectionCap < 1 || !(reflectionTol > 0)) {
            throw new ModelException("approval group >= 1, eta >= 0 finite, reflection cap >= 1, tolerance > 0 required");
        }
    }

    /** Which market state is the LLM-style agent's goal-model. */
    public enum LlmGoal {
        /** The predictive distribution of the market that took every event (the model's own conduct). */
        MARKET,
        /** The predictive distribution of one persona's traders, wealth-weighted (the persona's conduct). */
        PERSONA
    }

    /** The LLM-style agent's initial wealth. */
    public enum PriorChoice {
        /** The shares the setting gives (persona selection has already happened). */
        AS_GIVEN,
        /** 2^-bits, the simplicity prior of a virgin inductor. */
        SIMPLICITY
    }

    /** How the human is read after the schedule. */
    public enum HumanReadout {
        /** At reflective equilibrium: the human as it would be after reflecting ("on reflection"). */
        REFLECTED,
        /** As the schedule left it: new concepts extended, no reflection beyond the schedule's own. */
        AS_IS
    }

    /** How the human reads a Demonstrate event. */
    public enum DemonstrationReading {
        /** Social learning: the human wants each sensory atom as often as the persona's conduct shows it. */
        APPROVAL,
        /** Evidence only: the demonstrations are observations of the world. */
        OBSERVATION
    }

    /** How the human's world-model learns. */
    public enum HumanWorld {
        /** Bayes over the LLM's traders' world beliefs with the same initial weights: the persona knows what the human knows. */
        LEARNED,
        /** The human knows the true process from the start; observations change nothing. */
        KNOWN
    }

    /** Where the human's initial wants come from. */
    public enum Drives {
        /** Wants P_G(a) = the LLM-style agent's initial goal probability of each sensory atom a: the persona is a faithful model of the person at the start (essay line 64). */
        FROM_PERSONA,
        /** No initial wants: the goal-model starts equal to the world-model. */
        NONE
    }

    /** The human-style process. */
    public enum HumanProcess {
        /** The layered mind of spec/mind.md. */
        MIND,
        /** A control: the "human" is a copy of the LLM-style agent, so the divergence is 0 by construction. */
        MIRROR_OF_LLM
    }

    /** What SimulatedReflection does to the LLM-style agent. */
    public enum SimulatedReflectionMode {
        /** Demonstrations of grounded verdicts (spec/growth.md §6). */
        DEMONSTRATIONS,
        /** A control: nothing. */
        NO_OP
    }

    /** The defaults of spec/schedule.md §4. */
    public static Choices defaults() {
        return new Choices(LlmGoal.MARKET, "assistant", AdvantageConvention.POPULATION, PriorChoice.AS_GIVEN,
                HumanReadout.REFLECTED, DemonstrationReading.APPROVAL, HumanWorld.LEARNED, Drives.FROM_PERSONA,
                HumanProcess.MIND, SimulatedReflectionMode.DEMONSTRATIONS, 0.9, 8, 0.5, 2_000, 1e-10);
    }

    /** These choices with another goal read-out. */
    public Choices withLlmGoal(LlmGoal g) {
        return new Choices(g, goalPersona, convention, prior, humanReadout, demonstration, humanWorld, drives, process,
                simulatedReflection, taskTarget, approvalGroup, approvalEta, reflectionCap, reflectionTol);
    }

    /** These choices with another advantage convention. */
    public Choices withConvention(AdvantageConvention c) {
        return new Choices(llmGoal, goalPersona, c, prior, humanReadout, demonstration, humanWorld, drives, process,
                simulatedReflection, taskTarget, approvalGroup, approvalEta, reflectionCap, reflectionTol);
    }

    /** These choices with another prior. */
    public Choices withPrior(PriorChoice p) {
        return new Choices(llmGoal, goalPersona, convention, p, humanReadout, demonstration, humanWorld, drives, process,
                simulatedReflection, taskTarget, approvalGroup, approvalEta, reflectionCap, reflectionTol);
    }

    /** These choices with another human read-out. */
    public Choices withHumanReadout(HumanReadout r) {
        return new Choices(llmGoal, goalPersona, convention, prior, r, demonstration, humanWorld, drives, process,
                simulatedReflection, taskTarget, approvalGroup, approvalEta, reflectionCap, reflectionTol);
    }

    /** These choices with another reading of Demonstrate. */
    public Choices withDemonstration(DemonstrationReading d) {
        return new Choices(llmGoal, goalPersona, convention, prior, humanReadout, d, humanWorld, drives, process,
                simulatedReflection, taskTarget, approvalGroup, approvalEta, reflectionCap, reflectionTol);
    }

    /** These choices with another human world. */
    public Choices withHumanWorld(HumanWorld w) {
        return new Choices(llmGoal, goalPersona, convention, prior, humanReadout, demonstration, w, drives, process,
                simulatedReflection, taskTarget, approvalGroup, approvalEta, reflectionCap, reflectionTol);
    }

    /** These choices with other drives. */
    public Choices withDrives(Drives d) {
        return new Choices(llmGoal, goalPersona, convention, prior, humanReadout, demonstration, humanWorld, d, process,
                simulatedReflection, taskTarget, approvalGroup, approvalEta, reflectionCap, reflectionTol);
    }

    /** These choices with another human process (a control). */
    public Choices withProcess(HumanProcess p) {
        return new Choices(llmGoal, goalPersona, convention, prior, humanReadout, demonstration, humanWorld, drives, p,
                simulatedReflection, taskTarget, approvalGroup, approvalEta, reflectionCap, reflectionTol);
    }

    /** These choices with another simulated-reflection mode (a control). */
    public Choices withSimulatedReflection(SimulatedReflectionMode m) {
        return new Choices(llmGoal, goalPersona, convention, prior, humanReadout, demonstration, humanWorld, drives, process,
                m, taskTarget, approvalGroup, approvalEta, reflectionCap, reflectionTol);
    }

    /** "population", "TRL" or the convention's fields. */
    public String conventionName() {
        return convention.equals(AdvantageConvention.POPULATION) ? "population"
                : convention.equals(AdvantageConvention.TRL) ? "TRL" : convention.toString();
    }

    /** One line naming every choice, for bounds and tables. */
    public String describe() {
        return "llm goal " + llmGoal.name().toLowerCase(java.util.Locale.ROOT) + (llmGoal == LlmGoal.PERSONA ? "(" + goalPersona + ")" : "")
                + ", advantage " + conventionName() + ", prior " + prior.name().toLowerCase(java.util.Locale.ROOT)
                + ", human read " + humanReadout.name().toLowerCase(java.util.Locale.ROOT)
                + ", demonstration as " + demonstration.name().toLowerCase(java.util.Locale.ROOT)
                + ", human world " + humanWorld.name().toLowerCase(java.util.Locale.ROOT)
                + ", drives " + drives.name().toLowerCase(java.util.Locale.ROOT)
                + (process == HumanProcess.MIND ? "" : ", human process " + process)
                + (simulatedReflection == SimulatedReflectionMode.DEMONSTRATIONS ? "" : ", simulated reflection " + simulatedReflection)
                + ", task target " + taskTarget;
    }
}
