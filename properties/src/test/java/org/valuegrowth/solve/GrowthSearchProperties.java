package org.valuegrowth.solve;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import java.util.function.BiFunction;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.claim.Verdict;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.mind.Concept;
import org.valuegrowth.mind.GrowthStep;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.mind.Observation;
import org.valuegrowth.mind.ReflectionSettings;
import org.valuegrowth.mind.Want;

/** E12 by exhaustive schedule search: energy left after finite schedules, and reflection's monotonicity. */
@Tag("E12")
class GrowthSearchProperties {
    static final Language L0 = Language.ofNames("food", "warm");

    static Mind base() {
        return Mind.of(L0, new double[] {0.25, 0.25, 0.25, 0.25},
                Vector.of(Vector.of(Concept.grounded("fed", 1, L0, "food"), Concept.grounded("cozy", 1, L0, "warm & food"))),
                HashSet.of("food"));
    }

    static Vector<GrowthStep> alphabet() {
        Mind m = base();
        return Vector.of(
                new GrowthStep.Reward(Want.of(L0.var("food"), 0.9)),
                new GrowthStep.Approval(1, Want.of(SentenceParser.parse(m.language(1), "!fed").get(), 0.9)),
                new GrowthStep.Sense(new Observation(L0.var("warm"), 0.8)),
                GrowthStep.Reflect.of(5));
    }

    static Double finalEnergy(Vector<Mind> t, Vector<GrowthStep> e) {
        return t.last().energy().total();
    }

    /** The largest energy increase across a Reflect event of the schedule. */
    static Double reflectIncrease(Vector<Mind> t, Vector<GrowthStep> e) {
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < e.size(); i++) {
            if (e.get(i) instanceof GrowthStep.Reflect) {
                worst = Math.max(worst, t.get(i + 1).energy().total() - t.get(i).energy().total());
            }
        }
        return worst;
    }

    static ScheduleQuery<GrowthStep> query(String what, BiFunction<Mind, GrowthStep, Mind> transition,
                                           BiFunction<Vector<Mind>, Vector<GrowthStep>, Double> figure,
                                           String figureName, double threshold, Verdict.Kind kind, int horizon) {
        return new ScheduleQuery<>(what, alphabet(), GrowthStep::label, transition, horizon, figure, figureName,
                threshold, kind, 100_000);
    }

    @Example
    @Label("E12 law: some finite schedule leaves the inconsistency energy above zero (witness by exhaustive search)")
    void someScheduleLeavesEnergyAboveZero() {
        Verdict v = GrowthSearch.search(base(), query("schedules over {Reward, Approval, Sense, Reflect(5)}",
                Mind::apply, GrowthSearchProperties::finalEnergy, "final energy", 1e-3, Verdict.Kind.WITNESS, 3));
        assertThat(v.isFound()).isTrue();
        Verdict.Found f = (Verdict.Found) v;
        Vector<String> schedule = f.witness().rows().tail().map(r -> r.get(1));
        assertThat(f.witness().replayedFigure()).isGreaterThan(1e-3);
        // replayed here from scratch, outside the search
        Mind m = base();
        for (GrowthStep s : alphabet()) {
            if (schedule.contains(s.label())) {
                m = s.apply(m);
            }
        }
        assertThat(schedule).hasSize(1);
        assertThat(m.energy().total()).isEqualTo(f.witness().replayedFigure());
    }

    @Example
    @Label("E12 law: even ending with reflection to the fixed point, some schedule leaves the energy above zero")
    void energyCanStayAboveZeroAfterReflection() {
        BiFunction<Vector<Mind>, Vector<GrowthStep>, Double> afterEquilibrium = (t, e) ->
                t.last().reflectToFixedPoint(ReflectionSettings.defaults(), 1e-9, 2_000).mind().energy().total();
        Verdict v = GrowthSearch.search(base(), query("schedules over {Reward, Approval, Sense, Reflect(5)}, then reflection to a fixed point",
                Mind::apply, afterEquilibrium, "energy at the fixed point", 1e-3, Verdict.Kind.WITNESS, 2));
        assertThat(v.isFound()).isTrue();
        assertThat(((Verdict.Found) v).witness().rows().tail().map(r -> r.get(1)))
                .contains(alphabet().get(0).label(), alphabet().get(1).label());
    }

    @Example
    @Label("E12 law: no schedule of up to 3 events has a Reflect event that raises the energy (none within bound)")
    void noReflectRaisesEnergyWithinBound() {
        Verdict v = GrowthSearch.search(base(), query("schedules over {Reward, Approval, Sense, Reflect(5)}",
                Mind::apply, GrowthSearchProperties::reflectIncrease, "energy increase by a Reflect", 0.0,
                Verdict.Kind.COUNTEREXAMPLE, 3));
        assertThat(v).isInstanceOf(Verdict.NoneWithinBound.class);
        assertThat(v.statistics().candidates()).isEqualTo(4 + 16 + 64);
    }

    @Example
    @Label("E12 planted fault twin: fixed-step reflection without backtracking is caught raising the energy")
    void fixedStepReflectionIsCaught() {
        BiFunction<Mind, GrowthStep, Mind> mutant = (m, s) -> s instanceof GrowthStep.Reflect
                ? m.reflect(ReflectionSettings.fixedStep(1e4)) : s.apply(m);
        Verdict v = GrowthSearch.search(base(), query("schedules over {Reward, Approval, Sense, Reflect(5)}, mutant reflection",
                mutant, GrowthSearchProperties::reflectIncrease, "energy increase by a Reflect", 0.0,
                Verdict.Kind.COUNTEREXAMPLE, 3));
        assertThat(v.isFound()).isTrue();
        assertThat(((Verdict.Found) v).witness().replayedFigure()).isGreaterThan(0.0);
    }
}
