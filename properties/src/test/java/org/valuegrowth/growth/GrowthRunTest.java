package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.Cluster;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.persona.Persona;

/** The scenario runner reports one snapshot per step with the defined measurements. */
class GrowthRunTest {

    @Example
    @Label("runner: pretrain, SFT, GRPO, extend, reflect - one snapshot per step, shares and entropy as defined")
    void runnerReportsEveryStep() {
        Language lang = Language.ofNames("helpful", "harm");
        Predictor helper = new Predictor.WorldBelief(lang, 0.1, 0.6, 0.2, 0.1);
        Predictor villain = new Predictor.WorldBelief(lang, 0.1, 0.1, 0.2, 0.6);
        Predictor human = new Predictor.WorldBelief(lang, 0.25, 0.35, 0.2, 0.2);
        KellyMarket k = KellyMarket.overWorlds(lang, Vector.of(new PredictorTrader("h", 5, helper),
                new PredictorTrader("v", 5, villain), new PredictorTrader("p", 4, human)), new Prior.Simplicity());
        Persona assistant = new Persona("assistant", HashSet.of("helpful"), LinkedHashSet.of("h"), helper);
        Persona people = new Persona("people", HashSet.of("human"), LinkedHashSet.of("p"), human);
        Sentence helpful = lang.var("helpful");
        MarketConcept plork = new MarketConcept("plork", LinkedHashMap.of("h", new ExtrapolationRule.Grounded(helpful, 0.1)),
                new ExtrapolationRule.Constant(0.5), Option.of(helpful));
        Vector<MarketStep> steps = Vector.of(
                new Pretrain(Corpus.ofPersonas(Vector.of(people), Vector.of(1.0), 4, 5), Mode.SAMPLED, 1),
                new Sft(assistant, 3, Mode.EXPECTED, 0),
                new Grpo(Task.success("help", 4, HashSet.of(1)), 4, 0.5, 0.0, AdvantageConvention.TRL, Mode.SAMPLED, 2, 3),
                new Extend(plork),
                new SimulatedReflection("plork", human, 2, Mode.EXPECTED, 0));
        Vector<Cluster> clusters = Vector.of(assistant.cluster(), people.cluster());
        GrowthRun.Result r = GrowthRun.run(GrowthState.of(k), steps, clusters, Vector.of(helpful));
        assertThat(r.snapshots()).hasSize(steps.size() + 1);
        assertThat(r.snapshots().map(GrowthRun.Snapshot::step)).startsWith("initial", "pretrain(people, 20)", "sft(assistant, 3)");
        GrowthState s = GrowthState.of(k);
        for (int i = 0; i < steps.size(); i++) {
            s = steps.get(i).apply(s);
            GrowthRun.Snapshot snap = r.snapshots().get(i + 1);
            assertThat(snap.clusterShares().get("assistant").get()).isCloseTo(s.market().share("h"), within(1e-12));
            assertThat(snap.entropy()).isCloseTo(Distributions.entropy(s.market().predictive()), within(1e-12));
            assertThat(snap.sentencePrices().get("helpful").get()).isCloseTo(s.market().price(helpful), within(1e-12));
        }
        assertThat(r.snapshots().get(3).conceptBeliefs()).isEmpty();
        assertThat(r.snapshots().get(4).conceptBeliefs().get("plork").get())
                .isCloseTo(plork.belief(r.snapshots().size() > 4 ? steps.take(4).foldLeft(GrowthState.of(k), (st, g) -> g.apply(st)).market() : k), within(1e-12));
        assertThat(r.last().market().time()).isEqualTo(20);
    }
}
