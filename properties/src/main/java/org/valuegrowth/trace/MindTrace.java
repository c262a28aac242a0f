package org.valuegrowth.trace;

import org.valuegrowth.search.ChocoValueSolver;
import org.valuegrowth.search.LayerValue;
import org.valuegrowth.search.ValueResult;
import org.valuegrowth.search.ValueSettings;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.valuegrowth.mind.MindStep;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.mind.MindDescription;
import org.valuegrowth.mind.StepDescription;
import org.valuegrowth.value.Dictionary;
import org.valuegrowth.value.ValueProblem;

/**
 * The scenario runner: applies growth steps to a mind and records, after each, the per-layer
 * world and goal marginals, the inconsistency energy and each layer's value computed by the exact
 * solver (Choco) over the layer's literal dictionary ({@link ValueSettings}).
 */
public final class MindTrace {
    private MindTrace() {
    }

    /** Row 0 for {@code start}, then one row per step. */
    public static Vector<TraceRow> run(Mind start, Vector<MindStep> steps, ValueSettings settings) {
        Vector<TraceRow> rows = Vector.of(row(0, "start", start, settings));
        Mind m = start;
        for (int i = 0; i < steps.size(); i++) {
            m = steps.get(i).apply(m);
            rows = rows.append(row(i + 1, steps.get(i).label(), m, settings));
        }
        return rows;
    }

    /**
     * Runs a described scenario: builds the mind (every problem reported), then resolves and applies
     * the steps in order; a step that cannot be resolved against the mind it reaches stops the run
     * with "step i (1-based): reason".
     */
    public static Either<Seq<String>, Vector<TraceRow>> runDescribed(MindDescription mind, Vector<StepDescription> steps,
                                                                   ValueSettings settings) {
        Validation<Seq<String>, Mind> built = mind.toMind();
        if (built.isInvalid()) {
            return Either.left(built.getError());
        }
        Mind m = built.get();
        Vector<MindStep> resolved = Vector.empty();
        for (int i = 0; i < steps.size(); i++) {
            Either<String, MindStep> s = steps.get(i).resolve(m);
            if (s.isLeft()) {
                return Either.left(Vector.of("step " + (i + 1) + ": " + s.getLeft()));
            }
            try {
                m = s.get().apply(m);
            } catch (org.valuegrowth.numeric.ModelException e) {
                return Either.left(Vector.of("step " + (i + 1) + ": " + e.getMessage()));
            }
            resolved = resolved.append(s.get());
        }
        return Either.right(run(built.get(), resolved, settings));
    }

    /** The values of every layer of {@code m}. */
    public static Vector<LayerValue> values(Mind m, ValueSettings settings) {
        Vector<LayerValue> out = Vector.empty();
        for (int l = 0; l < m.layers().size(); l++) {
            out = out.append(layerValue(m, l, settings));
        }
        return out;
    }

    /** The literal dictionary of layer {@code l} under {@code settings}. */
    public static Dictionary dictionary(Mind m, int l, ValueSettings settings) {
        return Dictionary.clusterReweightings(m.language(l), Dictionary.literals(m.language(l)),
                Dictionary.binaryStrengths(settings.strengthBase(), settings.levels()));
    }

    /** The value of layer {@code l}. */
    public static LayerValue layerValue(Mind m, int l, ValueSettings settings) {
        int size = m.language(l).size() * 2 * settings.levels();
        if (size > Dictionary.MAX_ATOMS) {
            return new LayerValue(l, Option.none(), "not computed: the literal dictionary would have " + size
                    + " atoms, more than " + Dictionary.MAX_ATOMS, Option.none());
        }
        Either<String, ValueProblem> p = ValueProblem.of(m.world(l), m.goal(l), dictionary(m, l, settings),
                settings.epsilon(), settings.resolution());
        if (p.isLeft()) {
            return new LayerValue(l, Option.none(), "unreachable: " + p.getLeft(), Option.none());
        }
        ValueResult r = ChocoValueSolver.solve(p.get(), settings.timeLimitMillis());
        String status = !r.complete() ? "limit reached"
                : r.value().isDefined() ? "value" : "no descriptor within the dictionary";
        return new LayerValue(l, r.value(), status, Option.some(r.statistics()));
    }

    private static TraceRow row(int index, String label, Mind m, ValueSettings settings) {
        Vector<Vector<String>> names = m.layers().map(layer -> layer.atoms().map(a -> a.name()));
        return new TraceRow(index, label, names, m.worldMarginals(), m.goalMarginals(), m.energy(), values(m, settings));
    }
}
