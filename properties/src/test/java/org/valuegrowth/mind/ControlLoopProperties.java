package org.valuegrowth.mind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;

/** Perceptual control against the textbook steady state (references §2.10). */
@Tag("E11")
class ControlLoopProperties {

    @Example
    @Label("E11 law: G=100, r=10, d=5 settles at p=9.950495 for k_s=200 and 51, and diverges for k_s=50")
    void workedExampleSettlesOrDiverges() {
        ControlLoop.State s0 = new ControlLoop.State(0, 5);
        for (double ks : new double[] {200, 51}) {
            ControlLoop loop = new ControlLoop(100, ks);
            ControlLoop.State end = loop.run(s0, 10, 5, 20_000);
            assertThat(end.perception()).isCloseTo(9.950495, within(1e-6));
            assertThat(10 - end.perception()).isCloseTo(0.049505, within(1e-6));
        }
        ControlLoop unstable = new ControlLoop(100, 50);
        assertThat(unstable.isStable()).isFalse();
        assertThat(Math.abs(unstable.run(s0, 10, 5, 20_000).perception())).isGreaterThan(1e6);
    }

    @Property(tries = 200)
    @Label("E11 law: a stable proportional loop reaches p = (G r + d)/(1 + G)")
    void stableLoopReachesTextbookSteadyState(@ForAll @DoubleRange(min = 0.1, max = 200) double gain,
                                              @ForAll @DoubleRange(min = 0.52, max = 5) double slack,
                                              @ForAll @DoubleRange(min = -10, max = 10) double r,
                                              @ForAll @DoubleRange(min = -10, max = 10) double d) {
        double ks = slack * (gain + 1);
        ControlLoop loop = new ControlLoop(gain, ks);
        assertThat(loop.isStable()).isTrue();
        double rate = Math.abs(1 - (1 + gain) / ks);
        int steps = 10 + (int) Math.min(2_000_000, Math.ceil(40 / Math.max(1e-9, -Math.log(Math.max(rate, 1e-300)))));
        ControlLoop.State end = loop.run(new ControlLoop.State(0, d), r, d, steps);
        double expected = (gain * r + d) / (1 + gain);
        assertThat(end.perception()).isCloseTo(expected, within(1e-6 * (1 + Math.abs(expected))));
        assertThat(loop.steadyPerception(r, d)).isCloseTo(expected, within(1e-12));
        // the goal error is the uncontrolled error r - d divided by 1 + G
        assertThat(r - end.perception()).isCloseTo((r - d) / (1 + gain), within(1e-6 * (1 + Math.abs(r - d))));
    }

    @Property(tries = 100)
    @Label("E11 law (planted fault twin): a loop with k_s below (k_g+1)/2 diverges")
    void unstableGainDiverges(@ForAll @DoubleRange(min = 2, max = 200) double gain,
                              @ForAll @DoubleRange(min = 0.1, max = 0.45) double slack) {
        ControlLoop loop = new ControlLoop(gain, slack * (gain + 1));
        assertThat(loop.isStable()).isFalse();
        ControlLoop.State end = loop.run(new ControlLoop.State(0, 1), 10, 1, 2_000);
        assertThat(Math.abs(end.perception())).isGreaterThan(1e6);
    }

    @Property(tries = 200)
    @Label("E11 law: a stable two-layer cascade settles at (k0 k1 r + d)/(1 + k0 + k0 k1)")
    void cascadeSettlesAndReducesGoalError(@ForAll @DoubleRange(min = 0.5, max = 20) double k0,
                                           @ForAll @DoubleRange(min = 0.5, max = 20) double k1,
                                           @ForAll @DoubleRange(min = 1, max = 40) double s0,
                                           @ForAll @DoubleRange(min = 1, max = 40) double s1,
                                           @ForAll @DoubleRange(min = -10, max = 10) double d) {
        // spectral radius of the linear iteration in (o1, o0), computed here from its 2x2 matrix
        double a = 1 - 1 / s1;
        double b = -k1 / s1;
        double c = k0 / s0 * a;
        double e = 1 - (1 + k0) / s0 - k0 * k1 / (s0 * s1);
        double tr = a + e;
        double det = a * e - b * c;
        double disc = tr * tr - 4 * det;
        double rho = disc >= 0 ? Math.max(Math.abs((tr + Math.sqrt(disc)) / 2), Math.abs((tr - Math.sqrt(disc)) / 2))
                : Math.sqrt(det);
        ControlCascade cascade = new ControlCascade(new ControlLoop(k1, s1), new ControlLoop(k0, s0));
        ControlCascade.State end = cascade.run(new ControlCascade.State(0, 0, d), 10, d, 20_000);
        double expected = (k0 * k1 * 10 + d) / (1 + k0 + k0 * k1);
        if (rho < 0.995) {
            assertThat(end.perception()).isCloseTo(expected, within(1e-6));
            assertThat(10 - end.perception()).isCloseTo((10 * (1 + k0) - d) / (1 + k0 + k0 * k1), within(1e-6));
        } else if (rho > 1.005) {
            assertThat(Math.abs(end.perception())).isGreaterThan(1e6);
        }
        assertThat(cascade.steadyPerception(10, d)).isCloseTo(expected, within(1e-12));
    }

    @Example
    @Label("E11 law: a low-gain cascade (k0 = k1 = 1/2, d = 3.34, r = 10) leaves error 6.663, more than no control (6.66)")
    void lowGainCascadeCanBeWorseThanNoControl() {
        ControlCascade c = new ControlCascade(new ControlLoop(0.5, 1), new ControlLoop(0.5, 1));
        ControlCascade.State end = c.run(new ControlCascade.State(0, 0, 3.34), 10, 3.34, 10_000);
        double expected = (0.25 * 10 + 3.34) / (1 + 0.5 + 0.25);
        assertThat(end.perception()).isCloseTo(expected, within(1e-9));
        assertThat(10 - end.perception()).isCloseTo(6.662857, within(1e-6));
        assertThat(10 - end.perception()).isGreaterThan(10 - 3.34);
    }
}
