package org.valuegrowth.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.valuegrowth.search.RefusalSurvivalSearch.GrpoClass;
import org.valuegrowth.search.RefusalSurvivalSearch.Reward;
import org.valuegrowth.search.internal.GrpoOddsKernel;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.Verdict;

/**
 * The C5 grid search: the two-trader kernel equals the plain model's expected GRPO rounds, the
 * search equals a brute force over the model on random small grids (same verdict, same optimum),
 * the negative control's bound holds, and budgets give INCONCLUSIVE.
 */
@Tag("C5")
class RefusalSurvivalSearchProperties {

    @Provide
    Arbitrary<double[]> settings() {
        // eta, beta (eta*beta <= 1), s0, r_o, r_c, rounds, reward
        return Combinators.combine(Arbitraries.doubles().between(0.01, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0.01, 0.99), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 60), Arbitraries.of(0.0, 1.0))
                .as((eta, beta, s0, ro, rc, t, r) -> new double[] {eta, beta, s0, ro, rc, t, r});
    }

    @Property(tries = 120, seed = "55555")
    @Label("C5: the two-trader kernel gives the plain model's objector share after T expected GRPO rounds")
    void kernelEqualsModel(@ForAll("settings") double[] s) {
        Reward reward = s[6] == 0 ? Reward.AGAINST_REFUSAL : Reward.FOR_REFUSAL;
        double kernel = GrpoOddsKernel.finalShare(s[3], s[4], s[2], s[0], s[1], (int) s[5], s[6], 1.0);
        double model = RefusalSurvivalSearch.modelShare(reward, s[0], s[1], s[2], s[3], s[4], (int) s[5]);
        assertThat(kernel).isCloseTo(model, within(1e-9));
    }

    @Provide
    Arbitrary<GrpoClass> grids() {
        Arbitrary<java.util.List<Double>> etas = Arbitraries.doubles().between(0.05, 1).list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<java.util.List<Double>> betas = Arbitraries.doubles().between(0, 1).list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<java.util.List<Double>> shares = Arbitraries.doubles().between(0.05, 0.95).list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<java.util.List<Double>> ro = Arbitraries.doubles().between(0.5, 1).list().ofMinSize(1).ofMaxSize(2);
        Arbitrary<java.util.List<Double>> rc = Arbitraries.doubles().between(0, 0.5).list().ofMinSize(1).ofMaxSize(2);
        return Combinators.combine(etas, betas, shares, ro, rc, Arbitraries.integers().between(1, 40),
                Arbitraries.of(0.001, 0.01, 0.1)).as((e, b, s, o, c, t, d) -> new GrpoClass("random", Vector.ofAll(e),
                Vector.ofAll(b), Vector.ofAll(s), Vector.ofAll(o), Vector.ofAll(c), t, d, Reward.AGAINST_REFUSAL));
    }

    @Property(tries = 40, seed = "55556")
    @Label("C5: on random small grids the search gives the verdict and the largest final share of a brute force over the model")
    void searchEqualsBruteForceOverTheModel(@ForAll("grids") GrpoClass g) {
        Verdict v = RefusalSurvivalSearch.run(g, Budget.standard());
        double best = Double.NEGATIVE_INFINITY;
        for (double eta : g.etas()) {
            for (double beta : g.betas()) {
                for (double s0 : g.initialShares()) {
                    for (double ro : g.objectorRefusal()) {
                        for (double rc : g.complierRefusal()) {
                            best = Math.max(best, RefusalSurvivalSearch.modelShare(g.reward(), eta, beta, s0, ro, rc, g.rounds()));
                        }
                    }
                }
            }
        }
        assertThat(v).isNotInstanceOf(Verdict.Inconclusive.class);
        assertThat(v.margin().get().value()).isCloseTo(best, within(1e-9));
        if (Math.abs(best - g.delta()) > 1e-9) {
            assertThat(v.isFound()).isEqualTo(best >= g.delta());
        }
    }

    @Property(tries = 100, seed = "55557")
    @Label("C5 negative control's bound: with beta = 0 the log-odds fall by at least 2 eta (r_o - r_c) a round")
    void withoutKlTheObjectorFallsGeometrically(@ForAll("settings") double[] s) {
        double ro = Math.max(s[3], s[4]);
        double rc = Math.min(s[3], s[4]);
        int t = (int) s[5];
        double share = GrpoOddsKernel.finalShare(ro, rc, s[2], s[0], 0.0, t, 0.0, 1.0);
        double l0 = Math.log(s[2] / (1 - s[2]));
        double bound = 1 / (1 + Math.exp(-(l0 - 2 * s[0] * t * (ro - rc))));
        assertThat(share).isLessThanOrEqualTo(bound * (1 + 1e-9) + 1e-300);
    }

    @Example
    @Label("C5: a 1-node budget and a 1 ms time limit give INCONCLUSIVE with how far the search got, never NONE")
    void budgetsGiveInconclusive() {
        Verdict nodes = RefusalSurvivalSearch.run(RefusalSurvivalSearch.c5Class(), Budget.nodes(1));
        assertThat(nodes).isInstanceOf(Verdict.Inconclusive.class);
        assertThat(((Verdict.Inconclusive) nodes).limit()).contains("node budget 1 exhausted after 1 of 484500 settings");
        Verdict time = RefusalSurvivalSearch.run(RefusalSurvivalSearch.c5Class(), Budget.of(Budget.MAX_NODES, 1));
        assertThat(time).isInstanceOf(Verdict.Inconclusive.class);
        assertThat(((Verdict.Inconclusive) time).limit()).contains("time limit 1 ms reached after");
    }

    @Example
    @Label("C5 class: 20 x 51 x 19 x 5 x 5 = 484500 settings, containing the earlier 3 x 3 x 3 grid")
    void classContainsTheEarlierGrid() {
        GrpoClass c = RefusalSurvivalSearch.c5Class();
        assertThat(c.size()).isEqualTo(484_500L);
        assertThat(c.etas()).contains(0.1, 0.5, 1.0);
        assertThat(c.betas()).contains(0.0, 0.1, 0.5);
        assertThat(c.initialShares()).contains(0.1, 0.5, 0.9);
        assertThat(c.objectorRefusal()).contains(0.9);
        assertThat(c.complierRefusal()).contains(0.1);
    }
}
