package org.valuegrowth.schedule;

import java.util.Locale;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * One event of a schedule, with its parameters. Events are data; {@link Growth#apply} gives each its
 * meaning for the LLM-style agent and for the human-style agent ({@code spec/schedule.md} §2).
 */
public sealed interface Event permits Event.Observe, Event.Demonstrate, Event.Task, Event.Approve, Event.Reflect,
        Event.SimulatedReflection, Event.Extend, Event.Augment {

    /** The kind, the letter of the schedule class's alphabet. */
    EventKind kind();

    /** A short label for tables, e.g. "Task(solved)". */
    String label();

    /**
     * Observe(k): k draws of the true process, in expectation.
     *
     * @param draws k ≥ 1
     */
    record Observe(int draws) implements Event {
        /** Validates k. */
        public Observe {
            if (draws < 1) {
                throw new ModelException("observe needs draws >= 1: " + draws);
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.OBSERVE;
        }

        @Override
        public String label() {
            return "Observe(" + draws + ")";
        }
    }

    /**
     * Demonstrate(P, k): k demonstrations of persona P's conduct.
     *
     * @param persona a persona of the setting
     * @param demonstrations k ≥ 1
     */
    record Demonstrate(String persona, int demonstrations) implements Event {
        /** Validates the parts. */
        public Demonstrate {
            if (persona == null || persona.isBlank() || demonstrations < 1) {
                throw new ModelException("demonstrate needs a persona and demonstrations >= 1: " + persona + ", " + demonstrations);
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.DEMONSTRATE;
        }

        @Override
        public String label() {
            return "Demonstrate(" + persona + ", " + demonstrations + ")";
        }
    }

    /**
     * Task(s, G, η, β, rounds): a task whose verifiable reward is 1 in the sensory worlds where s holds.
     *
     * @param reward a sentence over the sensory atoms
     * @param groupSize GRPO's group G ≥ 1
     * @param eta step size η ≥ 0
     * @param beta KL weight β ≥ 0 with ηβ ≤ 1
     * @param rounds GRPO rounds per event, ≥ 1
     */
    record Task(Sentence reward, int groupSize, double eta, double beta, int rounds) implements Event {
        /** Validates the parts. */
        public Task {
            if (reward == null || groupSize < 1 || rounds < 1) {
                throw new ModelException("task needs a reward sentence, group >= 1 and rounds >= 1");
            }
            ModelException.requireNonNegative("eta", eta);
            ModelException.requireNonNegative("beta", beta);
            if (!(eta * beta <= 1)) {
                throw new ModelException("task needs eta*beta <= 1: " + eta * beta);
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.TASK;
        }

        @Override
        public String label() {
            return "Task(" + reward + ")";
        }
    }

    /**
     * Approve(c, α): approval of concept c (α ≥ 1/2) or of its negation (α &lt; 1/2), with target α.
     *
     * @param concept a trained concept, or a new concept once extended
     * @param target α in (0,1)
     */
    record Approve(String concept, double target) implements Event {
        /** Validates the parts. */
        public Approve {
            if (concept == null || concept.isBlank() || !(target > 0 && target < 1)) {
                throw new ModelException("approve needs a concept and a target in (0,1): " + concept + ", " + target);
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.APPROVE;
        }

        @Override
        public String label() {
            return "Approve(" + concept + ", " + String.format(Locale.ROOT, "%.2f", target) + ")";
        }
    }

    /** Reflect: the human reflects to equilibrium; the LLM-style agent does nothing. */
    record Reflect() implements Event {
        @Override
        public EventKind kind() {
            return EventKind.REFLECT;
        }

        @Override
        public String label() {
            return "Reflect";
        }
    }

    /**
     * SimulatedReflection(k): k demonstrations of the persona shown a world and stating each extended
     * new concept's grounded verdict; the human reflects.
     *
     * @param demonstrations k ≥ 1
     */
    record SimulatedReflection(int demonstrations) implements Event {
        /** Validates k. */
        public SimulatedReflection {
            if (demonstrations < 1) {
                throw new ModelException("simulated reflection needs demonstrations >= 1: " + demonstrations);
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.SIMULATED_REFLECTION;
        }

        @Override
        public String label() {
            return "SimulatedReflection(" + demonstrations + ")";
        }
    }

    /**
     * Extend(c): the new concept c enters both agents.
     *
     * @param concept a new concept of the setting
     */
    record Extend(String concept) implements Event {
        /** Validates the name. */
        public Extend {
            if (concept == null || concept.isBlank()) {
                throw new ModelException("extend needs a concept name");
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.EXTEND;
        }

        @Override
        public String label() {
            return "Extend(" + concept + ")";
        }
    }

    /**
     * Augment(c, k): capability without reflection, Extend(c) followed by Observe(k).
     *
     * @param concept a new concept of the setting
     * @param draws k ≥ 1
     */
    record Augment(String concept, int draws) implements Event {
        /** Validates the parts. */
        public Augment {
            if (concept == null || concept.isBlank() || draws < 1) {
                throw new ModelException("augment needs a concept and draws >= 1: " + concept + ", " + draws);
            }
        }

        @Override
        public EventKind kind() {
            return EventKind.AUGMENT;
        }

        @Override
        public String label() {
            return "Augment(" + concept + ", " + draws + ")";
        }
    }
}
