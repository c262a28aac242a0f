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

    /** The subject entries (claims and model checks), in ledger order, each with its controls attached. */
    public static Vector<ClaimCheck> subjects() {
        return org.valuegrowth.claim.Catalogue.all();
    }

    /** Every entry in report order: each subject followed by its controls. */
    public static Vector<ClaimCheck> all() {
        return subjects().flatMap(c -> Vector.of(c).appendAll(c.controls()));
    }

    /** The entry (subject or control) with this ID, if any. */
    public static Option<ClaimCheck> find(String id) {
        return all().find(c -> c.info().id().equals(id));
    }
}
