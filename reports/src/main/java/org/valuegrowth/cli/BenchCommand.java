package org.valuegrowth.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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

    /** The Kelly update kernel at several market sizes, against baselines and (--peer) numpy. */
    @Command(name = "kelly", mixinStandardHelpOptions = true,
            description = {"Kelly update in trader-updates per second on the numpy peer's workload: N Bernoulli",
                "traders, beliefs U(0.01, 0.99), prior 2^-c with c ~ U[1, 50] bits drawn per run, T = updates/N",
                "fair-coin outcomes; the median of --reps runs after one warm-up run. Columns: the kernel",
                "(KellyKernels.runIid: scaled wealth, one fused pass per outcome); the previous log-space kernel;",
                "a linear-space loop (w_i *= lik_i/q), which cannot hold 2^-5000 wealth. With --peer, also the",
                "numpy peer (reports/src/main/resources/org/valuegrowth/cli/peer_kelly_numpy.py) on the same N",
                "and T in the same run, with its default BLAS threads and with one thread; the ratio is taken",
                "against the faster of the two. numpy is installed (apt-get or pip) when missing, and the",
                "command says so; exit 2 if that is impossible."})
    static final class Kelly implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--traders", split = ",", defaultValue = "1000,100000,1000000",
                description = "market sizes (default: ${DEFAULT-VALUE})")
        List<Integer> sizes;

        @Option(names = "--updates", defaultValue = "20000000",
                description = "trader-updates per run, N*T (default: ${DEFAULT-VALUE})")
        long updates;

        @Option(names = "--reps", defaultValue = "5", description = "timed runs per method, median (default: ${DEFAULT-VALUE}, as the peer)")
        int reps;

        @Option(names = "--seed", defaultValue = "1", description = "seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--peer", description = "also run the numpy peer on the same workload and print the ratio")
        boolean peer;

        @Option(names = "--no-baselines", description = "skip the log-space and linear baselines")
        boolean noBaselines;

        @Option(names = "--rounds", defaultValue = "1",
                description = "with --peer: repeat (kernel, numpy) this many times per size, alternating, and print"
                        + " medians and the per-round ratios (default: ${DEFAULT-VALUE}; 3 on a busy machine)")
        int rounds;

        @Override
        public Integer call() {
            if (reps < 1 || updates < 1 || rounds < 1 || sizes.stream().anyMatch(n -> n < 1)) {
                throw new UserError("--reps, --updates, --rounds and every --traders size must be >= 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            NumpyPeer numpy = peer ? NumpyPeer.locate(out) : null;
            out.println("bench kelly: median of " + reps + " runs (Java after 1 warm-up run), seed " + seed
                    + (numpy == null ? "" : "; numpy " + numpy.numpyVersion + " via " + numpy.python));
            out.println("load average at start: " + loadAverage());
            StringBuilder head = new StringBuilder("traders  outcomes  kernel(upd/s)");
            if (!noBaselines) {
                head.append("  log-space(upd/s)  linear(upd/s)  kernel/log-space  kernel/linear");
            }
            if (numpy != null) {
                head.append("  numpy(upd/s)  numpy-1thread(upd/s)  kernel/numpy").append(rounds > 1 ? "  per-round" : "");
            }
            out.println(head);
            out.flush();
            for (int n : sizes) {
                int steps = (int) Math.max(1, updates / n);
                KellyBench w = new KellyBench(n, steps, seed);
                int r = numpy == null ? 1 : rounds;
                double[] kernels = new double[r];
                double[] threaded = new double[r];
                double[] single = new double[r];
                double[] ratios = new double[r];
                for (int round = 0; round < r; round++) {
                    kernels[round] = w.updates() / KellyBench.median(reps, w::kernelRun);
                    if (numpy != null) {
                        threaded[round] = numpy.rate(n, steps, false);
                        single[round] = numpy.rate(n, steps, true);
                        ratios[round] = kernels[round] / Math.max(threaded[round], single[round]);
                    }
                }
                double kernel = median(kernels);
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%7d  %8d  %13.3e", n, steps, kernel));
                if (!noBaselines) {
                    double log = w.updates() / KellyBench.median(reps, w::logSpaceRun);
                    double linear = w.updates() / KellyBench.median(reps, w::linearRun);
                    row.append(String.format(Locale.ROOT, "  %16.3e  %13.3e  %16.2f  %13.2f", log, linear, kernel / log,
                            kernel / linear));
                }
                if (numpy != null) {
                    row.append(String.format(Locale.ROOT, "  %12.3e  %20.3e  %12.2f", median(threaded), median(single),
                            median(ratios)));
                    if (r > 1) {
                        row.append(" ");
                        for (double x : ratios) {
                            row.append(String.format(Locale.ROOT, " %.2f", x));
                        }
                    }
                }
                out.println(row);
                out.flush();
            }
            out.println("load average at end: " + loadAverage());
            return ExitCodes.OK;
        }

        private static double median(double[] x) {
            return KellyBench.median(x);
        }

        private static String loadAverage() {
            try {
                String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
                return f[0] + " " + f[1] + " " + f[2] + " (1, 5, 15 min; " + Runtime.getRuntime().availableProcessors()
                        + " processors)";
            } catch (java.io.IOException | RuntimeException e) {
                return "unknown (" + Runtime.getRuntime().availableProcessors() + " processors)";
            }
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
}
