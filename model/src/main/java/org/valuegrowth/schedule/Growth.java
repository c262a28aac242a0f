package org.valuegrowth.schedule;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.growth.Corpus;
import org.valuegrowth.growth.GrowthState;
import org.valuegrowth.growth.Grpo;
import org.valuegrowth.growth.Pretrain;
import org.valuegrowth.growth.MarketConcept;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.Sft;
import org.valuegrowth.growth.Source;
import org.valuegrowth.growth.Task;
import org.valuegrowth.logic.Atom;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.mind.Equilibrium;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.mind.MindConcept;
import org.valuegrowth.mind.Want;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.persona.Persona;

/**
 * The meaning of each event for each process ({@code spec/schedule.md} §2, the event table): one pure
 * function from a pair of agents to the next, which reuses the growth steps of {@code growth} (LLM
 * style) and {@code mind} (human style). Every stochastic step runs in expectation, so a schedule
 * determines its pair exactly.
 */
public final class Growth {
    private Growth() {
    }

    /** The pair after {@code e}. */
    public static Pair apply(Pair p, Event e, Setting s, Choices c) {
        if (e instanceof Event.Observe) {
            return observe(p, ((Event.Observe) e).draws(), s);
        }
        if (e instanceof Event.Demonstrate) {
            return demonstrate(p, (Event.Demonstrate) e, s, c);
        }
        if (e instanceof Event.Task) {
            return task(p, (Event.Task) e, s, c);
        }
        if (e instanceof Event.Approve) {
            return approve(p, (Event.Approve) e, s, c);
        }
        if (e instanceof Event.Reflect) {
            return new Pair(p.llm(), withMind(p.human(), reflect(p.human().mind(), c)));
        }
        if (e instanceof Event.SimulatedReflection) {
            return simulatedReflection(p, ((Event.SimulatedReflection) e).demonstrations(), s, c);
        }
        if (e instanceof Event.Extend) {
            return extend(p, ((Event.Extend) e).concept(), s);
        }
        if (e instanceof Event.Augment) {
            Event.Augment a = (Event.Augment) e;
            return observe(extend(p, a.concept(), s), a.draws(), s);
        }
        throw new AssertionError(e);
    }

    /** The pair after every event of {@code schedule}, from the start of the setting. */
    public static Pair run(Schedule schedule, Setting s, Choices c) {
        Pair p = Pair.start(s, c);
        for (Event e : schedule.events()) {
            p = apply(p, e, s, c);
        }
        return p;
    }

    /** The human's reflection: minimum-change reflection to its fixed point, or a loud failure at the cap. */
    static Mind reflect(Mind m, Choices c) {
        Equilibrium eq = m.reflectToFixedPoint(Pair.reflection(), c.reflectionTol(), c.reflectionCap());
        return eq.mind();
    }

    private static Pair.HumanAgent withMind(Pair.HumanAgent h, Mind m) {
        return new Pair.HumanAgent(m, h.hypotheses(), h.extended());
    }

    static Predictor truth(Setting s) {
        return new Predictor.WorldBelief(s.sensory(), Readout.array(s.truth()));
    }

    /** k expected draws of the true process: Kelly updates of both LLM markets and of the human's hypotheses. */
    private static Pair observe(Pair p, int draws, Setting s) {
        Corpus corpus = new Corpus(Vector.of(new Source("truth", 1.0, truth(s))), 1, draws);
        GrowthState g = p.llm().goalMarket();
        KellyMarket goal = trained(g.market(), corpus);
        KellyMarket world = trained(p.llm().worldMarket(), corpus);
        Pair.LlmAgent llm = new Pair.LlmAgent(g.withMarket(goal), world);
        Pair.HumanAgent h = p.human();
        if (h.hypotheses().isDefined()) {
            KellyMarket hyp = trained(h.hypotheses().get(), corpus);
            h = new Pair.HumanAgent(h.mind().perceive(hyp.predictive()), Option.some(hyp), h.extended());
        }
        return new Pair(llm, h);
    }

    private static KellyMarket trained(KellyMarket k, Corpus corpus) {
        return new Pretrain(corpus, Mode.EXPECTED, 0).apply(GrowthState.of(k)).market();
    }

    static Persona persona(Setting s, String name) {
        if (!s.voices().containsKey(name)) {
            throw new ModelException("setting " + s.name() + " has no persona " + name);
        }
        return new Persona(name, HashSet.empty(), s.traders().filter(t -> t.persona().equals(name)).map(t -> t.name()).toSet(),
                new Predictor.WorldBelief(s.sensory(), Readout.array(s.voices().get(name).get())));
    }

    /** SFT on the persona's voice for the LLM; for the human, its conduct as wants (or as observations). */
    private static Pair demonstrate(Pair p, Event.Demonstrate d, Setting s, Choices c) {
        Persona persona = persona(s, d.persona());
        GrowthState g = new Sft(persona, d.demonstrations(), Mode.EXPECTED, 0).apply(p.llm().goalMarket());
        Pair.LlmAgent llm = new Pair.LlmAgent(g, p.llm().worldMarket());
        Pair.HumanAgent h = p.human();
        double[] voice = Readout.array(s.voices().get(d.persona()).get());
        if (c.demonstration() == Choices.DemonstrationReading.APPROVAL) {
            Mind m = h.mind();
            for (int i = 0; i < s.sensory().size(); i++) {
                Sentence a = s.sensory().var(s.sensory().atom(i).name());
                double target = Readout.probability(voice, a);
                if (target > 0 && target < 1) {
                    m = m.reward(Want.of(a, target));
                }
            }
            h = withMind(h, m);
        } else if (h.hypotheses().isDefined()) {
            Corpus corpus = new Corpus(Vector.of(new Source(d.persona(), 1.0, persona.voice())), 1, d.demonstrations());
            KellyMarket hyp = trained(h.hypotheses().get(), corpus);
            h = new Pair.HumanAgent(h.mind().perceive(hyp.predictive()), Option.some(hyp), h.extended());
        }
        return new Pair(llm, h);
    }

    /** Rewards 1 on the worlds where {@code s} holds. */
    static Task rewardOn(Setting setting, Sentence s) {
        int worlds = (int) setting.sensory().worldCount();
        double[] r = new double[worlds];
        for (int x = 0; x < worlds; x++) {
            r[x] = s.eval(x) ? 1.0 : 0.0;
        }
        return Task.of(s.toString(), r);
    }

    /** Expected GRPO rounds for the LLM; Reward(s, α) for the human. */
    private static Pair task(Pair p, Event.Task t, Setting s, Choices c) {
        Grpo grpo = new Grpo(rewardOn(s, t.reward()), t.groupSize(), t.eta(), t.beta(), c.convention(), Mode.EXPECTED, t.rounds(), 0);
        Pair.LlmAgent llm = new Pair.LlmAgent(grpo.apply(p.llm().goalMarket()), p.llm().worldMarket());
        return new Pair(llm, withMind(p.human(), p.human().mind().reward(Want.of(t.reward(), c.taskTarget()))));
    }

    /** Approval of a concept: GRPO on its grounding (or its negation) for the LLM; Approval on layer 1 for the human. */
    private static Pair approve(Pair p, Event.Approve a, Setting s, Choices c) {
        SharedConcept concept = s.concept(a.concept());
        boolean isNew = s.newConcepts().contains(concept);
        if (isNew && !p.human().extended().contains(a.concept())) {
            throw new ModelException("approve " + a.concept() + " before the concept was extended");
        }
        Sentence rewarded = a.target() >= 0.5 ? concept.definition() : new Sentence.Not(concept.definition());
        Grpo grpo = new Grpo(rewardOn(s, rewarded), c.approvalGroup(), c.approvalEta(), 0.0, c.convention(), Mode.EXPECTED, 1, 0);
        Pair.LlmAgent llm = new Pair.LlmAgent(grpo.apply(p.llm().goalMarket()), p.llm().worldMarket());
        Mind m = p.human().mind();
        Sentence atom = m.language(1).var(a.concept());
        return new Pair(llm, withMind(p.human(), m.approve(1, Want.of(atom, a.target()))));
    }

    /** Grounded-verdict demonstrations on every extended new concept for the LLM; reflection for the human. */
    private static Pair simulatedReflection(Pair p, int k, Setting s, Choices c) {
        GrowthState g = p.llm().goalMarket();
        if (c.simulatedReflection() == Choices.SimulatedReflectionMode.DEMONSTRATIONS) {
            for (MarketConcept mc : g.concepts()) {
                g = new org.valuegrowth.growth.SimulatedReflection(mc.name(), truth(s), k, Mode.EXPECTED, 0).apply(g);
            }
        }
        return new Pair(new Pair.LlmAgent(g, p.llm().worldMarket()), withMind(p.human(), reflect(p.human().mind(), c)));
    }

    /** The LLM-style agent's view of a new concept: each trader's own rule, grounded by the human's definition. */
    static MarketConcept marketConcept(Setting s, String name) {
        SharedConcept def = s.newConcept(name);
        io.vavr.collection.LinkedHashMap<String, org.valuegrowth.growth.ExtrapolationRule> rules = io.vavr.collection.LinkedHashMap.empty();
        for (SettingTrader t : s.traders()) {
            rules = rules.put(t.name(), t.rules().get(name).get());
        }
        return new MarketConcept(name, rules, new org.valuegrowth.growth.ExtrapolationRule.Constant(0.5), Option.some(def.definition()));
    }

    /** Both agents meet the new concept: the LLM with its traders' rules, the human with the grounding, no reflection. */
    static Pair extend(Pair p, String concept, Setting s) {
        SharedConcept def = s.newConcept(concept);
        Pair.LlmAgent llm = p.llm();
        if (!llm.extended(concept)) {
            llm = new Pair.LlmAgent(new org.valuegrowth.growth.Extend(marketConcept(s, concept)).apply(llm.goalMarket()), llm.worldMarket());
        }
        Pair.HumanAgent h = p.human();
        if (!h.extended().contains(concept)) {
            Mind m = h.mind().extend(1, Vector.of(new MindConcept(new Atom(concept, 1), Option.some(def.definition()), 0.5)));
            h = new Pair.HumanAgent(m, h.hypotheses(), h.extended().add(concept));
        }
        return new Pair(llm, h);
    }
}
