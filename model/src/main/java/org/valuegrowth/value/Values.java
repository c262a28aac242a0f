package org.valuegrowth.value;

import io.vavr.collection.Set;
import org.valuegrowth.numeric.LogSpace;
import org.valuegrowth.numeric.ModelException;

/** Applying updates and measuring them: tilt(W, S) and Hilbert's projective metric. */
public final class Values {
    private Values() {
    }

    /** tilt(W, S)(x) ∝ W(x)·exp(Σ_{i∈S} λ_i f_i(x)) for the atoms named in {@code chosen}. */
    public static double[] tilt(double[] w, Dictionary d, Set<String> chosen) {
        double[] log = new double[w.length];
        for (int x = 0; x < w.length; x++) {
            log[x] = Math.log(w[x]);
        }
        for (UpdateAtom a : d.atoms()) {
            if (chosen.contains(a.name())) {
                for (int x = 0; x < w.length; x++) {
                    if (log[x] != Double.NEGATIVE_INFINITY) {
                        log[x] += a.strength() * a.feature().get(x);
                    }
                }
            }
        }
        return LogSpace.normalise(log);
    }

    /**
     * Hilbert's projective metric d_H(P,Q) = max_x ln(P/Q) − min_x ln(P/Q) over the common support;
     * +∞ when the supports differ.
     */
    public static double hilbert(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new ModelException("lengths differ: " + p.length + " vs " + q.length);
        }
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int x = 0; x < p.length; x++) {
            if ((p[x] > 0) != (q[x] > 0)) {
                return Double.POSITIVE_INFINITY;
            }
            if (p[x] > 0) {
                double r = Math.log(p[x]) - Math.log(q[x]);
                max = Math.max(max, r);
                min = Math.min(min, r);
            }
        }
        return max == Double.NEGATIVE_INFINITY ? 0.0 : max - min;
    }
}
