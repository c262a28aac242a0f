package org.valuegrowth.report;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.verdict.ClaimCheck;

/**
 * The built-in catalogue: every check the toolkit runs in {@code valuegrowth report}, in ledger
 * order (see {@code spec/claims.md}). Each entry's verdict comes from its search at run time.
 */
public final class Ledger {
    private Ledger() {
    }

    /** All checks, in order. */
    public static Vector<ClaimCheck> all() {
        return org.valuegrowth.claim.Catalogue.all();
    }

    /** The check with this ID, if any. */
    public static Option<ClaimCheck> find(String id) {
        return all().find(c -> c.info().id().equals(id));
    }
}
