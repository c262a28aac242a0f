package org.valuegrowth.claim;

import io.vavr.collection.Vector;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.ModeCollapse;
import org.valuegrowth.persona.Persona;
import org.valuegrowth.search.EntropyRiseSearch;
import org.valuegrowth.search.EntropyRiseSearch.Family;
import org.valuegrowth.search.EntropyRiseSearch.SftClass;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.Verdict;

/**
 * Claim E5 ("mode collapse"): does SFT toward the assistant persona ever raise the market's output
 * entropy? Searched over a class of persona markets (spec/growth.md §8.3), with its controls.
 */
public final class E5 {
    private static final String LINES = "26";
    private static final String QUOTE = "This also lines up with the phenomenon of \"mode collapse\", where models become very "
            + "bad at e.g. creative writing during post-training. The traders who correspond to anything other than the "
            + "assistant persona are drained";

    private E5() {
    }

    /** E5, with its controls attached. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(e5());
    }

    static ClaimCheck e5() {
        ClaimInfo info = new ClaimInfo("E5", "Whether SFT toward the assistant persona ever raises the output entropy", LINES, QUOTE,
                "for every market of the class (alphabets of 2-4 tokens; the assistant and 1 or 2 other personas with voices on the "
                        + "positive grid 1/8, each an exact and a blurred trader; persona shares on the positive grid 1/6; "
                        + "H(v_assistant) <= H(q_0)) and every k <= 20: H(q_k) <= H(q_{k-1}) + 1e-12, q_k the market's predictive "
                        + "after k demonstrations of the assistant (SFT, expected mode; spec/growth.md §8.3)",
                ClaimInfo.Role.CLAIM, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, false);
        return ClaimCheck.of(info, (budget, seed) -> EntropyRiseSearch.run(EntropyRiseSearch.e5Class(), budget),
                Vector.of(positive(), negative(), faultSign()));
    }

    static ClaimCheck positive() {
        ClaimInfo info = new ClaimInfo("E5.positive", "Positive control of E5: an assistant whose text lies outside the base market's",
                LINES, "(positive control of E5) SFT toward an assistant that writes tokens the dominant personas rarely use",
                "the E5 search on markets over 4 tokens: the assistant (.01, .01, .49, .49) with share 0.1 and two others from "
                        + "B = (.97, .01, .01, .01), C = (.01, .97, .01, .01) with shares 0.45 each; with texts of almost disjoint "
                        + "supports the entropy is h(s) + (1 - s) H_others + s H_assistant, which rises while the assistant's share s "
                        + "is small, so SFT raises it at first by construction, and H(v_assistant) <= H(q_0) holds (spec/growth.md §8.3)",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return ClaimCheck.of(info, (budget, seed) -> EntropyRiseSearch.run(disjointClass(), budget));
    }

    static SftClass disjointClass() {
        return new SftClass("markets over 4 tokens: the assistant (.01, .01, .49, .49) with share 0.1 and two others from "
                + "B = (.97, .01, .01, .01), C = (.01, .97, .01, .01) with shares 0.45 each",
                Vector.of(new Family(4, 3, Vector.of(Vector.of(0.01, 0.01, 0.49, 0.49)),
                        Vector.of(Vector.of(0.97, 0.01, 0.01, 0.01), Vector.of(0.01, 0.97, 0.01, 0.01)),
                        Vector.of(Vector.of(0.1, 0.45, 0.45)))),
                20, 1e-12, true);
    }

    /** The negative control's class: binary, the assistant at 7/8, every other voice in [1/2, 7/8]. */
    static SftClass comonotone() {
        Vector<Vector<Double>> others = Vector.of(Vector.of(4 / 8.0, 4 / 8.0), Vector.of(3 / 8.0, 5 / 8.0),
                Vector.of(2 / 8.0, 6 / 8.0), Vector.of(1 / 8.0, 7 / 8.0));
        Vector<Vector<Double>> assistant = Vector.of(Vector.of(1 / 8.0, 7 / 8.0));
        return new SftClass("binary markets: the assistant's voice P(1) = 7/8, the other personas' voices P(1) in {4/8, 5/8, 6/8, 7/8}, "
                + "1 or 2 others, persona shares on the positive grid 1/6",
                Vector.of(new Family(2, 2, assistant, others, EntropyRiseSearch.positiveGrid(2, 6)),
                        new Family(2, 3, assistant, others, EntropyRiseSearch.positiveGrid(3, 6))), 20, 1e-12, true);
    }

    static ClaimCheck negative() {
        ClaimInfo info = new ClaimInfo("E5.negative", "Negative control of E5: traders that all lean toward the assistant's token",
                LINES, "(negative control of E5) every trader's P(1) lies between 1/2 and the assistant's",
                "the E5 search on binary markets whose every trader has P(1) in [1/2, 7/8] with the assistant at 7/8: SFT raises "
                        + "q_k(1) (the covariance of two comonotone functions is >= 0) inside [1/2, 1], where the binary entropy falls, "
                        + "so no rise exists by construction (spec/growth.md §8.3)",
                ClaimInfo.Role.NEGATIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_NONE, false);
        return ClaimCheck.of(info, (budget, seed) -> EntropyRiseSearch.run(comonotone(), budget));
    }

    static ClaimCheck faultSign() {
        ClaimInfo info = new ClaimInfo("E5.fault-sign", "Fault control of E5: the SFT kernel with the log-likelihood's sign flipped",
                LINES, "(fault control of E5) the closed-form SFT update moves wealth toward the traders that predict the demonstrations worst",
                "the E5 search with the faulted kernel on the markets of E5.positive: the assistant's share falls, the mixture moves "
                        + "to the B/C mixture and the entropy falls, so the faulted search reports NONE WITHIN BOUND where a rise "
                        + "exists, which exposes the fault",
                ClaimInfo.Role.FAULT_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_NONE, false);
        return ClaimCheck.of(info, (budget, seed) -> EntropyRiseSearch.run(disjointClass(), budget,
                EntropyRiseSearch.Kernel.FAULT_SIGN_FLIPPED));
    }

    /**
     * The worked example of the earlier entry (spec/growth.md §8.3): 4 tokens; assistant
     * (.85, .05, .05, .05), poet uniform, villain (.1, .1, .7, .1), equal shares, each an exact and a
     * blurred trader. Returns the entropy trajectory H(q_0..q_20) of SFT toward {@code target}.
     */
    public static Vector<Double> workedExample(String target) {
        Vector<Vector<Double>> voices = Vector.of(Vector.of(0.85, 0.05, 0.05, 0.05), Vector.of(0.25, 0.25, 0.25, 0.25),
                Vector.of(0.1, 0.1, 0.7, 0.1));
        Vector<String> names = Vector.of("assistant", "poet", "villain");
        int t = names.indexOf(target);
        if (t < 0) {
            throw new org.valuegrowth.numeric.ModelException("no persona " + target + " in the worked example");
        }
        EntropyRiseSearch.Member m = EntropyRiseSearch.member(voices, Vector.of(1 / 3.0, 1 / 3.0, 1 / 3.0));
        Persona p = m.space().personas().get(t);
        return ModeCollapse.trajectory(m.market(), p, p, 20, Mode.EXPECTED, 0).map(ModeCollapse.Point::entropy);
    }
}
