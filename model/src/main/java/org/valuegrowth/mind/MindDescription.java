package org.valuegrowth.mind;

import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import org.valuegrowth.logic.Language;
import org.valuegrowth.numeric.ModelException;

/**
 * A mind as data, for scenario files: the sensory atoms and their world-model, the upper layers'
 * concepts (as text), the initial wants, and the self atoms. {@link #toMind()} reports every
 * problem at once.
 *
 * @param sensoryAtoms names of the layer-0 atoms
 * @param sensoryWeights one positive weight per sensory world (bit i = atom i), normalised; empty for uniform
 * @param upperLayers layer 1 first
 * @param wants initial wants, applied in order as Reward/Approval
 * @param selfAtoms names of the self atoms
 */
public record MindDescription(Vector<String> sensoryAtoms, Vector<Double> sensoryWeights,
                              Vector<Vector<ConceptDescription>> upperLayers, Vector<WantDescription> wants,
                              Vector<String> selfAtoms) {
    /** Rejects nulls. */
    public MindDescription {
        if (sensoryAtoms == null || sensoryWeights == null || upperLayers == null || wants == null || selfAtoms == null) {
            throw new ModelException("mind description parts must not be null");
        }
    }

    /** The mind, or every problem found (one message each). */
    public Validation<Seq<String>, Mind> toMind() {
        Vector<String> errors = Vector.empty();
        Language l0;
        try {
            l0 = Language.ofNames(sensoryAtoms.toJavaArray(String[]::new));
        } catch (ModelException e) {
            return Validation.invalid(Vector.of("sensory atoms: " + e.getMessage()));
        }
        if (l0.size() > Layer.MAX_ATOMS) {
            return Validation.invalid(Vector.of("at most " + Layer.MAX_ATOMS + " sensory atoms, got " + l0.size()));
        }
        int worlds = 1 << l0.size();
        double[] w = new double[worlds];
        if (sensoryWeights.isEmpty()) {
            java.util.Arrays.fill(w, 1.0 / worlds);
        } else if (sensoryWeights.size() != worlds) {
            errors = errors.append("sensory weights: " + sensoryWeights.size() + " given for " + worlds + " worlds");
        } else {
            double z = 0;
            for (int x = 0; x < worlds; x++) {
                double v = sensoryWeights.get(x);
                if (!(v > 0) || Double.isInfinite(v)) {
                    errors = errors.append("sensory weight " + x + " must be finite and > 0: " + v);
                }
                z += v;
            }
            if (!Double.isFinite(z)) {
                errors = errors.append("sensory weights sum to " + z + "; scale them down");
            }
            for (int x = 0; x < worlds; x++) {
                w[x] = sensoryWeights.get(x) / z;
            }
        }
        if (!errors.isEmpty()) {
            return Validation.invalid(errors);
        }
        Mind m;
        try {
            m = Mind.of(l0, w, Vector.empty(), HashSet.empty());
        } catch (ModelException e) {
            return Validation.invalid(Vector.of("sensory world-model: " + e.getMessage()));
        }
        for (int i = 0; i < upperLayers.size(); i++) {
            int layer = i + 1;
            Language lower = m.language(layer - 1);
            Vector<Either<String, MindConcept>> resolved = upperLayers.get(i).map(c -> c.resolve(layer, lower));
            Vector<String> bad = resolved.filter(Either::isLeft).map(e -> "layer " + layer + ": " + e.getLeft());
            if (!bad.isEmpty()) {
                errors = errors.appendAll(bad);
                break;
            }
            try {
                m = m.extend(layer, resolved.map(Either::get));
            } catch (ModelException e) {
                errors = errors.append("layer " + layer + ": " + e.getMessage());
                break;
            }
        }
        if (!errors.isEmpty()) {
            return Validation.invalid(errors);
        }
        for (WantDescription wd : wants) {
            Either<String, Want> want = wd.resolve(m);
            if (want.isLeft()) {
                errors = errors.append(want.getLeft());
            } else {
                m = m.approve(wd.layer(), want.get());
            }
        }
        try {
            m = new Mind(m.layers(), HashSet.ofAll(selfAtoms));
        } catch (ModelException e) {
            errors = errors.append("self atoms: " + e.getMessage());
        }
        return errors.isEmpty() ? Validation.valid(m) : Validation.invalid(errors);
    }
}
