package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.persona.Persona;
import org.valuegrowth.persona.PersonaSpace;

/** The E5 survey reports entropy trajectories and unreachability as defined (a measurement). */
@Tag("E5")
class ModeCollapseSurveyTest {

    @Example
    @Label("E5 measurement: survey rows equal the expected-mode entropies recomputed here, for both targets")
    void surveyReportsRecomputedEntropies() {
        double[] assistant = {0.8, 0.1, 0.1};
        double[] creative = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        KellyMarket k = KellyMarket.of(Vector.of(new PredictorTrader("a", 1, new Predictor.Iid(assistant)),
                new PredictorTrader("c", 1, new Predictor.Iid(creative))), new Prior.Uniform(), 3);
        PersonaSpace space = PersonaSpace.of(
                new Persona("assistant", HashSet.of("helpful"), LinkedHashSet.of("a"), new Predictor.Iid(assistant)),
                new Persona("creative", HashSet.of("creative"), LinkedHashSet.of("c"), new Predictor.Iid(creative)));
        int kMax = 6;
        Vector<ModeCollapse.SurveyRow> rows = ModeCollapse.survey(k, space, kMax, 0.01, Mode.EXPECTED, 0);
        assertThat(rows.map(ModeCollapse.SurveyRow::target)).containsExactly("assistant", "creative");
        double[][] voices = {assistant, creative};
        for (int r = 0; r < 2; r++) {
            double[] v = voices[r];
            Double previous = null;
            Integer rise = null;
            for (int n = 0; n <= kMax; n++) {
                // shares ∝ exp(n Σ_x v(x) ln p_i(x)), uniform prior
                double ea = Math.exp(n * (v[0] * Math.log(0.8) + v[1] * Math.log(0.1) + v[2] * Math.log(0.1)));
                double ec = Math.exp(n * Math.log(1.0 / 3));
                double wa = ea / (ea + ec);
                double h = 0;
                for (int x = 0; x < 3; x++) {
                    double q = wa * assistant[x] + (1 - wa) * creative[x];
                    h -= q * Math.log(q);
                }
                assertThat(rows.get(r).entropies().get(n)).isCloseTo(h, within(1e-12));
                if (previous != null && rise == null && h > previous + 1e-12) {
                    rise = n;
                }
                previous = h;
            }
            assertThat(rows.get(r).firstRise().getOrNull()).isEqualTo(rise);
            assertThat(rows.get(r).entropyNonIncreasing()).isEqualTo(rise == null);
        }
        assertThat(rows.get(0).unreachableAt().keySet()).containsExactly("creative");
    }

    @Example
    @Tag("E4")
    @Label("E4 measurement: demonstrations needed to select the assistant to within delta, recomputed from the expected update")
    void demonstrationsToSelectIsTheFirstKWithinDelta() {
        double[] assistant = {0.8, 0.1, 0.1};
        double[] other = {0.2, 0.4, 0.4};
        KellyMarket k = KellyMarket.of(Vector.of(new PredictorTrader("a", 1, new Predictor.Iid(assistant)),
                new PredictorTrader("o", 1, new Predictor.Iid(other))), Prior.Explicit.of(Math.log(0.01), Math.log(0.99)), 3);
        Persona target = new Persona("assistant", HashSet.empty(), LinkedHashSet.of("a"), new Predictor.Iid(assistant));
        Persona base = new Persona("other", HashSet.empty(), LinkedHashSet.of("o"), new Predictor.Iid(other));
        var traj = ModeCollapse.trajectory(k, target, base, 30, Mode.EXPECTED, 0);
        // log-odds of a over o rise by KL-like step d = Σ_x v(x) ln(p_a(x)/p_o(x)) per demonstration
        double step = 0.8 * Math.log(0.8 / 0.2) + 0.1 * Math.log(0.1 / 0.4) * 2;
        double delta = 0.05;
        // outside <= delta  <=>  odds(a) >= (1 - delta)/delta  <=>  ln(0.01/0.99) + k*step >= ln(19)
        int expected = (int) Math.ceil((Math.log(19) - Math.log(0.01 / 0.99)) / step);
        assertThat(ModeCollapse.demonstrationsToSelect(traj, delta).get()).isEqualTo(expected);
        assertThat(ModeCollapse.demonstrationsToSelect(traj.take(expected), delta).isEmpty()).isTrue();
    }
}
