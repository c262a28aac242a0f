package org.valuegrowth.verdict;

import org.valuegrowth.numeric.ModelException;

/**
 * What a catalogue entry states, independent of its verdict: the ID users cite, the essay's words,
 * the formal statement the search decides, and its role.
 *
 * @param id the stable ID (claims.md: E0..E18, C1..C8; model checks and planted twins get IDs
 *     of the form {@code LIC.lia} or {@code E10.planted})
 * @param title a short title
 * @param seedLines the lines of {@code shared/seed/bearish-on-personas.txt} quoted, e.g. "18-19"
 * @param quote the words formalised
 * @param formal the formal statement, in the notation of {@code spec/}
 * @param role what the entry is for
 * @param kind whether a found object refutes ("for all") or witnesses ("exists") the statement
 */
public record ClaimInfo(String id, String title, String seedLines, String quote, String formal, Role role,
                        Verdict.Kind kind) {
    /** Rejects blanks. */
    public ClaimInfo {
        for (String s : new String[] {id, title, seedLines, quote, formal}) {
            if (s == null || s.isBlank()) {
                throw new ModelException("claim info fields must not be blank (id " + id + ")");
            }
        }
        if (role == null || kind == null) {
            throw new ModelException("claim info needs a role and a kind (id " + id + ")");
        }
    }

    /** What an entry is for. */
    public enum Role {
        /** A contested statement from the essay or the comments: its verdict is the search's output. */
        CLAIM,
        /** A check that the model does what it should (e.g. the LIA market is inexploitable). */
        MODEL_CHECK,
        /** A deliberately weakened model or unsound bound that the same search must catch. */
        PLANTED_TWIN
    }
}
