package org.valuegrowth.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.valuegrowth.market.KellyKernels;
import org.valuegrowth.market.ScaledWealth;

/**
 * The Kelly kernel on the numpy peer's workload (bench kelly): N Bernoulli traders, beliefs
 * U(0.01, 0.99), prior 2^-c with c ~ U[1, 50] bits, T = 2·10^7/N fair-coin outcomes. One operation
 * is one trader-update (N·T = 2·10^7 per invocation), so the score is trader-updates per second.
 * The prior is built once in the setup (the CLI bench draws it per run, as the peer does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KellyKernelBenchmark {
    static final int UPDATES = 20_000_000;

    @Param({"1000", "100000", "1000000"})
    int traders;

    double[][] columns;
    double[][] logColumns;
    int[] outcomes;
    ScaledWealth prior;
    double[] logPrior;
    double logTotal;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(1);
        columns = new double[2][traders];
        logColumns = new double[2][traders];
        for (int i = 0; i < traders; i++) {
            double b = 0.01 + 0.98 * rnd.nextDouble();
            columns[1][i] = b;
            columns[0][i] = 1 - b;
            logColumns[1][i] = Math.log(b);
            logColumns[0][i] = Math.log1p(-b);
        }
        outcomes = new int[UPDATES / traders];
        for (int t = 0; t < outcomes.length; t++) {
            outcomes[t] = rnd.nextInt(2);
        }
        double[] c = new double[traders];
        logPrior = new double[traders];
        for (int i = 0; i < traders; i++) {
            c[i] = 1 + 49 * rnd.nextDouble();
            logPrior[i] = -c[i] * Math.log(2);
        }
        prior = ScaledWealth.ofBits(c);
        logTotal = org.valuegrowth.numeric.LogSpace.logSumExp(logPrior);
    }

    /** The kernel: {@link KellyKernels#runIid}, scaled wealth, one fused pass per outcome. */
    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public double runIid() {
        return KellyKernels.runIid(columns, prior, outcomes).cumulativeLogLoss();
    }

    /** The previous kernel: double log-wealths, one exp per trader per update, two buffers in turn. */
    @Benchmark
    @OperationsPerInvocation(UPDATES)
    public double logSpace() {
        double[] a = logPrior.clone();
        double[] b = new double[traders];
        double sink = 0;
        for (int t = 0; t < outcomes.length; t++) {
            sink += KellyKernels.updateLogInto(a, logColumns[outcomes[t]], logTotal, b);
            double[] swap = a;
            a = b;
            b = swap;
        }
        return sink + a[0];
    }
}
