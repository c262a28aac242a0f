package org.valuegrowth.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.search.RefusalSurvivalSearch;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.Verdict;

/**
 * The class-search entries (LIC.lia, E10, E3, E5, C5, E13): budgets give INCONCLUSIVE with how far
 * the search got, only E13 depends on the seed, and the worked examples of spec/growth.md §8 give
 * the numbers quoted there. No test here states the verdict of a claim.
 */
class CatalogueClassTest {
    static final Vector<String> CLASS_ENTRIES = Vector.of("LIC.lia", "E10", "E3", "E5", "C5", "E13");

    @Example
    @Label("a 1-node budget never closes a class search with NONE: INCONCLUSIVE with how far it got and a margin marked not exact")
    void oneNodeBudgetIsInconclusive() {
        for (String id : CLASS_ENTRIES) {
            ClaimCheck c = Catalogue.find(id).get();
            Verdict v = c.run(Budget.nodes(1), 1);
            assertThat(v).as(id).isInstanceOf(Verdict.Inconclusive.class);
            assertThat(((Verdict.Inconclusive) v).limit()).as(id).contains("after");
            assertThat(v.margin().get().exact()).as(id).isFalse();
        }
    }

    @Example
    @Label("only E13 (seeded sample) depends on --seed; every other class search ignores it")
    void onlyE13IsSeedDependent() {
        for (ClaimCheck c : Catalogue.all()) {
            assertThat(c.info().seedDependent()).as(c.info().id()).isEqualTo(c.info().id().equals("E13"));
            for (ClaimCheck k : c.controls()) {
                assertThat(k.info().seedDependent()).as(k.info().id()).isFalse();
            }
        }
    }

    @Example
    @Tag("E5")
    @Label("E5 worked example: toward the poet the entropy goes 1.32187 -> 1.34794 -> 1.36123 nats; toward the assistant it never rises")
    void e5WorkedExample() {
        Vector<Double> poet = E5.workedExample("poet");
        assertThat(poet.get(0)).isCloseTo(1.32187, within(5e-6));
        assertThat(poet.get(1)).isCloseTo(1.34794, within(5e-6));
        assertThat(poet.get(2)).isCloseTo(1.36123, within(5e-6));
        Vector<Double> assistant = E5.workedExample("assistant");
        for (int k = 1; k < assistant.size(); k++) {
            assertThat(assistant.get(k)).isLessThanOrEqualTo(assistant.get(k - 1) + 1e-12);
        }
    }

    @Example
    @Tag("C5")
    @Label("C5 worked example: on the earlier 3 x 3 x 3 grid only beta = 0.5 with s0 = 0.9 keeps the objector at or above 0.01")
    void c5WorkedExample() {
        Vector<String> survivors = Vector.empty();
        for (double eta : C5.ETAS) {
            for (double beta : C5.BETAS) {
                for (double s0 : C5.SHARES) {
                    if (RefusalSurvivalSearch.modelShare(RefusalSurvivalSearch.Reward.AGAINST_REFUSAL, eta, beta, s0, 0.9, 0.1, 200) >= 0.01) {
                        survivors = survivors.append("beta=" + beta + ",s0=" + s0);
                    }
                }
            }
        }
        assertThat(survivors.distinct()).containsExactly("beta=0.5,s0=0.9");
    }
}
