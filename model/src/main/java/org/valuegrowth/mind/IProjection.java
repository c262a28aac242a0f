package org.valuegrowth.mind;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.valuegrowth.mind.internal.Kernels;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.numeric.ModelException;

/**
 * The I-projection (minimum-KL update) of a distribution onto linear constraints.
 *
 * <p>min_Q KL(Q‖P) subject to E_Q[f] = α has the solution Q*(x) = P(x)·exp(λ f(x))/Z(λ), where λ
 * solves E_{Q_λ}[f] = α (Csiszár 1975; Cover &amp; Thomas, 2nd ed., §11.6). The mean
 * λ ↦ E_{Q_λ}[f] is non-decreasing (its derivative is Var_{Q_λ}[f]), so λ is found by a
 * safeguarded Newton iteration inside an expanding bracket. The constraint is feasible with a
 * finite λ iff min f &lt; α &lt; max f over the support of P, or f is constant α on the support
 * (then λ = 0). Several constraints are met by cyclic I-projections, which converge to the
 * I-projection onto the intersection when it is non-empty (Csiszár 1975, Thm 3.2).
 */
public final class IProjection {
    private IProjection() {
    }

    /**
     * Projects {@code p} onto {E_Q[f] = alpha}.
     *
     * @return the tilt, or a left message when no finite λ meets the constraint
     * @throws ModelException if p is not a distribution or f is not finite
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
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                lo = Math.min(lo, f[i]);
                hi = Math.max(hi, f[i]);
            }
        }
        double lambda;
        if (lo == hi) {
            if (Math.abs(alpha - lo) > 1e-12) {
                return Either.left("feature is constant " + lo + " on the support, target " + alpha);
            }
            lambda = 0.0;
        } else if (!(alpha > lo && alpha < hi)) {
            return Either.left("target " + alpha + " is not strictly inside the feature range (" + lo + ", " + hi
                    + ") on the support: it needs an infinite tilt");
        } else {
            lambda = Kernels.solveLambda(p, f, alpha);
        }
        double[] logP = Kernels.log(p);
        double[] logQ = Kernels.tiltLog(logP, f, lambda);
        double logZ = Kernels.logSumExp(logQ);
        double[] q = Kernels.normaliseLog(logQ);
        double kl = Math.max(0.0, lambda * Kernels.mean(q, f) - logZ);
        return Either.right(new Tilt(lambda, Kernels.vector(q), logZ, kl));
    }

    /**
     * Projects {@code p} onto all the constraints E_Q[f_j] = alpha_j by cyclic single-constraint
     * projections, at most {@code maxSweeps} sweeps or until every constraint holds within
     * {@code tol}. Constraints that are individually infeasible are skipped (they stay violated).
     *
     * @return the accumulated log-tilt Σ λ_j f_j (per point), to be added to ln p
     */
    public static double[] cyclicLogTilt(double[] p, Vector<double[]> features, double[] alphas, double tol,
                                         int maxSweeps) {
        if (features.size() != alphas.length) {
            throw new ModelException(features.size() + " features but " + alphas.length + " targets");
        }
        double[] tilt = new double[p.length];
        double[] logP = Kernels.log(p);
        double[] q = p.clone();
        for (int sweep = 0; sweep < maxSweeps; sweep++) {
            double worst = 0.0;
            for (int j = 0; j < alphas.length; j++) {
                double[] f = features.get(j);
                double gap = Math.abs(Kernels.mean(q, f) - alphas[j]);
                if (gap <= tol) {
                    continue;
                }
                Either<String, Tilt> t = onto(q, f, alphas[j]);
                if (t.isLeft()) {
                    continue;
                }
                worst = Math.max(worst, gap);
                double lambda = t.get().lambda();
                for (int i = 0; i < tilt.length; i++) {
                    tilt[i] += lambda * f[i];
                }
                q = Kernels.normaliseLog(Kernels.add(logP, tilt));
            }
            if (worst <= tol) {
                break;
            }
        }
        return tilt;
    }
}
