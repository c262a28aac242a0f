package org.valuegrowth.numeric;

/**
 * The one base type for broken preconditions anywhere in the model.
 *
 * <p>Thrown by constructors and transitions when an argument violates a stated precondition
 * (a probability outside [0,1], an inconsistent deductive process, an unknown atom). The message
 * always carries the offending value. Expected outcomes (no schedule found, infeasible goal) are
 * not exceptions: they are returned as {@code Option} or {@code Either}.
 */
public class ModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message what was wrong, including the offending value */
    public ModelException(String message) {
        super(message);
    }

    /** Throws unless {@code p} is a probability in [0,1] (rejects NaN). */
    public static double requireProbability(String what, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new ModelException(what + " not in [0,1]: " + p);
        }
        return p;
    }

    /** Throws unless {@code x} is finite. */
    public static double requireFinite(String what, double x) {
        if (!Double.isFinite(x)) {
            throw new ModelException(what + " is not finite: " + x);
        }
        return x;
    }

    /** Throws unless {@code x >= 0} and finite. */
    public static double requireNonNegative(String what, double x) {
        if (!(x >= 0.0) || Double.isInfinite(x)) {
            throw new ModelException(what + " must be finite and >= 0: " + x);
        }
        return x;
    }
}
