package org.valuegrowth.claim;

import org.valuegrowth.search.ConceptSplitSearch;
import org.valuegrowth.search.LearningTimeFlipSearch;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.CrossCheck;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;
import org.valuegrowth.growth.MarketConcept;
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
 * Claim E10 (superintelligence is out of distribution): concept splits between markets that agree
 * on every trained sentence, with its planted twin. Each entry runs two engines and reports INCONCLUSIVE if they
 * disagree, so a catalogue verdict is always confirmed by a second engine.
 */
public final class E10 {
    /** The grid of constant extrapolations the E10 check quantifies over for each ungrounded trader. */
    public static final Vector<Double> EXTRAPOLATION_GRID = Vector.of(0.0, 0.5, 1.0);

    private E10() {
    }

    /** E10, with its controls attached. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(e10());
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
                ClaimInfo.Role.CLAIM, Verdict.Kind.WITNESS, Polarity.FOUND_SUPPORTS, false);
        return ClaimCheck.of(info, (budget, seed) -> runE10(ConceptSplitSearch.standard(), true, budget),
                Vector.of(e10Planted()));
    }

    /** The planted twin of E10: two traders with identical world beliefs and opposite extrapolations. */
    public static ClaimCheck e10Planted() {
        ClaimInfo info = new ClaimInfo("E10.positive", "Positive control of E10: a planted split",
                "46-47", "(planted twin of E10) two traders with identical beliefs on every trained sentence, extrapolating 1 and 0",
                "the E10 search on an instance with a split built in: it must report WITNESS FOUND",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_FOUND, false);
        return check(info, E10::plantedSplit, false);
    }

    static ConceptSplitSearch.Instance plantedSplit() {
        Language lang = Language.ofNames("a", "b");
        Vector<Sentence> trained = Vector.of(lang.var("a"), lang.var("b"), new Sentence.And(lang.var("a"), lang.var("b")));
        Predictor same = new Predictor.WorldBelief(lang, 0.25, 0.25, 0.25, 0.25);
        KellyMarket k = KellyMarket.overWorlds(lang, Vector.of(new PredictorTrader("t0", 1, same),
                new PredictorTrader("t1", 1, same)), new Prior.Uniform());
        LinkedHashMap<String, ExtrapolationRule> rules = LinkedHashMap.of("t0", new ExtrapolationRule.Constant(1.0),
                "t1", new ExtrapolationRule.Constant(0.0));
        return new ConceptSplitSearch.Instance(k, trained, new MarketConcept("plork", rules, new ExtrapolationRule.Constant(0.5), Option.none()));
    }

    private static ClaimCheck check(ClaimInfo info, java.util.function.Supplier<ConceptSplitSearch.Instance> instance,
                                    boolean quantifyExtrapolations) {
        return ClaimCheck.of(info, (budget, seed) -> runE10(instance.get(), quantifyExtrapolations, budget));
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
                    new MarketConcept(base.concept().name(), rules, base.concept().fallback(), base.concept().grounding()));
            Verdict v = CrossCheck.confirmed(ConceptSplitSearch.choco(in, grid), ConceptSplitSearch.bruteForce(in, grid));
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
        String fixed = in.concept().rules().filter(r -> !free.contains(r._1)).map(E10::rule).mkString(", ");
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
