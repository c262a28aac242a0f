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
        subcommands = {BenchCommand.Kelly.class, BenchCommand.Lia.class, BenchCommand.Value.class, BenchCommand.Grpo.class})
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
                double logTotal = org.valuegrowth.numeric.LogSpace.logSumExp(lw);
                double[] linearStart = linearShares(lw);
                double stepKernel = median(reps, () -> seconds(lw, steps, (a, b) -> KellyKernels.updateLogInto(a, logLik, logTotal, b)));
                double kernel = median(reps, () -> seconds(lw, steps, (a, b) -> KellyKernels.updateInto(a, lik, b)));
                double inlined = median(reps, () -> seconds(lw, steps, (a, b) -> inlinedLogStep(a, lik, b)));
                double linear = median(reps, () -> seconds(linearStart, steps, (a, b) -> linearStep(a, lik, b)));
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

        /** One update from {@code in} into {@code out}, returning a number that keeps the work alive. */
        @FunctionalInterface
        interface Step {
            double apply(double[] in, double[] out);
        }

        /** Seconds for {@code steps} updates from {@code start}, ping-ponging two buffers. */
        private static double seconds(double[] start, int steps, Step step) {
            double[] a = start.clone();
            double[] b = new double[a.length];
            double sink = 0;
            long t0 = System.nanoTime();
            for (int s = 0; s < steps; s++) {
                sink += step.apply(a, b);
                double[] t = a;
                a = b;
                b = t;
            }
            long t1 = System.nanoTime();
            Blackhole.consume(sink + a[0]);
            return (t1 - t0) / 1e9;
        }

        /** Baseline (a): the two-pass log-space arithmetic written out here; returns ln q. */
        private static double inlinedLogStep(double[] a, double[] lik, double[] b) {
            int n = a.length;
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
            return lq;
        }

        /** Baseline (b): linear-space wealth, w_i *= lik_i / q, two passes, no transcendentals; returns q. */
        private static double linearStep(double[] a, double[] lik, double[] b) {
            int n = a.length;
            double q = 0;
            for (int i = 0; i < n; i++) {
                q += a[i] * lik[i];
            }
            double inv = 1.0 / q;
            for (int i = 0; i < n; i++) {
                b[i] = a[i] * lik[i] * inv;
            }
            return q;
        }

        /** The normalised linear shares of log-wealths (the linear baseline's starting point). */
        private static double[] linearShares(double[] lw) {
            double[] a = new double[lw.length];
            double tot = 0;
            for (int i = 0; i < lw.length; i++) {
                a[i] = Math.exp(lw[i]);
                tot += a[i];
            }
            for (int i = 0; i < lw.length; i++) {
                a[i] /= tot;
            }
            return a;
        }
    }

    /** The LIA market's price finding per day against traders and sentences. */
    @Command(name = "lia", mixinStandardHelpOptions = true,
            description = {"LIA market: wall time and market-maker evaluations per day, for each number of traders",
                "and sentences (random feature traders, index prior, budgets 1..4). The first row is the baseline:",
                "ratios are per-day time relative to 1 trader and 1 sentence, measured in the same run."})
    static final class Lia implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--traders", split = ",", defaultValue = "1,4,16,64", description = "firm sizes (default: ${DEFAULT-VALUE})")
        List<Integer> traders;

        @Option(names = "--sentences", split = ",", defaultValue = "1,2,4,6", description = "sentence counts (default: ${DEFAULT-VALUE})")
        List<Integer> sentences;

        @Option(names = "--days", defaultValue = "12", description = "days per run (default: ${DEFAULT-VALUE})")
        int days;

        @Option(names = "--seed", defaultValue = "42", description = "seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() {
            if (days < 1 || traders.stream().anyMatch(n -> n < 1) || sentences.stream().anyMatch(n -> n < 1 || n > 12)) {
                throw new UserError("--days and --traders must be >= 1; --sentences in 1..12");
            }
            // warm-up pass over the whole grid so that the JIT has compiled the market maker before timing
            org.valuegrowth.bench.LiaBench.measure(io.vavr.collection.Vector.ofAll(traders),
                    io.vavr.collection.Vector.ofAll(sentences), days, seed);
            io.vavr.collection.Vector<org.valuegrowth.bench.LiaBench.Row> base = org.valuegrowth.bench.LiaBench.measure(
                    io.vavr.collection.Vector.of(1), io.vavr.collection.Vector.of(1), days, seed);
            io.vavr.collection.Vector<org.valuegrowth.bench.LiaBench.Row> rows = org.valuegrowth.bench.LiaBench.measure(
                    io.vavr.collection.Vector.ofAll(traders), io.vavr.collection.Vector.ofAll(sentences), days, seed);
            double baseNanos = base.get(0).nanosPerDay();
            PrintWriter out = spec.commandLine().getOut();
            out.println("traders  sentences  ms/day  evaluations/day  branch&bound-days  ratio-to-1x1  failure");
            for (org.valuegrowth.bench.LiaBench.Row r : rows) {
                out.println(String.format(Locale.ROOT, "%7d  %9d  %6.2f  %15.1f  %17d  %12.1f  %s", r.traders(), r.sentences(),
                        r.nanosPerDay() / 1e6, r.evaluationsPerDay(), r.branchAndBoundDays(), r.nanosPerDay() / baseNanos,
                        r.failure().isEmpty() ? "-" : r.failure()));
            }
            return ExitCodes.OK;
        }
    }

    /** The value solvers: Choco against brute force. */
    @Command(name = "value", mixinStandardHelpOptions = true,
            description = {"Value solver (spec/value.md): Choco against brute force (the baseline), time and nodes,",
                "on dictionaries of the given sizes, then how far each gets within the budget."})
    static final class Value implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--sizes", split = ",", defaultValue = "10,15,20", description = "dictionary sizes (default: ${DEFAULT-VALUE})")
        List<Integer> sizes;

        @Option(names = "--budget", defaultValue = "60", description = "seconds per run (default: ${DEFAULT-VALUE})")
        long budgetSeconds;

        @Option(names = "--reach", description = "also find how far each engine gets, from 20 atoms in steps of 5")
        boolean reach;

        @Option(names = "--seed", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() {
            if (budgetSeconds < 1 || sizes.stream().anyMatch(n -> n < 1 || n > 62)) {
                throw new UserError("--budget must be >= 1 and sizes in 1..62");
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(org.valuegrowth.bench.ValueSolverBench.format(org.valuegrowth.bench.ValueSolverBench.run(
                    sizes.stream().mapToInt(Integer::intValue).toArray(), budgetSeconds * 1000, seed)));
            if (reach) {
                out.println("reach (from 20 atoms in steps of 5 until a run is incomplete):");
                out.print(org.valuegrowth.bench.ValueSolverBench.format(
                        org.valuegrowth.bench.ValueSolverBench.reach(20, 5, 60, budgetSeconds * 1000, seed)));
            }
            return ExitCodes.OK;
        }
    }

    /** A GRPO step against traders and group size. */
    @Command(name = "grpo", mixinStandardHelpOptions = true,
            description = {"GRPO step (spec/growth.md): time per round and trader-updates per second, sampled and expected,",
                "against a tight-loop baseline (ln w + eta*c, then log-sum-exp) measured in the same run."})
    static final class Grpo implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--traders", split = ",", defaultValue = "1000,100000,1000000", description = "market sizes (default: ${DEFAULT-VALUE})")
        List<Integer> traders;

        @Option(names = "--groups", split = ",", defaultValue = "8,64,512", description = "group sizes (default: ${DEFAULT-VALUE})")
        List<Integer> groups;

        @Option(names = "--seed", defaultValue = "42", description = "seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() {
            if (traders.stream().anyMatch(n -> n < 2) || groups.stream().anyMatch(g -> g < 2)) {
                throw new UserError("--traders and --groups must be >= 2");
            }
            io.vavr.collection.Vector<org.valuegrowth.bench.GrowthBench.Row> rows = org.valuegrowth.bench.GrowthBench.run(
                    traders.stream().mapToInt(Integer::intValue).toArray(), groups.stream().mapToInt(Integer::intValue).toArray(), seed);
            PrintWriter out = spec.commandLine().getOut();
            out.println("traders  G     mode      repeats  us/round      trader-updates/s  ratio-to-baseline");
            for (org.valuegrowth.bench.GrowthBench.Row r : rows) {
                double baseline = rows.filter(b -> b.traders() == r.traders() && b.mode().equals("BASELINE"))
                        .headOption().map(org.valuegrowth.bench.GrowthBench.Row::nanosPerRound).getOrElse(Double.NaN);
                out.println(String.format(Locale.ROOT, "%7d  %-4s  %-8s  %7d  %12.1f  %16.3e  %17.2f", r.traders(),
                        r.groupSize() == 0 ? "-" : Integer.toString(r.groupSize()), r.mode(), r.repeats(),
                        r.nanosPerRound() / 1e3, r.traderUpdatesPerSecond(), r.nanosPerRound() / baseline));
            }
            return ExitCodes.OK;
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
