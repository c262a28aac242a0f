package org.valuegrowth.search;

/** Which engine explores a {@link TraderSpace}. */
public enum Engine {
    /** Choco Solver 4.10.18 with the grammar as an automaton and a sound interval-pruning propagator. */
    CHOCO,
    /** Plain enumeration of the same candidates in the same order, without pruning. */
    BRUTE_FORCE
}
