package org.valuegrowth.mind;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.valuegrowth.logic.Atom;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.numeric.ModelException;

/**
 * A concept as text, for scenario files: a name, an optional definition over the layer below (in
 * {@link SentenceParser} syntax), and a prior used when it has no definition.
 *
 * @param name the atom name
 * @param definition the definition's text, or none for an ungrounded concept
 * @param prior the prior probability of an ungrounded concept, in (0,1)
 */
public record ConceptDescription(String name, Option<String> definition, double prior) {
    /** Rejects nulls. */
    public ConceptDescription {
        if (name == null || definition == null) {
            throw new ModelException("concept description needs a name and an optional definition");
        }
    }

    /** The concept at {@code layer}, its definition parsed over {@code lower}; left with the reason on failure. */
    public Either<String, MindConcept> resolve(int layer, Language lower) {
        try {
            if (definition.isEmpty()) {
                return Either.right(new MindConcept(new Atom(name, layer), Option.none(), prior));
            }
            return SentenceParser.parse(lower, definition.get())
                    .mapLeft(msg -> "definition of " + name + ": " + msg)
                    .map(s -> new MindConcept(new Atom(name, layer), Option.some(s), 0.5));
        } catch (ModelException e) {
            return Either.left("concept " + name + ": " + e.getMessage());
        }
    }
}
