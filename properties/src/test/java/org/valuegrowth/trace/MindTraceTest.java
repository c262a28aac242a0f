package org.valuegrowth.trace;

import org.valuegrowth.search.LayerValue;
import org.valuegrowth.search.ValueSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.logic.Language;
import io.vavr.control.Option;
import org.valuegrowth.mind.MindConcept;
import org.valuegrowth.mind.ConceptDescription;
import org.valuegrowth.mind.MindDescription;
import org.valuegrowth.mind.StepDescription;
import org.valuegrowth.mind.WantDescription;
import org.valuegrowth.mind.MindStep;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.mind.Want;
import org.valuegrowth.value.Descriptor;

/** The scenario runner, on the worked example of spec/mind.md §9. */
class MindTraceTest {
    static final Language L0 = Language.ofNames("food", "warm");

    static Mind start() {
        return Mind.of(L0, new double[] {0.25, 0.25, 0.25, 0.25},
                Vector.of(Vector.of(MindConcept.grounded("fed", 1, L0, "food"))), HashSet.empty());
    }

    @Example
    @Tag("E13")
    @Label("E13 example: Reward(food, 0.9) on a uniform world-model has the value {food@2.0}, 4 bits")
    void rewardHasAOneAtomValue() {
        Vector<MindStep> steps = Vector.of(
                new MindStep.Reward(Want.of(L0.var("food"), 0.9)),
                MindStep.Reflect.of(100),
                new MindStep.Extend(1, Vector.of(MindConcept.grounded("cozy", 1, L0, "food & warm"))),
                MindStep.Reflect.of(100));
        Vector<TraceRow> rows = MindTrace.run(start(), steps, ValueSettings.defaults());
        assertThat(rows).hasSize(5);
        assertThat(rows.map(TraceRow::step)).containsExactly("start", "Reward(food, 0.9)", "Reflect(100)",
                "Extend(L1, cozy)", "Reflect(100)");
        // row 0: goal = world, so every layer's value is the empty descriptor
        assertThat(rows.get(0).values()).allSatisfy(v -> assertThat(v.descriptor()).contains(new Descriptor(Vector.empty(), 0)));
        // row 1: ln(G/W) = ln 9 on food worlds; 2.0 is within 0.25 of ln 9 = 2.197
        assertThat(rows.get(1).values().get(0).descriptor()).contains(new Descriptor(Vector.of("food@2.0"), 4000));
        assertThat(rows.get(1).goalMarginals().get(0).get(0)).isCloseTo(0.9, within(1e-9));
        assertThat(rows.get(1).energy().total()).isGreaterThan(0.1);
        // after reflection the grounded concept carries the goal, and the energy is gone
        assertThat(rows.get(2).goalMarginals().get(1).get(0)).isCloseTo(rows.get(2).goalMarginals().get(0).get(0), within(1e-6));
        assertThat(rows.get(2).energy().total()).isLessThan(1e-9);
        // the new concept gets the goal of its grounding: P(food & warm) under G_0
        double cozy = rows.get(4).goalMarginals().get(1).get(1);
        assertThat(rows.get(4).atoms().get(1)).containsExactly("fed", "cozy");
        Mind replay = start();
        for (MindStep s : steps) {
            replay = s.apply(replay);
        }
        double pushed = replay.goal(0)[3];
        assertThat(cozy).isCloseTo(pushed, within(1e-6));
        assertThat(rows.get(4).energy()).isEqualTo(replay.energy());
        assertThat(rows.map(TraceRow::totalBits)).allSatisfy(b -> assertThat(b).isGreaterThanOrEqualTo(0.0));
    }

    @Example
    @Label("a layer whose literal dictionary would exceed 62 atoms is reported, not solved")
    void oversizedDictionaryIsReported() {
        Language big = Language.ofNames("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10");
        double[] w = new double[1 << 11];
        java.util.Arrays.fill(w, 1.0 / w.length);
        Mind m = Mind.of(big, w, Vector.empty(), HashSet.empty());
        LayerValue v = MindTrace.layerValue(m, 0, ValueSettings.defaults());
        assertThat(v.descriptor()).isEmpty();
        assertThat(v.status()).startsWith("not computed").contains("66 atoms");
    }

    static MindDescription describedStart() {
        return new MindDescription(Vector.of("food", "warm"), Vector.empty(),
                Vector.of(Vector.of(new ConceptDescription("fed", Option.some("food"), 0.5))), Vector.empty(),
                Vector.empty());
    }

    @Example
    @Tag("E13")
    @Label("a described scenario (text sentences) gives the same trace as the same scenario built in Java")
    void describedScenarioMatchesBuiltScenario() {
        Vector<StepDescription> described = Vector.of(
                new StepDescription.Reward("food", 0.9),
                new StepDescription.Reflect(100),
                new StepDescription.Extend(1, Vector.of(new ConceptDescription("cozy", Option.some("food & warm"), 0.5))),
                new StepDescription.Reflect(100));
        Vector<MindStep> built = Vector.of(
                new MindStep.Reward(Want.of(L0.var("food"), 0.9)),
                MindStep.Reflect.of(100),
                new MindStep.Extend(1, Vector.of(MindConcept.grounded("cozy", 1, L0, "food & warm"))),
                MindStep.Reflect.of(100));
        Vector<TraceRow> a = MindTrace.runDescribed(describedStart(), described, ValueSettings.defaults()).get();
        Vector<TraceRow> b = MindTrace.run(start(), built, ValueSettings.defaults());
        assertThat(a.map(TraceRow::goalMarginals)).isEqualTo(b.map(TraceRow::goalMarginals));
        assertThat(a.map(r -> r.values().map(LayerValue::descriptor))).isEqualTo(b.map(r -> r.values().map(LayerValue::descriptor)));
    }

    @Example
    @Label("a bad scenario reports every problem in the mind, and the first bad step by number")
    void badScenariosReportTheirProblems() {
        MindDescription bad = new MindDescription(Vector.of("food", "warm"), Vector.of(1.0, 2.0),
                Vector.of(Vector.of(new ConceptDescription("fed", Option.some("food &"), 0.5))), Vector.empty(),
                Vector.of("nobody"));
        io.vavr.collection.Seq<String> errors = MindTrace.runDescribed(bad, Vector.empty(), ValueSettings.defaults()).getLeft();
        assertThat(errors).hasSize(1);
        assertThat(errors.head()).contains("2 given for 4 worlds");
        io.vavr.collection.Seq<String> stepErrors = MindTrace.runDescribed(describedStart(),
                Vector.of(new StepDescription.Reflect(1), new StepDescription.Approval(1, "cozy", 0.5)),
                ValueSettings.defaults()).getLeft();
        assertThat(stepErrors.head()).startsWith("step 2:").contains("cozy");
        io.vavr.collection.Seq<String> selfErrors = MindTrace.runDescribed(new MindDescription(Vector.of("food"),
                Vector.empty(), Vector.empty(), Vector.of(new WantDescription(0, "food", 1.5, 1.0)), Vector.of("nobody")),
                Vector.empty(), ValueSettings.defaults()).getLeft();
        assertThat(selfErrors).hasSize(2);
        assertThat(selfErrors.mkString("\n")).contains("1.5").contains("nobody");
    }
}
