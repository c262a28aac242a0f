package org.valuegrowth.verdict;

/**
 * How a verdict is read, fixed before the search runs: which outcome supports the statement of the
 * entry and which refutes it, or, for a control, which outcome it must produce.
 *
 * <ul>
 *   <li>{@link #FOUND_SUPPORTS}: the statement is existential ("some schedule …"); a witness
 *       supports it; NONE WITHIN BOUND means "not shown within the bound" (never "refuted").</li>
 *   <li>{@link #FOUND_REFUTES}: the statement is universal ("every setting …"); a counterexample
 *       refutes it; NONE WITHIN BOUND supports it within the bound (never "proved").</li>
 *   <li>{@link #EXPECT_FOUND}, {@link #EXPECT_NONE}: a control; it behaves when the search gives
 *       the expected outcome.</li>
 * </ul>
 */
public enum Polarity {
    /** A found object supports the statement; NONE = not shown within bound. */
    FOUND_SUPPORTS,
    /** A found object refutes the statement; NONE = supported within bound. */
    FOUND_REFUTES,
    /** A control that must find its object. */
    EXPECT_FOUND,
    /** A control that must close with NONE WITHIN BOUND. */
    EXPECT_NONE;

    /** Whether this is a control's expectation rather than a claim's reading. */
    public boolean isExpectation() {
        return this == EXPECT_FOUND || this == EXPECT_NONE;
    }

    /** How {@code verdict} reads under this polarity. */
    public Reading read(Verdict verdict) {
        if (verdict instanceof Verdict.Inconclusive) {
            return isExpectation() ? Reading.MISBEHAVES : Reading.UNDECIDED;
        }
        boolean found = verdict instanceof Verdict.Found;
        switch (this) {
            case FOUND_SUPPORTS:
                return found ? Reading.SUPPORTS : Reading.NOT_SHOWN;
            case FOUND_REFUTES:
                return found ? Reading.REFUTES : Reading.SUPPORTS_WITHIN_BOUND;
            case EXPECT_FOUND:
                return found ? Reading.BEHAVES : Reading.MISBEHAVES;
            case EXPECT_NONE:
                return found ? Reading.MISBEHAVES : Reading.BEHAVES;
            default:
                throw new AssertionError(this);
        }
    }

    /** One sentence for reports: what each outcome would mean. */
    public String describe() {
        switch (this) {
            case FOUND_SUPPORTS:
                return "a found witness supports the statement; NONE WITHIN BOUND means it is not shown within the bound";
            case FOUND_REFUTES:
                return "a found counterexample refutes the statement; NONE WITHIN BOUND supports it within the bound";
            case EXPECT_FOUND:
                return "control: must report FOUND";
            case EXPECT_NONE:
                return "control: must report NONE WITHIN BOUND";
            default:
                throw new AssertionError(this);
        }
    }
}
