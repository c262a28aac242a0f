package org.valuegrowth.verdict;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * A measurement table attached to a verdict: figures the search computed alongside the verdict
 * (per setting, per modelling choice), for people to read. It is never part of the verdict itself.
 *
 * @param title what the table shows, one sentence
 * @param columns the header
 * @param rows the rows, each as long as {@code columns}
 */
public record Survey(String title, Vector<String> columns, Vector<Vector<String>> rows) {
    /** Validates the shape. */
    public Survey {
        if (title == null || title.isBlank() || columns == null || rows == null) {
            throw new ModelException("a survey needs a title, columns and rows");
        }
        for (Vector<String> r : rows) {
            if (r.size() != columns.size()) {
                throw new ModelException("survey row has " + r.size() + " cells, header has " + columns.size());
            }
        }
    }
}
