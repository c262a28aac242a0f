package org.valuegrowth.search;

import io.vavr.collection.Vector;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * The bounded space of strategy traders an {@link ExploitationSearch} explores, and the
 * finite-horizon exploitation target.
 *
 * <p>A trader of the space buys ξ shares of one sentence φ ∈ {@code tradable} every day from day 1,
 * where ξ is an expressible feature of at most {@code maxSize} nodes whose leaves are constants from
 * {@code constants} and prices p(ψ, −g) with ψ ∈ {@code readable}, g ∈ {@code lags}, and whose inner
 * nodes are operators from {@code operators}. It exploits the market within (b, B, N) iff its
 * plausible value is &gt; −b on every day ≤ N and ≥ B on some day ≤ N (see
 * {@code org.valuegrowth.induction.ExploitationCheck}). Candidates are ordered by size, then by the
 * traded sentence's position, then lexicographically by the prefix (Polish) notation of ξ with the
 * symbol order: constants in the given order, then prices (sentence-major, then lag), then
 * operators in the given order. The first exploiting trader in that order is the minimal witness.
 *
 * @param tradable the sentences a trader may buy
 * @param readable the sentences whose prices a feature may read
 * @param lags the allowed price lags (0 = today)
 * @param constants the allowed constants, simplest first
 * @param operators the allowed inner nodes
 * @param maxSize the largest node count of ξ, ≥ 1
 * @param lossBound b &gt; 0
 * @param gainTarget B
 * @param horizon N ≥ 1
 */
public record TraderSpace(Vector<Sentence> tradable, Vector<Sentence> readable, Vector<Integer> lags,
                          Vector<Double> constants, Vector<Operator> operators, int maxSize,
                          double lossBound, double gainTarget, int horizon) {

    /** The inner nodes of a feature. */
    public enum Operator {
        /** 1/max(1, x). */
        RECIPROCAL(1),
        /** x + y. */
        SUM(2),
        /** x · y. */
        PRODUCT(2),
        /** min(x, y). */
        MIN(2),
        /** max(x, y). */
        MAX(2);

        private final int arity;

        Operator(int arity) {
            this.arity = arity;
        }

        /** The number of children. */
        public int arity() {
            return arity;
        }
    }

    /** Validates. */
    public TraderSpace {
        if (tradable == null || readable == null || lags == null || constants == null || operators == null) {
            throw new ModelException("trader space parts must not be null");
        }
        if (tradable.isEmpty()) {
            throw new ModelException("a trader space needs at least one tradable sentence");
        }
        if (constants.isEmpty() && (readable.isEmpty() || lags.isEmpty())) {
            throw new ModelException("a trader space needs at least one leaf (a constant or a price)");
        }
        if (maxSize < 1 || maxSize > 12) {
            throw new ModelException("max feature size must be in 1..12: " + maxSize);
        }
        if (!(lossBound > 0) || !Double.isFinite(gainTarget)) {
            throw new ModelException("need b > 0 and finite B: b=" + lossBound + " B=" + gainTarget);
        }
        if (horizon < 1) {
            throw new ModelException("horizon must be >= 1: " + horizon);
        }
        for (Integer g : lags) {
            if (g == null || g < 0) {
                throw new ModelException("lags must be >= 0: " + g);
            }
        }
        for (Double c : constants) {
            ModelException.requireFinite("constant", c == null ? Double.NaN : c);
        }
        if (tradable.distinct().size() != tradable.size() || readable.distinct().size() != readable.size()
                || lags.distinct().size() != lags.size() || constants.distinct().size() != constants.size()
                || operators.distinct().size() != operators.size()) {
            throw new ModelException("trader space lists must not repeat an element");
        }
    }

    /** All sentences the space's traders may touch (tradable first). */
    public Vector<Sentence> sentences() {
        return tradable.appendAll(readable).distinct();
    }

    /** A one-line description for a {@link org.valuegrowth.verdict.Bound}. */
    public String describe() {
        return "all strategy traders that each day buy xi shares of one sentence of " + tradable.mkString("{", ", ", "}")
                + ", xi an expressible feature of at most " + maxSize + " nodes over constants "
                + constants.mkString("{", ", ", "}") + ", prices of " + readable.mkString("{", ", ", "}")
                + " with lags " + lags.mkString("{", ", ", "}") + " and operators " + operators.mkString("{", ", ", "}")
                + "; exploitation = plausible value > -" + lossBound + " on every day <= " + horizon
                + " and >= " + gainTarget + " on some day <= " + horizon;
    }
}
