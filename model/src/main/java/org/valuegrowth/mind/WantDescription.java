package org.valuegrowth.mind;

import io.vavr.control.Either;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.numeric.ModelException;

/**
 * A want as text: "at layer, P_G(sentence) = target", with a weight.
 *
 * @param layer the layer whose atoms the sentence uses
 * @param sentence the sentence's text
 * @param target the wanted probability
 * @param weight its energy weight
 */
public record WantDescription(int layer, String sentence, double target, double weight) {
    /** Rejects a null sentence. */
    public WantDescription {
        if (sentence == null) {
            throw new ModelException("want description needs a sentence");
        }
    }

    /** The want, its sentence parsed over the mind's layer; left with the reason on failure. */
    public Either<String, Want> resolve(Mind m) {
        if (layer < 0 || layer >= m.layers().size()) {
            return Either.left("want layer " + layer + " not in [0," + (m.layers().size() - 1) + "]");
        }
        try {
            return SentenceParser.parse(m.language(layer), sentence)
                    .mapLeft(msg -> "want at layer " + layer + ": " + msg)
                    .map(s -> new Want(s, target, weight));
        } catch (ModelException e) {
            return Either.left("want \"" + sentence + "\": " + e.getMessage());
        }
    }
}
