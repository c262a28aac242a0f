package org.valuegrowth.verdict;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * A counterexample or witness as reports show it: a summary, a table for people, a trace for
 * tools, and the figure that was recomputed by replaying it through the plain model.
 *
 * @param summary one line, e.g. "trader buy(a) when price(a) &lt; 1/2 gains 3.2 with risk 0.5"
 * @param columns the table's header
 * @param rows the table's rows, each as long as {@code columns}
 * @param trace a JSON-shaped tree (maps, vectors, strings, numbers, booleans) for tools
 * @param figureName the name of the replayed figure, e.g. "max plausible gain"
 * @param replayedFigure its value, recomputed outside the search
 * @param freePositions positions of the witness that could take any value and still fail
 */
public record Witness(String summary, Vector<String> columns, Vector<Vector<String>> rows,
                      LinkedHashMap<String, Object> trace, String figureName, double replayedFigure,
                      Vector<String> freePositions) {
    /** Validates the table shape. */
    public Witness {
        if (summary == null || columns == null || rows == null || trace == null || figureName == null
                || freePositions == null) {
            throw new ModelException("witness parts must not be null");
        }
        for (Vector<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new ModelException("witness row has " + row.size() + " cells, header has " + columns.size());
            }
        }
    }
}
