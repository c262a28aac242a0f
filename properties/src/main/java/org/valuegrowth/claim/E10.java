package org.valuegrowth.claim;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.growth.ExtrapolationRule;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.search.ConceptSplitSearch;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.CrossCheck;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.Verdict;

/**
 * Claim E10 (superintelligence is out of distribution): markets that agree on every trained
 * sentence but split on a new concept, searched over a class of persona markets
 * (spec/growth.md §8.1), with its controls. The verdict is Choco branch and bound's, confirmed by
 * brute force (same verdict, witness and optimum).
 */
public final class E10 {
    /** The grid of constant extrapolations of the class. */
    public static final Vector<Double> EXTRAPOLATION_GRID = ConceptSplitSearch.E10_CONSTANTS;

    private static final String LINES = "46-47";
    private static final String QUOTE = "The LLM will need to have gears in its world-model which weren't in the world-model of "
            + "anything whose behaviour it's seen before. [...] There's going to have to be a generalization step that goes "
            + "beyond the pre-training data.";

    private E10() {
    }

    /** E10, with its controls attached. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(e10());
    }

    /** E10 over its class. */
    public static ClaimCheck e10() {
        ClaimInfo info = new ClaimInfo("E10", "Whether markets that agree on every trained sentence can split on a new concept",
                LINES, QUOTE,
                "exists a market of the class (an ethicist grounded in helpful & harmless with noise 0.02, an assistant with the "
                        + "ethicist's world belief, and for n = 3 one other trader; world beliefs on the simplex grid 1/4 over the worlds "
                        + "of {helpful, harmless}; the assistant's and the other's extrapolations in {0, 1/2, 1}) and wealth vectors "
                        + "w, w' on the simplex grid 1/4 with max_s |P_w(s) - P_w'(s)| <= 0.1 over s in {helpful, harmless, "
                        + "helpful & harmless} and sum_i (w_i - w'_i) e_i >= 0.9 (spec/growth.md §8.1)",
                ClaimInfo.Role.CLAIM, Verdict.Kind.WITNESS, Polarity.FOUND_SUPPORTS, false);
        return ClaimCheck.of(info, (budget, seed) -> confirmed(ConceptSplitSearch.e10Class(), budget),
                Vector.of(positive(), positiveTie(), negative(), faultRounding()));
    }

    /** Choco's verdict if brute force agrees on the verdict, the witness and the optimum; INCONCLUSIVE otherwise. */
    static Verdict confirmed(ConceptSplitSearch.SplitClass cls, Budget budget) {
        Verdict choco = ConceptSplitSearch.searchClass(cls, budget, ConceptSplitSearch.ClassEngine.CHOCO);
        Verdict brute = ConceptSplitSearch.searchClass(cls, budget, ConceptSplitSearch.ClassEngine.BRUTE_FORCE);
        Verdict v = CrossCheck.confirmed(choco, brute);
        if (v.margin().isEmpty() && choco.margin().isDefined()) {
            v = v.withMargin(choco.margin().get()); // a disagreement keeps the primary engine's margin, marked as it was
        }
        if (v instanceof Verdict.Inconclusive || choco instanceof Verdict.Inconclusive) {
            return v;
        }
        double a = choco.margin().get().value();
        double b = brute.margin().get().value();
        if (!(Math.abs(a - b) <= 1e-12)) {
            return new Verdict.Inconclusive(Verdict.Kind.WITNESS, choco.bound(), choco.statistics(),
                    "engines disagree on the optimum: choco " + a + ", brute force " + b, choco.margin());
        }
        return v;
    }

    static final Language L = Language.ofNames("helpful", "harmless");
    static final Sentence H = L.var("helpful");
    static final Sentence NH = L.var("harmless");
    static final Sentence BOTH = new Sentence.And(H, NH);
    static final Vector<Double> UNIFORM = Vector.of(0.25, 0.25, 0.25, 0.25);

    static ConceptSplitSearch.SplitClass single(String what, Vector<ConceptSplitSearch.TraderSpec> traders, Option<Sentence> g) {
        return new ConceptSplitSearch.SplitClass(what, L, Vector.of(H, NH, BOTH), "plork", g, Vector.of(traders), 4, 0.1);
    }

    static ConceptSplitSearch.TraderSpec constant(String name, Vector<Double> belief, double p) {
        return new ConceptSplitSearch.TraderSpec(name, belief, new ExtrapolationRule.Constant(p));
    }

    /** Positive control: identical beliefs, extrapolations 1 and 0. */
    static ClaimCheck positive() {
        ClaimInfo info = new ClaimInfo("E10.positive", "Positive control of E10: a planted split", LINES,
                "(positive control of E10) two traders with identical beliefs on every trained sentence, extrapolating 1 and 0",
                "the E10 search on one market of two traders with the uniform world belief and constant extrapolations 1 and 0: "
                        + "the pure markets agree exactly and differ by 1, a split by construction",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_FOUND, false);
        return ClaimCheck.of(info, (budget, seed) -> confirmed(single("one market: two traders with the uniform world belief, "
                + "extrapolating 1 and 0", Vector.of(constant("t0", UNIFORM, 1.0), constant("t1", UNIFORM, 0.0)), Option.none()), budget));
    }

    /** The instance of the tie control and the rounding fault. */
    static ConceptSplitSearch.SplitClass tie() {
        return single("one market: three traders with the uniform world belief, extrapolating 0.8999996, 0.9000004 and 0",
                Vector.of(constant("low", UNIFORM, 0.8999996), constant("high", UNIFORM, 0.9000004), constant("zero", UNIFORM, 0.0)),
                Option.none());
    }

    /** Positive control: a split whose rounded gap ties a non-split. */
    static ClaimCheck positiveTie() {
        ClaimInfo info = new ClaimInfo("E10.positive-tie", "Positive control of E10: a split that rounding ties with a non-split",
                LINES, "(positive control of E10) traders extrapolating 0.8999996, 0.9000004 and 0 with identical beliefs",
                "the E10 search on one market of three traders with the uniform world belief and constant extrapolations "
                        + "0.8999996, 0.9000004, 0: the pure second and third markets differ by 0.9000004 >= 0.9, while rounded to 1e-6 "
                        + "the first two constants are equal (spec/growth.md §8.1)",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_FOUND, false);
        return ClaimCheck.of(info, (budget, seed) -> confirmed(tie(), budget));
    }

    /** Negative control: every trader grounded in the same trained sentence. */
    static ClaimCheck negative() {
        ClaimInfo info = new ClaimInfo("E10.negative", "Negative control of E10: every trader grounded in a trained sentence",
                LINES, "(negative control of E10) the concept is defined by a trained sentence for every trader",
                "the E10 search on one market of three traders with world beliefs (.1, .2, .3, .4), (.4, .3, .2, .1), uniform, all "
                        + "grounded in helpful & harmless with noise 0: the concept gap of any pair equals its gap on that trained "
                        + "sentence, <= 0.1 < 0.9, so no split exists by construction",
                ClaimInfo.Role.NEGATIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_NONE, false);
        ExtrapolationRule g = new ExtrapolationRule.Grounded(BOTH, 0.0);
        return ClaimCheck.of(info, (budget, seed) -> confirmed(single("one market: three traders grounded in helpful & harmless "
                + "(noise 0) with world beliefs (.1, .2, .3, .4), (.4, .3, .2, .1), uniform", Vector.of(
                new ConceptSplitSearch.TraderSpec("g1", Vector.of(0.1, 0.2, 0.3, 0.4), g),
                new ConceptSplitSearch.TraderSpec("g2", Vector.of(0.4, 0.3, 0.2, 0.1), g),
                new ConceptSplitSearch.TraderSpec("g3", UNIFORM, g)), Option.of(BOTH)), budget));
    }

    /** Fault control: branch and bound with the strict cut on the rounded gap. */
    static ClaimCheck faultRounding() {
        ClaimInfo info = new ClaimInfo("E10.fault-rounding", "Fault control of E10: branch and bound without the rounding slack",
                LINES, "(fault control of E10) the Choco branch and bound cuts on the rounded gap as if it were exact",
                "Choco branch and bound with the strict cut R > best R (no rounding slack) on E10.positive-tie: the pure first "
                        + "trader's pair (exact gap 0.8999996) ties the witness's rounded gap and cuts it, so the faulted search "
                        + "reports NONE WITHIN BOUND where a witness exists, which exposes the fault",
                ClaimInfo.Role.FAULT_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_NONE, false);
        return ClaimCheck.of(info, (budget, seed) -> ConceptSplitSearch.searchClass(tie(), budget,
                ConceptSplitSearch.ClassEngine.CHOCO, true));
    }
}
