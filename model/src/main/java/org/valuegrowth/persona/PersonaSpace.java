package org.valuegrowth.persona;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.numeric.ModelException;

/**
 * A set of personas whose traits overlap: the persona space in which training one trait can move
 * another (claim E0).
 *
 * <p>The share of a trait τ in a market is the wealth share of the union of the clusters of the
 * personas that have τ: s_τ = Σ_{i ∈ ∪{P : τ ∈ traits(P)}} w_i / Σ_j w_j. A trader in two personas
 * with τ is counted once. Training that moves wealth into a persona moves every trait it carries.
 *
 * @param personas distinct names
 */
public record PersonaSpace(Vector<Persona> personas) {
    /** Validates distinct persona names. */
    public PersonaSpace {
        if (personas == null || personas.isEmpty()) {
            throw new ModelException("a persona space needs personas: " + personas);
        }
        if (personas.map(Persona::name).distinct().size() != personas.size()) {
            throw new ModelException("duplicate persona names: " + personas.map(Persona::name).mkString(","));
        }
    }

    /** A space of the given personas. */
    public static PersonaSpace of(Persona... personas) {
        return new PersonaSpace(Vector.of(personas));
    }

    /** The persona named {@code name}. */
    public Persona persona(String name) {
        return personas.find(p -> p.name().equals(name))
                .getOrElseThrow(() -> new ModelException("no persona named " + name));
    }

    /** Every trait, in order of first appearance. */
    public Set<String> traits() {
        return LinkedHashSet.ofAll(personas.flatMap(Persona::traits));
    }

    /** The traders of the personas with the trait (empty if none has it). */
    public Set<String> traitMembers(String trait) {
        return LinkedHashSet.ofAll(personas.filter(p -> p.has(trait)).flatMap(Persona::members));
    }

    /** s_τ, the share of wealth on traders of personas with trait τ. */
    public double traitShare(KellyMarket market, String trait) {
        double[] s = market.shares();
        double sum = 0.0;
        for (String m : traitMembers(trait)) {
            sum += s[market.indexOf(m)];
        }
        return Math.min(1.0, sum);
    }

    /** s_τ(after) − s_τ(before): how far training moved trait τ. */
    public double traitShift(KellyMarket before, KellyMarket after, String trait) {
        return traitShare(after, trait) - traitShare(before, trait);
    }

    /** The share of each persona's cluster, in persona order. */
    public LinkedHashMap<String, Double> personaShares(KellyMarket market) {
        LinkedHashMap<String, Double> m = LinkedHashMap.empty();
        for (Persona p : personas) {
            m = m.put(p.name(), market.clusterShare(p.cluster()));
        }
        return m;
    }

    /** The share of each trait, in trait order. */
    public LinkedHashMap<String, Double> traitShares(KellyMarket market) {
        LinkedHashMap<String, Double> m = LinkedHashMap.empty();
        for (String t : traits()) {
            m = m.put(t, traitShare(market, t));
        }
        return m;
    }
}
