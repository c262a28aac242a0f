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
        return new Pair(llm(p.llm(), e, s, c), human(p.human(), e, s, c));
    }

    /** The LLM-style agent after {@code e} (it never reads the human). */
    public static Pair.LlmAgent llm(Pair.LlmAgent a, Event e, Setting s, Choices c) {
        if (e instanceof Event.Observe) {
            return observeLlm(a, ((Event.Observe) e).draws(), s);
        }
        if (e instanceof Event.Demonstrate) {
            Event.Demonstrate d = (Event.Demonstrate) e;
            return new Pair.LlmAgent(new Sft(persona(s, d.persona()), d.demonstrations(), Mode.EXPECTED, 0).apply(a.goalMarket()),
                    a.worldMarket());
        }
        if (e instanceof Event.Task) {
            Event.Task t = (Event.Task) e;
            Grpo grpo = new Grpo(rewardOn(s, t.reward()), t.groupSize(), t.eta(), t.beta(), c.convention(), Mode.EXPECTED, t.rounds(), 0);
            return new Pair.LlmAgent(grpo.apply(a.goalMarket()), a.worldMarket());
        }
        if (e instanceof Event.Approve) {
            Event.Approve ap = (Event.Approve) e;
            SharedConcept concept = s.concept(ap.concept());
            if (s.newConcepts().contains(concept) && !a.extended(ap.concept())) {
                throw new ModelException("approve " + ap.concept() + " before the concept was extended");
            }
            Sentence rewarded = ap.target() >= 0.5 ? concept.definition() : new Sentence.Not(concept.definition());
            Grpo grpo = new Grpo(rewardOn(s, rewarded), c.approvalGroup(), c.approvalEta(), 0.0, c.convention(), Mode.EXPECTED, 1, 0);
            return new Pair.LlmAgent(grpo.apply(a.goalMarket()), a.worldMarket());
        }
        if (e instanceof Event.Reflect) {
            return a;
        }
        if (e instanceof Event.SimulatedReflection) {
            // the rules are the setting's: a state extended under another setting of the same family carries its rules
            GrowthState g = new GrowthState(a.goalMarket().market(), a.goalMarket().concepts().map(mc -> marketConcept(s, mc.name())));
            if (c.simulatedReflection() == Choices.SimulatedReflectionMode.DEMONSTRATIONS) {
                for (MarketConcept mc : g.concepts()) {
                    g = new org.valuegrowth.growth.SimulatedReflection(mc.name(), truth(s), ((Event.SimulatedReflection) e).demonstrations(),
                            Mode.EXPECTED, 0).apply(g);
                }
            }
            return new Pair.LlmAgent(g, a.worldMarket());
        }
        if (e instanceof Event.Extend) {
            return extendLlm(a, ((Event.Extend) e).concept(), s);
        }
        if (e instanceof Event.Augment) {
            Event.Augment au = (Event.Augment) e;
            return observeLlm(extendLlm(a, au.concept(), s), au.draws(), s);
        }
        throw new AssertionError(e);
    }

    /** The human-style agent after {@code e} (it never reads the LLM-style agent). */
    public static Pair.HumanAgent human(Pair.HumanAgent h, Event e, Setting s, Choices c) {
        if (e instanceof Event.Observe) {
            return observeHuman(h, ((Event.Observe) e).draws(), s);
        }
        if (e instanceof Event.Demonstrate) {
            return demonstrateHuman(h, (Event.Demonstrate) e, s, c);
        }
        if (e instanceof Event.Task) {
            return withMind(h, h.mind().reward(Want.of(((Event.Task) e).reward(), c.taskTarget())));
        }
        if (e instanceof Event.Approve) {
            Event.Approve ap = (Event.Approve) e;
            SharedConcept concept = s.concept(ap.concept());
            if (s.newConcepts().contains(concept) && !h.extended().contains(ap.concept())) {
                throw new ModelException("approve " + ap.concept() + " before the concept was extended");
            }
            Mind m = h.mind();
            return withMind(h, m.approve(1, Want.of(m.language(1).var(ap.concept()), ap.target())));
        }
        if (e instanceof Event.Reflect || e instanceof Event.SimulatedReflection) {
            return withMind(h, reflect(h.mind(), c));
        }
        if (e instanceof Event.Extend) {
            return extendHuman(h, ((Event.Extend) e).concept(), s);
        }
        if (e instanceof Event.Augment) {
            Event.Augment au = (Event.Augment) e;
            return observeHuman(extendHuman(h, au.concept(), s), au.draws(), s);
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

    /** Rewards 1 on the worlds where {@code s} holds. */
    static Task rewardOn(Setting setting, Sentence s) {
        int worlds = (int) setting.sensory().worldCount();
        double[] r = new double[worlds];
        for (int x = 0; x < worlds; x++) {
            r[x] = s.eval(x) ? 1.0 : 0.0;
        }
        return Task.of(s.toString(), r);
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

    private static Pair.LlmAgent observeLlm(Pair.LlmAgent a, int draws, Setting s) {
        Corpus corpus = truthCorpus(s, draws);
        return new Pair.LlmAgent(a.goalMarket().withMarket(trained(a.goalMarket().market(), corpus)), trained(a.worldMarket(), corpus));
    }

    private static Corpus truthCorpus(Setting s, int draws) {
        return new Corpus(Vector.of(new Source("truth", 1.0, truth(s))), 1, draws);
    }

    private static Pair.HumanAgent observeHuman(Pair.HumanAgent h, int draws, Setting s) {
        if (h.hypotheses().isEmpty()) {
            return h;
        }
        KellyMarket hyp = trained(h.hypotheses().get(), truthCorpus(s, draws));
        return new Pair.HumanAgent(h.mind().perceive(hyp.predictive()), Option.some(hyp), h.extended());
    }

    /** For the human, a persona's conduct as wants (APPROVAL) or as observations (OBSERVATION). */
    private static Pair.HumanAgent demonstrateHuman(Pair.HumanAgent h, Event.Demonstrate d, Setting s, Choices c) {
        double[] voice = Readout.array(s.voices().get(d.persona())
                .getOrElseThrow(() -> new ModelException("setting " + s.name() + " has no persona " + d.persona())));
        if (c.demonstration() == Choices.DemonstrationReading.APPROVAL) {
            Mind m = h.mind();
            for (int i = 0; i < s.sensory().size(); i++) {
                Sentence a = s.sensory().var(s.sensory().atom(i).name());
                double target = Readout.probability(voice, a);
                if (target > 0 && target < 1) {
                    m = m.reward(Want.of(a, target));
                }
            }
            return withMind(h, m);
        }
        if (h.hypotheses().isEmpty()) {
            return h;
        }
        Corpus corpus = new Corpus(Vector.of(new Source(d.persona(), 1.0, new Predictor.WorldBelief(s.sensory(), voice))), 1,
                d.demonstrations());
        KellyMarket hyp = trained(h.hypotheses().get(), corpus);
        return new Pair.HumanAgent(h.mind().perceive(hyp.predictive()), Option.some(hyp), h.extended());
    }

    static Pair.LlmAgent extendLlm(Pair.LlmAgent a, String concept, Setting s) {
        s.newConcept(concept);
        if (a.extended(concept)) {
            return a;
        }
        return new Pair.LlmAgent(new org.valuegrowth.growth.Extend(marketConcept(s, concept)).apply(a.goalMarket()), a.worldMarket());
    }

    /** The human meets the new concept through its grounding, without reflection. */
    static Pair.HumanAgent extendHuman(Pair.HumanAgent h, String concept, Setting s) {
        SharedConcept def = s.newConcept(concept);
        if (h.extended().contains(concept)) {
            return h;
        }
        Mind m = h.mind().extend(1, Vector.of(new MindConcept(new Atom(concept, 1), Option.some(def.definition()), 0.5)));
        return new Pair.HumanAgent(m, h.hypotheses(), h.extended().add(concept));
    }
}
