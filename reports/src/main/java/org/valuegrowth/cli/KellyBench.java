package org.valuegrowth.cli;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.valuegrowth.market.KellyKernels;
import org.valuegrowth.market.ScaledWealth;

/**
 * The workload of {@code bench kelly}: the numpy peer's (resource {@code peer_kelly_numpy.py}) run
 * in Java. N Bernoulli traders with beliefs b_i ~ U(0.01, 0.99) (p_i(1) = b_i, p_i(0) = 1 − b_i,
 * fixed for the workload), T fair-coin outcomes (fixed), and per run a fresh prior 2^-c_i with
 * c_i ~ U[1, 50] bits drawn inside the timed region, as the peer does; a run is the T Kelly updates
 * of the whole market. Each method is timed as the median of its runs after one warm-up run.
 */
final class KellyBench {
    final int traders;
    final int steps;
    private final double[][] columns;
    private final double[][] logColumns;
    private final int[] outcomes;
    private final SplittableRandom priors;

    KellyBench(int traders, int steps, long seed) {
        this.traders = traders;
        this.steps = steps;
        SplittableRandom rnd = new SplittableRandom(seed);
        columns = new double[2][traders];
        logColumns = new double[2][traders];
        for (int i = 0; i < traders; i++) {
            double b = 0.01 + 0.98 * rnd.nextDouble();
            columns[1][i] = b;
            columns[0][i] = 1 - b;
            logColumns[1][i] = Math.log(b);
            logColumns[0][i] = Math.log1p(-b);
        }
        outcomes = new int[steps];
        for (int t = 0; t < steps; t++) {
            outcomes[t] = rnd.nextInt(2);
        }
        priors = rnd.split();
    }

    /** Trader-updates per run. */
    double updates() {
        return (double) traders * steps;
    }

    private double[] drawBits() {
        double[] c = new double[traders];
        for (int i = 0; i < traders; i++) {
            c[i] = 1 + 49 * priors.nextDouble();
        }
        return c;
    }

    /** Seconds for one run of the kernel: {@link KellyKernels#runIid}, scaled wealth, one fused pass per outcome. */
    double kernelRun() {
        long t0 = System.nanoTime();
        KellyKernels.IidRun r = KellyKernels.runIid(columns, ScaledWealth.ofBits(drawBits()), outcomes);
        long t1 = System.nanoTime();
        Blackhole.consume(r.cumulativeLogLoss());
        return (t1 - t0) / 1e9;
    }

    /**
     * Seconds for one run of the previous kernel: double log-wealths, {@link KellyKernels#updateLogInto}
     * (one exp per trader per update), two buffers in turn.
     */
    double logSpaceRun() {
        long t0 = System.nanoTime();
        double[] c = drawBits();
        double[] a = new double[traders];
        for (int i = 0; i < traders; i++) {
            a[i] = -c[i] * Math.log(2);
        }
        double total = org.valuegrowth.numeric.LogSpace.logSumExp(a);
        double[] b = new double[traders];
        double sink = 0;
        for (int t = 0; t < steps; t++) {
            sink += KellyKernels.updateLogInto(a, logColumns[outcomes[t]], total, b);
            double[] swap = a;
            a = b;
            b = swap;
        }
        long t1 = System.nanoTime();
        Blackhole.consume(sink + a[0]);
        return (t1 - t0) / 1e9;
    }

    /**
     * Seconds for one run of the linear-space loop (w_i ← w_i·lik_i/q, two passes, no exponent):
     * the speed a double-range market could have; it cannot hold 2^-5000.
     */
    double linearRun() {
        long t0 = System.nanoTime();
        double[] c = drawBits();
        double[] a = new double[traders];
        double total = 0;
        for (int i = 0; i < traders; i++) {
            a[i] = Math.pow(2, -c[i]);
            total += a[i];
        }
        double[] b = new double[traders];
        double sink = 0;
        for (int t = 0; t < steps; t++) {
            double[] lik = columns[outcomes[t]];
            double s = 0;
            for (int i = 0; i < traders; i++) {
                s += a[i] * lik[i];
            }
            double inv = total / s;
            for (int i = 0; i < traders; i++) {
                b[i] = a[i] * lik[i] * inv;
            }
            sink += s;
            double[] swap = a;
            a = b;
            b = swap;
        }
        long t1 = System.nanoTime();
        Blackhole.consume(sink + a[0]);
        return (t1 - t0) / 1e9;
    }

    /** The median of {@code reps} timings after one warm-up run (the JIT's; the peer has none). */
    static double median(int reps, DoubleSupplier run) {
        run.getAsDouble();
        double[] t = new double[reps];
        for (int r = 0; r < reps; r++) {
            t[r] = run.getAsDouble();
        }
        return median(t);
    }

    /** The median (the mean of the two middle values for an even count). */
    static double median(double[] x) {
        double[] t = x.clone();
        Arrays.sort(t);
        int n = t.length;
        return n % 2 == 1 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
    }

    /** Keeps results alive so the JIT cannot remove the measured loops. */
    static final class Blackhole {
        static volatile double sink;

        private Blackhole() {
        }

        static void consume(double v) {
            sink += v;
        }
    }
}
