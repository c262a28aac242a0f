package org.valuegrowth.schedule;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.growth.MarketConcept;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.mind.Mind;

/**
 * What each agent believes and wants, on the same worlds and concepts ({@code spec/schedule.md} §5):
 * its world-model W and goal-model G as distributions over the sensory worlds, and the goal
 * probability of every trained and new concept.
 *
 * @param world W over the sensory worlds
 * @param goal G over the sensory worlds
 * @param trained P_G(c) for every trained concept, by name
 * @param newConcepts P_G(c) for every new concept, by name
 */
public record Readout(Vector<Double> world, Vector<Double> goal, LinkedHashMap<String, Double> trained,
                      LinkedHashMap<String, Double> newConcepts) {

    /** Both agents' read-outs of a pair. */
    public record Both(Readout llm, Readout human) {
    }

    /** Reads both agents ({@link Choices#humanReadout()} decides whether the human reflects first). */
    public static Both of(Pair p, Setting s, Choices c) {
        Readout llm = llm(p.llm(), s, c);
        if (c.process() == Choices.HumanProcess.MIRROR_OF_LLM) {
            return new Both(llm, llm);
        }
        return new Both(llm, human(p.human(), s, c));
    }

    /** The LLM-style agent's read-out: W from the observation-only market, G per {@link Choices#llmGoal()}. */
    public static Readout llm(Pair.LlmAgent a, Setting s, Choices c) {
        double[] w = a.worldMarket().predictive();
        double[] g = llmGoal(a, s, c);
        LinkedHashMap<String, Double> trained = LinkedHashMap.empty();
        for (SharedConcept t : s.trained()) {
            trained = trained.put(t.name(), probability(g, t.definition()));
        }
        LinkedHashMap<String, Double> fresh = LinkedHashMap.empty();
        KellyMarket k = a.goalMarket().market();
        double[] weights = goalWeights(k, s, c);
        for (SharedConcept n : s.newConcepts()) {
            MarketConcept mc = Growth.marketConcept(s, n.name());
            double[] e = mc.traderBeliefs(k);
            double b = 0;
            for (int i = 0; i < e.length; i++) {
                b += weights[i] * e[i];
            }
            fresh = fresh.put(n.name(), Math.min(1.0, Math.max(0.0, b)));
        }
        return new Readout(Vector.ofAll(w), Vector.ofAll(g), trained, fresh);
    }

    /** The LLM-style agent's goal-model over the sensory worlds. */
    static double[] llmGoal(Pair.LlmAgent a, Setting s, Choices c) {
        KellyMarket k = a.goalMarket().market();
        double[] weights = goalWeights(k, s, c);
        int worlds = k.alphabetSize();
        double[] g = new double[worlds];
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                double[] p = k.traders().get(i).predictor().probabilities(k.history());
                for (int x = 0; x < worlds; x++) {
                    g[x] += weights[i] * p[x];
                }
            }
        }
        return g;
    }

    /**
     * The weights the goal read-out gives each trader: wealth shares, restricted to a persona and renormalised
     * for PERSONA; when the persona holds no wealth any more (a Kelly update ruled out all its traders) the
     * PERSONA read-out is the market's (spec/schedule.md §5).
     */
    static double[] goalWeights(KellyMarket k, Setting s, Choices c) {
        double[] sh = k.shares();
        if (c.llmGoal() == Choices.LlmGoal.MARKET) {
            return sh;
        }
        double z = 0;
        double[] w = new double[sh.length];
        for (int i = 0; i < sh.length; i++) {
            if (s.traders().get(i).persona().equals(c.goalPersona())) {
                w[i] = sh[i];
                z += sh[i];
            }
        }
        if (!(z > 0)) {
            return sh; // the persona was ruled out (all its traders gave a seen verdict probability 0): the market is what is left
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= z;
        }
        return w;
    }

    /** The human's read-out: new concepts not yet extended are extended, then (REFLECTED) reflection to equilibrium. */
    public static Readout human(Pair.HumanAgent h, Setting s, Choices c) {
        Pair.HumanAgent q = h;
        for (SharedConcept n : s.newConcepts()) {
            q = Growth.extendHuman(q, n.name(), s);
        }
        Mind m = q.mind();
        if (c.humanReadout() == Choices.HumanReadout.REFLECTED) {
            m = Growth.reflect(m, c);
        }
        LinkedHashMap<String, Double> trained = LinkedHashMap.empty();
        for (SharedConcept t : s.trained()) {
            trained = trained.put(t.name(), m.goalProbability(1, m.language(1).var(t.name())));
        }
        LinkedHashMap<String, Double> fresh = LinkedHashMap.empty();
        for (SharedConcept n : s.newConcepts()) {
            fresh = fresh.put(n.name(), m.goalProbability(1, m.language(1).var(n.name())));
        }
        return new Readout(Vector.ofAll(m.world(0)), Vector.ofAll(m.goal(0)), trained, fresh);
    }

    /** P(s) under distribution p over the worlds. */
    static double probability(double[] p, Sentence s) {
        double v = 0;
        for (int x = 0; x < p.length; x++) {
            if (s.eval(x)) {
                v += p[x];
            }
        }
        return Math.min(1.0, v);
    }

    static double[] array(Vector<Double> v) {
        return v.toJavaStream().mapToDouble(Double::doubleValue).toArray();
    }

    /** W as an array. */
    public double[] worldArray() {
        return array(world);
    }

    /** G as an array. */
    public double[] goalArray() {
        return array(goal);
    }
}
