package org.valuegrowth.claim;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.ModeCollapse;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.persona.Persona;
import org.valuegrowth.persona.PersonaSpace;

/**
 * Claim E5 as a search: does supervised fine-tuning toward a persona ever raise the market's
 * output entropy? The reading of the essay's "mode collapse" is "for every target persona and every
 * k ≤ K, H(q_k) ≤ H(q_{k−1})"; a counterexample is a (target, k) where the entropy rises. The search
 * enumerates every target persona of the space and every k (SFT in the EXPECTED mode, so it is
 * deterministic); a found rise is replayed by recomputing the entropies from the plain market.
 */
public final class E5 {
    static final int K = 20;
    static final double TOL = 1e-12;

    private E5() {
    }

    /** E5 on the standard space, then its planted twin. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(e5());
    }

    /**
     * The standard space: an alphabet of 4 tokens; personas assistant (voice .85/.05/.05/.05),
     * poet (uniform voice) and villain (.1/.1/.7/.1), two traders each (one matching the voice, one a
     * blurred copy), simplicity prior with 3 bits per trader.
     */
    public static Instance standard() {
        Vector<Persona> ps = Vector.of(
                persona("assistant", new double[] {0.85, 0.05, 0.05, 0.05}),
                persona("poet", new double[] {0.25, 0.25, 0.25, 0.25}),
                persona("villain", new double[] {0.1, 0.1, 0.7, 0.1}));
        return instance(ps);
    }

    /** The planted twin: every persona but the uniform one speaks almost deterministically. */
    static Instance planted() {
        return instance(Vector.of(
                persona("assistant", new double[] {0.97, 0.01, 0.01, 0.01}),
                persona("clerk", new double[] {0.01, 0.97, 0.01, 0.01}),
                persona("poet", new double[] {0.25, 0.25, 0.25, 0.25})));
    }

    /** A market and the personas whose text it was trained to imitate. */
    public record Instance(KellyMarket market, PersonaSpace space) {
    }

    private static Persona persona(String name, double[] voice) {
        return new Persona(name, HashSet.of(name), HashSet.of(name + "-1", name + "-2"), new Predictor.Iid(voice));
    }

    private static Instance instance(Vector<Persona> ps) {
        Vector<PredictorTrader> traders = Vector.empty();
        for (Persona p : ps) {
            double[] v = p.voice().probabilities(org.valuegrowth.market.History.empty(4));
            double[] blur = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                blur[i] = 0.5 * v[i] + 0.125;
            }
            traders = traders.append(new PredictorTrader(p.name() + "-1", 3, new Predictor.Iid(v)))
                    .append(new PredictorTrader(p.name() + "-2", 3, new Predictor.Iid(blur)));
        }
        return new Instance(KellyMarket.of(traders, new Prior.Simplicity(), 4), new PersonaSpace(ps));
    }

    static ClaimCheck e5() {
        ClaimInfo info = new ClaimInfo("E5", "Mode collapse: fine-tuning drains every persona but the target", "26",
                "This also lines up with the phenomenon of \"mode collapse\", where models become very bad at e.g. creative writing during post-training. The traders who correspond to anything other than the assistant persona are drained",
                "for every k ≤ 20: H(q_k) ≤ H(q_{k−1}) + 1e-12, where q_k is the market's predictive after k demonstrations of the "
                        + "assistant persona (SFT, expected mode; spec/growth.md §2), in a market of assistant, poet and villain traders; "
                        + "a counterexample is a k with a rise. The trace also surveys every other target persona",
                ClaimInfo.Role.CLAIM, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, false);
        return ClaimCheck.of(info, (budget, seed) -> run(standard(), "assistant", seed), Vector.of(e5Planted()));
    }

    static ClaimCheck e5Planted() {
        ClaimInfo info = new ClaimInfo("E5.positive", "Positive control of E5: a planted entropy rise", "26",
                "(planted twin of E5) two near-deterministic personas and a uniform one; fine-tuning toward the uniform one must raise the entropy",
                "the E5 search with the uniform-voiced persona as target: it must report COUNTEREXAMPLE FOUND",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return ClaimCheck.of(info, (budget, seed) -> run(planted(), "poet", seed));
    }

    static Verdict run(Instance in, String targetName, long seed) {
        long start = System.nanoTime();
        Vector<ModeCollapse.SurveyRow> all = ModeCollapse.survey(in.market(), in.space(), K, 1e-3, Mode.EXPECTED, seed);
        Vector<ModeCollapse.SurveyRow> rows = all.filter(r -> r.target().equals(targetName));
        Bound bound = Bound.of("every number of demonstrations k = 1.." + K + " of the persona '" + targetName
                        + "' (SFT in the expected mode: deterministic)",
                "target", targetName,
                "personas", in.space().personas().map(Persona::name).mkString("{", ", ", "}"),
                "traders", in.market().traders().map(PredictorTrader::name).mkString("{", ", ", "}"),
                "alphabet", in.market().alphabetSize(), "demonstrations", K, "tolerance", TOL, "mode", "EXPECTED");
        SearchStatistics st = new SearchStatistics("exhaustive survey (ModeCollapse.survey)", (long) rows.size() * K,
                (long) rows.size() * (K + 1), 0, 0, 2, System.nanoTime() - start);
        io.vavr.control.Option<ModeCollapse.SurveyRow> rise = rows.find(r -> r.firstRise().isDefined());
        if (rise.isEmpty()) {
            return new Verdict.NoneWithinBound(Verdict.Kind.COUNTEREXAMPLE, bound, st);
        }
        // (the survey of the other targets is reported with a found rise; with none, the bound is the statement)
        ModeCollapse.SurveyRow r = rise.get();
        int k = r.firstRise().get();
        // replay: recompute the trajectory from the plain market, outside the survey
        Persona target = in.space().persona(r.target());
        Vector<ModeCollapse.Point> traj = ModeCollapse.trajectory(in.market(), target, target, K, Mode.EXPECTED, seed);
        double replayed = traj.get(k).entropy() - traj.get(k - 1).entropy();
        Vector<Vector<String>> table = traj.map(p -> Vector.of(Integer.toString(p.demonstrations()), num(p.entropy()),
                num(p.outsideTarget())));
        LinkedHashMap<String, Object> trace = LinkedHashMap.<String, Object>of("target", r.target(), "firstRise", k,
                "entropies", traj.map(ModeCollapse.Point::entropy), "outsideTarget", traj.map(ModeCollapse.Point::outsideTarget),
                "maxEntropy", Math.log(in.market().alphabetSize()),
                "targetVoiceEntropy", Distributions.entropy(target.voice().probabilities(org.valuegrowth.market.History.empty(4))),
                "survey", survey(all));
        Witness w = new Witness("fine-tuning toward '" + r.target() + "' raises the output entropy at demonstration " + k
                + ": H goes from " + num(traj.get(k - 1).entropy()) + " to " + num(traj.get(k).entropy()) + " nats",
                Vector.of("demonstrations", "entropy (nats)", "wealth outside target"), table, trace,
                "H(q_k) - H(q_{k-1}) at the first rise", replayed, Vector.empty());
        if (!(replayed > TOL)) {
            return new Verdict.Inconclusive(Verdict.Kind.COUNTEREXAMPLE, bound, st,
                    "the replay did not reproduce the rise (" + replayed + ")");
        }
        return new Verdict.Found(Verdict.Kind.COUNTEREXAMPLE, bound, st, w);
    }

    private static LinkedHashMap<String, Object> survey(Vector<ModeCollapse.SurveyRow> all) {
        LinkedHashMap<String, Object> m = LinkedHashMap.empty();
        for (ModeCollapse.SurveyRow r : all) {
            m = m.put(r.target(), LinkedHashMap.<String, Object>of("entropyNonIncreasing", r.entropyNonIncreasing(),
                    "firstRise", r.firstRise().map(Object::toString).getOrElse("none"),
                    "entropies", r.entropies()));
        }
        return m;
    }

    private static String num(double x) {
        return String.format(java.util.Locale.ROOT, "%.6f", x);
    }
}
