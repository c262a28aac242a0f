package org.valuegrowth.verdict;

/**
 * One entry of the catalogue: a statement and the search that decides it within a bound.
 * Implementations must derive the verdict by searching; none may return a fixed verdict.
 */
public interface ClaimCheck {
    /** The statement. */
    ClaimInfo info();

    /**
     * Runs the search.
     *
     * @param budget the limits (exceeding them gives INCONCLUSIVE)
     * @param seed the seed that fixes every random choice
     * @return the verdict with its bound, statistics and, if found, the replayed witness
     */
    Verdict run(Budget budget, long seed);

    /** A check from its statement and its search. */
    static ClaimCheck of(ClaimInfo info, java.util.function.BiFunction<Budget, Long, Verdict> search) {
        return new ClaimCheck() {
            @Override
            public ClaimInfo info() {
                return info;
            }

            @Override
            public Verdict run(Budget budget, long seed) {
                return search.apply(budget, seed);
            }
        };
    }
}
