package org.valuegrowth.scenario;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * Typed, checked access to the fields of one YAML map. Every failed read records a
 * {@link Problem} (file, line, field path, message) and returns {@code Option.none()}, so a
 * parser keeps going and reports every problem at once. Unknown keys are problems too.
 */
public final class Fields {
    private final Problems problems;
    private final String path;
    private final YNode.Map map;

    private Fields(Problems problems, String path, YNode.Map map) {
        this.problems = problems;
        this.path = path;
        this.map = map;
    }

    /**
     * A view of {@code node} as a map at {@code path}; records "expected a map" and returns
     * none if it is not one. Keys outside {@code allowed} are recorded as unknown.
     */
    public static Option<Fields> of(Problems problems, String path, YNode node, String... allowed) {
        if (!(node instanceof YNode.Map)) {
            problems.add(node.line(), path, "expected a map, found " + node.describe());
            return Option.none();
        }
        YNode.Map m = (YNode.Map) node;
        LinkedHashSet<String> ok = LinkedHashSet.of(allowed);
        for (Tuple2<YNode.Scalar, YNode> e : m.entries()) {
            if (!ok.contains(e._1.value())) {
                problems.add(e._1.line(), join(path, e._1.value()), "unknown key '" + e._1.value()
                        + "'; allowed here: " + ok.mkString(", "));
            }
        }
        return Option.some(new Fields(problems, path, m));
    }

    /** The problems sink. */
    public Problems problems() {
        return problems;
    }

    /** The line of the map itself. */
    public int line() {
        return map.line();
    }

    /** The path of {@code key} below this map. */
    public String pathOf(String key) {
        return join(path, key);
    }

    /** Whether the key is present. */
    public boolean has(String key) {
        return get(key).isDefined();
    }

    /** The raw node of {@code key}, if present. */
    public Option<YNode> get(String key) {
        return map.entries().find(e -> e._1.value().equals(key)).map(Tuple2::_2);
    }

    /** The raw node of {@code key}; records "missing" if absent. */
    public Option<YNode> require(String key) {
        Option<YNode> n = get(key);
        if (n.isEmpty()) {
            problems.add(map.line(), pathOf(key), "missing required field '" + key + "'");
        }
        return n;
    }

    /** A required string. */
    public Option<String> string(String key) {
        return require(key).flatMap(n -> Values.string(problems, pathOf(key), n));
    }

    /** An optional string with a default. */
    public Option<String> string(String key, String dflt) {
        return get(key).map(n -> Values.string(problems, pathOf(key), n)).getOrElse(Option.some(dflt));
    }

    /** A required finite number. */
    public Option<Double> number(String key) {
        return require(key).flatMap(n -> Values.number(problems, pathOf(key), n));
    }

    /** An optional finite number with a default. */
    public Option<Double> number(String key, double dflt) {
        return get(key).map(n -> Values.number(problems, pathOf(key), n)).getOrElse(Option.some(dflt));
    }

    /** A required probability in [0,1]. */
    public Option<Double> probability(String key) {
        return require(key).flatMap(n -> Values.probability(problems, pathOf(key), n));
    }

    /** A required integer in [min, max]. */
    public Option<Long> integer(String key, long min, long max) {
        return require(key).flatMap(n -> Values.integer(problems, pathOf(key), n, min, max));
    }

    /** An optional integer in [min, max] with a default. */
    public Option<Long> integer(String key, long min, long max, long dflt) {
        return get(key).map(n -> Values.integer(problems, pathOf(key), n, min, max)).getOrElse(Option.some(dflt));
    }

    /** A required list. */
    public Option<Vector<YNode>> list(String key) {
        return require(key).flatMap(n -> Values.list(problems, pathOf(key), n));
    }

    /** An optional list, empty if absent. */
    public Option<Vector<YNode>> listOrEmpty(String key) {
        return get(key).map(n -> Values.list(problems, pathOf(key), n)).getOrElse(Option.some(Vector.empty()));
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
