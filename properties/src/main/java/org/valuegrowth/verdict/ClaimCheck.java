package org.valuegrowth.verdict;

import io.vavr.collection.Vector;
import java.util.function.BiFunction;

/**
 * One entry of the catalogue: a statement, the search that decides it within a bound, and the
 * controls that show the search could have said the opposite. Implementations must derive the
 * verdict by searching; none may return a fixed verdict.
 */
public interface ClaimCheck {
    /** The statement. */
    ClaimInfo info();

    /**
     * Runs the search.
     *
     * @param budget the limits (exceeding them gives INCONCLUSIVE)
     * @param seed the seed that fixes every random choice (ignored unless {@code info().seedDependent()})
     * @return the verdict with its bound, statistics, margin and, if found, the replayed witness
     */
    Verdict run(Budget budget, long seed);

    /**
     * The controls of this entry (roles {@code POSITIVE_CONTROL}, {@code NEGATIVE_CONTROL},
     * {@code FAULT_CONTROL}): each runs the same search on an instance built to have, or not to
     * have, a witness, or with a mechanism faulted. Empty for a control itself.
     */
    default Vector<ClaimCheck> controls() {
        return Vector.empty();
    }

    /** A check from its statement and its search, without controls. */
    static ClaimCheck of(ClaimInfo info, BiFunction<Budget, Long, Verdict> search) {
        return of(info, search, Vector.empty());
    }

    /** A check from its statement, its search and its controls. */
    static ClaimCheck of(ClaimInfo info, BiFunction<Budget, Long, Verdict> search, Vector<ClaimCheck> controls) {
        for (ClaimCheck c : controls) {
            if (!c.info().role().isControl()) {
                throw new org.valuegrowth.numeric.ModelException("entry " + info.id() + ": " + c.info().id() + " is not a control");
            }
        }
        return new ClaimCheck() {
            @Override
            public ClaimInfo info() {
                return info;
            }

            @Override
            public Verdict run(Budget budget, long seed) {
                return search.apply(budget, seed);
            }

            @Override
            public Vector<ClaimCheck> controls() {
                return controls;
            }
        };
    }
}
