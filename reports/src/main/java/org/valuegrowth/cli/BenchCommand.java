package org.valuegrowth.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.valuegrowth.market.KellyKernels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code valuegrowth bench}: throughput figures, each reported as a ratio against a baseline
 * measured in the same run (so the figures travel between machines). Benchmarks are not tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput against a baseline measured in the same run.",
            "Figures are medians over repetitions after warm-up; run on an idle machine."},
        subcommands = {BenchCommand.Kelly.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The Kelly update kernel at several market sizes. */
    @Command(name = "kelly", mixinStandardHelpOptions = true,
            description = {"Kelly update (log space) in trader-updates per second, against two baselines:",
                "(a) the same log-space arithmetic inlined in one loop, (b) a linear-space multiply loop",
                "(w_i *= lik_i / q), which is bounded by memory bandwidth and cannot hold 2^-5000 wealth."})
    static final class Kelly implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--traders", split = ",", defaultValue = "1000,100000,1000000",
                description = "market sizes (default: ${DEFAULT-VALUE})")
        List<Integer> sizes;

        @Option(names = "--updates", defaultValue = "20000000", description = "trader-updates per repetition (default: ${DEFAULT-VALUE})")
        long updates;

        @Option(names = "--reps", defaultValue = "7", description = "repetitions (default: ${DEFAULT-VALUE})")
        int reps;

        @Option(names = "--seed", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() {
            if (reps < 1 || updates < 1 || sizes.stream().anyMatch(n -> n < 1)) {
                throw new UserError("--reps, --updates and every --traders size must be >= 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("traders  step-kernel(upd/s)  two-pass(upd/s)  inlined-log(upd/s)  linear(upd/s)  step/inlined  step/linear");
            for (int n : sizes) {
                SplittableRandom rnd = new SplittableRandom(seed);
                double[] lw = new double[n];
                double[] lik = new double[n];
                for (int i = 0; i < n; i++) {
                    lw[i] = -rnd.nextDouble() * 50;
                    lik[i] = 0.05 + 0.9 * rnd.nextDouble();
                }
                int steps = (int) Math.max(1, updates / n);
                double[] logLik = new double[n];
                for (int i = 0; i < n; i++) {
                    logLik[i] = Math.log(lik[i]);
                }
                double stepKernel = median(reps, () -> timeStepKernel(lw, logLik, steps));
                double kernel = median(reps, () -> timeKernel(lw, lik, steps));
                double inlined = median(reps, () -> timeInlined(lw, lik, steps));
                double linear = median(reps, () -> timeLinear(lw, lik, steps));
                double u = (double) n * steps;
                out.println(String.format(Locale.ROOT, "%7d  %18.3e  %15.3e  %18.3e  %13.3e  %12.2f  %11.2f", n, u / stepKernel,
                        u / kernel, u / inlined, u / linear, inlined / stepKernel, linear / stepKernel));
            }
            return ExitCodes.OK;
        }

        private static double median(int reps, java.util.function.DoubleSupplier run) {
            run.getAsDouble(); // warm-up
            double[] t = new double[reps];
            for (int r = 0; r < reps; r++) {
                t[r] = run.getAsDouble();
            }
            java.util.Arrays.sort(t);
            return t[reps / 2];
        }

        /** Seconds for {@code steps} updates with the market's one-exp step kernel. */
        private static double timeStepKernel(double[] lw0, double[] logLik, int steps) {
            double[] a = lw0.clone();
            double[] b = new double[a.length];
            double logTotal = org.valuegrowth.numeric.LogSpace.logSumExp(a);
            long t0 = System.nanoTime();
            double sink = 0;
            for (int s = 0; s < steps; s++) {
                sink += KellyKernels.updateLogInto(a, logLik, logTotal, b);
                double[] t = a;
                a = b;
                b = t;
            }
            long t1 = System.nanoTime();
            Blackhole.consume(sink + a[0]);
            return (t1 - t0) / 1e9;
        }

        /** Seconds for {@code steps} two-pass kernel updates, ping-ponging two buffers. */
        private static double timeKernel(double[] lw0, double[] lik, int steps) {
            double[] a = lw0.clone();
            double[] b = new double[a.length];
            long t0 = System.nanoTime();
            double sink = 0;
            for (int s = 0; s < steps; s++) {
                sink += KellyKernels.updateInto(a, lik, b);
                double[] t = a;
                a = b;
                b = t;
            }
            long t1 = System.nanoTime();
            Blackhole.consume(sink + a[0]);
            return (t1 - t0) / 1e9;
        }

        /** The same log-space arithmetic, inlined here (baseline a). */
        private static double timeInlined(double[] lw0, double[] lik, int steps) {
            double[] a = lw0.clone();
            double[] b = new double[a.length];
            int n = a.length;
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                double m = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    m = Math.max(m, a[i]);
                }
                double s0 = 0;
                double s1 = 0;
                for (int i = 0; i < n; i++) {
                    double e = Math.exp(a[i] - m);
                    s0 += e;
                    s1 += e * lik[i];
                }
                double lq = Math.log(s1) - Math.log(s0);
                for (int i = 0; i < n; i++) {
                    b[i] = a[i] + Math.log(lik[i]) - lq;
                }
                double[] t = a;
                a = b;
                b = t;
            }
            long t1 = System.nanoTime();
            Blackhole.consume(a[0]);
            return (t1 - t0) / 1e9;
        }

        /** Linear-space wealth, w_i *= lik_i / q: two passes, no transcendental functions (baseline b). */
        private static double timeLinear(double[] lw0, double[] lik, int steps) {
            int n = lw0.length;
            double[] a = new double[n];
            double tot = 0;
            for (int i = 0; i < n; i++) {
                a[i] = Math.exp(lw0[i]);
                tot += a[i];
            }
            for (int i = 0; i < n; i++) {
                a[i] /= tot;
            }
            double[] b = new double[n];
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                double q = 0;
                for (int i = 0; i < n; i++) {
                    q += a[i] * lik[i];
                }
                double inv = 1.0 / q;
                for (int i = 0; i < n; i++) {
                    b[i] = a[i] * lik[i] * inv;
                }
                double[] t = a;
                a = b;
                b = t;
            }
            long t1 = System.nanoTime();
            Blackhole.consume(a[0]);
            return (t1 - t0) / 1e9;
        }
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
