package org.valuegrowth.induction;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.ArrayDeque;
import java.util.Deque;
import org.valuegrowth.induction.internal.Kernels;
import org.valuegrowth.numeric.ModelException;

/**
 * The market maker: finds prices P for one day at which a given trade T(P) gains at most a
 * tolerance ε in every plausible world, max_W Σ_φ T_φ(P)·(W(φ) − P(φ)) ≤ ε (Garrabrant et al. 2016,
 * §5.1, eq. 92, with ε = 2^-n on day n).
 *
 * <p>Algorithm (the paper enumerates rationals; this one terminates with an explicit budget):
 * <ol>
 *   <li>Gauss–Seidel: starting from {@code start}, clear one sentence at a time with the others
 *       fixed: price 1 if T_φ(1) ≥ 0, else 0 if T_φ(0) ≤ 0, else bisect T_φ to a sign change
 *       (60 halvings). After each sweep the candidate is verified exactly.</li>
 *   <li>Branch and bound over boxes of [0,1]^m (breadth first, split the widest side): a box is
 *       discarded when interval arithmetic proves it holds no exact fixed point of Lemma 5.1.1
 *       (some φ with T_φ &gt; 0 on the box while the box stays below price 1, or T_φ &lt; 0 while it
 *       stays above 0). Otherwise its midpoint, and the midpoint snapped to 0/1 where the trade
 *       pushes against a face of the box that lies on the cube's boundary, are verified.</li>
 * </ol>
 * Why it terminates with an answer: an exact fixed point P* exists (Brouwer); boxes containing it
 * are never discarded (interval enclosures are sound); if T is L-Lipschitz and bounded by M in
 * sup norm, a candidate within δ of P* has value ≤ m·(L+M)·δ, so the midpoint of a box of side
 * ≤ δ = ε/(m(L+M)) around P* passes; breadth first, such a box is reached after at most 2·(2/δ)^m
 * boxes, so success is guaranteed for {@code maxBoxes} ≥ that many (in practice far fewer are
 * needed). The box budget caps the work; when it runs out the result is a {@code Left} with
 * the reason, never unverified prices. Every returned price vector has been verified by
 * evaluating the trade at it over every plausible world (in IEEE double arithmetic).
 *
 * @param sweeps the number of Gauss–Seidel sweeps, ≥ 0
 * @param maxBoxes the branch-and-bound budget in boxes, ≥ 0
 */
public record MarketMaker(int sweeps, long maxBoxes) {
    /** Validates. */
    public MarketMaker {
        if (sweeps < 0 || maxBoxes < 0) {
            throw new ModelException("market maker budgets must be >= 0: sweeps=" + sweeps + " boxes=" + maxBoxes);
        }
    }

    /** The default budgets: 40 sweeps, 200000 boxes. */
    public static MarketMaker standard() {
        return new MarketMaker(40, 200_000);
    }

    /**
     * The outcome of a successful clearing.
     *
     * @param prices the cleared prices
     * @param worstValue max over plausible worlds of the trade's value at those prices
     * @param tolerance the tolerance ε that worstValue does not exceed
     * @param method "gauss-seidel" or "branch-and-bound"
     * @param evaluations how many times the trade was evaluated or enclosed
     */
    public record Clearing(Pricing prices, double worstValue, double tolerance, String method, long evaluations) {
        /** Validates. */
        public Clearing {
            if (prices == null || method == null) {
                throw new ModelException("clearing parts must not be null");
            }
            if (!(worstValue <= tolerance)) {
                throw new ModelException("clearing not verified: worst value " + worstValue + " > " + tolerance);
            }
        }
    }

    /**
     * Clears {@code trade} within {@code tolerance} over the plausible world patterns.
     *
     * @param trade the day's trade as a function of today's prices
     * @param patterns the plausible worlds as patterns over the tracked sentences (non-empty)
     * @param tolerance ε &gt; 0
     * @param start the first candidate (e.g. yesterday's prices)
     * @return the verified prices, or a {@code Left} saying which budget ran out
     */
    public Either<String, Clearing> clear(DayTrade trade, Vector<Long> patterns, double tolerance, Pricing start) {
        int m = trade.dimension();
        if (start.size() != m) {
            throw new ModelException("start has " + start.size() + " prices for a trade over " + m);
        }
        if (patterns.isEmpty()) {
            throw new ModelException("no plausible world to clear against");
        }
        if (!(tolerance > 0)) {
            throw new ModelException("tolerance must be > 0: " + tolerance);
        }
        long[] pats = new long[patterns.size()];
        for (int i = 0; i < pats.length; i++) {
            pats[i] = patterns.get(i);
        }
        long[] evals = {0};
        double[] p = start.toArray();
        double worst = worst(trade, p, pats, evals);
        if (worst <= tolerance) {
            return Either.right(new Clearing(toPricing(p), worst, tolerance, "gauss-seidel", evals[0]));
        }
        for (int s = 0; s < sweeps; s++) {
            for (int j = 0; j < m; j++) {
                p[j] = clearOne(trade, p, j, evals);
            }
            worst = worst(trade, p, pats, evals);
            if (worst <= tolerance) {
                return Either.right(new Clearing(toPricing(p), worst, tolerance, "gauss-seidel", evals[0]));
            }
        }
        return branchAndBound(trade, pats, tolerance, evals);
    }

    private Either<String, Clearing> branchAndBound(DayTrade trade, long[] pats, double tolerance, long[] evals) {
        int m = trade.dimension();
        // Breadth first: every box of side > δ is visited before any of side ≤ δ (the termination bound).
        Deque<double[][]> stack = new ArrayDeque<>();
        double[] lo0 = new double[m];
        double[] hi0 = new double[m];
        java.util.Arrays.fill(hi0, 1.0);
        stack.addLast(new double[][] {lo0, hi0});
        long boxes = 0;
        while (!stack.isEmpty()) {
            if (boxes >= maxBoxes) {
                return Either.left("market maker budget exhausted: " + maxBoxes + " boxes after " + sweeps
                        + " Gauss-Seidel sweeps, tolerance " + tolerance);
            }
            boxes++;
            double[][] box = stack.pollFirst();
            double[] lo = box[0];
            double[] hi = box[1];
            Interval[] iv = new Interval[m];
            for (int j = 0; j < m; j++) {
                iv[j] = new Interval(lo[j], hi[j]);
            }
            Interval[] t = trade.enclose(iv);
            evals[0]++;
            if (noFixedPoint(t, lo, hi)) {
                continue;
            }
            double[] mid = new double[m];
            for (int j = 0; j < m; j++) {
                mid[j] = 0.5 * (lo[j] + hi[j]);
            }
            double w = worst(trade, mid, pats, evals);
            if (w <= tolerance) {
                return Either.right(new Clearing(toPricing(mid), w, tolerance, "branch-and-bound", evals[0]));
            }
            double[] q = trade.quantities(mid);
            evals[0]++;
            double[] snapped = mid.clone();
            for (int j = 0; j < m; j++) {
                if (q[j] > 0 && hi[j] == 1.0) {
                    snapped[j] = 1.0;
                } else if (q[j] < 0 && lo[j] == 0.0) {
                    snapped[j] = 0.0;
                }
            }
            w = worst(trade, snapped, pats, evals);
            if (w <= tolerance) {
                return Either.right(new Clearing(toPricing(snapped), w, tolerance, "branch-and-bound", evals[0]));
            }
            int widest = 0;
            for (int j = 1; j < m; j++) {
                if (hi[j] - lo[j] > hi[widest] - lo[widest]) {
                    widest = j;
                }
            }
            if (hi[widest] - lo[widest] < 1e-15) {
                continue;
            }
            double cut = mid[widest];
            double[] hiLeft = hi.clone();
            hiLeft[widest] = cut;
            double[] loRight = lo.clone();
            loRight[widest] = cut;
            stack.addLast(new double[][] {lo, hiLeft});
            stack.addLast(new double[][] {loRight, hi});
        }
        return Either.left("market maker found no verified price: every box was discarded or reached width 1e-15"
                + " (tolerance " + tolerance + ")");
    }

    /** Sound test: the box holds no exact fixed point of the clipped price-adjustment map. */
    private static boolean noFixedPoint(Interval[] t, double[] lo, double[] hi) {
        for (int j = 0; j < t.length; j++) {
            if (t[j].lo() > 0 && hi[j] < 1.0) {
                return true;
            }
            if (t[j].hi() < 0 && lo[j] > 0.0) {
                return true;
            }
        }
        return false;
    }

    private static double clearOne(DayTrade trade, double[] p, int j, long[] evals) {
        double[] x = p.clone();
        x[j] = 1.0;
        evals[0]++;
        if (trade.quantities(x)[j] >= 0) {
            return 1.0;
        }
        x[j] = 0.0;
        evals[0]++;
        if (trade.quantities(x)[j] <= 0) {
            return 0.0;
        }
        double a = 0.0;
        double b = 1.0;
        for (int it = 0; it < 60 && b - a > 0; it++) {
            double c = 0.5 * (a + b);
            x[j] = c;
            evals[0]++;
            double g = trade.quantities(x)[j];
            if (g == 0) {
                return c;
            }
            if (g > 0) {
                a = c;
            } else {
                b = c;
            }
        }
        return 0.5 * (a + b);
    }

    private static double worst(DayTrade trade, double[] p, long[] pats, long[] evals) {
        evals[0]++;
        return Kernels.maxTradeValue(trade.quantities(p), p, pats);
    }

    private static Pricing toPricing(double[] p) {
        return Pricing.of(p);
    }
}
