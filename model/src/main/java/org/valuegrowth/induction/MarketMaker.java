package org.valuegrowth.induction;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.ArrayDeque;
import java.util.Deque;
import org.valuegrowth.induction.internal.Kernels;
import org.valuegrowth.numeric.ModelException;

/**
 * The market maker: finds prices P for one day at which a given trade T(P) gains at most a
 * tolerance ε in every guarded world, max_W Σ_φ T_φ(P)·(W(φ) − P(φ)) ≤ ε (Garrabrant et al. 2016,
 * §5.1, eq. 92, with ε = 2^-n on day n).
 *
 * <p>Which worlds are guarded ({@link Worlds}): {@link Worlds#PLAUSIBLE} guards the plausible
 * patterns it is given (the worlds of PC(D_n), a relaxation of the paper); {@link Worlds#ALL}
 * guards every truth assignment of the tracked sentences, as the paper's MarketMaker does (it sees
 * no deductive process). Over all assignments the worst value separates by sentence:
 * max_W Σ_φ T_φ(W(φ) − P_φ) = Σ_φ max(T_φ(1 − P_φ), −T_φ·P_φ), so no pattern is enumerated.
 *
 * <p>Which prices are accepted ({@link Prices}): {@link Prices#LAZY} accepts the first verified
 * candidate, starting with {@code start} (yesterday's prices), so prices stay put while they pass;
 * {@link Prices#FIXED_POINT} accepts a candidate only if it is also within
 * {@link #FIXED_POINT_RESIDUAL} of a fixed point of the paper's price-adjustment map
 * V ↦ clip(V + T(V)) (Lemma 5.1.1) in sup norm, so the market moves to (near) a fixed point every
 * day, whatever yesterday's prices were.
 *
 * <p>Algorithm (the paper enumerates rationals; this one terminates with an explicit budget):
 * <ol>
 *   <li>Gauss–Seidel: starting from {@code start}, clear one sentence at a time with the others
 *       fixed: keep P_φ if T_φ(P) = 0, else price 1 if T_φ(1) ≥ 0, else 0 if T_φ(0) ≤ 0, else bisect T_φ to a sign change
 *       (60 halvings). After each sweep the candidate is verified exactly.</li>
 *   <li>Branch and bound over boxes of [0,1]^m (breadth first, split the widest side): a box is
 *       discarded when interval arithmetic proves it holds no exact fixed point of Lemma 5.1.1
 *       (some φ with T_φ &gt; 0 on the box while the box stays below price 1, or T_φ &lt; 0 while it
 *       stays above 0). Otherwise its midpoint, and the midpoint snapped to 0/1 where the trade
 *       pushes against a face of the box that lies on the cube's boundary, are verified.</li>
 * </ol>
 * Why it terminates with an answer: an exact fixed point P* exists (Brouwer), and its value is 0
 * in every world (each φ has T_φ = 0, or P_φ = 1 and T_φ ≥ 0, or P_φ = 0 and T_φ ≤ 0); boxes
 * containing it are never discarded (interval enclosures are sound); if T is L-Lipschitz and
 * bounded by M in sup norm, a candidate within δ of P* has value ≤ m·(L+M)·δ and residual
 * ≤ (L+1)·δ, so the midpoint of a box of side ≤ δ around P* passes once δ ≤ ε/(m(L+M)) (and, for
 * FIXED_POINT, δ ≤ η/(L+1)); breadth first, such a box is reached after at most 2·(2/δ)^m boxes.
 * The box budget caps the work; when it runs out the result is a {@code Left} with the reason,
 * never unverified prices. Every returned price vector has been verified by evaluating the trade
 * at it over every guarded world (in IEEE double arithmetic).
 *
 * @param sweeps the number of Gauss–Seidel sweeps, ≥ 0
 * @param maxBoxes the branch-and-bound budget in boxes, ≥ 0
 * @param worlds the worlds guarded
 * @param prices which verified candidates are accepted
 */
public record MarketMaker(int sweeps, long maxBoxes, Worlds worlds, Prices prices) {
    /** η: the sup-norm distance |clip(P + T(P)) − P| a {@link Prices#FIXED_POINT} candidate may have, 2^-30. */
    public static final double FIXED_POINT_RESIDUAL = 0x1p-30;

    /** The worlds in which the day's trade must gain at most ε. */
    public enum Worlds {
        /** The plausible worlds PC(D_n), as patterns over the tracked sentences. */
        PLAUSIBLE,
        /** Every truth assignment of the tracked sentences (the paper's MarketMaker, eq. 92). */
        ALL
    }

    /** Which verified prices the market maker accepts. */
    public enum Prices {
        /** The first verified candidate, yesterday's prices first. */
        LAZY,
        /** Only candidates that are also within η of a fixed point of clip(V + T(V)). */
        FIXED_POINT
    }

    /** Validates. */
    public MarketMaker {
        if (sweeps < 0 || maxBoxes < 0) {
            throw new ModelException("market maker budgets must be >= 0: sweeps=" + sweeps + " boxes=" + maxBoxes);
        }
        if (worlds == null || prices == null) {
            throw new ModelException("market maker worlds and prices must not be null");
        }
    }

    /** A lazy market maker over the plausible worlds with the given budgets. */
    public MarketMaker(int sweeps, long maxBoxes) {
        this(sweeps, maxBoxes, Worlds.PLAUSIBLE, Prices.LAZY);
    }

    /** The default budgets: 40 sweeps, 200000 boxes; plausible worlds, lazy prices. */
    public static MarketMaker standard() {
        return new MarketMaker(40, 200_000);
    }

    /** This market maker guarding {@code w}. */
    public MarketMaker with(Worlds w) {
        return new MarketMaker(sweeps, maxBoxes, w, prices);
    }

    /** This market maker with price rule {@code p}. */
    public MarketMaker with(Prices p) {
        return new MarketMaker(sweeps, maxBoxes, worlds, p);
    }

    /**
     * The outcome of a successful clearing.
     *
     * @param prices the cleared prices
     * @param worstValue max over plausible worlds of the trade's value at those prices
     * @param tolerance the tolerance ε that worstValue does not exceed
     * @param method "gauss-seidel" or "branch-and-bound"
     * @param evaluations how many times the trade was evaluated or enclosed
     * @param residual max_φ |clip(P_φ + T_φ(P)) − P_φ|, the distance to the price-adjustment map's image
     */
    public record Clearing(Pricing prices, double worstValue, double tolerance, String method, long evaluations,
                           double residual) {
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
     * Clears {@code trade} within {@code tolerance} over the guarded worlds.
     *
     * @param trade the day's trade as a function of today's prices
     * @param patterns the plausible worlds as patterns over the tracked sentences (non-empty); used
     *                 when {@link #worlds()} is PLAUSIBLE, ignored for ALL
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
        Clearing c = accept(trade, p, pats, tolerance, "gauss-seidel", evals);
        if (c != null) {
            return Either.right(c);
        }
        for (int s = 0; s < sweeps; s++) {
            for (int j = 0; j < m; j++) {
                p[j] = clearOne(trade, p, j, evals);
            }
            c = accept(trade, p, pats, tolerance, "gauss-seidel", evals);
            if (c != null) {
                return Either.right(c);
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
                        + " Gauss-Seidel sweeps, tolerance " + tolerance + " (" + describe() + ")");
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
            Clearing c = accept(trade, mid, pats, tolerance, "branch-and-bound", evals);
            if (c != null) {
                return Either.right(c);
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
            c = accept(trade, snapped, pats, tolerance, "branch-and-bound", evals);
            if (c != null) {
                return Either.right(c);
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
                + " (tolerance " + tolerance + ", " + describe() + ")");
    }

    /** "worlds plausible, prices lazy": the two choices in words. */
    public String describe() {
        return "worlds " + (worlds == Worlds.ALL ? "all" : "plausible") + ", prices "
                + (prices == Prices.FIXED_POINT ? "fixed-point" : "lazy");
    }

    /**
     * The worst value of {@code q} at prices {@code p} over the guarded worlds: the max over the
     * patterns, or for ALL the separable sum Σ_φ max(q_φ(1 − p_φ), −q_φ p_φ).
     */
    double worstValue(double[] q, double[] p, long[] pats) {
        if (worlds == Worlds.ALL) {
            return Kernels.maxTradeValueAllWorlds(q, p);
        }
        return Kernels.maxTradeValue(q, p, pats);
    }

    /** The candidate as a clearing if it passes (value ≤ ε, and for FIXED_POINT residual ≤ η), else null. */
    private Clearing accept(DayTrade trade, double[] p, long[] pats, double tolerance, String method, long[] evals) {
        evals[0]++;
        double[] q = trade.quantities(p);
        double worst = worstValue(q, p, pats);
        double residual = Kernels.fixedPointResidual(q, p);
        boolean ok = worst <= tolerance && (prices == Prices.LAZY || residual <= FIXED_POINT_RESIDUAL);
        return ok ? new Clearing(toPricing(p), worst, tolerance, method, evals[0], residual) : null;
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
        evals[0]++;
        if (trade.quantities(x)[j] == 0) {
            return p[j]; // already a zero of T_j (e.g. a sentence nobody trades): keep its price
        }
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

    private static Pricing toPricing(double[] p) {
        return Pricing.of(p);
    }
}
