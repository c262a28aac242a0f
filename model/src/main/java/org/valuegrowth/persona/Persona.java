package org.valuegrowth.persona;

import io.vavr.collection.Set;
import org.valuegrowth.market.Cluster;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.numeric.ModelException;

/**
 * A persona: a named cluster of traders with traits, and the voice in which it writes.
 *
 * <p>In the market a persona is its cluster (the essay's "dense cluster of traders"); its share is
 * the cluster's wealth share. The voice is the text process of the persona as an author (used to
 * generate pretraining corpora and demonstrations); it need not equal any trader's predictor.
 * Traits (helpful, harmless, honest, Victorian, villain, …) may be shared between personas.
 *
 * @param name non-blank
 * @param traits the persona's traits, possibly empty
 * @param members the trader names of its cluster, non-empty
 * @param voice the process the persona's text follows
 */
public record Persona(String name, Set<String> traits, Set<String> members, Predictor voice) {
    /** Validates non-null parts, a non-blank name and non-empty members. */
    public Persona {
        if (name == null || name.isBlank()) {
            throw new ModelException("persona name must be non-blank: '" + name + "'");
        }
        if (traits == null || voice == null) {
            throw new ModelException("persona " + name + " needs traits and a voice");
        }
        if (members == null || members.isEmpty()) {
            throw new ModelException("persona " + name + " needs at least one trader: " + members);
        }
    }

    /** The persona's cluster, named after it. */
    public Cluster cluster() {
        return new Cluster(name, members);
    }

    /** Whether the persona has the trait. */
    public boolean has(String trait) {
        return traits.contains(trait);
    }
}
