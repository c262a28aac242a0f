/**
 * The catalogue: one class per claim ID of {@code spec/claims.md} (for example {@code E15} holds
 * the E15 entries and their controls), each a {@link org.valuegrowth.verdict.ClaimCheck} whose
 * verdict is the output of a search in {@code org.valuegrowth.search} run at call time.
 */
package org.valuegrowth.claim;
