package org.valuegrowth.verdict;

/**
 * Confirmation of one engine's verdict by a second engine on the same bound: the catalogue reports
 * a verdict only when both agree on the headline and, if found, on the witness.
 */
public final class CrossCheck {
    private CrossCheck() {
    }

    /** The primary verdict if the second engine agrees on the headline and the witness; otherwise INCONCLUSIVE. */
    public static Verdict confirmed(Verdict primary, Verdict second) {
        boolean same = primary.headline().equals(second.headline())
                && (!(primary instanceof Verdict.Found)
                || ((Verdict.Found) primary).witness().summary().equals(((Verdict.Found) second).witness().summary()));
        if (same) {
            return primary;
        }
        return new Verdict.Inconclusive(primary instanceof Verdict.Found ? ((Verdict.Found) primary).kind()
                : primary instanceof Verdict.NoneWithinBound ? ((Verdict.NoneWithinBound) primary).kind()
                : ((Verdict.Inconclusive) primary).kind(), primary.bound(), primary.statistics(),
                "engines disagree: " + primary.statistics().engine() + " says " + primary.headline() + ", "
                        + second.statistics().engine() + " says " + second.headline());
    }

}
