package org.valuegrowth.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.growth.MarketConcept;
import org.valuegrowth.growth.ExtrapolationRule;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/** The E10 search: engines agree with each other and with an enumeration here; planted twins. */
@Tag("E10")
class ConceptSplitSearchProperties {
    static final Language LANG = Language.ofNames("a", "b");
    static final Vector<Sentence> TRAINED = Vector.of(LANG.var("a"), LANG.var("b"),
            SentenceParser.parse(LANG, "a & b").get());

    static ConceptSplitSearch.Instance instance(Vector<double[]> worlds, Vector<ExtrapolationRule> rules) {
        Vector<PredictorTrader> ts = Vector.empty();
        LinkedHashMap<String, ExtrapolationRule> map = LinkedHashMap.empty();
        for (int i = 0; i < worlds.size(); i++) {
            ts = ts.append(new PredictorTrader("t" + i, 1, new Predictor.WorldBelief(LANG, worlds.get(i))));
            map = map.put("t" + i, rules.get(i));
        }
        KellyMarket k = KellyMarket.overWorlds(LANG, ts, new Prior.Uniform());
        return new ConceptSplitSearch.Instance(k, TRAINED,
                new MarketConcept("plork", map, new ExtrapolationRule.Constant(0.5), Option.none()));
    }

    @Provide
    Arbitrary<ConceptSplitSearch.Instance> instances() {
        Arbitrary<double[]> world = Arbitraries.integers().between(0, 3).array(int[].class).ofSize(4).map(raw -> {
            double[] w = new double[4];
            double s = 0;
            for (int x = 0; x < 4; x++) {
                w[x] = raw[x] + 1;
                s += w[x];
            }
            for (int x = 0; x < 4; x++) {
                w[x] /= s;
            }
            return w;
        });
        Arbitrary<ExtrapolationRule> rule = Arbitraries.oneOf(
                Arbitraries.of(0.0, 0.5, 1.0).map(ExtrapolationRule.Constant::new),
                Arbitraries.of(0.0, 0.2).map(n -> new ExtrapolationRule.Grounded(TRAINED.get(2), n)));
        return Arbitraries.integers().between(2, 4).flatMap(n -> Combinators.combine(
                world.list().ofSize(n), rule.list().ofSize(n)).as((ws, rs) -> instance(Vector.ofAll(ws), Vector.ofAll(rs))));
    }

    /** An enumeration written here from the definition, using only the plain model's prices. */
    static boolean existsByEnumeration(ConceptSplitSearch.Instance in, int d, double eps) {
        int n = in.market().traders().size();
        java.util.List<double[]> ws = new java.util.ArrayList<>();
        int[] a = new int[n];
        enumerate(a, 0, d, d, ws);
        for (double[] x : ws) {
            KellyMarket mx = in.market().withLogWealth(x);
            for (double[] y : ws) {
                KellyMarket my = in.market().withLogWealth(y);
                boolean agree = true;
                for (Sentence s : in.trained()) {
                    agree &= Math.abs(mx.price(s) - my.price(s)) <= eps + 1e-12;
                }
                if (agree && in.concept().belief(mx) - in.concept().belief(my) >= 1 - eps - 1e-12) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void enumerate(int[] a, int i, int left, int d, java.util.List<double[]> out) {
        if (i == a.length - 1) {
            a[i] = left;
            double[] lw = new double[a.length];
            for (int j = 0; j < a.length; j++) {
                lw[j] = a[j] == 0 ? Double.NEGATIVE_INFINITY : Math.log((double) a[j] / d);
            }
            out.add(lw);
            return;
        }
        for (int v = 0; v <= left; v++) {
            a[i] = v;
            enumerate(a, i + 1, left - v, d, out);
        }
    }

    @Property(tries = 60, seed = "4481")
    @Label("E10 search: brute force, targeted and an independent enumeration give the same verdict; found witnesses replay")
    void enginesAgreeOnSmallGrids(@ForAll("instances") ConceptSplitSearch.Instance in, @ForAll @IntRange(min = 1, max = 3) int d,
                                  @ForAll("epsilons") double eps) {
        ConceptSplitSearch.Grid grid = new ConceptSplitSearch.Grid(d, eps, 1_000_000);
        Verdict brute = ConceptSplitSearch.bruteForce(in, grid);
        Verdict targeted = ConceptSplitSearch.targeted(in, grid);
        Verdict choco = ConceptSplitSearch.choco(in, grid);
        assertThat(targeted.isFound()).isEqualTo(brute.isFound());
        assertThat(choco.isFound()).isEqualTo(brute.isFound());
        assertThat(choco).isNotInstanceOf(Verdict.Inconclusive.class);
        assertThat(brute.isFound()).isEqualTo(existsByEnumeration(in, d, eps));
        assertThat(brute).isNotInstanceOf(Verdict.Inconclusive.class);
        assertThat(targeted.statistics().candidates()).isLessThanOrEqualTo(brute.statistics().candidates()
                + (long) brute.bound().parameters().get("gridPoints").map(Long::parseLong).get());
        for (Verdict v : Vector.of(brute, targeted, choco)) {
            if (v instanceof Verdict.Found) {
                Verdict.Found f = (Verdict.Found) v;
                assertThat(f.witness().replayedFigure()).isGreaterThanOrEqualTo(1 - eps - 1e-9);
                // shrunk: no lower resolution has a witness (checked here by the test's own enumeration)
                int res = (Integer) f.witness().trace().get("resolution").get();
                assertThat(res).isLessThanOrEqualTo(d);
                for (int lower = 1; lower < res; lower++) {
                    assertThat(existsByEnumeration(in, lower, eps)).isFalse();
                }
            }
        }
    }

    @Provide
    Arbitrary<Double> epsilons() {
        return Arbitraries.of(0.05, 0.1, 0.25);
    }

    @Example
    @Label("E10 search, planted witness: identical world beliefs with opposite extrapolations are found at resolution 1")
    void plantedSplitIsFound() {
        double[] u = {0.25, 0.25, 0.25, 0.25};
        ConceptSplitSearch.Instance in = instance(Vector.of(u, u),
                Vector.of(new ExtrapolationRule.Constant(1.0), new ExtrapolationRule.Constant(0.0)));
        ConceptSplitSearch.Grid g = new ConceptSplitSearch.Grid(1, 0.05, 1000);
        for (Verdict v : Vector.of(ConceptSplitSearch.bruteForce(in, g), ConceptSplitSearch.targeted(in, g),
                ConceptSplitSearch.choco(in, g))) {
            assertThat(v).isInstanceOf(Verdict.Found.class);
            assertThat(((Verdict.Found) v).witness().replayedFigure()).isEqualTo(1.0);
            assertThat(v.headline()).isEqualTo("WITNESS FOUND");
        }
    }

    @Example
    @Label("E10 search, planted fault twin: when every trader grounds the concept in a trained sentence, no split exists")
    void groundedConceptCannotSplit() {
        double[] x = {0.1, 0.2, 0.3, 0.4};
        double[] y = {0.4, 0.3, 0.2, 0.1};
        double[] z = {0.7, 0.1, 0.1, 0.1};
        ExtrapolationRule grounded = new ExtrapolationRule.Grounded(TRAINED.get(2), 0.0);
        ConceptSplitSearch.Instance in = instance(Vector.of(x, y, z), Vector.of(grounded, grounded, grounded));
        ConceptSplitSearch.Grid g = new ConceptSplitSearch.Grid(6, 0.1, 1_000_000);
        assertThat(ConceptSplitSearch.bruteForce(in, g)).isInstanceOf(Verdict.NoneWithinBound.class);
        assertThat(ConceptSplitSearch.targeted(in, g)).isInstanceOf(Verdict.NoneWithinBound.class);
        assertThat(ConceptSplitSearch.choco(in, g)).isInstanceOf(Verdict.NoneWithinBound.class);
        assertThat(ConceptSplitSearch.bruteForce(in, g).statistics().candidates()).isEqualTo(28L * 28L);
        // the same traders with one ungrounded extrapolation do split: the twin is not vacuous
        ConceptSplitSearch.Instance mutant = instance(Vector.of(x, x, z),
                Vector.of(new ExtrapolationRule.Constant(1), new ExtrapolationRule.Constant(0), grounded));
        assertThat(ConceptSplitSearch.bruteForce(mutant, g)).isInstanceOf(Verdict.Found.class);
        assertThat(ConceptSplitSearch.choco(mutant, g)).isInstanceOf(Verdict.Found.class);
    }

    @Example
    @Label("E10 search: running out of the pair budget is INCONCLUSIVE, never a silent pass")
    void budgetExhaustionIsInconclusive() {
        double[] x = {0.1, 0.2, 0.3, 0.4};
        ExtrapolationRule grounded = new ExtrapolationRule.Grounded(TRAINED.get(2), 0.0);
        ConceptSplitSearch.Instance in = instance(Vector.of(x, x), Vector.of(grounded, grounded));
        Verdict v = ConceptSplitSearch.bruteForce(in, new ConceptSplitSearch.Grid(3, 0.1, 5));
        assertThat(v).isInstanceOf(Verdict.Inconclusive.class);
        assertThat(v.statistics().candidates()).isEqualTo(5);
        // Choco proves this one infeasible by propagation alone (0 nodes): a node budget cannot stop it
        Verdict root = ConceptSplitSearch.choco(in, new ConceptSplitSearch.Grid(3, 0.1, 1));
        assertThat(root).isInstanceOf(Verdict.NoneWithinBound.class);
        assertThat(root.statistics().nodes()).isZero();
        // a space that needs branching does run out of a one-node budget
        double[] z = {0.7, 0.1, 0.1, 0.1};
        double[] y = {0.4, 0.3, 0.2, 0.1};
        ConceptSplitSearch.Instance wide = instance(Vector.of(x, y, z, x),
                Vector.of(new ExtrapolationRule.Constant(1), new ExtrapolationRule.Constant(0), new ExtrapolationRule.Constant(1),
                        new ExtrapolationRule.Constant(0.05)));
        Verdict limited = ConceptSplitSearch.choco(wide, new ConceptSplitSearch.Grid(8, 0.1, 1));
        assertThat(limited).isInstanceOf(Verdict.Inconclusive.class);
        ConceptSplitSearch.Grid full = new ConceptSplitSearch.Grid(8, 0.1, 1_000_000);
        assertThat(ConceptSplitSearch.choco(wide, full)).isInstanceOf(Verdict.Found.class);
        assertThat(ConceptSplitSearch.bruteForce(wide, full)).isInstanceOf(Verdict.Found.class);
    }

    @Example
    @Label("E10 search: the report's standard instance - all engines agree; the split count is recomputed here")
    void standardInstanceEnginesAgree() {
        ConceptSplitSearch.Instance in = ConceptSplitSearch.standard();
        ConceptSplitSearch.Grid g = new ConceptSplitSearch.Grid(4, 0.1, 10_000_000);
        Verdict brute = ConceptSplitSearch.bruteForce(in, g);
        assertThat(ConceptSplitSearch.targeted(in, g).isFound()).isEqualTo(brute.isFound());
        assertThat(ConceptSplitSearch.choco(in, g).isFound()).isEqualTo(brute.isFound());
        ConceptSplitSearch.SplitCount count = ConceptSplitSearch.splitCount(in, g);
        assertThat(count.splits() > 0).isEqualTo(brute.isFound());
        assertThat(count.maxGap() >= 1 - 0.1).isEqualTo(brute.isFound());
        assertThat(count.splits()).isLessThanOrEqualTo(count.agreeing());
        // the enumeration written here agrees on existence
        assertThat(existsByEnumeration(in, 4, 0.1)).isEqualTo(brute.isFound());
    }

    // ---- the E10 class search (spec/growth.md §8.1)

    @Provide
    Arbitrary<ConceptSplitSearch.SplitClass> splitClasses() {
        Arbitrary<Vector<Double>> world = Arbitraries.doubles().between(0.01, 1).list().ofSize(4).map(raw -> {
            double s = raw.stream().mapToDouble(Double::doubleValue).sum();
            return Vector.ofAll(raw).map(x -> x / s);
        });
        Arbitrary<ExtrapolationRule> rule = Arbitraries.oneOf(
                Arbitraries.doubles().between(0, 1).map(ExtrapolationRule.Constant::new),
                Arbitraries.doubles().between(0, 0.2).map(n -> new ExtrapolationRule.Grounded(TRAINED.get(2), n)));
        Arbitrary<ConceptSplitSearch.TraderSpec> trader = Combinators.combine(world, rule)
                .as((w, r) -> new ConceptSplitSearch.TraderSpec("t", w, r));
        Arbitrary<Vector<ConceptSplitSearch.TraderSpec>> member = Arbitraries.integers().between(2, 3).flatMap(n ->
                trader.list().ofSize(n).map(ts -> {
                    Vector<ConceptSplitSearch.TraderSpec> out = Vector.empty();
                    for (int i = 0; i < ts.size(); i++) {
                        out = out.append(new ConceptSplitSearch.TraderSpec("t" + i, ts.get(i).worldBelief(), ts.get(i).rule()));
                    }
                    return out;
                }));
        return Combinators.combine(member.list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(1, 3),
                Arbitraries.doubles().between(0.02, 0.45)).as((ms, d, eps) -> new ConceptSplitSearch.SplitClass("random", LANG,
                TRAINED, "plork", Option.none(), Vector.ofAll(ms), d, eps));
    }

    /** The largest concept gap among agreeing pairs of one member, enumerated here with the plain model's prices. */
    static double largestGapByEnumeration(ConceptSplitSearch.SplitClass cls, Vector<ConceptSplitSearch.TraderSpec> member) {
        ConceptSplitSearch.Instance in = ConceptSplitSearch.instance(cls, member);
        java.util.List<double[]> ws = new java.util.ArrayList<>();
        enumerate(new int[member.size()], 0, cls.resolution(), cls.resolution(), ws);
        double best = Double.NEGATIVE_INFINITY;
        for (double[] x : ws) {
            KellyMarket mx = in.market().withLogWealth(x);
            for (double[] y : ws) {
                KellyMarket my = in.market().withLogWealth(y);
                boolean agree = true;
                for (Sentence s : in.trained()) {
                    agree &= Math.abs(mx.price(s) - my.price(s)) <= cls.epsilon();
                }
                if (agree) {
                    best = Math.max(best, in.concept().belief(mx) - in.concept().belief(my));
                }
            }
        }
        return best;
    }

    @Property(tries = 40, seed = "4482")
    @Label("E10 class search: Choco branch and bound, brute force and an enumeration here give the same verdict and the same largest gap")
    void classEnginesAgreeWithEnumeration(@ForAll("splitClasses") ConceptSplitSearch.SplitClass cls) {
        Verdict choco = ConceptSplitSearch.searchClass(cls, org.valuegrowth.verdict.Budget.standard(),
                ConceptSplitSearch.ClassEngine.CHOCO);
        Verdict brute = ConceptSplitSearch.searchClass(cls, org.valuegrowth.verdict.Budget.standard(),
                ConceptSplitSearch.ClassEngine.BRUTE_FORCE);
        double best = Double.NEGATIVE_INFINITY;
        for (Vector<ConceptSplitSearch.TraderSpec> m : cls.members()) {
            best = Math.max(best, largestGapByEnumeration(cls, m));
        }
        assertThat(choco).isNotInstanceOf(Verdict.Inconclusive.class);
        assertThat(brute.margin().get().value()).isCloseTo(best, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(choco.margin().get().value()).isCloseTo(brute.margin().get().value(), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(choco.isFound()).isEqualTo(brute.isFound());
        if (Math.abs(best - (1 - cls.epsilon())) > 1e-9) {
            assertThat(brute.isFound()).isEqualTo(best >= 1 - cls.epsilon());
        }
        if (brute.isFound()) {
            assertThat(((Verdict.Found) choco).witness().summary()).isEqualTo(((Verdict.Found) brute).witness().summary());
        }
    }

    @Example
    @Label("E10 worked example (spec/growth.md §8.1): 205 of 1225 pairs agree and the largest gap is 0.738; with the ungrounded "
            + "constants free in {0, 1/2, 1} it is 0.841, and the all-ethicist and all-assistant markets (assistant at 0) differ by 0.788")
    void workedExample() {
        ConceptSplitSearch.Instance in = ConceptSplitSearch.standard();
        ConceptSplitSearch.Grid g = new ConceptSplitSearch.Grid(4, 0.1, 10_000_000);
        ConceptSplitSearch.SplitCount count = ConceptSplitSearch.splitCount(in, g);
        assertThat(count.agreeing()).isEqualTo(205);
        assertThat(count.maxGap()).isCloseTo(0.738, org.assertj.core.api.Assertions.within(5e-4));
        double best = Double.NEGATIVE_INFINITY;
        for (double a : new double[] {0, 0.5, 1}) {
            for (double v : new double[] {0, 0.5, 1}) {
                for (double al : new double[] {0, 0.5, 1}) {
                    LinkedHashMap<String, ExtrapolationRule> rules = in.concept().rules()
                            .put("assistant", new ExtrapolationRule.Constant(a)).put("villain", new ExtrapolationRule.Constant(v))
                            .put("alien", new ExtrapolationRule.Constant(al));
                    ConceptSplitSearch.Instance q = new ConceptSplitSearch.Instance(in.market(), in.trained(),
                            new MarketConcept(in.concept().name(), rules, in.concept().fallback(), in.concept().grounding()));
                    best = Math.max(best, ConceptSplitSearch.splitCount(q, g).maxGap());
                }
            }
        }
        assertThat(best).isCloseTo(0.841, org.assertj.core.api.Assertions.within(5e-4));
        double[] lw = {Double.NEGATIVE_INFINITY, 0, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        KellyMarket ethicist = in.market().withLogWealth(lw);
        for (Sentence s : in.trained()) {
            assertThat(ethicist.price(s)).isEqualTo(in.market().withLogWealth(new double[] {0, Double.NEGATIVE_INFINITY,
                    Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}).price(s));
        }
        assertThat(in.concept().belief(ethicist)).isCloseTo(0.788, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Example
    @Label("E10 class: 11130 markets; a 1-node budget and a 1 ms time limit give INCONCLUSIVE; the strict cut misses the tie witness")
    void classSizeBudgetsAndFault() {
        ConceptSplitSearch.SplitClass c = ConceptSplitSearch.e10Class();
        assertThat(c.members()).hasSize(105 + 11_025);
        Verdict nodes = ConceptSplitSearch.searchClass(c, org.valuegrowth.verdict.Budget.nodes(1), ConceptSplitSearch.ClassEngine.BRUTE_FORCE);
        assertThat(nodes).isInstanceOf(Verdict.Inconclusive.class);
        assertThat(((Verdict.Inconclusive) nodes).limit()).contains("after 0 of 11130 markets");
        Verdict time = ConceptSplitSearch.searchClass(c, org.valuegrowth.verdict.Budget.of(org.valuegrowth.verdict.Budget.MAX_NODES, 1),
                ConceptSplitSearch.ClassEngine.BRUTE_FORCE);
        assertThat(time).isInstanceOf(Verdict.Inconclusive.class);
        // the rounding fault: constants 0.8999996 and 0.9000004 round to the same integer, so the strict cut loses the witness
        Vector<Double> u = Vector.of(0.25, 0.25, 0.25, 0.25);
        ConceptSplitSearch.SplitClass tie = new ConceptSplitSearch.SplitClass("tie", LANG, TRAINED, "plork", Option.none(),
                Vector.of(Vector.of(new ConceptSplitSearch.TraderSpec("t0", u, new ExtrapolationRule.Constant(0.8999996)),
                        new ConceptSplitSearch.TraderSpec("t1", u, new ExtrapolationRule.Constant(0.9000004)),
                        new ConceptSplitSearch.TraderSpec("t2", u, new ExtrapolationRule.Constant(0.0)))), 4, 0.1);
        org.valuegrowth.verdict.Budget b = org.valuegrowth.verdict.Budget.standard();
        assertThat(ConceptSplitSearch.searchClass(tie, b, ConceptSplitSearch.ClassEngine.CHOCO, false)).isInstanceOf(Verdict.Found.class);
        assertThat(ConceptSplitSearch.searchClass(tie, b, ConceptSplitSearch.ClassEngine.CHOCO, true))
                .isInstanceOf(Verdict.NoneWithinBound.class);
    }
}
