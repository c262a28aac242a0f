package org.valuegrowth.claim;

import io.vavr.collection.Vector;
import org.valuegrowth.growth.LearningTime;
import org.valuegrowth.search.LearningTimeFlipSearch;
import org.valuegrowth.search.LearningTimeFlipSearch.Coin;
import org.valuegrowth.search.LearningTimeFlipSearch.CorpusSpec;
import org.valuegrowth.search.LearningTimeFlipSearch.FlipClass;
import org.valuegrowth.search.LearningTimeFlipSearch.Memo;
import org.valuegrowth.search.LearningTimeFlipSearch.PretrainMode;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.Verdict;

/**
 * Claim E3 (pretraining changes which processes are easy to learn): learning-time flips between a
 * virgin and a pretrained market, searched over a class of markets, corpora and processes
 * (spec/growth.md §8.2), with its controls. Every found flip is replayed through the plain model.
 */
public final class E3 {
    private static final String LINES = "22, 27";
    private static final String QUOTE = "What kinds of processes are easy for it to learn? What kinds are hard? It won't be the "
            + "same processes which are easy (or hard) for a virgin inductor to learn.";

    private E3() {
    }

    /** E3, with its controls attached. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(e3());
    }

    /** E3 over its class. */
    public static ClaimCheck e3() {
        ClaimInfo info = new ClaimInfo("E3", "Whether pretraining reverses the learning-time order of two processes", LINES, QUOTE,
                "exists a virgin market of 2 or 3 distinct binary i.i.d. traders (P(1) in {0.05, 0.25, 0.5, 0.75, 0.95}, "
                        + "1, 3 or 9 bits, simplicity prior), a corpus of 5, 20 or 80 i.i.d. symbols of one of those coins, and "
                        + "processes p != q among those coins: tau_virgin(p) < tau_virgin(q) and tau_pretrained(p) > tau_pretrained(q), "
                        + "tau = learning time (expected mode, STAYS, epsilon = 0.05, horizon 100; not learned = 101; spec/growth.md §8.2)",
                ClaimInfo.Role.CLAIM, Verdict.Kind.WITNESS, Polarity.FOUND_SUPPORTS, false);
        return ClaimCheck.of(info, (budget, seed) -> LearningTimeFlipSearch.searchClass(LearningTimeFlipSearch.e3Class(), budget),
                Vector.of(positive(), negative(), faultStaleMemo()));
    }

    /** The planted space: a 2-bit alien coin, a 9-bit human coin, 5 and 40 symbols of human text. */
    public static FlipClass planted() {
        return new FlipClass("one virgin market: uniform (1 bit), alien P(1) = 0.95 (2 bits), human P(1) = 0.7 (9 bits); "
                + "corpora of 5 and 40 symbols of the human coin; processes alien and human",
                Vector.of(Vector.of(new Coin("uniform", 0.5, 1), new Coin("alien", 0.95, 2), new Coin("human", 0.7, 9))),
                Vector.of(new CorpusSpec("human text", 0.7, 5), new CorpusSpec("human text", 0.7, 40)),
                Vector.of(0.95, 0.7), 0.05, 60, LearningTime.Criterion.STAYS);
    }

    static ClaimCheck positive() {
        ClaimInfo info = new ClaimInfo("E3.positive", "Positive control of E3: a planted learning-time flip", LINES,
                "(positive control of E3) a 2-bit alien coin and a 9-bit human coin; 40 symbols of human text",
                "the E3 search on the planted space (epsilon 0.05, horizon 60, STAYS): virgin, the alien holds 2^7 times the human's "
                        + "wealth and is learned first; 40 human symbols multiply the human/alien odds by about e^19 and the human is "
                        + "learned first (spec/growth.md §8.2)",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_FOUND, false);
        return ClaimCheck.of(info, (budget, seed) -> LearningTimeFlipSearch.searchClass(planted(), budget));
    }

    static ClaimCheck negative() {
        ClaimInfo info = new ClaimInfo("E3.negative", "Negative control of E3: pretraining that does nothing", LINES,
                "(negative control of E3) the planted space with pretraining replaced by the identity",
                "the E3 search on the planted space with a mutated model whose pretraining leaves the market unchanged: "
                        + "tau_pre = tau_virgin for every process, so no pair can flip (spec/growth.md §8.2)",
                ClaimInfo.Role.NEGATIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_NONE, false);
        return ClaimCheck.of(info, (budget, seed) -> LearningTimeFlipSearch.searchClass(planted(), budget,
                PretrainMode.IDENTITY, Memo.PER_CORPUS));
    }

    static ClaimCheck faultStaleMemo() {
        ClaimInfo info = new ClaimInfo("E3.fault-stale-memo", "Fault control of E3: learning times memoised without the corpus",
                LINES, "(fault control of E3) the memo of pretrained learning times ignores which corpus was used",
                "the E3 search on the planted space with pretrained learning times memoised by (market, process) only, so every "
                        + "corpus reuses the 5-symbol corpus's times, which cannot overcome the alien's 7-bit head start: the faulted "
                        + "search reports NONE WITHIN BOUND where a flip exists, which exposes the fault",
                ClaimInfo.Role.FAULT_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_NONE, false);
        return ClaimCheck.of(info, (budget, seed) -> LearningTimeFlipSearch.searchClass(planted(), budget,
                PretrainMode.EXPECTED, Memo.FAULT_STALE_CORPUS));
    }
}
