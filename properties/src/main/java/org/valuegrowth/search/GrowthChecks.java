package org.valuegrowth.search;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.claim.Bound;
import org.valuegrowth.claim.Budget;
import org.valuegrowth.claim.ClaimCheck;
import org.valuegrowth.claim.ClaimInfo;
import org.valuegrowth.claim.SearchStatistics;
import org.valuegrowth.claim.Verdict;
import org.valuegrowth.claim.Witness;
import org.valuegrowth.growth.Concept;
import org.valuegrowth.growth.Corpus;
import org.valuegrowth.growth.ExtrapolationRule;
import org.valuegrowth.growth.LearningTime;
import org.valuegrowth.growth.Source;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/**
 * The catalogue entries for LLM-style growth: E10 (concept splits) and E3 (learning-time flips),
 * each with its planted twin. Each entry runs two engines and reports INCONCLUSIVE if they
 * disagree, so a catalogue verdict is always confirmed by a second engine.
 */
public final class GrowthChecks {
    /** The grid of constant extrapolations the E10 check quantifies over for each ungrounded trader. */
    public static final Vector<Double> EXTRAPOLATION_GRID = Vector.of(0.0, 0.5, 1.0);

    private GrowthChecks() {
    }

    /** All growth entries, claim first, then its twin. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(e10(), e10Planted(), e3(), e3Planted());
    }

    /**
     * E10 on the standard instance ({@link ConceptSplitSearch#standard()}), quantifying over the
     * ungrounded traders' constant extrapolations in {@link #EXTRAPOLATION_GRID}: some assignment
     * and some two wealth vectors on the 1/4-grid agree within ε = 0.1 on every trained sentence and
     * differ by ≥ 0.9 on the new concept.
     */
    public static ClaimCheck e10() {
        ClaimInfo info = new ClaimInfo("E10", "Superintelligence is out of distribution: agreement on trained sentences does not fix new concepts",
                "46-47",
                "The LLM will need to have gears in its world-model which weren't in the world-model of anything whose behaviour it's seen before. [...] There's going to have to be a generalization step that goes beyond the pre-training data.",
                "∃ constant extrapolations e_i ∈ {0, 1/2, 1} for the ungrounded traders (the ethicist stays grounded in helpful ∧ harmless), "
                        + "∃ wealth vectors w, w′ on the simplex grid 1/4: max_s |P_w(s) − P_w′(s)| ≤ 0.1 over s ∈ {helpful, harmless, helpful ∧ harmless} "
                        + "and Σ_i (w_i − w′_i)·e_i ≥ 0.9 (spec/growth.md §8)",
                ClaimInfo.Role.CLAIM, Verdict.Kind.WITNESS);
        return check(info, () -> ConceptSplitSearch.standard(), true);
    }

    /** The planted twin of E10: two traders with identical world beliefs and opposite extrapolations. */
    public static ClaimCheck e10Planted() {
        ClaimInfo info = new ClaimInfo("E10.planted", "E10 search catches a planted split",
                "46-47", "(planted twin of E10) two traders with identical beliefs on every trained sentence, extrapolating 1 and 0",
                "the E10 search on an instance with a split built in: it must report WITNESS FOUND",
                ClaimInfo.Role.PLANTED_TWIN, Verdict.Kind.WITNESS);
        return check(info, GrowthChecks::plantedSplit, false);
    }

    /** E3 on the standard space ({@link LearningTimeFlipSearch#standard()}). */
    public static ClaimCheck e3() {
        ClaimInfo info = new ClaimInfo("E3", "Pre-training changes which processes are easy to learn",
                "22, 27",
                "What kinds of processes are easy for it to learn? What kinds are hard? It won't be the same processes which are easy (or hard) for a virgin inductor to learn.",
                "∃ corpus C in the list, ∃ processes p ≠ q: τ_virgin(p) < τ_virgin(q) and τ_pretrained(C)(p) > τ_pretrained(C)(q), "
                        + "τ = learning time (STAYS criterion, ε = 0.05, horizon 100; spec/growth.md §8)",
                ClaimInfo.Role.CLAIM, Verdict.Kind.WITNESS);
        return flipCheck(info, LearningTimeFlipSearch.standard());
    }

    /** The planted twin of E3: a cheap alien coin and an expensive human coin, pretraining on human text. */
    public static ClaimCheck e3Planted() {
        ClaimInfo info = new ClaimInfo("E3.planted", "E3 search catches a planted learning-time flip", "22, 27",
                "(planted twin of E3) a 2-bit alien coin and a 9-bit human coin; 40 symbols of human text",
                "the E3 search on a space with a flip built in: it must report WITNESS FOUND",
                ClaimInfo.Role.PLANTED_TWIN, Verdict.Kind.WITNESS);
        return flipCheck(info, plantedFlip());
    }

    static ConceptSplitSearch.Instance plantedSplit() {
        Language lang = Language.ofNames("a", "b");
        Vector<Sentence> trained = Vector.of(lang.var("a"), lang.var("b"), new Sentence.And(lang.var("a"), lang.var("b")));
        Predictor same = new Predictor.WorldBelief(lang, 0.25, 0.25, 0.25, 0.25);
        KellyMarket k = KellyMarket.overWorlds(lang, Vector.of(new PredictorTrader("t0", 1, same),
                new PredictorTrader("t1", 1, same)), new Prior.Uniform());
        LinkedHashMap<String, ExtrapolationRule> rules = LinkedHashMap.of("t0", new ExtrapolationRule.Constant(1.0),
                "t1", new ExtrapolationRule.Constant(0.0));
        return new ConceptSplitSearch.Instance(k, trained, new Concept("plork", rules, new ExtrapolationRule.Constant(0.5), Option.none()));
    }

    static LearningTimeFlipSearch.Space plantedFlip() {
        KellyMarket virgin = KellyMarket.of(Vector.of(
                new PredictorTrader("uniform", 1, new Predictor.Iid(0.5, 0.5)),
                new PredictorTrader("alien", 2, new Predictor.Iid(0.05, 0.95)),
                new PredictorTrader("human", 9, new Predictor.Iid(0.3, 0.7))), new Prior.Simplicity(), 2);
        Predictor human = new Predictor.Iid(0.3, 0.7);
        Vector<Corpus> corpora = Vector.of(new Corpus(Vector.of(new Source("human-text", 1, human)), 5, 1),
                new Corpus(Vector.of(new Source("human-text", 1, human)), 40, 1));
        return new LearningTimeFlipSearch.Space(virgin, corpora, Vector.of(new Predictor.Iid(0.05, 0.95), human),
                Vector.of("alien", "human"), 0.05, 60, 10_000, LearningTime.Criterion.STAYS);
    }

    private static ClaimCheck flipCheck(ClaimInfo info, LearningTimeFlipSearch.Space space) {
        return new ClaimCheck() {
            @Override
            public ClaimInfo info() {
                return info;
            }

            @Override
            public Verdict run(Budget budget, long seed) {
                LearningTimeFlipSearch.Space sp = new LearningTimeFlipSearch.Space(space.virgin(), space.corpora(),
                        space.processes(), space.processNames(), space.epsilon(), space.horizon(),
                        Math.min(space.maxTriples(), budget.maxNodes()), space.criterion());
                Verdict primary = LearningTimeFlipSearch.targeted(sp, LearningTimeFlipSearch.Pretraining.MODEL);
                Verdict second = LearningTimeFlipSearch.bruteForce(sp, LearningTimeFlipSearch.Pretraining.MODEL);
                return confirmed(primary, second);
            }
        };
    }

    /** The primary verdict if the second engine agrees on the headline and the witness; otherwise INCONCLUSIVE. */
    static Verdict confirmed(Verdict primary, Verdict second) {
        boolean same = primary.headline().equals(second.headline())
                && (!(primary instanceof Verdict.Found)
                || ((Verdict.Found) primary).witness().summary().equals(((Verdict.Found) second).witness().summary()));
        if (same) {
            return primary;
        }
        return new Verdict.Inconclusive(primary instanceof Verdict.Found ? ((Verdict.Found) primary).kind()
                : primary instanceof Verdict.NoneWithinBound ? ((Verdict.NoneWithinBound) primary).kind()
                : ((Verdict.Inconclusive) primary).kind(), primary.bound(), primary.statistics(),
                "engines disagree: " + primary.statistics().engine() + " says " + primary.headline() + ", "
                        + second.statistics().engine() + " says " + second.headline());
    }

    private static ClaimCheck check(ClaimInfo info, java.util.function.Supplier<ConceptSplitSearch.Instance> instance,
                                    boolean quantifyExtrapolations) {
        return new ClaimCheck() {
            @Override
            public ClaimInfo info() {
                return info;
            }

            @Override
            public Verdict run(Budget budget, long seed) {
                return runE10(instance.get(), quantifyExtrapolations, budget);
            }
        };
    }

    private static Verdict runE10(ConceptSplitSearch.Instance base, boolean quantify, Budget budget) {
        int resolution = quantify ? 4 : 1;
        double eps = 0.1;
        ConceptSplitSearch.Grid grid = new ConceptSplitSearch.Grid(resolution, eps, budget.maxNodes());
        Vector<String> free = quantify
                ? base.concept().rules().filter(r -> r._2 instanceof ExtrapolationRule.Constant).keySet().toVector()
                : Vector.empty();
        Vector<Vector<Double>> assignments = assignments(free.size());
        long start = System.nanoTime();
        long candidates = 0;
        long nodes = 0;
        long fails = 0;
        long pruned = 0;
        int depth = 0;
        int splitting = 0;
        Verdict.Found first = null;
        Vector<Double> firstAssignment = null;
        for (Vector<Double> a : assignments) {
            LinkedHashMap<String, ExtrapolationRule> rules = base.concept().rules();
            for (int i = 0; i < free.size(); i++) {
                rules = rules.put(free.get(i), new ExtrapolationRule.Constant(a.get(i)));
            }
            ConceptSplitSearch.Instance in = new ConceptSplitSearch.Instance(base.market(), base.trained(),
                    new Concept(base.concept().name(), rules, base.concept().fallback(), base.concept().grounding()));
            Verdict v = confirmed(ConceptSplitSearch.choco(in, grid), ConceptSplitSearch.bruteForce(in, grid));
            SearchStatistics s = v.statistics();
            candidates += s.candidates();
            nodes += s.nodes();
            fails += s.fails();
            pruned += s.pruned();
            depth = Math.max(depth, s.maxDepth());
            if (v instanceof Verdict.Inconclusive) {
                return new Verdict.Inconclusive(Verdict.Kind.WITNESS, bound(base, free, grid, quantify),
                        stats(candidates, nodes, fails, pruned, depth, start),
                        ((Verdict.Inconclusive) v).limit() + " (at extrapolations " + describe(free, a) + ")");
            }
            if (v instanceof Verdict.Found) {
                splitting++;
                if (first == null) {
                    first = (Verdict.Found) v;
                    firstAssignment = a;
                }
            }
        }
        Bound bound = bound(base, free, grid, quantify);
        SearchStatistics st = stats(candidates, nodes, fails, pruned, depth, start);
        if (first == null) {
            return new Verdict.NoneWithinBound(Verdict.Kind.WITNESS, bound, st);
        }
        Witness w = first.witness();
        LinkedHashMap<String, Object> trace = LinkedHashMap.<String, Object>of(
                "extrapolations", describe(free, firstAssignment),
                "assignmentsWithASplit", splitting, "assignments", assignments.size()).merge(w.trace());
        String summary = (quantify ? "with extrapolations " + describe(free, firstAssignment) + " (" + splitting + " of "
                + assignments.size() + " assignments admit a split): " : "") + w.summary();
        return new Verdict.Found(Verdict.Kind.WITNESS, bound, st, new Witness(summary, w.columns(), w.rows(), trace,
                w.figureName(), w.replayedFigure(), w.freePositions()));
    }

    private static SearchStatistics stats(long candidates, long nodes, long fails, long pruned, int depth, long start) {
        return new SearchStatistics("choco (relaxation + exact check), confirmed by brute force", candidates, nodes, fails,
                pruned, depth, System.nanoTime() - start);
    }

    private static Bound bound(ConceptSplitSearch.Instance in, Vector<String> free, ConceptSplitSearch.Grid grid, boolean quantify) {
        String traders = in.market().traders().map(PredictorTrader::name).mkString(", ");
        String fixed = in.concept().rules().filter(r -> !free.contains(r._1)).map(GrowthChecks::rule).mkString(", ");
        return Bound.of("ordered pairs of wealth vectors on the simplex grid 1/" + grid.resolution() + " over the traders {" + traders + "}"
                        + (quantify ? ", for every assignment of constant extrapolations in " + EXTRAPOLATION_GRID.mkString("{", ", ", "}")
                        + " to {" + free.mkString(", ") + "}" : ""),
                "traders", traders, "trained", in.trained().mkString("{", ", ", "}"), "concept", in.concept().name(),
                "fixedRules", fixed.isEmpty() ? "none" : fixed,
                "extrapolationGrid", quantify ? EXTRAPOLATION_GRID.mkString("{", ", ", "}") : "as given",
                "resolution", "1/" + grid.resolution(), "epsilon", grid.epsilon(), "splitThreshold", 1 - grid.epsilon(),
                "maxPairsPerAssignment", grid.maxPairs());
    }

    private static String rule(Tuple2<String, ExtrapolationRule> r) {
        return r._1 + ": " + r._2;
    }

    private static String describe(Vector<String> names, Vector<Double> a) {
        return names.zip(a).map(t -> t._1 + " = " + t._2).mkString("{", ", ", "}");
    }

    private static Vector<Vector<Double>> assignments(int n) {
        Vector<Vector<Double>> out = Vector.of(Vector.empty());
        for (int i = 0; i < n; i++) {
            out = out.flatMap(a -> EXTRAPOLATION_GRID.map(a::append));
        }
        return out;
    }
}
