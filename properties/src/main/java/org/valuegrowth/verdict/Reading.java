package org.valuegrowth.verdict;

/**
 * What a verdict means for the statement it decides, under the entry's {@link Polarity}.
 */
public enum Reading {
    /** A witness of an existential statement was found. */
    SUPPORTS("supports"),
    /** No counterexample to a universal statement exists within the bound. */
    SUPPORTS_WITHIN_BOUND("supports within bound"),
    /** A counterexample to a universal statement was found. */
    REFUTES("refutes"),
    /** No witness of an existential statement exists within the bound. */
    NOT_SHOWN("not shown within bound"),
    /** The search ran out of budget. */
    UNDECIDED("undecided"),
    /** A control produced its expected outcome. */
    BEHAVES("control behaves"),
    /** A control did not produce its expected outcome: the search or the model is broken. */
    MISBEHAVES("control misbehaves");

    private final String words;

    Reading(String words) {
        this.words = words;
    }

    /** The words reports print, e.g. "not shown within bound". */
    public String words() {
        return words;
    }
}
