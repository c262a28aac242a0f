package org.valuegrowth.search;

import org.valuegrowth.claim.MindQueries;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.mind.MindStep;
import org.valuegrowth.mind.Mind;

/** E12 by exhaustive schedule search: energy left after finite schedules, and reflection's monotonicity. */
@Tag("E12")
class MindScheduleSearchProperties {

    @Example
    @Label("E12 law: some finite schedule leaves the inconsistency energy above zero (witness by exhaustive search)")
    void someScheduleLeavesEnergyAboveZero() {
        Verdict v = MindQueries.energyLeftAfterSchedule(3, 1e-3);
        assertThat(v.isFound()).isTrue();
        Verdict.Found f = (Verdict.Found) v;
        Vector<String> schedule = f.witness().rows().tail().map(r -> r.get(1));
        assertThat(schedule).hasSize(1);
        assertThat(f.witness().replayedFigure()).isGreaterThan(1e-3);
        // replayed here from scratch, outside the search
        Mind m = MindQueries.base();
        for (MindStep s : MindQueries.alphabet()) {
            if (schedule.contains(s.label())) {
                m = s.apply(m);
            }
        }
        assertThat(m.energy().total()).isEqualTo(f.witness().replayedFigure());
    }

    @Example
    @Label("E12 law: even ending with reflection to the fixed point, some schedule leaves the energy above zero")
    void energyCanStayAboveZeroAfterReflection() {
        Verdict v = MindQueries.energyLeftAtFixedPoint(2, 1e-3);
        assertThat(v.isFound()).isTrue();
        assertThat(((Verdict.Found) v).witness().rows().tail().map(r -> r.get(1)))
                .contains(MindQueries.alphabet().get(0).label(), MindQueries.alphabet().get(1).label());
    }

    @Example
    @Label("E12 law: no schedule of up to 3 events has a Reflect event that raises the energy (none within bound)")
    void noReflectRaisesEnergyWithinBound() {
        // guarded reflection accepts only steps that lower the energy; 1e-12 allows for rounding
        Verdict v = MindQueries.reflectRaisesEnergy(3, Mind::apply, 1e-12, org.valuegrowth.verdict.Budget.nodes(MindQueries.NODE_BUDGET));
        assertThat(v).isInstanceOf(Verdict.NoneWithinBound.class);
        assertThat(v.statistics().candidates()).isEqualTo(4 + 16 + 64);
    }

    @Example
    @Label("E12 planted fault twin: fixed-step reflection without backtracking is caught raising the energy")
    void fixedStepReflectionIsCaught() {
        Verdict v = MindQueries.reflectRaisesEnergy(3, MindQueries::mutantTransition);
        assertThat(v.isFound()).isTrue();
        assertThat(((Verdict.Found) v).witness().replayedFigure()).isGreaterThan(0.0);
    }

    @Example
    @Label("E12: a search that runs out of nodes says INCONCLUSIVE, never none-within-bound")
    void exhaustedBudgetIsInconclusive() {
        Verdict v = MindScheduleSearch.search(MindQueries.base(), new MindScheduleQuery<>("tiny budget", MindQueries.alphabet(),
                MindStep::label, Mind::apply, 3, MindQueries::reflectIncrease, "energy increase by a Reflect", 0.0,
                Verdict.Kind.COUNTEREXAMPLE, 10));
        assertThat(v).isInstanceOf(Verdict.Inconclusive.class);
    }

    @Example
    @Tag("E14")
    @Label("E14 measurement: the two-individual comparison equals Agreement of the separately reflected minds")
    void individualsMeasurementIsReproducible() {
        org.valuegrowth.mind.Agreement m = MindQueries.individualsAfterReflection();
        assertThat(m.perAtom().map(d -> d.atom())).containsExactly("food", "warm", "fed", "cozy", "ghost");
        assertThat(m.perAtom().filter(d -> !d.grounded()).map(d -> d.atom())).containsExactly("ghost");
        assertThat(m).isEqualTo(MindQueries.individualsAfterReflection());
    }
}
