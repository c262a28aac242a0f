package org.valuegrowth.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.valuegrowth.logic.Language;
import org.valuegrowth.mind.MindConcept;
import org.valuegrowth.mind.ConceptDescription;
import org.valuegrowth.mind.MindStep;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.mind.MindDescription;
import org.valuegrowth.mind.StepDescription;
import org.valuegrowth.mind.Want;
import org.valuegrowth.mind.WantDescription;
import org.valuegrowth.search.LayerValue;
import org.valuegrowth.trace.MindTrace;
import org.valuegrowth.trace.TraceRow;
import org.valuegrowth.search.ValueSettings;

/** {@code kind: mind}: the shipped files' problems and output (spec/scenario-mind.md). */
class MindScenariosTest {
    static final Path SPEC = ShippedScenariosTest.SPEC;

    static Vector<String> problems(String file) {
        return Scenarios.load(SPEC.resolve(file)).getLeft().map(p -> p.line() + ": " + p.field() + ": " + p.message());
    }

    static Scenario.Simulation simulate(String file) {
        return Scenarios.load(SPEC.resolve(file)).getOrElseThrow(p -> new AssertionError(p.toString())).simulate();
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object json, Object... path) {
        Object o = json;
        for (Object k : path) {
            o = k instanceof Integer ? ((Vector<Object>) o).get((Integer) k) : ((LinkedHashMap<String, Object>) o).get((String) k).get();
        }
        return (T) o;
    }

    @Example
    @Label("every problem of a malformed mind file is reported at once, each at its line and field")
    void manyProblemsAreReportedAtOnce() {
        assertThat(problems("bad/mind-many-problems.yaml")).containsExactly(
                "4: colour: unknown key 'colour'; allowed here: kind, name, sensory, layers, wants, self, steps, values",
                "6: sensory.atoms[2]: atom name 'food' is used twice in the mind (first declared at line 6)",
                "7: sensory.weights: 3 weights given for 8 sensory worlds (one per world; bit i of the world index = atom i)",
                "10: layers[0].concepts[0].definition: unknown atom 'hungry' at column 8 in \"food & hungry\""
                        + " (a sentence here uses the atoms of layer 0: food, warm)",
                "11: layers[0].concepts[1].prior: concept prior not in (0,1): 1.5 for ghost",
                "13: wants[0].layer: 2 is outside [0, 1]",
                "14: wants[1].target: probability 1.2 is outside [0,1]",
                "15: self[0]: unknown atom 'nobody' (self atoms must be atoms of the starting mind)",
                "17: steps[0].reward.sentence: unknown atom 'fed' at column 1 in \"fed\" (a sentence here uses the sensory atoms: food, warm)",
                "18: steps[1].reflect: 0 is outside [1, 10000]",
                "19: steps[2].approval.sentence: unknown atom 'cozy' at column 1 in \"cozy\" (a sentence here uses the atoms of layer 1: fed, ghost)",
                "20: steps[3].dance: unknown key 'dance'; allowed here: sense, reward, approval, reflect, extend, augment");
    }

    @Example
    @Label("a model precondition (reliability strictly inside (0,1)) is reported at the step's line")
    void modelPreconditionIsReportedAtTheStep() {
        assertThat(problems("bad/mind-model-precondition.yaml")).containsExactly(
                "9: steps[1].sense.reliability: observation reliability not in (0,1): 1.0");
    }

    @Example
    @Label("a world-model the model rejects after the first phase (weights summing to infinity) is placed at the weights")
    void modelRejectionAfterTheFirstPhaseIsLocated() {
        assertThat(problems("bad/mind-weights-overflow.yaml")).containsExactly(
                "7: sensory: sensory weights sum to Infinity; scale them down");
    }

    @Example
    @Label("a step may use a concept an earlier extend step introduced, and only from then on")
    void namesFollowTheSteps() {
        String head = "kind: mind\nname: n\nsensory: {atoms: [a, b]}\nsteps:\n";
        Either<Vector<Problem>, Scenario> ok = Scenarios.parse("ok.yaml", head
                + "  - extend: {layer: 1, concepts: [{name: c, definition: a & b}]}\n"
                + "  - approval: {layer: 1, sentence: c, target: 0.7}\n");
        assertThat(ok.isRight()).as(ok.toString()).isTrue();
        Vector<Problem> early = Scenarios.parse("early.yaml", head
                + "  - approval: {layer: 1, sentence: c, target: 0.7}\n"
                + "  - extend: {layer: 2, concepts: [{name: c, definition: a}]}\n").getLeft();
        assertThat(early.map(p -> p.line() + ": " + p.field())).containsExactly(
                "5: steps[0].approval.layer", "6: steps[1].extend.layer");
    }

    @Example
    @Label("mind-food: the JSON has per step the marginals per layer, the energy and the value, as recomputed by hand")
    void foodJsonHasTheIssueFieldsWithIndependentNumbers() {
        Scenario.Simulation sim = simulate("mind-food.yaml");
        Vector<Object> steps = at(sim.json(), "steps");
        assertThat(steps).hasSize(5);
        assertThat(steps.map(s -> (String) at(s, "description")))
                .containsExactly("start", "Reward(food, 0.9)", "Reflect(100)", "Extend(L1, cozy)", "Reflect(100)");
        for (Object s : steps) {
            Vector<Object> layers = at(s, "layers");
            assertThat(layers).hasSize(2);
            for (Object l : layers) {
                LinkedHashMap<String, Object> layer = at(l);
                assertThat(layer.keySet()).contains("layer", "atoms", "world", "goal", "value");
                assertThat(MindScenariosTest.<LinkedHashMap<String, Object>>at(l, "value").keySet()).contains("status");
            }
        }
        // start: uniform W, G = W, the identity update has the empty value
        assertThat((Double) at(steps.get(0), "layers", 0, "world", "food")).isEqualTo(0.5);
        assertThat(MindScenariosTest.<Vector<String>>at(steps.get(0), "layers", 0, "value", "atoms")).isEmpty();
        assertThat((Double) at(steps.get(0), "energy")).isEqualTo(0.0);
        // Reward(food, 0.9): G_0(food) = 0.9; warm untouched (independent under uniform W)
        Object r1 = steps.get(1);
        assertThat((Double) at(r1, "layers", 0, "goal", "food")).isCloseTo(0.9, within(1e-9));
        assertThat((Double) at(r1, "layers", 0, "goal", "warm")).isCloseTo(0.5, within(1e-9));
        // energy = across(1) = Σ_k (marg G_1(k) − push G_0(k))² = (0.5 − 0.9)² + (0.5 − 0.1)²
        assertThat((Double) at(r1, "energy")).isCloseTo(Math.pow(0.5 - 0.9, 2) + Math.pow(0.5 - 0.1, 2), within(1e-9));
        // value: ln(G/W) = ln 9 on food worlds; 2.0 is the one literal strength within ε = 0.25 of ln 9;
        // the literal dictionary has 2 atoms × 2 signs × 3 strengths = 12 entries, ⌈log₂ 12⌉ = 4 bits each
        assertThat(Math.abs(Math.log(9) - 2.0)).isLessThanOrEqualTo(0.25);
        assertThat(MindScenariosTest.<Vector<String>>at(r1, "layers", 0, "value", "atoms")).containsExactly("food@2.0");
        assertThat((Double) at(r1, "layers", 0, "value", "bits")).isEqualTo(Math.ceil(Math.log(12) / Math.log(2)));
        // after reflection fed carries the goal of food; after the extension cozy = food ∧ warm gets 0.9 · 0.5
        assertThat((Double) at(steps.get(2), "layers", 1, "goal", "fed")).isCloseTo(0.9, within(1e-6));
        assertThat((Double) at(steps.get(4), "layers", 1, "goal", "cozy")).isCloseTo(0.9 * 0.5, within(1e-6));
        assertThat((Double) at(steps.get(4), "layers", 1, "world", "cozy")).isCloseTo(0.25, within(1e-12));
        assertThat((Double) at(steps.get(4), "energy")).isLessThan(1e-9);
        // the table: one compact summary and one bits column per layer
        assertThat(sim.columns()).containsExactly("step", "description", "energy", "L0 P_W/P_G", "L0 value bits",
                "L1 P_W/P_G", "L1 value bits");
        assertThat(sim.rows().get(1).get(3)).isEqualTo("food 0.5/0.9, warm 0.5/0.5");
        assertThat(sim.rows().get(1).get(4)).isEqualTo("4");
    }

    @Example
    @Label("mind-food equals the same scenario built with the Java API and run by MindTrace")
    void foodMatchesTheModelBuiltInJava() {
        Language l0 = Language.ofNames("food", "warm");
        Mind start = Mind.of(l0, new double[] {0.25, 0.25, 0.25, 0.25},
                Vector.of(Vector.of(MindConcept.grounded("fed", 1, l0, "food"))), HashSet.empty());
        Vector<MindStep> steps = Vector.of(new MindStep.Reward(Want.of(l0.var("food"), 0.9)), MindStep.Reflect.of(100),
                new MindStep.Extend(1, Vector.of(MindConcept.grounded("cozy", 1, l0, "food & warm"))), MindStep.Reflect.of(100));
        ValueSettings settings = new ValueSettings(0.5, 3, 0.25, 1e-4, 5000);
        Vector<TraceRow> trace = MindTrace.run(start, steps, settings);
        Vector<Object> json = at(simulate("mind-food.yaml").json(), "steps");
        for (int i = 0; i < trace.size(); i++) {
            TraceRow row = trace.get(i);
            assertThat((Double) at(json.get(i), "energy")).isEqualTo(row.energy().total());
            for (int l = 0; l < row.atoms().size(); l++) {
                for (int a = 0; a < row.atoms().get(l).size(); a++) {
                    String atom = row.atoms().get(l).get(a);
                    assertThat((Double) at(json.get(i), "layers", l, "world", atom)).isEqualTo(row.worldMarginals().get(l).get(a));
                    assertThat((Double) at(json.get(i), "layers", l, "goal", atom)).isEqualTo(row.goalMarginals().get(l).get(a));
                }
                LayerValue v = row.values().get(l);
                assertThat((String) at(json.get(i), "layers", l, "value", "status")).isEqualTo(v.status());
                assertThat(MindScenariosTest.<Vector<String>>at(json.get(i), "layers", l, "value", "atoms")).isEqualTo(v.descriptor().get().atoms());
            }
        }
    }

    @Example
    @Label("mind-conflict: the file's reading equals MindTrace.runDescribed on the same descriptions")
    void conflictMatchesRunDescribed() {
        MindDescription mind = new MindDescription(Vector.of("food", "warm"), Vector.of(2.0, 1.0, 1.0, 2.0),
                Vector.of(Vector.of(new ConceptDescription("fed", Option.some("food"), 0.5),
                        new ConceptDescription("ghost", Option.none(), 0.3))),
                Vector.of(new WantDescription(0, "food", 0.9, 1.0)), Vector.of("food"));
        Vector<StepDescription> steps = Vector.of(new StepDescription.Approval(1, "!fed", 0.9), new StepDescription.Reflect(200),
                new StepDescription.Approval(1, "ghost", 0.8), new StepDescription.Sense("warm", 0.8),
                new StepDescription.Augment(2, Vector.of(new ConceptDescription("content", Option.some("fed & ghost"), 0.5)),
                        Vector.of(new StepDescription.Sense("food | warm", 0.7))),
                new StepDescription.Reflect(200));
        Vector<TraceRow> trace = MindTrace.runDescribed(mind, steps, new ValueSettings(0.5, 3, 0.25, 1e-4, 5000)).get();
        Scenario.Simulation sim = simulate("mind-conflict.yaml");
        Vector<Object> json = at(sim.json(), "steps");
        assertThat(json).hasSize(trace.size());
        for (int i = 0; i < trace.size(); i++) {
            TraceRow row = trace.get(i);
            assertThat((String) at(json.get(i), "description")).isEqualTo(row.step());
            assertThat((Double) at(json.get(i), "energy")).isEqualTo(row.energy().total());
            Vector<Object> layers = at(json.get(i), "layers");
            assertThat(layers).hasSize(row.atoms().size());
            for (int l = 0; l < layers.size(); l++) {
                LayerValue v = row.values().get(l);
                assertThat((String) at(layers.get(l), "value", "status")).isEqualTo(v.status());
                LinkedHashMap<String, Object> value = at(layers.get(l), "value");
                assertThat(value.containsKey("atoms")).isEqualTo(v.descriptor().isDefined());
                for (int a = 0; a < row.atoms().get(l).size(); a++) {
                    assertThat((Double) at(layers.get(l), "goal", row.atoms().get(l).get(a)))
                            .isEqualTo(row.goalMarginals().get(l).get(a));
                }
            }
        }
        // the table has a '-' for layer 2 before the augment step opened it
        assertThat(sim.rows().get(0).last()).isEqualTo("-");
        assertThat(sim.rows().last().last()).isNotEqualTo("-");
    }

    static Tuple2<Integer, String> locate(String msg, Vector<WantDescription> wants) {
        return MindScenarios.locate(msg, 1, 5, 40, Vector.of(10, 20), wants, Vector.of(30, 31, 32));
    }

    @Example
    @Label("a message of MindDescription.toMind() is placed at the line of the item it names")
    void modelMessagesAreLocated() {
        Vector<ConceptDescription> layer1 = Vector.of(new ConceptDescription("fed", Option.some("food"), 0.5));
        Vector<ConceptDescription> layer2 = Vector.of(new ConceptDescription("c", Option.some("zzz"), 0.5));
        Vector<WantDescription> wants = Vector.of(new WantDescription(0, "food", 0.9, 1.0), new WantDescription(1, "fed &", 0.5, 1.0),
                new WantDescription(3, "x", 0.5, 1.0));
        // real messages of the model, not typed here
        String weights = new MindDescription(Vector.of("food", "warm"), Vector.of(1.0, 2.0), Vector.empty(), Vector.empty(),
                Vector.empty()).toMind().getError().head();
        String definition = new MindDescription(Vector.of("food", "warm"), Vector.empty(), Vector.of(layer1, layer2),
                Vector.empty(), Vector.empty()).toMind().getError().head();
        Seq<String> wantErrors = new MindDescription(Vector.of("food", "warm"), Vector.empty(), Vector.of(layer1), wants,
                Vector.of("nobody")).toMind().getError();
        assertThat(locate(weights, wants)).isEqualTo(new Tuple2<>(5, "sensory"));
        assertThat(locate(definition, wants)).isEqualTo(new Tuple2<>(20, "layers[1]"));
        assertThat(wantErrors.map(m -> locate(m, wants))).containsExactly(
                new Tuple2<>(31, "wants[1]"), new Tuple2<>(32, "wants[2]"), new Tuple2<>(40, "self"));
        assertThat(locate("something else", wants)).isEqualTo(new Tuple2<>(1, ""));
    }

    @Example
    @Label("a value the solver cannot represent (resolution 1e-9) becomes a 'not computed' status, not an exception")
    void unrepresentableValuesBecomeAStatus() throws java.io.IOException {
        String text = java.nio.file.Files.readString(SPEC.resolve("mind-food.yaml"))
                .replace("resolution: 1/10000", "resolution: 1e-9");
        Scenario.Simulation sim = Scenarios.parse("tiny.yaml", text).get().simulate();
        Vector<Object> steps = at(sim.json(), "steps");
        for (Object s : steps) {
            for (Object l : MindScenariosTest.<Vector<Object>>at(s, "layers")) {
                assertThat((String) at(l, "value", "status")).startsWith("not computed: ");
            }
        }
        assertThat(sim.rows().map(r -> r.get(4))).containsOnly("n/c");
    }

    @Example
    @Label("a name that could not be read does not make every later use of its layer an error")
    void brokenDeclarationsDoNotCascade() {
        String text = "kind: mind\nname: cascade\nlayers:\n  - concepts:\n      - {name: fed, definition: food}\n"
                + "      - {name: 9bad, prior: 0.3}\nwants:\n  - {sentence: food, target: 0.5}\n"
                + "  - {layer: 1, sentence: 9bad | fed, target: 0.5}\nsteps:\n"
                + "  - extend: {layer: 7, concepts: [{name: c, definition: fed}]}\n"
                + "  - approval: {layer: 1, sentence: c, target: 0.5}\n";
        assertThat(Scenarios.parse("c.yaml", text).getLeft().map(p -> p.line() + ": " + p.field() + ": " + p.message()))
                .containsExactly(
                        "1: sensory: missing required field 'sensory'",
                        "6: layers[0].concepts[1].name: atom name must be an identifier: 9bad",
                        "9: wants[1].sentence: unexpected '9' at column 1 in \"9bad | fed\" (a sentence here uses the atoms of layer 1: fed)",
                        "11: steps[0].extend.layer: 7 is outside [1, 2]");
    }
}
