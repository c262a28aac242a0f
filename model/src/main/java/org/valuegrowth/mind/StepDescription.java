package org.valuegrowth.mind;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.numeric.ModelException;

/**
 * A growth step as data, resolved against the mind it is applied to (the language grows with
 * Extend, so sentences are parsed when the step is reached). Resolution never throws: a bad step
 * gives a left message.
 */
public sealed interface StepDescription permits StepDescription.Sense, StepDescription.Reward,
        StepDescription.Approval, StepDescription.Reflect, StepDescription.Extend, StepDescription.Augment {

    /** The growth step for mind {@code m}, or why there is none. */
    Either<String, MindStep> resolve(Mind m);

    /** Sense: sentence over layer 0, reliability. */
    record Sense(String sentence, double reliability) implements StepDescription {
        @Override
        public Either<String, MindStep> resolve(Mind m) {
            return guard(() -> observation(m, sentence, reliability).map(MindStep.Sense::new));
        }
    }

    /** Reward: sentence over layer 0, target. */
    record Reward(String sentence, double target) implements StepDescription {
        @Override
        public Either<String, MindStep> resolve(Mind m) {
            return guard(() -> new WantDescription(0, sentence, target, 1.0).resolve(m).map(MindStep.Reward::new));
        }
    }

    /** Approval: sentence over a layer, target. */
    record Approval(int layer, String sentence, double target) implements StepDescription {
        @Override
        public Either<String, MindStep> resolve(Mind m) {
            return guard(() -> new WantDescription(layer, sentence, target, 1.0).resolve(m)
                    .map(w -> new MindStep.Approval(layer, w)));
        }
    }

    /** Reflect: sweeps with the default settings. */
    record Reflect(int sweeps) implements StepDescription {
        @Override
        public Either<String, MindStep> resolve(Mind m) {
            return guard(() -> Either.right(MindStep.Reflect.of(sweeps)));
        }
    }

    /** Extend: concepts at a layer. */
    record Extend(int layer, Vector<ConceptDescription> concepts) implements StepDescription {
        @Override
        public Either<String, MindStep> resolve(Mind m) {
            return guard(() -> resolveConcepts(m, layer, concepts).map(cs -> new MindStep.Extend(layer, cs)));
        }
    }

    /** Augment: concepts at a layer plus observations (sentence, reliability) at layer 0. */
    record Augment(int layer, Vector<ConceptDescription> concepts, Vector<Sense> data) implements StepDescription {
        @Override
        public Either<String, MindStep> resolve(Mind m) {
            return guard(() -> resolveConcepts(m, layer, concepts).flatMap(cs -> {
                Vector<Either<String, Observation>> obs = data.map(d -> observation(m, d.sentence(), d.reliability()));
                for (Either<String, Observation> o : obs) {
                    if (o.isLeft()) {
                        return Either.left(o.getLeft());
                    }
                }
                return Either.right(new MindStep.Augment(layer, cs, obs.map(Either::get)));
            }));
        }
    }

    private static Either<String, Observation> observation(Mind m, String text, double rho) {
        return SentenceParser.parse(m.language(0), text).mapLeft(msg -> "observation: " + msg)
                .flatMap(s -> guard(() -> Either.right(new Observation(s, rho))));
    }

    private static Either<String, Vector<MindConcept>> resolveConcepts(Mind m, int layer, Vector<ConceptDescription> cs) {
        if (layer < 1 || layer > m.layers().size()) {
            return Either.left("extend layer " + layer + " not in [1," + m.layers().size() + "]");
        }
        Vector<MindConcept> out = Vector.empty();
        for (ConceptDescription c : cs) {
            Either<String, MindConcept> r = c.resolve(layer, m.language(layer - 1));
            if (r.isLeft()) {
                return Either.left(r.getLeft());
            }
            out = out.append(r.get());
        }
        return Either.right(out);
    }

    private static <T> Either<String, T> guard(java.util.function.Supplier<Either<String, T>> f) {
        try {
            return f.get();
        } catch (ModelException e) {
            return Either.left(e.getMessage());
        }
    }
}
