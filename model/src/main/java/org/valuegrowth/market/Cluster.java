package org.valuegrowth.market;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import org.valuegrowth.numeric.ModelException;

/**
 * A named set of traders (the essay's "dense cluster of traders"), identified by trader name.
 *
 * <p>Its wealth share in a market is Σ_{i ∈ members} w_i / Σ_j w_j
 * ({@link KellyMarket#clusterShare}).
 *
 * @param name a non-blank name
 * @param members the member traders' names, non-empty
 */
public record Cluster(String name, Set<String> members) {
    /** Validates the name and members. */
    public Cluster {
        if (name == null || name.isBlank()) {
            throw new ModelException("cluster name must be non-blank: '" + name + "'");
        }
        if (members == null || members.isEmpty()) {
            throw new ModelException("cluster " + name + " must have members: " + members);
        }
        if (members.exists(m -> m == null || m.isBlank())) {
            throw new ModelException("cluster " + name + " has a blank member: " + members);
        }
    }

    /** A cluster of the named members, in the given order. */
    public static Cluster of(String name, String... members) {
        return new Cluster(name, LinkedHashSet.of(members));
    }
}
