package org.valuegrowth.growth;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.Cluster;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.numeric.Distributions;

/**
 * The scenario runner the CLI calls: applies LLM growth steps in order and reports, after each,
 * wealth by cluster, output entropy, the price of every tracked sentence and the belief in every
 * concept added so far.
 */
public final class GrowthRun {
    private GrowthRun() {
    }

    /**
     * What was measured after one step (step "initial" before any).
     *
     * @param step the step's label
     * @param clusterShares wealth share per cluster
     * @param entropy H(q) in nats
     * @param sentencePrices prices of tracked sentences (empty unless the market is over worlds)
     * @param conceptBeliefs market belief in each concept added so far
     */
    public record Snapshot(String step, LinkedHashMap<String, Double> clusterShares, double entropy,
                           LinkedHashMap<String, Double> sentencePrices, LinkedHashMap<String, Double> conceptBeliefs) {
    }

    /** The result: every snapshot and the final state. */
    public record Result(Vector<Snapshot> snapshots, GrowthState last) {
    }

    /** Runs {@code steps} from {@code start}. */
    public static Result run(GrowthState start, Vector<MarketStep> steps, Vector<Cluster> clusters, Vector<Sentence> tracked) {
        Vector<Snapshot> out = Vector.of(snapshot("initial", start, clusters, tracked));
        GrowthState s = start;
        for (MarketStep step : steps) {
            s = step.apply(s);
            out = out.append(snapshot(step.label(), s, clusters, tracked));
        }
        return new Result(out, s);
    }

    /** The measurements of one state. */
    public static Snapshot snapshot(String label, GrowthState s, Vector<Cluster> clusters, Vector<Sentence> tracked) {
        KellyMarket m = s.market();
        LinkedHashMap<String, Double> shares = LinkedHashMap.empty();
        for (Cluster c : clusters) {
            shares = shares.put(c.name(), m.clusterShare(c));
        }
        LinkedHashMap<String, Double> prices = LinkedHashMap.empty();
        if (m.language().isDefined()) {
            for (Sentence t : tracked) {
                prices = prices.put(t.toString(), m.price(t));
            }
        }
        LinkedHashMap<String, Double> beliefs = LinkedHashMap.empty();
        for (MarketConcept c : s.concepts()) {
            beliefs = beliefs.put(c.name(), c.belief(m));
        }
        return new Snapshot(label, shares, Distributions.entropy(m.predictive()), prices, beliefs);
    }
}
