package org.valuegrowth.bench;

import org.valuegrowth.search.Engine;
import org.valuegrowth.search.ExploitationSearch;
import org.valuegrowth.search.Limits;
import org.valuegrowth.search.TraderSpace;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.SplittableRandom;
import org.valuegrowth.induction.Feature;
import org.valuegrowth.induction.LiaMarket;
import org.valuegrowth.induction.MarketMaker;
import org.valuegrowth.induction.StrategyTrader;
import org.valuegrowth.induction.TradingFirm;
import org.valuegrowth.logic.Atom;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;

/**
 * A benchmark of the LIA market's price finding: wall time and trade evaluations per day against
 * the number of traders and of sentences. For a {@code bench} command; no test asserts its times.
 *
 * <p>Workload: atoms s1..sm (the tracked sentences), one atom proved every other day; each trader
 * buys, on every sentence, a random feature of depth ≤ 2 built from today's and yesterday's prices
 * and constants in {−1, −1/2, 1/2, 1}, drawn from a {@link SplittableRandom} with the given seed.
 */
public final class LiaBench {
    private LiaBench() {
    }

    /**
     * One measurement.
     *
     * @param traders the number of traders in the firm (budgets 1..4, index prior)
     * @param sentences the number of tracked sentences (= atoms)
     * @param days the days run
     * @param nanosPerDay mean wall time per day
     * @param evaluationsPerDay mean trade evaluations or enclosures per day by the market maker
     * @param branchAndBoundDays days the Gauss–Seidel phase did not clear
     * @param failure "" or the market maker's failure message
     */
    public record Row(int traders, int sentences, int days, double nanosPerDay, double evaluationsPerDay,
                      int branchAndBoundDays, String failure) {
    }

    /** Measures every combination of trader and sentence counts over {@code days} days (index prior, standard maker). */
    public static Vector<Row> measure(Vector<Integer> traderCounts, Vector<Integer> sentenceCounts, int days, long seed) {
        return measure(traderCounts, sentenceCounts, days, seed, TradingFirm.Prior.INDEX, MarketMaker.standard());
    }

    /**
     * Measures every combination with a chosen prior and market maker. With {@code COMPLEXITY} every
     * trader has complexity 0, so all trade from day 1 with weight 2^-b (the heavier workload);
     * {@code new MarketMaker(0, …)} forces branch and bound whenever the start point fails.
     */
    public static Vector<Row> measure(Vector<Integer> traderCounts, Vector<Integer> sentenceCounts, int days, long seed,
                                      TradingFirm.Prior prior, MarketMaker maker) {
        Vector<Row> rows = Vector.empty();
        for (int m : sentenceCounts) {
            for (int k : traderCounts) {
                rows = rows.append(measureOne(k, m, days, seed, prior, maker));
            }
        }
        return rows;
    }

    private static Row measureOne(int k, int m, int days, long seed, TradingFirm.Prior prior, MarketMaker maker) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Vector<Atom> atoms = Vector.range(1, m + 1).map(i -> new Atom("s" + i, 0));
        Language lang = new Language(atoms);
        Vector<Sentence> sentences = Vector.range(0, m).map(i -> (Sentence) new Sentence.Var(atoms.get(i), i));
        Vector<Vector<Sentence>> proved = Vector.empty();
        for (int n = 1; n <= days; n++) {
            int which = (n - 1) / 2;
            proved = proved.append(n % 2 == 0 && which < m ? Vector.of(sentences.get(which)) : Vector.empty());
        }
        DeductiveProcess d = new DeductiveProcess(lang, proved);
        Vector<StrategyTrader> traders = Vector.empty();
        for (int t = 0; t < k; t++) {
            LinkedHashMap<Sentence, Feature> trades = LinkedHashMap.empty();
            for (Sentence s : sentences) {
                trades = trades.put(s, feature(rnd, sentences, 2));
            }
            traders = traders.append(new StrategyTrader("t" + t, t + 1, 0, 1, trades));
        }
        long start = System.nanoTime();
        TradingFirm firm = new TradingFirm(traders, Vector.range(1, 5), prior);
        Either<String, LiaMarket> run = LiaMarket.start(d, firm, sentences, maker).run(days);
        long nanos = System.nanoTime() - start;
        if (run.isLeft()) {
            return new Row(k, m, days, nanos / (double) days, 0, 0, run.getLeft());
        }
        LiaMarket mk = run.get();
        double evals = mk.clearings().map(c -> (double) c.evaluations()).sum().doubleValue() / days;
        int bb = mk.clearings().count(c -> c.method().equals("branch-and-bound"));
        return new Row(k, m, days, nanos / (double) days, evals, bb, "");
    }

    private static Feature feature(SplittableRandom rnd, Vector<Sentence> s, int depth) {
        int r = rnd.nextInt(depth <= 0 ? 2 : 5);
        switch (r) {
            case 0:
                return new Feature.Price(s.get(rnd.nextInt(s.size())), rnd.nextInt(2));
            case 1:
                return new Feature.Constant(new double[] {-1, -0.5, 0.5, 1}[rnd.nextInt(4)]);
            case 2:
                return new Feature.Sum(feature(rnd, s, depth - 1), feature(rnd, s, depth - 1));
            case 3:
                return new Feature.Product(feature(rnd, s, depth - 1), feature(rnd, s, depth - 1));
            default:
                return new Feature.Max(feature(rnd, s, depth - 1), feature(rnd, s, depth - 1));
        }
    }

    /**
     * Runs both engines on the same bounded search (no limits) and returns their verdicts, Choco
     * first, for a side-by-side of candidates judged, pruned prefixes and wall time.
     */
    public static Vector<org.valuegrowth.verdict.Verdict> compareEngines(org.valuegrowth.induction.PriceHistory prices,
                                                                      DeductiveProcess process, TraderSpace space) {
        return Vector.of(ExploitationSearch.run(prices, process, space, Limits.none(), Engine.CHOCO, 0),
                ExploitationSearch.run(prices, process, space, Limits.none(), Engine.BRUTE_FORCE, 0));
    }
}
