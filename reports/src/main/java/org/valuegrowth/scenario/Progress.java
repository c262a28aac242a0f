package org.valuegrowth.scenario;

/**
 * Where long-running work reports how far it got: one plain line per note (the CLI prints them on
 * standard error). Notes are for people watching a run; they never go into a report or an output.
 */
@FunctionalInterface
public interface Progress {
    /** Discards every note. */
    Progress NONE = line -> { };

    /** Reports one line, e.g. "steps[2] Reflect(10): about 1.2e10 operations". */
    void note(String line);
}
