package org.valuegrowth.claim;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Verdict;

/** The catalogue entries run their searches; model checks hold and fault controls are exposed. */
class MindCatalogueTest {
    static final Budget BUDGET = Budget.nodes(1_000_000);

    @Example
    @Tag("E12")
    @Label("E12.monotone's controls behave: the fixed-step rule overshoots, the mind without wants never rises")
    void e12MonotoneControlsBehave() {
        for (ClaimCheck k : E12.e12Monotone().controls()) {
            assertThat(k.info().read(k.run(BUDGET, 1))).as(k.info().id()).isEqualTo(org.valuegrowth.verdict.Reading.BEHAVES);
        }
    }

    @Example
    @Tag("E13")
    @Label("E13's greedy fault control is caught on the class, with the instance greedy gets wrong")
    void e13GreedyFaultIsCaught() {
        Verdict twin = E13.e13Planted().run(BUDGET, 1);
        assertThat(twin.isFound()).isTrue();
        assertThat(((Verdict.Found) twin).witness().rows()).hasSize(1);
        assertThat(E13.valueClass(false)).hasSize(651 + 576);
    }

    @Example
    @Label("a one-node budget never closes a search with NONE: it is INCONCLUSIVE, or FOUND at the first node")
    void tinyBudgetIsInconclusive() {
        for (ClaimCheck c : E12.all().appendAll(E13.all()).flatMap(c -> c.controls().prepend(c))) {
            Verdict v = c.run(Budget.nodes(1), 1);
            assertThat(v).as(c.info().id()).isNotInstanceOf(Verdict.NoneWithinBound.class);
        }
    }

    @Example
    @Label("entries carry distinct IDs, roles and the essay lines they formalise")
    void entriesAreWellFormed() {
        io.vavr.collection.Vector<ClaimCheck> all = E12.all().appendAll(E13.all()).flatMap(c -> c.controls().prepend(c));
        assertThat(all.map(c -> c.info().id()).distinct()).hasSize(10);
        assertThat(all.filter(c -> c.info().role() == ClaimInfo.Role.FAULT_CONTROL)).hasSize(1);
        assertThat(all.filter(c -> c.info().role() == ClaimInfo.Role.POSITIVE_CONTROL).map(c -> c.info().id())).contains("E12.monotone.positive-fixed-step");
    }
}
