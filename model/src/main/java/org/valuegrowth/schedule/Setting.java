package org.valuegrowth.schedule;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.logic.Language;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.numeric.ModelException;

/**
 * What the two grown agents share ({@code spec/schedule.md} §1): the sensory language, the trained
 * concepts (met before growth) and the new concepts (the superintelligent domain, which no trader and
 * no human was ever tested on), each with the grounding a reflecting human gives it; the true process
 * over sensory worlds; and the LLM-style agent's traders, grouped into personas, each with its world
 * belief and its own extrapolation rule for every new concept. The human-style agent is built from the
 * same setting ({@link Pair#start}).
 *
 * @param name a name for reports
 * @param sensory the sensory atoms (layer 0 of the human; the alphabet of worlds of the LLM's market)
 * @param trained concepts met before growth, grounded in the sensory atoms
 * @param newConcepts concepts of the new domain, grounded in the sensory atoms (by the human)
 * @param truth the true i.i.d. process over the sensory worlds
 * @param traders the LLM-style agent's traders
 * @param voices each persona's conduct, a distribution over the sensory worlds (what Demonstrate shows)
 */
public record Setting(String name, Language sensory, Vector<SharedConcept> trained, Vector<SharedConcept> newConcepts,
                      Vector<Double> truth, Vector<SettingTrader> traders, LinkedHashMap<String, Vector<Double>> voices) {
    /** Validates names, sizes, distributions and that every trader has a rule for every new concept. */
    public Setting {
        if (name == null || name.isBlank() || sensory == null || trained == null || newConcepts == null || truth == null
                || traders == null || voices == null) {
            throw new ModelException("a setting needs a name, a sensory language, concepts, a truth, traders and voices");
        }
        int worlds = (int) sensory.worldCount();
        if (sensory.size() > 10) {
            throw new ModelException("setting " + name + ": at most 10 sensory atoms, got " + sensory.size());
        }
        Vector<String> conceptNames = trained.appendAll(newConcepts).map(SharedConcept::name);
        if (conceptNames.distinct().size() != conceptNames.size()) {
            throw new ModelException("setting " + name + ": concept names must be distinct: " + conceptNames);
        }
        for (String c : conceptNames) {
            if (sensory.atoms().exists(a -> a.name().equals(c))) {
                throw new ModelException("setting " + name + ": concept " + c + " has the name of a sensory atom");
            }
        }
        if (trained.size() + newConcepts.size() > 10) {
            throw new ModelException("setting " + name + ": at most 10 concepts in all");
        }
        for (SharedConcept c : trained.appendAll(newConcepts)) {
            if (!c.definition().support().isEmpty() && c.definition().support().max().get() >= sensory.size()) {
                throw new ModelException("setting " + name + ": definition of " + c.name() + " uses atoms beyond the sensory language");
            }
        }
        requireWorlds("truth", truth, worlds);
        if (traders.isEmpty()) {
            throw new ModelException("setting " + name + ": no traders");
        }
        if (traders.map(SettingTrader::name).distinct().size() != traders.size()) {
            throw new ModelException("setting " + name + ": trader names must be distinct");
        }
        for (SettingTrader t : traders) {
            if (t.worldBelief().size() != worlds) {
                throw new ModelException("trader " + t.name() + ": world belief over " + t.worldBelief().size() + " worlds, setting has " + worlds);
            }
            for (SharedConcept c : newConcepts) {
                if (!t.rules().containsKey(c.name())) {
                    throw new ModelException("trader " + t.name() + " has no extrapolation rule for new concept " + c.name());
                }
            }
            if (!voices.containsKey(t.persona())) {
                throw new ModelException("trader " + t.name() + ": persona " + t.persona() + " has no voice");
            }
        }
        for (var v : voices) {
            requireWorlds("voice of " + v._1, v._2, worlds);
        }
    }

    private static void requireWorlds(String what, Vector<Double> p, int worlds) {
        if (p.size() != worlds) {
            throw new ModelException(what + " has " + p.size() + " entries for " + worlds + " sensory worlds");
        }
        Distributions.requireDistribution(what, p.toJavaStream().mapToDouble(Double::doubleValue).toArray(), 1e-9);
    }

    /** The named new concept. */
    public SharedConcept newConcept(String concept) {
        return newConcepts.find(c -> c.name().equals(concept))
                .getOrElseThrow(() -> new ModelException("setting " + name + " has no new concept " + concept));
    }

    /** The named trained or new concept. */
    public SharedConcept concept(String concept) {
        return trained.appendAll(newConcepts).find(c -> c.name().equals(concept))
                .getOrElseThrow(() -> new ModelException("setting " + name + " has no concept " + concept));
    }

    /** The persona names, in the order of first appearance among the traders. */
    public Vector<String> personas() {
        return traders.map(SettingTrader::persona).distinct();
    }

    /**
     * Whether the two settings differ at most in the traders' extrapolation rules (and names): then
     * every event but SimulatedReflection moves both settings' agents alike, and the human-style agent
     * is the same in both (it never reads the LLM's rules).
     */
    public boolean sameDynamics(Setting o) {
        if (!sensory.equals(o.sensory) || !trained.equals(o.trained) || !newConcepts.equals(o.newConcepts)
                || !truth.equals(o.truth) || !voices.equals(o.voices) || traders.size() != o.traders.size()) {
            return false;
        }
        for (int i = 0; i < traders.size(); i++) {
            SettingTrader a = traders.get(i);
            SettingTrader b = o.traders.get(i);
            if (!a.name().equals(b.name()) || !a.persona().equals(b.persona()) || a.bits() != b.bits() || a.share() != b.share()
                    || !a.worldBelief().equals(b.worldBelief())) {
                return false;
            }
        }
        return true;
    }

    /** This setting with another name. */
    public Setting named(String other) {
        return new Setting(other, sensory, trained, newConcepts, truth, traders, voices);
    }

    /** This setting with other traders. */
    public Setting withTraders(Vector<SettingTrader> other) {
        return new Setting(name, sensory, trained, newConcepts, truth, other, voices);
    }
}
