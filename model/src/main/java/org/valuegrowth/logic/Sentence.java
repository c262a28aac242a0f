package org.valuegrowth.logic;

import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import org.valuegrowth.numeric.ModelException;

/**
 * A sentence of propositional logic over a {@link Language}: constants, atoms, not, and, or,
 * implies.
 *
 * <p>Semantics: {@link #eval(long)} reads atom i from bit i of a world. {@link #toString()} prints
 * the sentence in the syntax that {@link SentenceParser} reads ({@code !a}, {@code a & b},
 * {@code a | b}, {@code a -> b}, {@code true}, {@code false}), fully parenthesised, so that
 * parsing the printed form gives an equal sentence.
 */
public sealed interface Sentence permits Sentence.Const, Sentence.Var, Sentence.Not, Sentence.And,
        Sentence.Or, Sentence.Implies {

    /** The truth value in the world whose atom i is bit i of {@code world}. */
    boolean eval(long world);

    /** The indices of the atoms that occur in this sentence. */
    SortedSet<Integer> support();

    /** The constant {@code true} or {@code false}. */
    record Const(boolean value) implements Sentence {
        @Override
        public boolean eval(long world) {
            return value;
        }

        @Override
        public SortedSet<Integer> support() {
            return TreeSet.empty();
        }

        @Override
        public String toString() {
            return value ? "true" : "false";
        }
    }

    /**
     * An atom, with its index in the language.
     *
     * @param atom the atom
     * @param index its index, {@code 0 <= index < Language.MAX_ATOMS}
     */
    record Var(Atom atom, int index) implements Sentence {
        /** Validates the index. */
        public Var {
            if (atom == null) {
                throw new ModelException("atom must not be null");
            }
            if (index < 0 || index >= Language.MAX_ATOMS) {
                throw new ModelException("atom index out of range: " + index);
            }
        }

        @Override
        public boolean eval(long world) {
            return ((world >>> index) & 1L) == 1L;
        }

        @Override
        public SortedSet<Integer> support() {
            return TreeSet.of(index);
        }

        @Override
        public String toString() {
            return atom.name();
        }
    }

    /** Negation ¬a. */
    record Not(Sentence a) implements Sentence {
        /** Rejects null. */
        public Not {
            requireNonNull(a);
        }

        @Override
        public boolean eval(long world) {
            return !a.eval(world);
        }

        @Override
        public SortedSet<Integer> support() {
            return a.support();
        }

        @Override
        public String toString() {
            return "!" + a;
        }
    }

    /** Conjunction a ∧ b. */
    record And(Sentence a, Sentence b) implements Sentence {
        /** Rejects null. */
        public And {
            requireNonNull(a);
            requireNonNull(b);
        }

        @Override
        public boolean eval(long world) {
            return a.eval(world) && b.eval(world);
        }

        @Override
        public SortedSet<Integer> support() {
            return a.support().union(b.support());
        }

        @Override
        public String toString() {
            return "(" + a + " & " + b + ")";
        }
    }

    /** Disjunction a ∨ b. */
    record Or(Sentence a, Sentence b) implements Sentence {
        /** Rejects null. */
        public Or {
            requireNonNull(a);
            requireNonNull(b);
        }

        @Override
        public boolean eval(long world) {
            return a.eval(world) || b.eval(world);
        }

        @Override
        public SortedSet<Integer> support() {
            return a.support().union(b.support());
        }

        @Override
        public String toString() {
            return "(" + a + " | " + b + ")";
        }
    }

    /** Material implication a → b, true unless a holds and b fails. */
    record Implies(Sentence a, Sentence b) implements Sentence {
        /** Rejects null. */
        public Implies {
            requireNonNull(a);
            requireNonNull(b);
        }

        @Override
        public boolean eval(long world) {
            return !a.eval(world) || b.eval(world);
        }

        @Override
        public SortedSet<Integer> support() {
            return a.support().union(b.support());
        }

        @Override
        public String toString() {
            return "(" + a + " -> " + b + ")";
        }
    }

    /** ¬s. */
    static Sentence not(Sentence s) {
        return new Not(s);
    }

    /** a ∧ b. */
    static Sentence and(Sentence a, Sentence b) {
        return new And(a, b);
    }

    /** a ∨ b. */
    static Sentence or(Sentence a, Sentence b) {
        return new Or(a, b);
    }

    /** a → b. */
    static Sentence implies(Sentence a, Sentence b) {
        return new Implies(a, b);
    }

    private static void requireNonNull(Sentence s) {
        if (s == null) {
            throw new ModelException("sub-sentence must not be null");
        }
    }
}
