package org.valuegrowth.jmh;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
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
 * One day of the LIA market (spec/induction.md) on the workload of {@code bench lia}: atoms s1..sm
 * tracked, one proved every other day, k traders each buying a random depth-2 feature of today's
 * and yesterday's prices on every sentence (seed 42), index prior, budgets 1..4. The day measured
 * is day 5, stepped from the same day-4 market each time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LiaDayBenchmark {
    static final int DAYS = 12;

    @Param({"4", "16"})
    int traders;

    @Param({"2", "4"})
    int sentences;

    LiaMarket dayFour;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(42);
        Vector<Atom> atoms = Vector.range(1, sentences + 1).map(i -> new Atom("s" + i, 0));
        Vector<Sentence> tracked = Vector.range(0, sentences).map(i -> (Sentence) new Sentence.Var(atoms.get(i), i));
        Vector<Vector<Sentence>> proved = Vector.empty();
        for (int n = 1; n <= DAYS; n++) {
            int which = (n - 1) / 2;
            proved = proved.append(n % 2 == 0 && which < sentences ? Vector.of(tracked.get(which)) : Vector.empty());
        }
        DeductiveProcess process = new DeductiveProcess(new Language(atoms), proved);
        Vector<StrategyTrader> ts = Vector.empty();
        for (int t = 0; t < traders; t++) {
            LinkedHashMap<Sentence, Feature> trades = LinkedHashMap.empty();
            for (Sentence s : tracked) {
                trades = trades.put(s, feature(rnd, tracked, 2));
            }
            ts = ts.append(new StrategyTrader("t" + t, t + 1, 0, 1, trades));
        }
        TradingFirm firm = new TradingFirm(ts, Vector.range(1, 5), TradingFirm.Prior.INDEX);
        Either<String, LiaMarket> run = LiaMarket.start(process, firm, tracked, MarketMaker.standard()).run(4);
        dayFour = run.getOrElseThrow(msg -> new IllegalStateException("LIA workload failed: " + msg));
    }

    private static Feature feature(SplittableRandom rnd, Vector<Sentence> s, int depth) {
        switch (rnd.nextInt(depth <= 0 ? 2 : 5)) {
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

    /** Day 5: the market maker clears the firm's trades on the tracked sentences. */
    @Benchmark
    public Either<String, LiaMarket> day() {
        return dayFour.step();
    }
}
