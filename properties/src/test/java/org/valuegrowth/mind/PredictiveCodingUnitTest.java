package org.valuegrowth.mind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;

/** Predictive coding against Bogacz (2017), example 1 (references §2.10). */
@Tag("E11")
class PredictiveCodingUnitTest {

    @Example
    @Label("E11 law: prior N(3,1), u = 2, g(v) = v^2 relaxes to the MAP 1.567468, the root of 2v^3 - 3v - 3")
    void bogaczExampleRelaxesToTheMap() {
        // the root, computed here by bisection on the cubic
        double lo = 1;
        double hi = 2;
        for (int i = 0; i < 200; i++) {
            double mid = 0.5 * (lo + hi);
            if (2 * mid * mid * mid - 3 * mid - 3 < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        assertThat(lo).isCloseTo(1.567468, within(1e-6));
        PredictiveCodingUnit unit = new PredictiveCodingUnit(3, 1, 1, 2);
        double phi = unit.relax(3, 2, 0.01, 5_000);
        assertThat(phi).isCloseTo(lo, within(1e-9));
        // at the fixed point the error from above balances the weighted error from below
        assertThat(unit.priorError(phi)).isCloseTo(unit.sensoryError(phi, 2) * 2 * phi, within(1e-8));
    }
}
