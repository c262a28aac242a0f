package org.valuegrowth.growth;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * A persona's evaluator for reasoning: a score for every candidate answer (symbol); best-of-n
 * outputs a highest-scoring candidate.
 *
 * @param name non-blank
 * @param score one finite score per symbol
 */
public record PersonaEvaluator(String name, Vector<Double> score) {
    /** Validates the parts. */
    public PersonaEvaluator {
        if (name == null || name.isBlank()) {
            throw new ModelException("evaluator name must be non-blank: '" + name + "'");
        }
        if (score == null || score.isEmpty() || score.exists(s -> s == null || !Double.isFinite(s))) {
            throw new ModelException("evaluator " + name + " needs finite scores: " + score);
        }
    }

    /** An evaluator from scores. */
    public static PersonaEvaluator of(String name, double... score) {
        return new PersonaEvaluator(name, Vector.ofAll(score));
    }

    /** The scores as a new array. */
    public double[] scores() {
        double[] s = new double[score.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = score.get(i);
        }
        return s;
    }
}
