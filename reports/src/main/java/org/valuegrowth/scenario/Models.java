package org.valuegrowth.scenario;

import io.vavr.control.Option;
import java.util.function.Supplier;
import org.valuegrowth.numeric.ModelException;

/** Builds model values from scenario data, turning a broken precondition into a {@link Problem}. */
final class Models {
    private Models() {
    }

    /** The value, or none with the model's message recorded at {@code line} in {@code field}. */
    static <T> Option<T> build(Problems problems, int line, String field, Supplier<T> make) {
        try {
            return Option.some(make.get());
        } catch (ModelException e) {
            problems.add(line, field, e.getMessage());
            return Option.none();
        }
    }
}
