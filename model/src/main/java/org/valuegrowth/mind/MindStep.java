package org.valuegrowth.mind;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * A human-style growth step: a pure function from one mind to the next ({@code spec/mind.md} §7).
 */
public sealed interface MindStep permits MindStep.Sense, MindStep.Reward, MindStep.Approval,
        MindStep.Reflect, MindStep.Extend, MindStep.Augment {

    /** The next mind. */
    Mind apply(Mind mind);

    /** A short label for traces, e.g. "Reward(food, 0.9)". */
    String label();

    /** Sense(data): an observation at layer 0, propagated up. */
    record Sense(Observation data) implements MindStep {
        /** Rejects null. */
        public Sense {
            if (data == null) {
                throw new ModelException("sense needs an observation");
            }
        }

        @Override
        public Mind apply(Mind mind) {
            return mind.sense(data);
        }

        @Override
        public String label() {
            return "Sense(" + data.sentence() + ", " + data.reliability() + ")";
        }
    }

    /** Reward(drive): a want on the sensory layer. */
    record Reward(Want drive) implements MindStep {
        /** Rejects null. */
        public Reward {
            if (drive == null) {
                throw new ModelException("reward needs a want");
            }
        }

        @Override
        public Mind apply(Mind mind) {
            return mind.reward(drive);
        }

        @Override
        public String label() {
            return "Reward(" + drive.sentence() + ", " + drive.target() + ")";
        }
    }

    /** Approval(feedback): a want on any layer, typically an abstract one. */
    record Approval(int layer, Want feedback) implements MindStep {
        /** Validates the layer. */
        public Approval {
            if (layer < 0 || feedback == null) {
                throw new ModelException("approval needs a layer >= 0 and a want: " + layer);
            }
        }

        @Override
        public Mind apply(Mind mind) {
            return mind.approve(layer, feedback);
        }

        @Override
        public String label() {
            return "Approval(L" + layer + ", " + feedback.sentence() + ", " + feedback.target() + ")";
        }
    }

    /** Reflect: {@code sweeps} reflection sweeps. */
    record Reflect(int sweeps, ReflectionSettings settings) implements MindStep {
        /** Validates the sweep count. */
        public Reflect {
            if (sweeps < 1 || settings == null) {
                throw new ModelException("reflect needs sweeps >= 1 and settings: " + sweeps);
            }
        }

        /** {@code sweeps} sweeps with the default settings. */
        public static Reflect of(int sweeps) {
            return new Reflect(sweeps, ReflectionSettings.defaults());
        }

        @Override
        public Mind apply(Mind mind) {
            return mind.reflect(settings, sweeps);
        }

        @Override
        public String label() {
            return "Reflect(" + sweeps + ")";
        }
    }

    /** Extend(concepts): new concepts at a layer, grounded through abstraction maps or not. */
    record Extend(int layer, Vector<MindConcept> concepts) implements MindStep {
        /** Validates the layer. */
        public Extend {
            if (layer < 0 || concepts == null || concepts.isEmpty()) {
                throw new ModelException("extend needs a layer >= 0 and at least one concept: " + layer);
            }
        }

        @Override
        public Mind apply(Mind mind) {
            return mind.extend(layer, concepts);
        }

        @Override
        public String label() {
            return "Extend(L" + layer + ", " + concepts.map(c -> c.atom().name()).mkString(",") + ")";
        }
    }

    /** Augment: capability without reflection, new concepts plus sense data, tilts untouched. */
    record Augment(int layer, Vector<MindConcept> concepts, Vector<Observation> data) implements MindStep {
        /** Validates the layer. */
        public Augment {
            if (layer < 0 || concepts == null || data == null) {
                throw new ModelException("augment needs a layer >= 0, concepts and data: " + layer);
            }
        }

        @Override
        public Mind apply(Mind mind) {
            return mind.augment(layer, concepts, data);
        }

        @Override
        public String label() {
            return "Augment(L" + layer + ", " + concepts.map(c -> c.atom().name()).mkString(",") + ", "
                    + data.size() + " obs)";
        }
    }
}
