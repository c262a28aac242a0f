package org.valuegrowth.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.valuegrowth.growth.AdvantageConvention;
import org.valuegrowth.growth.Grpo;
import org.valuegrowth.growth.Task;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.search.GrowthBench;

/**
 * One GRPO round (spec/growth.md) on the market of {@code bench grpo}: a sampled round of group
 * size G, and the expected round, from the same market each time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GrpoRoundBenchmark {
    @Param({"1000", "100000"})
    int traders;

    @Param({"8", "64"})
    int groupSize;

    KellyMarket market;
    double[] reference;
    Grpo sampled;
    Grpo expected;
    long seed;

    @Setup
    public void setup() {
        market = GrowthBench.market(traders, 42);
        reference = market.logWealth();
        Task task = Task.of("pass", 0, 1);
        sampled = new Grpo(task, groupSize, 0.1, 0.0, AdvantageConvention.TRL,
                org.valuegrowth.growth.Mode.SAMPLED, 1, 42);
        expected = new Grpo(task, 1, 0.1, 0.0, AdvantageConvention.POPULATION,
                org.valuegrowth.growth.Mode.EXPECTED, 1, 42);
    }

    /** A sampled round: G outputs drawn, rewards, advantages, the wealth transfer. */
    @Benchmark
    public KellyMarket sampledRound() {
        return sampled.sampledRound(market, reference, seed++).after();
    }

    /** The expected round (no sampling). */
    @Benchmark
    public KellyMarket expectedRound() {
        return expected.expectedRound(market, reference);
    }
}
