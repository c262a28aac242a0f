package org.valuegrowth.trace;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.schedule.Readout;
import org.valuegrowth.schedule.Setting;
import org.valuegrowth.schedule.SharedConcept;
import org.valuegrowth.search.ChocoValueSolver;
import org.valuegrowth.search.ValueResult;
import org.valuegrowth.search.ValueSettings;
import org.valuegrowth.value.Descriptor;
import org.valuegrowth.value.Dictionary;
import org.valuegrowth.value.UpdateAtom;
import org.valuegrowth.value.ValueProblem;

/**
 * The distance between the two grown agents' values ({@code spec/schedule.md} §6): each agent's value is
 * the minimal descriptor of the update from its world-model W to its goal-model G over the sensory worlds
 * ({@code spec/value.md}), both over one shared dictionary, the cluster reweightings of every sensory
 * literal and every concept's grounding (trained and new) with the binary strengths of the settings.
 * The distance is the description length, in bits, of the atoms in one descriptor and not the other
 * (a weighted Hamming distance: 0 for equal values, symmetric, obeying the triangle inequality).
 */
public final class ValueDivergence {
    private ValueDivergence() {
    }

    /**
     * The comparison.
     *
     * @param llm the LLM-style agent's value, if one was found
     * @param human the human-style agent's value, if one was found
     * @param llmStatus "value", "unreachable: …", "no descriptor within the dictionary" or "limit reached"
     * @param humanStatus the same for the human
     * @param distanceBits the bits of the symmetric difference; NaN when either value is missing
     */
    public record Comparison(Option<Descriptor> llm, Option<Descriptor> human, String llmStatus, String humanStatus,
                             double distanceBits) {
    }

    /** The shared dictionary over the setting's sensory worlds. */
    public static Dictionary dictionary(Setting s, ValueSettings settings) {
        Vector<Sentence> clusters = Dictionary.literals(s.sensory())
                .appendAll(s.trained().appendAll(s.newConcepts()).map(SharedConcept::definition)).distinct();
        return Dictionary.clusterReweightings(s.sensory(), clusters, Dictionary.binaryStrengths(settings.strengthBase(), settings.levels()));
    }

    /** Both values and their distance. */
    public static Comparison between(Readout.Both r, Setting s, ValueSettings settings) {
        Dictionary d = dictionary(s, settings);
        Vector<Option<Descriptor>> values = Vector.empty();
        Vector<String> status = Vector.empty();
        for (Readout agent : Vector.of(r.llm(), r.human())) {
            Either<String, ValueProblem> p = ValueProblem.of(agent.worldArray(), agent.goalArray(), d,
                    settings.epsilon(), settings.resolution());
            if (p.isLeft()) {
                values = values.append(Option.none());
                status = status.append("unreachable: " + p.getLeft());
                continue;
            }
            ValueResult res = ChocoValueSolver.solve(p.get(), settings.timeLimitMillis());
            values = values.append(res.value());
            status = status.append(!res.complete() ? "limit reached" : res.value().isDefined() ? "value" : "no descriptor within the dictionary");
        }
        double distance = Double.NaN;
        if (values.get(0).isDefined() && values.get(1).isDefined()) {
            Set<String> a = HashSet.ofAll(values.get(0).get().atoms());
            Set<String> b = HashSet.ofAll(values.get(1).get().atoms());
            Set<String> diff = a.diff(b).union(b.diff(a));
            long millibits = 0;
            for (UpdateAtom atom : d.atoms()) {
                if (diff.contains(atom.name())) {
                    millibits += atom.costMillibits();
                }
            }
            distance = millibits / 1000.0;
        }
        return new Comparison(values.get(0), values.get(1), status.get(0), status.get(1), distance);
    }
}
