package org.valuegrowth.search;

/** How the Choco engine prunes partial candidates (spec/search.md §5). */
public enum Pruning {
    /** Sound interval pruning (the default of {@link Engine#CHOCO}). */
    SOUND,
    /** No pruning: judge complete candidates only. */
    NONE,
    /** The planted fault: an unsound bound that encloses unknown subtrees by [0, 0]; must be caught by the cross-check. */
    UNSOUND_MUTANT
}
