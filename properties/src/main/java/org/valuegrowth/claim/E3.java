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
 * Claim E3 (pre-training changes which processes are easy to learn): learning-time flips between a
 * virgin and a pretrained market, with its planted twin. Two engines must agree.
 */
public final class E3 {
    private E3() {
    }

    /** E3, with its controls attached. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(e3());
    }


    /** E3 on the standard space ({@link LearningTimeFlipSearch#standard()}). */
    public static ClaimCheck e3() {
        ClaimInfo info = new ClaimInfo("E3", "Pre-training changes which processes are easy to learn",
                "22, 27",
                "What kinds of processes are easy for it to learn? What kinds are hard? It won't be the same processes which are easy (or hard) for a virgin inductor to learn.",
                "∃ corpus C in the list, ∃ processes p ≠ q: τ_virgin(p) < τ_virgin(q) and τ_pretrained(C)(p) > τ_pretrained(C)(q), "
                        + "τ = learning time (STAYS criterion, ε = 0.05, horizon 100; spec/growth.md §8)",
                ClaimInfo.Role.CLAIM, Verdict.Kind.WITNESS, Polarity.FOUND_SUPPORTS, false);
        return ClaimCheck.of(info, flipCheck(info, LearningTimeFlipSearch.standard())::run, Vector.of(e3Planted()));
    }


    /** The planted twin of E3: a cheap alien coin and an expensive human coin, pretraining on human text. */
    public static ClaimCheck e3Planted() {
        ClaimInfo info = new ClaimInfo("E3.positive", "Positive control of E3: a planted learning-time flip", "22, 27",
                "(planted twin of E3) a 2-bit alien coin and a 9-bit human coin; 40 symbols of human text",
                "the E3 search on a space with a flip built in: it must report WITNESS FOUND",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_FOUND, false);
        return flipCheck(info, plantedFlip());
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
        return ClaimCheck.of(info, (budget, seed) -> {
            LearningTimeFlipSearch.Space sp = new LearningTimeFlipSearch.Space(space.virgin(), space.corpora(),
                    space.processes(), space.processNames(), space.epsilon(), space.horizon(),
                    Math.min(space.maxTriples(), budget.maxNodes()), space.criterion());
            Verdict primary = LearningTimeFlipSearch.targeted(sp, LearningTimeFlipSearch.Pretraining.MODEL);
            Verdict second = LearningTimeFlipSearch.bruteForce(sp, LearningTimeFlipSearch.Pretraining.MODEL);
            return CrossCheck.confirmed(primary, second);
        });
    }
}
