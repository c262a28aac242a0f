package org.valuegrowth.scenario;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.growth.GrowthRun;
import org.valuegrowth.growth.GrowthState;
import org.valuegrowth.growth.MarketStep;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.market.Cluster;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.persona.Persona;
import org.valuegrowth.persona.PersonaSpace;
import org.valuegrowth.report.Fmt;

/**
 * A {@code kind: growth} scenario that has been run: the steps, and the state and
 * {@link GrowthRun.Snapshot} after each (index 0 is the initial market). Read by
 * {@link GrowthScenarios}.
 *
 * @param name the scenario's name
 * @param steps the growth steps, in order
 * @param clusters the personas' clusters, then the plain clusters
 * @param personas the personas (for trait shares)
 * @param track the tracked sentences
 * @param states the initial state and the state after each step
 * @param snapshots {@link GrowthRun#snapshot} of each state
 */
record GrowthScenario(String name, Vector<MarketStep> steps, Vector<Cluster> clusters, Vector<Persona> personas,
                      Vector<Sentence> track, Vector<GrowthState> states, Vector<GrowthRun.Snapshot> snapshots)
        implements Scenario {

    /** The concepts in the order the steps add them (the table's belief columns). */
    Vector<String> conceptNames() {
        return states.last().concepts().map(c -> c.name());
    }

    @Override
    public Simulation simulate() {
        Vector<String> concepts = conceptNames();
        // headers from the snapshot's own keys, so that a column always has its value
        GrowthRun.Snapshot first = snapshots.head();
        Vector<String> cols = Vector.of("step", "description", "H(q) nats")
                .appendAll(first.clusterShares().keySet().toVector().map(c -> "share[" + c + "]"))
                .appendAll(first.sentencePrices().keySet().toVector().map(s -> "P(" + s + ")"))
                .appendAll(concepts.map(c -> "belief[" + c + "]"));
        Vector<Vector<String>> rows = Vector.empty();
        for (int i = 0; i < snapshots.size(); i++) {
            GrowthRun.Snapshot s = snapshots.get(i);
            Vector<String> row = Vector.of(Integer.toString(i), s.step(), Fmt.num(s.entropy()))
                    .appendAll(s.clusterShares().values().map(Fmt::num))
                    .appendAll(s.sentencePrices().values().map(Fmt::num))
                    .appendAll(concepts.map(c -> s.conceptBeliefs().get(c).map(Fmt::num).getOrElse("-")));
            rows = rows.append(row);
        }
        return new Simulation(cols, rows, json());
    }

    private Object json() {
        Option<PersonaSpace> space = personas.isEmpty() ? Option.none() : Option.some(new PersonaSpace(personas));
        Vector<Object> out = Vector.empty();
        for (int i = 0; i < snapshots.size(); i++) {
            GrowthRun.Snapshot s = snapshots.get(i);
            KellyMarket m = states.get(i).market();
            double[] shares = m.shares();
            double[] logW = m.logWealth();
            LinkedHashMap<String, Object> traders = LinkedHashMap.empty();
            for (int t = 0; t < shares.length; t++) {
                traders = traders.put(m.traders().get(t).name(),
                        LinkedHashMap.<String, Object>of("share", shares[t], "logWealth", logW[t]));
            }
            out = out.append(LinkedHashMap.<String, Object>empty()
                    .put("index", i)
                    .put("step", s.step())
                    .put("entropy", s.entropy())
                    .put("clusterShares", s.clusterShares())
                    .put("traitShares", space.map(ps -> ps.traitShares(m)).getOrElse(LinkedHashMap.empty()))
                    .put("sentencePrices", s.sentencePrices())
                    .put("conceptBeliefs", s.conceptBeliefs())
                    .put("predictive", Vector.ofAll(m.predictive()))
                    .put("traders", traders));
        }
        KellyMarket first = states.head().market();
        LinkedHashMap<String, Object> head = LinkedHashMap.<String, Object>empty()
                .put("scenario", name).put("kind", "growth")
                .put("alphabet", first.alphabetSize());
        if (first.language().isDefined()) {
            head = head.put("atoms", first.language().get().atoms().map(a -> a.name()));
        }
        return head
                .put("prior", first.prior().toString())
                .put("traders", first.traders().map(PredictorTrader::name))
                .put("personas", personas.map(p -> LinkedHashMap.<String, Object>of("name", p.name(),
                        "traits", Vector.ofAll(p.traits()), "members", Vector.ofAll(p.members()))))
                .put("clusters", clusters.map(c -> LinkedHashMap.<String, Object>of("name", c.name(),
                        "members", Vector.ofAll(LinkedHashSet.ofAll(c.members())))))
                .put("tracked", track.map(Sentence::toString))
                .put("concepts", conceptNames())
                .put("steps", out);
    }

    @Override
    public Option<ClaimCheck> check() {
        return Option.none();
    }
}
