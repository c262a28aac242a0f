package org.valuegrowth.growth;

import io.vavr.collection.Vector;
import org.valuegrowth.market.History;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.persona.Persona;

/**
 * A corpus: documents written by a weighted mixture of authors.
 *
 * <p>SAMPLED: each of {@code documents} documents picks an author s with probability
 * weight_s/Σ weight, then {@code documentLength} symbols are drawn from that author's process,
 * conditioned on the market's history so far. EXPECTED: each of the documents·documentLength
 * symbols is replaced by the mixture distribution P(x|h) = Σ_s weight_s·P_s(x|h)/Σ weight.
 *
 * @param sources at least one author, all over the same alphabet
 * @param documents ≥ 0
 * @param documentLength ≥ 1
 */
public record Corpus(Vector<Source> sources, int documents, int documentLength) {
    /** Validates the parts. */
    public Corpus {
        if (sources == null || sources.isEmpty()) {
            throw new ModelException("a corpus needs at least one source: " + sources);
        }
        int m = sources.head().process().alphabetSize();
        for (Source s : sources) {
            if (s.process().alphabetSize() != m) {
                throw new ModelException("source " + s.name() + " has alphabet " + s.process().alphabetSize() + ", not " + m);
            }
        }
        if (documents < 0 || documentLength < 1) {
            throw new ModelException("need documents >= 0 and documentLength >= 1: " + documents + ", " + documentLength);
        }
    }

    /** A corpus of {@code symbols} single-symbol documents by one persona (SFT demonstrations). */
    public static Corpus demonstrations(Persona persona, int symbols) {
        return new Corpus(Vector.of(new Source(persona.name(), 1.0, persona.voice())), symbols, 1);
    }

    /** Human text: documents by several personas with the given weights. */
    public static Corpus ofPersonas(Vector<Persona> personas, Vector<Double> weights, int documents, int documentLength) {
        if (weights == null || personas == null || weights.size() != personas.size()) {
            throw new ModelException("need one weight per persona: " + weights + " for " + personas);
        }
        return new Corpus(personas.zipWith(weights, (p, w) -> new Source(p.name(), w, p.voice())), documents, documentLength);
    }

    /** The alphabet size. */
    public int alphabetSize() {
        return sources.head().process().alphabetSize();
    }

    /** Total symbols, documents·documentLength. */
    public int length() {
        return documents * documentLength;
    }

    /** The source weights normalised to sum to 1. */
    public double[] weights() {
        double[] w = new double[sources.size()];
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = sources.get(i).weight();
            s += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= s;
        }
        return w;
    }

    /** P(x|h) = Σ_s weight_s·P_s(x|h), normalised weights. */
    public double[] mixture(History history) {
        double[] w = weights();
        double[] out = new double[alphabetSize()];
        for (int s = 0; s < w.length; s++) {
            double[] p = sources.get(s).process().probabilities(history);
            for (int x = 0; x < out.length; x++) {
                out[x] += w[s] * p[x];
            }
        }
        return out;
    }
}
