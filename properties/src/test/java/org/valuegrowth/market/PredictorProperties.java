package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.valuegrowth.logic.Language;
import org.valuegrowth.numeric.ModelException;

/** The contract every predictor case satisfies, and each case's formula (spec §2). */
class PredictorProperties {

    record Case(Predictor predictor, int[] history) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Predictor> worlds = Arbitraries.integers().between(1, 2).flatMap(n -> {
            Language l = n == 1 ? Language.ofNames("p") : Language.ofNames("p", "q");
            return MarketArbitraries.distributions(1 << n).map(d -> new Predictor.WorldBelief(l, d));
        });
        Arbitrary<Predictor> any = Arbitraries.oneOf(List.of(
                Arbitraries.integers().between(2, 5).flatMap(MarketArbitraries::predictors), worlds));
        return any.flatMap(p -> Arbitraries.integers().between(0, p.alphabetSize() - 1)
                .array(int[].class).ofMaxSize(12).map(h -> new Case(p, h)));
    }

    @Property(tries = 300, seed = "20261170")
    @Label("law: every predictor gives a probability vector (entries in [0,1], sum 1 within 1e-9)")
    void predictionsAreDistributions(@ForAll("cases") Case c) {
        double[] p = c.predictor().probabilities(History.of(c.predictor().alphabetSize(), c.history()));
        double s = 0;
        for (double v : p) {
            assertThat(v).isBetween(0.0, 1.0);
            s += v;
        }
        assertThat(s).isCloseTo(1.0, within(1e-9));
    }

    @Property(tries = 300, seed = "20261171")
    @Label("law: each case follows its formula of spec §2, and the array and log paths equal the per-symbol path")
    void predictionsFollowTheFormulas(@ForAll("cases") Case c) {
        int m = c.predictor().alphabetSize();
        History h = History.of(m, c.history());
        double[] out = new double[m + 1];
        out[m] = 42;
        c.predictor().probabilities(h, out);
        assertThat(out[m]).as("no write beyond m").isEqualTo(42);
        for (int x = 0; x < m; x++) {
            double expected = Reference.probability(c.predictor(), c.history(), c.history().length, x);
            assertThat(c.predictor().probability(h, x)).isCloseTo(expected, within(1e-15));
            assertThat(out[x]).isEqualTo(c.predictor().probability(h, x));
            assertThat(c.predictor().logProbability(h, x)).isEqualTo(Math.log(c.predictor().probability(h, x)));
        }
    }

    @Property(tries = 100, seed = "20261172")
    @Label("law: a predictor refuses a history over another alphabet")
    void alphabetMismatchIsRejected(@ForAll("cases") Case c) {
        int other = c.predictor().alphabetSize() + 1;
        assertThatThrownBy(() -> c.predictor().probabilities(History.empty(other)))
                .isInstanceOf(ModelException.class).hasMessageContaining(String.valueOf(other));
    }

    @Provide
    Arbitrary<double[]> dists() {
        return Arbitraries.integers().between(2, 5).flatMap(MarketArbitraries::distributions);
    }

    @Property(tries = 50, seed = "20261173")
    @Label("law: array-backed predictors copy their input (mutating the caller's array changes nothing)")
    void arrayPredictorsCopyTheirInput(@ForAll("dists") double[] d) {
        double[] mine = d.clone();
        Predictor.Iid iid = new Predictor.Iid(mine);
        Predictor.Markov mk = new Predictor.Markov(mine, squareOf(mine));
        mine[0] = 7;
        assertThat(iid.dist()).containsExactlyElementsOf(Vector.ofAll(d));
        assertThat(mk.initial()).containsExactlyElementsOf(Vector.ofAll(d));
        assertThat(iid).isEqualTo(new Predictor.Iid(d)).hasSameHashCodeAs(new Predictor.Iid(d));
    }

    private static double[][] squareOf(double[] row) {
        double[][] t = new double[row.length][];
        for (int i = 0; i < t.length; i++) {
            t[i] = row;
        }
        return t;
    }

    @Property(tries = 50, seed = "20261174")
    @Label("law: Switch uses before at t < k and after at t >= k")
    void switchChangesRuleAtK(@ForAll("dists") double[] before, @ForAll("dists") double[] after) {
        net.jqwik.api.Assume.that(before.length == after.length);
        Predictor.Switch s = new Predictor.Switch(new Predictor.Iid(before), new Predictor.Iid(after), 3);
        int m = before.length;
        assertThat(s.probabilities(History.of(m, 0, 0))).containsExactly(before);
        assertThat(s.probabilities(History.of(m, 0, 0, 0))).containsExactly(after);
    }

    @Example
    @Label("Periodic and Laplace by hand: pattern [1,0], eps 0.3 over 3 symbols; Laplace(α=1) after 0,0,1")
    void periodicAndLaplaceByHand() {
        Predictor.Periodic p = new Predictor.Periodic(3, Vector.of(1, 0), 0.3);
        assertThat(p.probabilities(History.of(3))).containsExactly(new double[] {0.15, 0.7, 0.15}, within(1e-15));
        assertThat(p.probabilities(History.of(3, 2))).containsExactly(new double[] {0.7, 0.15, 0.15}, within(1e-15));
        Predictor.Laplace l = new Predictor.Laplace(3, 1.0);
        assertThat(l.probabilities(History.of(3, 0, 0, 1))).containsExactly(new double[] {3.0 / 6, 2.0 / 6, 1.0 / 6},
                within(1e-15));
    }

    @Example
    @Label("validation: malformed predictors are rejected, naming the offending value")
    void malformedPredictorsAreRejected() {
        assertThatThrownBy(() -> new Predictor.Iid(0.5, 0.6)).isInstanceOf(ModelException.class)
                .hasMessageContaining("1.1");
        assertThatThrownBy(() -> new Predictor.Iid(-0.1, 1.1)).isInstanceOf(ModelException.class)
                .hasMessageContaining("-0.1");
        assertThatThrownBy(() -> new Predictor.Iid(Double.NaN, 1.0)).isInstanceOf(ModelException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> new Predictor.Iid(1.0)).isInstanceOf(ModelException.class).hasMessageContaining("1");
        assertThatThrownBy(() -> new Predictor.Markov(new double[] {0.5, 0.5}, new double[][] {{1, 0}}))
                .isInstanceOf(ModelException.class).hasMessageContaining("2 rows");
        assertThatThrownBy(() -> new Predictor.Markov(new double[] {0.5, 0.5}, new double[][] {{1, 0}, {0.2, 0.2, 0.6}}))
                .isInstanceOf(ModelException.class).hasMessageContaining("length 3");
        assertThatThrownBy(() -> new Predictor.Periodic(2, Vector.of(0, 1), 1.5)).isInstanceOf(ModelException.class)
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> new Predictor.Periodic(2, Vector.of(0, 2), 0.1)).isInstanceOf(ModelException.class)
                .hasMessageContaining(": 2");
        assertThatThrownBy(() -> new Predictor.Periodic(2, Vector.empty(), 0.1)).isInstanceOf(ModelException.class)
                .hasMessageContaining("non-empty");
        assertThatThrownBy(() -> new Predictor.Laplace(2, 0)).isInstanceOf(ModelException.class)
                .hasMessageContaining("0.0");
        assertThatThrownBy(() -> new Predictor.Laplace(1, 1)).isInstanceOf(ModelException.class)
                .hasMessageContaining(": 1");
        Predictor two = new Predictor.Iid(0.5, 0.5);
        Predictor three = new Predictor.Laplace(3, 1);
        assertThatThrownBy(() -> new Predictor.Switch(two, three, 2)).isInstanceOf(ModelException.class)
                .hasMessageContaining("2 vs 3");
        assertThatThrownBy(() -> new Predictor.Switch(two, two, -1)).isInstanceOf(ModelException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new Predictor.WorldBelief(Language.ofNames("p", "q"), 0.5, 0.5))
                .isInstanceOf(ModelException.class).hasMessageContaining("length 2");
        assertThatThrownBy(() -> Predictor.Iid.of(Vector.of(0.5, null))).isInstanceOf(ModelException.class)
                .hasMessageContaining("[1]");
    }
}
