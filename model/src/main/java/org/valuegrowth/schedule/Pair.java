package org.valuegrowth.schedule;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.growth.GrowthState;
import org.valuegrowth.logic.Atom;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.mind.MindConcept;
import org.valuegrowth.mind.ReflectionSettings;
import org.valuegrowth.mind.Want;
import org.valuegrowth.numeric.ModelException;

/**
 * The two agents grown by one schedule: the LLM-style agent and the human-style agent, in the same
 * setting ({@code spec/schedule.md} §1-2). Immutable; {@link Growth#apply} returns the next pair.
 *
 * @param llm the LLM-style agent
 * @param human the human-style agent
 */
public record Pair(LlmAgent llm, HumanAgent human) {
    /** Rejects nulls. */
    public Pair {
        if (llm == null || human == null) {
            throw new ModelException("a pair needs both agents");
        }
    }

    /**
     * The LLM-style agent: the market that takes every event (its conduct, hence its goal-model by
     * default) and the market that takes only observations (its world-model), both over the sensory
     * worlds; the new concepts added so far live in {@code goalMarket.concepts()}.
     *
     * @param goalMarket the market and its extended concepts
     * @param worldMarket the observation-only market
     */
    public record LlmAgent(GrowthState goalMarket, KellyMarket worldMarket) {
        /** Rejects nulls. */
        public LlmAgent {
            if (goalMarket == null || worldMarket == null) {
                throw new ModelException("an LLM-style agent needs its two markets");
            }
        }

        /** Whether the new concept has been extended. */
        public boolean extended(String concept) {
            return goalMarket.concepts().exists(c -> c.name().equals(concept));
        }
    }

    /**
     * The human-style agent: the layered mind (layer 0 the sensory atoms, layer 1 the trained concepts
     * and the new concepts extended so far) and, when the world is learned, the market of its world
     * hypotheses whose predictive distribution is the mind's sensory world-model.
     *
     * @param mind the layered mind
     * @param hypotheses the world hypotheses (none when the world is known)
     * @param extended the new concepts extended so far
     */
    public record HumanAgent(Mind mind, Option<KellyMarket> hypotheses, Set<String> extended) {
        /** Rejects nulls. */
        public HumanAgent {
            if (mind == null || hypotheses == null || extended == null) {
                throw new ModelException("a human-style agent needs a mind, its hypotheses option and its extended concepts");
            }
        }
    }

    /** The LLM-style agent's traders as market traders (world beliefs over the sensory worlds). */
    static Vector<PredictorTrader> traders(Setting s) {
        return s.traders().map(t -> new PredictorTrader(t.name(), t.bits(), new Predictor.WorldBelief(s.sensory(), t.belief())));
    }

    /** The initial log-wealth of the traders under the chosen prior. */
    static Prior prior(Setting s, Choices c) {
        if (c.prior() == Choices.PriorChoice.SIMPLICITY) {
            return new Prior.Simplicity();
        }
        return Prior.Explicit.of(s.traders().toJavaStream().mapToDouble(t -> Math.log(t.share())).toArray());
    }

    /**
     * The pair at the start: the LLM-style agent's two markets from the setting and the prior; the human's
     * world-model from the same hypotheses and weights (or the truth), its layer 1 the trained concepts,
     * its initial wants per {@link Choices#drives()}, reflected to equilibrium.
     */
    public static Pair start(Setting s, Choices c) {
        KellyMarket market = KellyMarket.overWorlds(s.sensory(), traders(s), prior(s, c));
        LlmAgent llm = new LlmAgent(GrowthState.of(market), market);
        Option<KellyMarket> hyp = c.humanWorld() == Choices.HumanWorld.LEARNED ? Option.some(market) : Option.none();
        double[] w0 = hyp.map(KellyMarket::predictive).getOrElse(() -> Readout.array(s.truth()));
        Language l0 = s.sensory();
        Vector<MindConcept> layer1 = s.trained().map(t -> new MindConcept(new Atom(t.name(), 1), Option.some(t.definition()), 0.5));
        Mind mind = Mind.of(l0, w0, Vector.of(layer1), HashSet.empty());
        if (c.drives() == Choices.Drives.FROM_PERSONA) {
            double[] g = Readout.llmGoal(llm, s, c);
            for (int i = 0; i < l0.size(); i++) {
                Sentence a = l0.var(l0.atom(i).name());
                double p = 0;
                for (int x = 0; x < g.length; x++) {
                    p += a.eval(x) ? g[x] : 0;
                }
                if (p > 0 && p < 1) {
                    mind = mind.reward(Want.of(a, p));
                }
            }
        }
        mind = Growth.reflect(mind, c);
        return new Pair(llm, new HumanAgent(mind, hyp, HashSet.empty()));
    }

    /** The reflection settings every human reflection uses. */
    static ReflectionSettings reflection() {
        return ReflectionSettings.defaults();
    }
}
