package org.valuegrowth.mind;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.valuegrowth.mind.internal.Kernels;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.numeric.LogSpace;
import org.valuegrowth.numeric.ModelException;

/**
 * The I-projection (minimum-KL update) of a distribution onto linear constraints.
 *
 * <p>min_Q KL(Q‖P) subject to E_Q[f] = α has the solution Q*(x) = P(x)·exp(λ f(x))/Z(λ), where λ
 * solves E_{Q_λ}[f] = α (Csiszár 1975; Cover &amp; Thomas, 2nd ed., §11.6). The mean
 * λ ↦ E_{Q_λ}[f] is non-decreasing (its derivative is Var_{Q_λ}[f]), so λ is found by a
 * safeguarded Newton iteration on the log-odds of the mean inside a bracket that grows until it
 * brackets ({@link Kernels#solveLambdaLog}). The constraint is feasible with a finite λ iff
 * min f &lt; α &lt; max f over the support of P, or f is constant α on the support (then λ = 0).
 * Several constraints are met by cyclic I-projections, which converge to the I-projection onto the
 * intersection when it is non-empty (Csiszár 1975, Thm 3.2).
 *
 * <p>Domain and precision ({@code spec/mind.md} §3): P a probability vector (divided by its sum;
 * entries down to the smallest subnormal), f finite, every α strictly inside the feature range
 * solved, including targets within 1e-300 (or one subnormal) of an end: the mean of Q* meets α to
 * relative error ≤ ~1e-12 of its distance to the nearer end. Failures are loud: an iteration cap
 * or a λ beyond the double range throws {@link ModelException} with the values.
 */
public final class IProjection {
    private IProjection() {
    }

    /**
     * Projects {@code p} onto {E_Q[f] = alpha}.
     *
     * <p>Q* is computed as exp(ln p + λ(f − c) − ln Z_c) with c = max f on the support when λ &gt; 0
     * and min f otherwise, so that no exponent is positive; ln Z = λc + ln Z_c; and
     * KL(Q*‖P) = Σ P·(ρ ln ρ − ρ + 1) with ρ(x) = Q*(x)/P(x), a sum of non-negative terms equal to λα − ln Z
     * that keeps its relative precision when Q* is close to P.
     *
     * @return the tilt, or a left message when no finite λ meets the constraint
     * @throws ModelException if p is not a distribution, f is not finite, or the solver fails
     */
    public static Either<String, Tilt> onto(double[] p, double[] f, double alpha) {
        Distributions.requireDistribution("p", p, 1e-9);
        if (f.length != p.length) {
            throw new ModelException("feature length " + f.length + " != distribution length " + p.length);
        }
        for (double v : f) {
            ModelException.requireFinite("feature value", v);
        }
        ModelException.requireFinite("alpha", alpha);
        double total = 0;
        for (double v : p) {
            total += v;
        }
        double[] logP = Kernels.log(p);
        for (int i = 0; i < logP.length; i++) {
            logP[i] -= Math.log(total);
        }
        return ontoLog(logP, f, alpha);
    }

    /** {@link #onto} for ln P (normalised), so that no probability below 4.9e-324 is lost. */
    private static Either<String, Tilt> ontoLog(double[] logP, double[] f, double alpha) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logP.length; i++) {
            if (logP[i] > Double.NEGATIVE_INFINITY) {
                lo = Math.min(lo, f[i]);
                hi = Math.max(hi, f[i]);
            }
        }
        double lambda;
        if (lo == hi) {
            // E_Q[f] = lo for every Q: feasible only at lo itself (up to the rounding of a mean)
            if (Math.abs(alpha - lo) > 0x1p-50 * Math.abs(lo)) {
                return Either.left("feature is constant " + lo + " on the support, target " + alpha);
            }
            lambda = 0.0;
        } else if (!(alpha > lo && alpha < hi)) {
            return Either.left("target " + alpha + " is not strictly inside the feature range (" + lo + ", " + hi
                    + ") on the support: it needs an infinite tilt");
        } else {
            lambda = Kernels.solveLambdaLog(logP, f, alpha);
        }
        double c = lambda > 0 ? hi : lo;
        double[] shifted = new double[logP.length];
        for (int i = 0; i < logP.length; i++) {
            shifted[i] = logP[i] == Double.NEGATIVE_INFINITY || lambda == 0 ? logP[i] : logP[i] + Kernels.times(lambda, f[i], c);
        }
        double logZc = LogSpace.logSumExp(shifted);
        double logZ = lambda == 0 ? logZc : lambda * c + logZc;
        if (!Double.isFinite(logZ)) {
            throw new ModelException("I-projection: ln Z overflows the double range (lambda " + lambda + ", feature end "
                    + c + ", target " + alpha + ")");
        }
        double[] q = new double[logP.length];
        double kl = 0;
        for (int i = 0; i < logP.length; i++) {
            if (logP[i] > Double.NEGATIVE_INFINITY) {
                double logRatio = shifted[i] - logZc - logP[i];
                q[i] = Math.exp(logP[i] + logRatio);
                kl += Math.exp(logP[i]) * LogSpace.klTerm(logRatio);
            }
        }
        return Either.right(new Tilt(lambda, Kernels.vector(q), logZ, kl));
    }

    /**
     * Projects {@code p} onto all the constraints E_Q[f_j] = alpha_j by cyclic single-constraint
     * projections, at most {@code maxSweeps} sweeps or until every constraint holds to relative
     * error {@code tol}, measured from the nearer end of its feature range on the support
     * ({@link Kernels#relativeGap}: a target of 1e-200 is met to 1e-200·tol, not to tol).
     * Constraints that are individually infeasible are skipped (they stay violated). The sweeps run
     * in log space (ln p + tilt), so no world's weight underflows between projections.
     *
     * <p>The sweep cap is not an error: wants that contradict each other (no distribution meets them
     * all) never converge, and the tilt after the last sweep is returned; use
     * {@link #cyclicConverges} to tell.
     *
     * @return the accumulated log-tilt Σ λ_j f_j (per point), to be added to ln p
     */
    public static double[] cyclicLogTilt(double[] p, Vector<double[]> features, double[] alphas, double tol,
                                         int maxSweeps) {
        return cyclic(p, features, alphas, tol, maxSweeps).tilt;
    }

    /** Whether the cyclic projections of {@link #cyclicLogTilt} meet every feasible constraint within tol. */
    public static boolean cyclicConverges(double[] p, Vector<double[]> features, double[] alphas, double tol,
                                          int maxSweeps) {
        return cyclic(p, features, alphas, tol, maxSweeps).converged;
    }

    private static final class Cyclic {
        final double[] tilt;
        final boolean converged;

        Cyclic(double[] tilt, boolean converged) {
            this.tilt = tilt;
            this.converged = converged;
        }
    }

    private static Cyclic cyclic(double[] p, Vector<double[]> features, double[] alphas, double tol, int maxSweeps) {
        if (features.size() != alphas.length) {
            throw new ModelException(features.size() + " features but " + alphas.length + " targets");
        }
        Distributions.requireDistribution("p", p, 1e-9);
        double[] tilt = new double[p.length];
        double[] logP = Kernels.log(p);
        for (int sweep = 0; sweep < maxSweeps; sweep++) {
            double worst = 0.0;
            for (int j = 0; j < alphas.length; j++) {
                double[] f = features.get(j);
                double[] logQ = Kernels.add(logP, tilt);
                double gap = Kernels.relativeGap(logQ, f, alphas[j]);
                if (gap <= tol) {
                    continue;
                }
                double z = LogSpace.logSumExp(logQ);
                for (int i = 0; i < logQ.length; i++) {
                    logQ[i] -= z;
                }
                Either<String, Tilt> t = ontoLog(logQ, f, alphas[j]);
                if (t.isLeft()) {
                    continue;
                }
                worst = Math.max(worst, gap);
                double lambda = t.get().lambda();
                for (int i = 0; i < tilt.length; i++) {
                    tilt[i] += lambda * f[i];
                }
            }
            if (worst <= tol) {
                return new Cyclic(tilt, true);
            }
        }
        return new Cyclic(tilt, false);
    }
}
