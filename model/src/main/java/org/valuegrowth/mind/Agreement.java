package org.valuegrowth.mind;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * The E14 measurement: how far two minds' goal-models differ on grounded concepts versus ungrounded
 * ones. A measurement, not a verdict: it says nothing about what the difference ought to be.
 *
 * @param perAtom |P_{G_A}(atom) − P_{G_B}(atom)| for every atom, with its layer and kind
 * @param groundedMax the largest difference over layer-0 atoms and grounded concepts
 * @param ungroundedMax the largest difference over ungrounded concepts (0 when there are none)
 */
public record Agreement(Vector<AtomDifference> perAtom, double groundedMax, double ungroundedMax) {
    /** Validates the parts. */
    public Agreement {
        if (perAtom == null) {
            throw new ModelException("per-atom differences must not be null");
        }
        ModelException.requireNonNegative("grounded max", groundedMax);
        ModelException.requireNonNegative("ungrounded max", ungroundedMax);
    }

    /**
     * One atom's difference.
     *
     * @param layer its layer
     * @param atom its name
     * @param grounded true for layer-0 atoms and grounded concepts
     * @param difference |P_{G_A} − P_{G_B}|
     */
    public record AtomDifference(int layer, String atom, boolean grounded, double difference) {
        /** Validates the difference. */
        public AtomDifference {
            ModelException.requireNonNegative("difference", difference);
        }
    }

    /**
     * Compares the goal marginals of two minds with the same layers and atom names (in order).
     *
     * @throws ModelException if the minds' languages differ
     */
    public static Agreement between(Mind a, Mind b) {
        if (a.layers().size() != b.layers().size()) {
            throw new ModelException("minds have " + a.layers().size() + " and " + b.layers().size() + " layers");
        }
        Vector<Vector<Double>> ga = a.goalMarginals();
        Vector<Vector<Double>> gb = b.goalMarginals();
        Vector<AtomDifference> out = Vector.empty();
        double gmax = 0.0;
        double umax = 0.0;
        for (int l = 0; l < a.layers().size(); l++) {
            Layer la = a.layer(l);
            Layer lb = b.layer(l);
            if (!la.language().equals(lb.language())) {
                throw new ModelException("layer " + l + " languages differ: " + la.language() + " vs " + lb.language());
            }
            for (int i = 0; i < la.language().size(); i++) {
                boolean grounded = l == 0 || (la.definitions().get(i).isDefined() && lb.definitions().get(i).isDefined());
                double d = Math.abs(ga.get(l).get(i) - gb.get(l).get(i));
                out = out.append(new AtomDifference(l, la.language().atom(i).name(), grounded, d));
                if (grounded) {
                    gmax = Math.max(gmax, d);
                } else {
                    umax = Math.max(umax, d);
                }
            }
        }
        return new Agreement(out, gmax, umax);
    }

    /**
     * Reflects both minds to their fixed points (same settings, tolerance and sweep cap), then
     * compares them: the E14 measurement on reflective equilibria.
     */
    public static Agreement ofFixedPoints(Mind a, Mind b, ReflectionSettings s, double tol, int maxSweeps) {
        return between(a.reflectToFixedPoint(s, tol, maxSweeps).mind(), b.reflectToFixedPoint(s, tol, maxSweeps).mind());
    }
}
