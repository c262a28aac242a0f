package org.valuegrowth.value;

import io.vavr.collection.Vector;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.numeric.ModelException;

/**
 * A dictionary of update atoms over the worlds of one language (or one layer).
 *
 * @param atoms at most {@value #MAX_ATOMS} atoms, names distinct, features of equal length
 */
public record Dictionary(Vector<UpdateAtom> atoms) {
    /** The most atoms a dictionary may hold (subsets are 64-bit masks). */
    public static final int MAX_ATOMS = 62;

    /** Validates names and lengths. */
    public Dictionary {
        if (atoms == null) {
            throw new ModelException("dictionary atoms must not be null");
        }
        if (atoms.size() > MAX_ATOMS) {
            throw new ModelException("at most " + MAX_ATOMS + " update atoms, got " + atoms.size());
        }
        if (atoms.map(UpdateAtom::name).distinct().size() != atoms.size()) {
            throw new ModelException("duplicate update-atom names: " + atoms.map(UpdateAtom::name).mkString(","));
        }
        if (atoms.map(a -> a.feature().size()).distinct().size() > 1) {
            throw new ModelException("update-atom features have different lengths: "
                    + atoms.map(a -> a.feature().size()).distinct().mkString(","));
        }
    }

    /** The number of atoms. */
    public int size() {
        return atoms.size();
    }

    /**
     * Cluster reweightings: for every cluster (a sentence over {@code language}) and every strength,
     * the atom "s@λ" with feature 1[s] and strength λ. Every atom costs ⌈log₂ |D|⌉ bits (choose one
     * atom of the dictionary), so description length is proportional to the number of atoms.
     */
    public static Dictionary clusterReweightings(Language language, Vector<Sentence> clusters, Vector<Double> strengths) {
        int worlds = (int) language.worldCount();
        int n = clusters.size() * strengths.size();
        long cost = Math.max(1, 1000L * (64 - Long.numberOfLeadingZeros(Math.max(1, n - 1))));
        Vector<UpdateAtom> out = Vector.empty();
        for (Sentence s : clusters) {
            Vector<Double> f = Vector.range(0, worlds).map(x -> s.eval(x) ? 1.0 : 0.0);
            for (double lam : strengths) {
                out = out.append(new UpdateAtom(s + "@" + lam, f, lam, cost));
            }
        }
        return new Dictionary(out);
    }

    /** Binary strengths ±base·2^k, k = 0..levels−1 (sets of them add up to any multiple of base). */
    public static Vector<Double> binaryStrengths(double base, int levels) {
        Vector<Double> out = Vector.empty();
        for (int k = 0; k < levels; k++) {
            out = out.append(base * (1 << k)).append(-base * (1 << k));
        }
        return out;
    }

    /** The literal clusters: one per atom of the language. */
    public static Vector<Sentence> literals(Language language) {
        return Vector.range(0, language.size()).map(i -> (Sentence) new Sentence.Var(language.atom(i), i));
    }

    /** This dictionary with its atoms reordered by {@code permutation} (atom i goes to position permutation[i]). */
    public Dictionary permuted(int[] permutation) {
        UpdateAtom[] out = new UpdateAtom[atoms.size()];
        for (int i = 0; i < out.length; i++) {
            out[permutation[i]] = atoms.get(i);
        }
        return new Dictionary(Vector.of(out));
    }
}
