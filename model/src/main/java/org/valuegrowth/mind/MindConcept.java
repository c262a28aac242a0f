package org.valuegrowth.mind;

import io.vavr.control.Option;
import org.valuegrowth.logic.Atom;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.numeric.ModelException;

/**
 * An atom of a layer ℓ ≥ 1 with its abstraction map: a Boolean function of the layer-(ℓ−1) atoms
 * (grounded), or no definition (ungrounded, with an independent prior probability).
 *
 * @param atom the atom; its layer is the layer it lives in
 * @param definition a sentence over the layer-(ℓ−1) language, or none for an ungrounded concept
 * @param prior P(atom) under the world-model when ungrounded; ignored (kept 1/2) when grounded
 */
public record MindConcept(Atom atom, Option<Sentence> definition, double prior) {
    /** Validates the prior. */
    public MindConcept {
        if (atom == null || definition == null) {
            throw new ModelException("concept needs an atom and an (optional) definition");
        }
        if (!(prior > 0 && prior < 1)) {
            throw new ModelException("concept prior not in (0,1): " + prior + " for " + atom.name());
        }
    }

    /** A grounded concept named {@code name} at {@code layer}, defined by {@code text} over {@code lower}. */
    public static MindConcept grounded(String name, int layer, Language lower, String text) {
        Sentence s = SentenceParser.parse(lower, text)
                .getOrElseThrow(msg -> new ModelException("definition of " + name + ": " + msg));
        return new MindConcept(new Atom(name, layer), Option.some(s), 0.5);
    }

    /** An ungrounded concept with the given prior probability. */
    public static MindConcept ungrounded(String name, int layer, double prior) {
        return new MindConcept(new Atom(name, layer), Option.none(), prior);
    }

    /** Whether the concept has an abstraction map. */
    public boolean isGrounded() {
        return definition.isDefined();
    }
}
