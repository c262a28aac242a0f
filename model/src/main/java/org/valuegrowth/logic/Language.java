package org.valuegrowth.logic;

import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.numeric.ModelException;

/**
 * A finite propositional language: an ordered list of distinct atoms, each with an index.
 *
 * <p>The index fixes the bit of the atom in a {@link World}; at most {@value #MAX_ATOMS} atoms.
 * {@link #extend} returns a larger language that keeps every existing index (new concepts are
 * added at the end), so sentences and worlds of the smaller language stay valid.
 *
 * @param atoms the atoms in index order, names distinct
 */
public record Language(Vector<Atom> atoms) {
    /** The largest number of atoms a world (a 64-bit word) can hold. */
    public static final int MAX_ATOMS = 62;

    /** Validates distinct names and the size limit. */
    public Language {
        if (atoms == null) {
            throw new ModelException("atoms must not be null");
        }
        if (atoms.size() > MAX_ATOMS) {
            throw new ModelException("at most " + MAX_ATOMS + " atoms, got " + atoms.size());
        }
        if (atoms.map(Atom::name).distinct().size() != atoms.size()) {
            throw new ModelException("duplicate atom names in " + atoms.map(Atom::name).mkString(","));
        }
    }

    /** A language of the given atoms in order. */
    public static Language of(Atom... atoms) {
        return new Language(Vector.of(atoms));
    }

    /** A language of layer-0 atoms with the given names. */
    public static Language ofNames(String... names) {
        return new Language(Vector.of(names).map(n -> new Atom(n, 0)));
    }

    /** The number of atoms. */
    public int size() {
        return atoms.size();
    }

    /** The index of the atom named {@code name}, if any. */
    public Option<Integer> indexOf(String name) {
        return indexMap().get(name);
    }

    /** The sentence consisting of the atom named {@code name}. */
    public Sentence.Var var(String name) {
        int i = indexOf(name).getOrElseThrow(() -> new ModelException("unknown atom: " + name));
        return new Sentence.Var(atoms.get(i), i);
    }

    /** The atom at index {@code i}. */
    public Atom atom(int i) {
        if (i < 0 || i >= atoms.size()) {
            throw new ModelException("atom index out of range: " + i);
        }
        return atoms.get(i);
    }

    /** This language with {@code more} atoms appended (existing indices unchanged). */
    public Language extend(Vector<Atom> more) {
        return new Language(atoms.appendAll(more));
    }

    /** The number of worlds, 2^size. */
    public long worldCount() {
        return 1L << atoms.size();
    }

    /** The highest layer present, or −1 for the empty language. */
    public int topLayer() {
        return atoms.map(Atom::layer).max().getOrElse(-1);
    }

    private Map<String, Integer> indexMap() {
        return HashMap.ofEntries(atoms.zipWithIndex().map(t -> io.vavr.Tuple.of(t._1.name(), t._2)));
    }
}
