package org.valuegrowth.scenario;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.verdict.ClaimCheck;

/** A scenario read from a file: something to simulate and, optionally, a check to run on it. */
public interface Scenario {
    /** The scenario's name (from the file's {@code name} field). */
    String name();

    /** Runs the scenario through the plain model and returns what happened, step by step. */
    Simulation simulate();

    /** As {@link #simulate()}, reporting long runs to {@code progress}. */
    default Simulation simulate(Progress progress) {
        return simulate();
    }

    /** The check the file asks for in its {@code check} section, if any. */
    Option<ClaimCheck> check();

    /**
     * A simulation's output: a table for people, a JSON-shaped tree for tools.
     *
     * @param columns the table's header
     * @param rows the rows
     * @param json a JSON-shaped tree (Vavr/java maps and lists, strings, numbers)
     */
    record Simulation(Vector<String> columns, Vector<Vector<String>> rows, Object json) {
    }
}
