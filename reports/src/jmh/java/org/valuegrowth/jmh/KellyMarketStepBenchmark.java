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
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.search.GrowthBench;

/**
 * One step of the immutable {@link KellyMarket} (the general path: every predictor asked for
 * p_i(x | h), the exact scaled step, a new market): time per step for N binary i.i.d. traders.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class KellyMarketStepBenchmark {
    @Param({"1000", "100000"})
    int traders;

    KellyMarket market;

    @Setup
    public void setup() {
        market = GrowthBench.market(traders, 42);
    }

    /** market.step(1) from the same state each time (the market is immutable). */
    @Benchmark
    public KellyMarket step() {
        return market.step(1);
    }
}
