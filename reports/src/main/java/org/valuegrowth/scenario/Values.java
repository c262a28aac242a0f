package org.valuegrowth.scenario;

import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * Conversions of single YAML nodes to typed values, recording a {@link Problem} on failure.
 * Numbers accept decimals and fractions {@code p/q}; NaN and infinities are rejected.
 */
public final class Values {
    private Values() {
    }

    /** A scalar's text. */
    public static Option<String> string(Problems problems, String path, YNode n) {
        if (n instanceof YNode.Scalar) {
            return Option.some(((YNode.Scalar) n).value());
        }
        problems.add(n.line(), path, "expected a text value, found " + n.describe());
        return Option.none();
    }

    /** A finite number, written as a decimal or as a fraction p/q. */
    public static Option<Double> number(Problems problems, String path, YNode n) {
        return string(problems, path, n).flatMap(s -> {
            Option<Double> v = parseNumber(s.trim());
            if (v.isEmpty()) {
                problems.add(n.line(), path, "expected a number, found '" + s + "'");
            }
            return v;
        });
    }

    /** A probability in [0,1]. */
    public static Option<Double> probability(Problems problems, String path, YNode n) {
        return number(problems, path, n).flatMap(v -> {
            if (!(v >= 0.0 && v <= 1.0)) {
                problems.add(n.line(), path, "probability " + v + " is outside [0,1]");
                return Option.none();
            }
            return Option.some(v);
        });
    }

    /** An integer in [min, max]. */
    public static Option<Long> integer(Problems problems, String path, YNode n, long min, long max) {
        return string(problems, path, n).flatMap(s -> {
            long v;
            try {
                v = Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                problems.add(n.line(), path, "expected a whole number, found '" + s + "'");
                return Option.none();
            }
            if (v < min || v > max) {
                problems.add(n.line(), path, v + " is outside [" + min + ", " + max + "]");
                return Option.none();
            }
            return Option.some(v);
        });
    }

    /** A list. */
    public static Option<Vector<YNode>> list(Problems problems, String path, YNode n) {
        if (n instanceof YNode.Seq) {
            return Option.some(((YNode.Seq) n).items());
        }
        problems.add(n.line(), path, "expected a list, found " + n.describe());
        return Option.none();
    }

    /** A list of probabilities. */
    public static Option<Vector<Double>> probabilities(Problems problems, String path, YNode n) {
        return list(problems, path, n).flatMap(items -> {
            Vector<Option<Double>> vs = items.zipWithIndex().map(t -> probability(problems, path + "[" + t._2 + "]", t._1));
            return vs.forAll(Option::isDefined) ? Option.some(vs.map(Option::get)) : Option.none();
        });
    }

    /** Parses a decimal or a fraction; none for anything else (including NaN and ∞). */
    static Option<Double> parseNumber(String s) {
        try {
            int slash = s.indexOf('/');
            double v = slash < 0 ? Double.parseDouble(s)
                    : Double.parseDouble(s.substring(0, slash).trim()) / Double.parseDouble(s.substring(slash + 1).trim());
            if (s.chars().anyMatch(Character::isLetter) && !s.matches("[-+0-9.eE/ ]+")) {
                return Option.none();
            }
            return Double.isFinite(v) ? Option.some(v) : Option.none();
        } catch (NumberFormatException e) {
            return Option.none();
        }
    }
}
