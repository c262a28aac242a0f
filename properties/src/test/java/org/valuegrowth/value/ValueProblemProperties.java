package org.valuegrowth.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/** The discretised value problem: its metric and its data, against formulas written out here. */
@Tag("E13")
class ValueProblemProperties {

    @Property(tries = 200)
    @Label("E13 law: the oscillation of a subset is the Hilbert metric between G and tilt(W,S), up to rounding")
    void oscillationIsTheHilbertMetric(@ForAll long seed) {
        ValueInstances.Instance in = ValueInstances.random(seed, 6, false);
        ValueProblem p = in.problem();
        long mask = seed & ((1L << p.atomCount()) - 1);
        HashSet<String> chosen = HashSet.ofAll(p.descriptor(mask).atoms());
        double[] tilted = Values.tilt(in.w(), in.dictionary(), chosen);
        // d_H written out: max - min of ln(G/T)
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int x = 0; x < tilted.length; x++) {
            double r = Math.log(in.g()[x] / tilted[x]);
            max = Math.max(max, r);
            min = Math.min(min, r);
        }
        double slack = (1 + p.atomCount()) * ValueInstances.RESOLUTION;
        assertThat(p.oscillation(mask) * ValueInstances.RESOLUTION).isCloseTo(max - min, within(slack));
        assertThat(Values.hilbert(in.g(), tilted)).isCloseTo(max - min, within(1e-12));
    }

    @Example
    @Label("E13 law: a goal-model with mass where the world-model has none is unreachable by any tilt")
    void supportMismatchIsUnreachable() {
        Dictionary d = new Dictionary(Vector.empty());
        assertThat(ValueProblem.of(new double[] {0.5, 0.5}, new double[] {1.0, 0.0}, d, 0.1, 1e-4).isLeft()).isTrue();
        assertThat(ValueProblem.of(new double[] {1.0, 0.0}, new double[] {1.0, 0.0}, d, 0.1, 1e-4).get().worldCount())
                .isEqualTo(1);
    }

    @Example
    @Label("E13 law: binary strengths make every multiple of the base reachable, with one atom per binary digit")
    void binaryStrengthsAddUp() {
        Vector<Double> s = Dictionary.binaryStrengths(0.5, 3);
        assertThat(s).containsExactly(0.5, -0.5, 1.0, -1.0, 2.0, -2.0);
    }
}
