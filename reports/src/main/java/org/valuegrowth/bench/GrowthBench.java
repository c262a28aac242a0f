package org.valuegrowth.bench;

import io.vavr.collection.Vector;
import java.util.Locale;
import java.util.SplittableRandom;
import org.valuegrowth.growth.AdvantageConvention;
import org.valuegrowth.growth.Grpo;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.Task;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/**
 * The GRPO-step benchmark: wall time of one {@link Grpo#sampledRound} (and one
 * {@link Grpo#expectedRound}) against the number of traders and the group size. A benchmark, not
 * a test: nothing asserts a time. Run: {@code java -cp … org.valuegrowth.bench.GrowthBench
 * [traders…]} (defaults 1e3 1e4 1e5 1e6) or call {@link #run}.
 */
public final class GrowthBench {
    private GrowthBench() {
    }

    /**
     * One measurement.
     *
     * @param traders n
     * @param groupSize G (0 for the expected round)
     * @param mode "SAMPLED", "EXPECTED", or "BASELINE" (a tight loop over double[]: ln w + η·c, then
     *     a log-sum-exp renormalisation — the least work a wealth transfer needs)
     * @param repeats timed rounds
     * @param nanosPerRound mean wall time per round
     * @param traderUpdatesPerSecond n / (seconds per round)
     */
    public record Row(int traders, int groupSize, String mode, int repeats, double nanosPerRound, double traderUpdatesPerSecond) {
    }

    /** A market of n binary i.i.d. traders with random success probabilities and a uniform prior. */
    public static KellyMarket market(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        PredictorTrader[] ts = new PredictorTrader[n];
        for (int i = 0; i < n; i++) {
            double p = 0.01 + 0.98 * rng.nextDouble();
            ts[i] = new PredictorTrader("t" + i, 1, new Predictor.Iid(1 - p, p));
        }
        return KellyMarket.of(Vector.of(ts), new Prior.Uniform(), 2);
    }

    /** Times rounds on a market of each size, for each group size, plus the expected round. */
    public static Vector<Row> run(int[] traderCounts, int[] groupSizes, long seed) {
        Vector<Row> rows = Vector.empty();
        Task task = Task.of("pass", 0, 1);
        for (int n : traderCounts) {
            KellyMarket k = market(n, seed);
            int repeats = Math.max(3, Math.min(200, 20_000_000 / n));
            for (int g : groupSizes) {
                Grpo grpo = new Grpo(task, g, 0.1, 0.0, AdvantageConvention.TRL, Mode.SAMPLED, 1, seed);
                double[] ref = k.logWealth();
                KellyMarket m = k;
                for (int w = 0; w < Math.max(2, repeats / 4); w++) {
                    m = grpo.sampledRound(m, ref, seed + w).after();
                }
                long t0 = System.nanoTime();
                for (int r = 0; r < repeats; r++) {
                    m = grpo.sampledRound(m, ref, seed + r).after();
                }
                double per = (System.nanoTime() - t0) / (double) repeats;
                rows = rows.append(new Row(n, g, "SAMPLED", repeats, per, n / (per * 1e-9)));
            }
            Grpo expected = new Grpo(task, 1, 0.1, 0.0, AdvantageConvention.POPULATION, Mode.EXPECTED, 1, seed);
            double[] ref = k.logWealth();
            KellyMarket m = k;
            for (int w = 0; w < Math.max(2, repeats / 4); w++) {
                m = expected.expectedRound(m, ref);
            }
            long t0 = System.nanoTime();
            for (int r = 0; r < repeats; r++) {
                m = expected.expectedRound(m, ref);
            }
            double per = (System.nanoTime() - t0) / (double) repeats;
            rows = rows.append(new Row(n, 0, "EXPECTED", repeats, per, n / (per * 1e-9)));
            double[] lw = k.logWealth();
            double[] credit = new double[n];
            credit[n / 2] = 1.0;
            double sink = 0;
            for (int w = 0; w < Math.max(2, repeats / 4); w++) {
                sink += baseline(lw, credit, 0.1)[0];
            }
            t0 = System.nanoTime();
            for (int r = 0; r < repeats; r++) {
                sink += baseline(lw, credit, 0.1)[0];
            }
            per = (System.nanoTime() - t0) / (double) repeats;
            rows = rows.append(new Row(n, 0, Double.isNaN(sink) ? "BASELINE*" : "BASELINE", repeats, per, n / (per * 1e-9)));
        }
        return rows;
    }

    /** The tight-loop reference: ln w + η·c renormalised by a max-shifted log-sum-exp. */
    static double[] baseline(double[] lw, double[] c, double eta) {
        int n = lw.length;
        double[] out = new double[n];
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            out[i] = lw[i] + eta * c[i];
            m = Math.max(m, out[i]);
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.exp(out[i] - m);
        }
        double z = m + Math.log(s);
        for (int i = 0; i < n; i++) {
            out[i] -= z;
        }
        return out;
    }

    /** Prints the table (Markdown) to standard output. */
    public static void main(String[] args) {
        int[] counts = args.length == 0 ? new int[]{1_000, 10_000, 100_000, 1_000_000}
                : java.util.Arrays.stream(args).mapToInt(s -> (int) Double.parseDouble(s)).toArray();
        Vector<Row> rows = run(counts, new int[]{8, 64, 512}, 42L);
        System.out.println("| traders | G | mode | repeats | µs per round | trader-updates/s |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row r : rows) {
            System.out.println(String.format(Locale.ROOT, "| %d | %s | %s | %d | %.1f | %.3g |", r.traders(),
                    r.groupSize() == 0 ? "-" : Integer.toString(r.groupSize()), r.mode(), r.repeats(),
                    r.nanosPerRound() / 1e3, r.traderUpdatesPerSecond()));
        }
    }
}
