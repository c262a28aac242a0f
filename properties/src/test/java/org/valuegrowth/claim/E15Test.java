package org.valuegrowth.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.schedule.Choices;
import org.valuegrowth.schedule.Growth;
import org.valuegrowth.schedule.Pair;
import org.valuegrowth.schedule.Readout;
import org.valuegrowth.schedule.Schedule;
import org.valuegrowth.schedule.ScheduleRun;
import org.valuegrowth.schedule.Setting;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.Reading;

/**
 * E15's worked numbers (spec/schedule.md §9, recomputed here independently of the runner) and its
 * controls. No test states the verdict of E15.diverge or E15.converge.
 */
@Tag("E15")
class E15Test {
    @Example
    @Label("setting C: the gap is 0.12 at the start and Kelly on four grounded verdicts leaves 0.018")
    void reflectionSettingNumbers() {
        Setting c = E15.reflectionSetting();
        double truthPlork = 1 - 0.7 * 0.4; // P(kind ∨ ¬solved) with independent P(solved) = 0.7, P(kind) = 0.6
        assertThat(truthPlork).isCloseTo(0.72, within(1e-15));
        Vector<ScheduleRun.Snapshot> run = ScheduleRun.run(c, Choices.defaults(), Schedule.of(E15.EXTEND, E15.SIMULATED));
        assertThat(run.get(0).divergence().newConceptGap()).isCloseTo((2.0 / 3) * (0.9 - truthPlork), within(1e-9));
        // one SimulatedReflection(4): each constant trader's log-wealth changes by 4·(0.72 ln 0.9 + 0.28 ln 0.1)
        double r = Math.exp(4 * (truthPlork * Math.log(0.9) + (1 - truthPlork) * Math.log(0.1)));
        double grounded = 1 / (1 + 2 * r);
        double llm = grounded * truthPlork + (1 - grounded) * 0.9;
        assertThat(run.last().readout().llm().newConcepts().get("plork").get()).isCloseTo(llm, within(1e-9));
        assertThat(run.last().readout().human().newConcepts().get("plork").get()).isCloseTo(truthPlork, within(1e-9));
        assertThat(run.last().divergence().newConceptGap()).isCloseTo(llm - truthPlork, within(1e-9));
        assertThat(llm - truthPlork).isCloseTo(0.018, within(5e-4));
    }

    @Example
    @Label("at the start both agents give every sensory atom the same goal probability (drives from the persona)")
    void agentsAgreeOnSensoryAtomsAtTheStart() {
        for (Setting s : E15.settings(E15.RuleSet.SOFT)) {
            Pair p = Pair.start(s, Choices.defaults());
            Readout.Both r = Readout.of(p, s, Choices.defaults());
            double[] gl = r.llm().goalArray();
            double[] gh = r.human().goalArray();
            // marginals of solved (bit 0) and kind (bit 1)
            assertThat(gh[1] + gh[3]).isCloseTo(gl[1] + gl[3], within(1e-9));
            assertThat(gh[2] + gh[3]).isCloseTo(gl[2] + gl[3], within(1e-9));
        }
    }

    @Example
    @Label("in setting C no event but SimulatedReflection moves the traders' wealth (the controls' premise)")
    void onlySimulatedReflectionMovesSettingC() {
        Setting c = E15.reflectionSetting();
        Pair start = Pair.start(c, Choices.defaults());
        for (org.valuegrowth.schedule.Event e : Vector.of(E15.OBSERVE, E15.TASK, E15.REFLECT, E15.EXTEND)) {
            Pair next = Growth.apply(start, e, c, Choices.defaults());
            double[] a = start.llm().goalMarket().market().shares();
            double[] b = next.llm().goalMarket().market().shares();
            for (int i = 0; i < a.length; i++) {
                assertThat(b[i]).as(e.label()).isCloseTo(a[i], within(1e-12));
            }
        }
    }

    @Example
    @Label("every control of E15 behaves")
    void controlsBehave() {
        for (ClaimCheck entry : E15.all()) {
            for (ClaimCheck k : entry.controls()) {
                assertThat(k.info().read(k.run(Budget.standard(), 1))).as(k.info().id()).isEqualTo(Reading.BEHAVES);
            }
        }
    }

    @Example
    @Label("the instance classes have 27 and 19 settings, and the schedule classes the sizes spec/schedule.md states")
    void classSizes() {
        assertThat(E15.settings(E15.RuleSet.SOFT)).hasSize(27);
        assertThat(E15.groundedSettings(E15.RuleSet.SOFT)).hasSize(19);
        assertThat(E15.divergeClass().size(Long.MAX_VALUE)).isEqualTo(E15.DIVERGE_MEMBERS);
        assertThat(E15.convergeClass().size(Long.MAX_VALUE)).isEqualTo(E15.CONVERGE_MEMBERS);
    }
}
