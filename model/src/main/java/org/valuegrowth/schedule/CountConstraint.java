package org.valuegrowth.schedule;

import org.valuegrowth.numeric.ModelException;

/**
 * A counting constraint of a schedule class: count(kind) op n, e.g. count(Task) ≥ 3.
 *
 * @param kind the event kind counted
 * @param op one of "&gt;=", "&lt;=", "="
 * @param n the bound, ≥ 0
 */
public record CountConstraint(EventKind kind, String op, int n) {
    /** Validates the parts. */
    public CountConstraint {
        if (kind == null || !(">=".equals(op) || "<=".equals(op) || "=".equals(op)) || n < 0) {
            throw new ModelException("count constraint needs a kind, one of >=, <=, = and n >= 0: " + kind + " " + op + " " + n);
        }
    }

    /** Whether a complete schedule with {@code count} events of the kind meets the constraint. */
    public boolean holds(int count) {
        switch (op) {
            case ">=":
                return count >= n;
            case "<=":
                return count <= n;
            default:
                return count == n;
        }
    }

    /** Whether a prefix with {@code count} events of the kind and {@code remaining} free positions can still meet it. */
    public boolean admits(int count, int remaining) {
        switch (op) {
            case ">=":
                return count + remaining >= n;
            case "<=":
                return count <= n;
            default:
                return count <= n && count + remaining >= n;
        }
    }

    /** "count(Task) >= 3". */
    public String describe() {
        return "count(" + kind.token() + ") " + op + " " + n;
    }
}
