package org.valuegrowth.mind;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.logic.Atom;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.mind.internal.Kernels;
import org.valuegrowth.numeric.ModelException;

/**
 * One layer of a mind: its atoms, their abstraction maps, its world-model, its goal tilt and its
 * wants.
 *
 * <p>Worlds of the layer are the 2^n truth assignments to its n atoms (bit i = atom i). The
 * world-model is W(x) ∝ exp(logWorld(x)); the goal-model is the log-space tilt
 * G(x) ∝ W(x)·exp(tilt(x)) (see {@code spec/mind.md} §3 for why log-space and not linear).
 *
 * @param language the layer's atoms, all of this layer's number
 * @param definitions per atom: the abstraction map over the layer below, or none (always none at layer 0)
 * @param logWorld unnormalised log-weights of W, one per world; −∞ marks an impossible world
 * @param tilt the goal tilt θ, one finite number per world
 * @param wants the layer's goal constraints
 */
public record Layer(Language language, Vector<Option<Sentence>> definitions, Vector<Double> logWorld,
                    Vector<Double> tilt, Vector<Want> wants) {
    /** The largest number of atoms per layer, so that exact enumeration stays cheap. */
    public static final int MAX_ATOMS = 12;

    /** Validates sizes, finiteness and that wants use only the layer's atoms. */
    public Layer {
        if (language == null || definitions == null || logWorld == null || tilt == null || wants == null) {
            throw new ModelException("layer parts must not be null");
        }
        if (language.size() > MAX_ATOMS) {
            throw new ModelException("at most " + MAX_ATOMS + " atoms per layer, got " + language.size());
        }
        if (definitions.size() != language.size()) {
            throw new ModelException(definitions.size() + " definitions for " + language.size() + " atoms");
        }
        long worlds = language.worldCount();
        if (logWorld.size() != worlds || tilt.size() != worlds) {
            throw new ModelException("layer with " + worlds + " worlds has " + logWorld.size()
                    + " world weights and " + tilt.size() + " tilts");
        }
        boolean anyFinite = false;
        for (double v : logWorld) {
            if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                throw new ModelException("world log-weight must be finite or -infinity: " + v);
            }
            anyFinite |= Double.isFinite(v);
        }
        if (!anyFinite) {
            throw new ModelException("world-model has no possible world");
        }
        tilt.forEach(v -> ModelException.requireFinite("goal tilt", v));
        for (Want w : wants) {
            requireInside(w.sentence(), language.size(), "want");
        }
    }

    /** The number of worlds, 2^n. */
    public int worldCount() {
        return (int) language.worldCount();
    }

    /** The indices of the grounded atoms (those with a definition), in order. */
    public int[] groundedIndices() {
        return definitions.zipWithIndex().filter(t -> t._1.isDefined()).map(t -> t._2).toJavaStream()
                .mapToInt(Integer::intValue).toArray();
    }

    /** W as a probability vector. */
    public double[] world() {
        return Kernels.normaliseLog(Kernels.array(logWorld));
    }

    /** G ∝ W·exp(θ) as a probability vector. */
    public double[] goal() {
        return Kernels.normaliseLog(Kernels.add(Kernels.array(logWorld), Kernels.array(tilt)));
    }

    /** The layer's atoms. */
    public Vector<Atom> atoms() {
        return language.atoms();
    }

    static void requireInside(Sentence s, int size, String what) {
        if (!s.support().isEmpty() && s.support().max().get() >= size) {
            throw new ModelException(what + " uses an atom outside its layer (" + size + " atoms): " + s);
        }
    }
}
