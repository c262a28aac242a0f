package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;

/** GRPO's group-normalised advantage with both std conventions, and Mroueh's closed form. */
@Tag("E9")
class GrpoAdvantageProperties {

    @Provide
    Arbitrary<double[]> groups() {
        return Arbitraries.doubles().between(-5, 5).ofScale(3).array(double[].class).ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<AdvantageConvention> conventions() {
        return Arbitraries.of(AdvantageConvention.TRL, AdvantageConvention.POPULATION, AdvantageConvention.mroueh(1e-6),
                new AdvantageConvention(AdvantageConvention.Std.UNBIASED, 0.0, AdvantageConvention.EpsilonPlacement.INSIDE_ROOT));
    }

    @Property(tries = 200, seed = "4421")
    @Label("E9 law: advantages sum to zero and are invariant to reward shifts")
    void advantagesSumToZeroAndIgnoreShifts(@ForAll("groups") double[] r, @ForAll("conventions") AdvantageConvention c,
                                           @ForAll @DoubleRange(min = -10, max = 10) double shift) {
        double[] a = c.advantages(r);
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        assertThat(sum).isCloseTo(0.0, within(1e-9));
        double[] shifted = r.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] += shift;
        }
        assertThat(c.advantages(shifted)).containsExactly(a, within(1e-7));
    }

    @Property(tries = 100, seed = "4422")
    @Label("E9 law: with epsilon 0 advantages are invariant to positive rescaling of rewards")
    void populationAdvantagesIgnorePositiveScale(@ForAll("groups") double[] r, @ForAll @DoubleRange(min = 0.1, max = 10) double k) {
        double[] scaled = r.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= k;
        }
        double[] a = AdvantageConvention.POPULATION.advantages(r);
        double[] b = AdvantageConvention.POPULATION.advantages(scaled);
        for (int i = 0; i < a.length; i++) {
            assertThat(b[i]).isCloseTo(a[i], within(1e-6 * (1 + Math.abs(a[i]))));
        }
    }

    @Example
    @Label("E9 law: the advantage table of references.md 2.5, both conventions")
    void workedAdvantageTable() {
        AdvantageConvention trl = AdvantageConvention.TRL;
        AdvantageConvention pop = AdvantageConvention.POPULATION;
        assertThat(trl.advantages(new double[]{1, 0, 0, 1})).containsExactly(new double[]{0.865875, -0.865875, -0.865875, 0.865875}, within(1e-6));
        assertThat(pop.advantages(new double[]{1, 0, 0, 1})).containsExactly(new double[]{1, -1, -1, 1}, within(1e-9));
        assertThat(trl.advantages(new double[]{1, 0, 0, 0})).containsExactly(new double[]{1.49970, -0.49990, -0.49990, -0.49990}, within(1e-5));
        assertThat(pop.advantages(new double[]{1, 0, 0, 0})).containsExactly(new double[]{1.732051, -0.577350, -0.577350, -0.577350}, within(1e-6));
        assertThat(trl.advantages(new double[]{1, 1, 1, 1})).containsOnly(0.0);
        assertThat(pop.advantages(new double[]{1, 1, 1, 1})).containsOnly(0.0);
        // the last row: TRL's column uses std + 1e-4
        assertThat(trl.advantages(new double[]{0.2, 0.5, 0.9, 0.4})).containsExactly(new double[]{-1.018703, 0, 1.358271, -0.339568}, within(1e-6));
        assertThat(pop.advantages(new double[]{0.2, 0.5, 0.9, 0.4})).containsExactly(new double[]{-1.176697, 0, 1.568929, -0.392232}, within(1e-6));
    }

    @Example
    @Label("E9 law: Mroueh's closed-form iterates and fixed points of references.md 2.5")
    void workedMrouehIterates() {
        assertThat(GrpoDynamics.trajectory(0.2, 1.0, 0.0, 4)).containsExactly(new double[]{0.2, 0.752819, 0.717458, 0.697362, 0.687930}, within(1e-6));
        assertThat(GrpoDynamics.fixedPoint(0.2, 1.0, 0.0)).isCloseTo(0.681301, within(1e-6));
        assertThat(GrpoDynamics.trajectory(0.2, 4.0, 0.0, 2)).containsExactly(new double[]{0.2, 0.318365, 0.299510}, within(1e-6));
        assertThat(GrpoDynamics.fixedPoint(0.2, 4.0, 0.0)).isCloseTo(0.301242, within(1e-6));
        assertThat(GrpoDynamics.trajectory(0.5, 1.0, 1e-6, 2)).containsExactly(new double[]{0.5, 0.880797, 0.956317}, within(1e-6));
    }
}
