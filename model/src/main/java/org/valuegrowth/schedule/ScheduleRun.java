package org.valuegrowth.schedule;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.market.KellyMarket;

/**
 * One runner for both agents over a schedule: a snapshot at the start and after every event, each
 * with both agents' read-outs, the divergences and the LLM-style agent's wealth by persona (the data of
 * the report's plots; {@code spec/schedule.md} §7).
 */
public final class ScheduleRun {
    private ScheduleRun() {
    }

    /**
     * One state of the run.
     *
     * @param index 0 for the start, i after the i-th event
     * @param label "start" or the event's label
     * @param readout both agents' read-outs
     * @param divergence the divergences between them
     * @param personaShares the LLM-style agent's wealth share of each persona
     */
    public record Snapshot(int index, String label, Readout.Both readout, Divergence divergence,
                           LinkedHashMap<String, Double> personaShares) {
    }

    /** The snapshots of {@code schedule} run from the start of {@code setting}. */
    public static Vector<Snapshot> run(Setting setting, Choices choices, Schedule schedule) {
        Pair p = Pair.start(setting, choices);
        Vector<Snapshot> out = Vector.of(snapshot(0, "start", p, setting, choices));
        int i = 1;
        for (Event e : schedule.events()) {
            p = Growth.apply(p, e, setting, choices);
            out = out.append(snapshot(i++, e.label(), p, setting, choices));
        }
        return out;
    }

    /** The final divergence of {@code schedule} (the search's figure), computed without intermediate read-outs. */
    public static Divergence finalDivergence(Setting setting, Choices choices, Schedule schedule) {
        return Divergence.between(Readout.of(Growth.run(schedule, setting, choices), setting, choices));
    }

    static Snapshot snapshot(int index, String label, Pair p, Setting s, Choices c) {
        Readout.Both r = Readout.of(p, s, c);
        KellyMarket k = p.llm().goalMarket().market();
        double[] sh = k.shares();
        LinkedHashMap<String, Double> personas = LinkedHashMap.empty();
        for (String persona : s.personas()) {
            double v = 0;
            for (int i = 0; i < sh.length; i++) {
                if (s.traders().get(i).persona().equals(persona)) {
                    v += sh[i];
                }
            }
            personas = personas.put(persona, v);
        }
        return new Snapshot(index, label, r, Divergence.between(r), personas);
    }
}
