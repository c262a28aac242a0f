package org.valuegrowth.cli;

import io.vavr.collection.Vector;
import org.valuegrowth.scenario.Problem;

/** Formats scenario problems for the terminal, one per line. */
final class Problems {
    private Problems() {
    }

    static String format(Vector<Problem> problems) {
        String n = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return n + " in the scenario file:\n  " + problems.map(Problem::toString).mkString("\n  ");
    }
}
