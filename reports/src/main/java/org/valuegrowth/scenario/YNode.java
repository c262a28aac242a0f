package org.valuegrowth.scenario;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;

/**
 * A YAML node with its position (1-based line and column), independent of the YAML library.
 * Scenario files are data: only maps with scalar keys, sequences and scalars exist here.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {
    /** The 1-based line where the node starts. */
    int line();

    /** What kind of node this is, for error messages ("a number", "a list", "a map"). */
    String describe();

    /** A scalar: its text exactly as written (quotes removed). */
    record Scalar(String value, int line) implements YNode {
        @Override
        public String describe() {
            return "the value '" + value + "'";
        }
    }

    /** A sequence. */
    record Seq(Vector<YNode> items, int line) implements YNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping with scalar keys, in file order. */
    record Map(Vector<Tuple2<Scalar, YNode>> entries, int line) implements YNode {
        @Override
        public String describe() {
            return "a map";
        }
    }
}
