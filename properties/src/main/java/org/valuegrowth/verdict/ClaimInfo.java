package org.valuegrowth.verdict;

import org.valuegrowth.numeric.ModelException;

/**
 * What a catalogue entry states, independent of its verdict: the ID users cite, the essay's words,
 * the formal statement the search decides, its role, and how its verdict is read.
 *
 * @param id the stable ID (claims.md: E0..E18, C1..C8; model checks get IDs such as {@code LIC.lia};
 *     controls the ID of their subject plus {@code /positive}, {@code /negative} or {@code /fault-…})
 * @param title a short neutral statement of what is decided (not the essay's conclusion)
 * @param seedLines the lines of {@code shared/seed/bearish-on-personas.txt} quoted, e.g. "18-19"
 * @param quote the words formalised
 * @param formal the formal statement, in the notation of {@code spec/}, with its instance class
 * @param role what the entry is for
 * @param kind whether a found object refutes ("for all") or witnesses ("exists") the statement
 * @param polarity how the verdict is read, fixed before the run: claims and model checks carry
 *     {@link Polarity#FOUND_SUPPORTS} or {@link Polarity#FOUND_REFUTES}; controls carry
 *     {@link Polarity#EXPECT_FOUND} or {@link Polarity#EXPECT_NONE}
 * @param seedDependent whether the result can depend on {@code --seed} (only then is the seed cited)
 */
public record ClaimInfo(String id, String title, String seedLines, String quote, String formal, Role role,
                        Verdict.Kind kind, Polarity polarity, boolean seedDependent) {
    /** Rejects blanks and a polarity that does not fit the role. */
    public ClaimInfo {
        for (String s : new String[] {id, title, seedLines, quote, formal}) {
            if (s == null || s.isBlank()) {
                throw new ModelException("claim info fields must not be blank (id " + id + ")");
            }
        }
        if (role == null || kind == null || polarity == null) {
            throw new ModelException("claim info needs a role, a kind and a polarity (id " + id + ")");
        }
        if (role.isControl() != polarity.isExpectation()) {
            throw new ModelException("entry " + id + ": role " + role + " does not fit polarity " + polarity);
        }
        if (role == Role.POSITIVE_CONTROL && polarity != Polarity.EXPECT_FOUND
                || role == Role.NEGATIVE_CONTROL && polarity != Polarity.EXPECT_NONE) {
            throw new ModelException("entry " + id + ": a " + role + " must expect "
                    + (role == Role.POSITIVE_CONTROL ? "FOUND" : "NONE"));
        }
    }

    /** What an entry is for. */
    public enum Role {
        /** A contested statement from the essay or the comments: its verdict is the search's output. */
        CLAIM,
        /** A statement about the model itself (e.g. the finite LIA market resists small traders). */
        MODEL_CHECK,
        /** An instance where a witness exists by construction: the search must find it. */
        POSITIVE_CONTROL,
        /** An instance (or mutated model) where none exists by construction: the search must close with NONE. */
        NEGATIVE_CONTROL,
        /** A planted fault in a mechanism the search relies on (solver, pruning bound, acceptance rule) that the controls expose. */
        FAULT_CONTROL;

        /** Whether this role is a control of another entry. */
        public boolean isControl() {
            return this == POSITIVE_CONTROL || this == NEGATIVE_CONTROL || this == FAULT_CONTROL;
        }
    }

    /** How {@code verdict} reads under this entry's polarity. */
    public Reading read(Verdict verdict) {
        return polarity.read(verdict);
    }
}
