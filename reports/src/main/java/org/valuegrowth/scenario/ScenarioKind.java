package org.valuegrowth.scenario;

import io.vavr.control.Option;

/** A kind of scenario file (the value of its {@code kind} field) and how to read the rest of it. */
public interface ScenarioKind {
    /** The value of {@code kind} that selects this reader. */
    String kind();

    /** The keys allowed at the top level of such a file ({@code kind} and {@code name} included). */
    String[] topLevelKeys();

    /** Reads the file; records every problem in {@code root.problems()} and returns none if any. */
    Option<Scenario> read(Fields root);

    /** As {@link #read(Fields)}, reporting long steps of reading (a reader that runs steps) to {@code progress}. */
    default Option<Scenario> read(Fields root, Progress progress) {
        return read(root);
    }
}
