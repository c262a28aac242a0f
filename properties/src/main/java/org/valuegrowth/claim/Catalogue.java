package org.valuegrowth.claim;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.verdict.ClaimCheck;

/**
 * The built-in catalogue: every entry the toolkit runs in {@code valuegrowth report}, in ledger
 * order ({@code spec/claims.md}). Each entry's verdict comes from its search at run time.
 */
public final class Catalogue {
    private Catalogue() {
    }

    /** All entries, in ledger order. */
    public static Vector<ClaimCheck> all() {
        return LIC.all()
                .appendAll(E10.all())
                .appendAll(E3.all())
                .appendAll(E5.all())
                .appendAll(C5.all())
                .appendAll(E12.all())
                .appendAll(E13.all())
                .appendAll(E15.all());
    }

    /** The entry with this ID, if any. */
    public static Option<ClaimCheck> find(String id) {
        return all().find(c -> c.info().id().equals(id));
    }
}
