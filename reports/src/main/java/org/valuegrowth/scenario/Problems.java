package org.valuegrowth.scenario;

import io.vavr.collection.Vector;

/**
 * Collects every problem found while reading one scenario file, so that all are reported at once.
 * A builder used inside one parse; the result leaves as an immutable {@link Vector}.
 */
public final class Problems {
    private final String file;
    private Vector<Problem> problems = Vector.empty();

    /** Problems for {@code file}. */
    public Problems(String file) {
        this.file = file;
    }

    /** The file name used in every problem. */
    public String file() {
        return file;
    }

    /** Records a problem at {@code line} in {@code field}. */
    public void add(int line, String field, String message) {
        problems = problems.append(new Problem(file, line, field, message));
    }

    /** Whether nothing was recorded. */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Everything recorded, in order, without duplicates. */
    public Vector<Problem> all() {
        return problems.distinct();
    }
}
