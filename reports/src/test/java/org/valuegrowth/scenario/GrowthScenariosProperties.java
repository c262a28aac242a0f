package org.valuegrowth.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.valuegrowth.report.JsonTrees;

/**
 * The growth reader is total: mutated copies of the shipped growth files (scalars replaced, entries
 * deleted or duplicated, subtrees replaced, lines deleted) are either rejected with problems or
 * accepted and simulated, and never throw.
 */
class GrowthScenariosProperties {
    private static final Vector<String> POOL = Vector.of("0", "1", "2", "3", "-1", "0.5", "1.5", "1/3", "1/0", "1e9", "-0",
            "0.0001", "NaN", "", " ", "x", "helpful", "!helpful & harmless", "a &", "sampled", "expected", "trl", "population",
            "nobody", "iid", "worlds", "constant", "grounded", "9223372036854775808", "true", "null");

    static Vector<Tuple2<String, String>> growthFiles() {
        try {
            return ShippedScenariosTest.yamlIn(ShippedScenariosTest.SPEC)
                    .filter(p -> p.getFileName().toString().startsWith("growth-"))
                    .map(p -> Tuple.of(p.getFileName().toString(), read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<Tuple2<String, String>> files() {
        Vector<Tuple2<String, String>> files = growthFiles();
        assertThat(files.size()).isGreaterThanOrEqualTo(2);
        return Arbitraries.of(files.toJavaList());
    }

    /** Parses and, if accepted, simulates and renders; an exception anywhere fails the property. */
    static void parseAndSimulate(String file, String text) {
        Either<Vector<Problem>, Scenario> r = Scenarios.parse(file, text);
        Statistics.collect(r.isLeft() ? "rejected" : "accepted");
        // the harness must reach the simulator, not only the reader's error paths
        Statistics.coverage(c -> c.check("accepted").percentage(pct -> pct >= 5.0));
        if (r.isLeft()) {
            assertThat(r.getLeft()).as(text).isNotEmpty();
            return;
        }
        Scenario.Simulation sim = r.get().simulate();
        assertThat(sim.rows()).isNotEmpty().allSatisfy(row -> assertThat(row).hasSize(sim.columns().size()));
        assertThat(JsonTrees.toJson(sim.json()).get("steps").size()).isEqualTo(sim.rows().size());
    }

    @Example
    @Label("the mutation harness is sound: an unmutated file, re-emitted, is accepted with the same table")
    void emittedFilesAreAcceptedUnchanged() {
        for (Tuple2<String, String> f : growthFiles()) {
            Scenario.Simulation a = Scenarios.parse(f._1, f._2).get().simulate();
            Scenario.Simulation b = Scenarios.parse(f._1, emit(Yaml.parse(f._1, f._2).get())).get().simulate();
            assertThat(b.rows()).as(f._1).isEqualTo(a.rows());
        }
    }

    @Property(tries = 700, seed = "20261128")
    @Label("mutated growth files (values, entries, subtrees) are rejected with problems or simulated, never throw")
    void mutatedTreesNeverThrow(@ForAll("files") Tuple2<String, String> file, @ForAll long seed,
                                @ForAll @IntRange(min = 1, max = 6) int edits) {
        Random rng = new Random(seed);
        YNode tree = Yaml.parse(file._1, file._2).get();
        Vector<String> local = scalars(tree);
        for (int e = 0; e < edits; e++) {
            tree = mutate(tree, rng, local, new int[] {rng.nextInt(Math.max(1, count(tree)))});
        }
        parseAndSimulate(file._1, emit(tree));
    }

    @Property(tries = 150, seed = "20261129")
    @Label("growth files with random lines deleted are rejected with problems or simulated, never throw")
    void deletedLinesNeverThrow(@ForAll("files") Tuple2<String, String> file, @ForAll long seed,
                                @ForAll @IntRange(min = 1, max = 3) int deletions) {
        Random rng = new Random(seed);
        Vector<String> lines = Vector.of(file._2.split("\n", -1));
        for (int d = 0; d < deletions && lines.size() > 1; d++) {
            lines = lines.removeAt(rng.nextInt(lines.size()));
        }
        parseAndSimulate(file._1, lines.mkString("\n"));
    }

    private static Vector<String> scalars(YNode n) {
        if (n instanceof YNode.Scalar) {
            return Vector.of(((YNode.Scalar) n).value());
        }
        if (n instanceof YNode.Seq) {
            return ((YNode.Seq) n).items().flatMap(GrowthScenariosProperties::scalars);
        }
        if (n instanceof YNode.Map) {
            return ((YNode.Map) n).entries().flatMap(e -> scalars(e._2).prepend(e._1.value()));
        }
        throw new AssertionError(n);
    }

    private static int count(YNode n) {
        if (n instanceof YNode.Seq) {
            return 1 + ((YNode.Seq) n).items().map(GrowthScenariosProperties::count).sum().intValue();
        }
        if (n instanceof YNode.Map) {
            return 1 + ((YNode.Map) n).entries().map(e -> 1 + count(e._2)).sum().intValue();
        }
        return 1;
    }

    private static String pick(Random rng, Vector<String> local) {
        return rng.nextBoolean() ? POOL.get(rng.nextInt(POOL.size())) : local.get(rng.nextInt(local.size()));
    }

    /** Mutates the node numbered {@code target[0]} in pre-order (the counter is decremented on the way). */
    private static YNode mutate(YNode n, Random rng, Vector<String> local, int[] target) {
        if (target[0]-- == 0) {
            switch (rng.nextInt(4)) {
                case 0:
                    return new YNode.Scalar(pick(rng, local), n.line());
                case 1:
                    if (n instanceof YNode.Seq && !((YNode.Seq) n).items().isEmpty()) {
                        Vector<YNode> items = ((YNode.Seq) n).items();
                        return new YNode.Seq(items.removeAt(rng.nextInt(items.size())), n.line());
                    }
                    if (n instanceof YNode.Map && !((YNode.Map) n).entries().isEmpty()) {
                        Vector<Tuple2<YNode.Scalar, YNode>> es = ((YNode.Map) n).entries();
                        return new YNode.Map(es.removeAt(rng.nextInt(es.size())), n.line());
                    }
                    return new YNode.Scalar(pick(rng, local), n.line());
                case 2:
                    if (n instanceof YNode.Seq && !((YNode.Seq) n).items().isEmpty()) {
                        Vector<YNode> items = ((YNode.Seq) n).items();
                        return new YNode.Seq(items.append(items.get(rng.nextInt(items.size()))), n.line());
                    }
                    if (n instanceof YNode.Map) {
                        return new YNode.Map(((YNode.Map) n).entries().append(Tuple.of(
                                new YNode.Scalar(pick(rng, local), n.line()), new YNode.Scalar(pick(rng, local), n.line()))), n.line());
                    }
                    return new YNode.Seq(Vector.of(n), n.line());
                default:
                    if (n instanceof YNode.Map && !((YNode.Map) n).entries().isEmpty()) {
                        Vector<Tuple2<YNode.Scalar, YNode>> es = ((YNode.Map) n).entries();
                        int i = rng.nextInt(es.size());
                        return new YNode.Map(es.update(i, Tuple.of(new YNode.Scalar(pick(rng, local), es.get(i)._1.line()),
                                es.get(i)._2)), n.line());
                    }
                    return new YNode.Scalar(pick(rng, local), n.line());
            }
        }
        if (n instanceof YNode.Seq) {
            Vector<YNode> items = Vector.empty();
            for (YNode c : ((YNode.Seq) n).items()) {
                items = items.append(mutate(c, rng, local, target));
            }
            return new YNode.Seq(items, n.line());
        }
        if (n instanceof YNode.Map) {
            Vector<Tuple2<YNode.Scalar, YNode>> es = Vector.empty();
            for (Tuple2<YNode.Scalar, YNode> e : ((YNode.Map) n).entries()) {
                target[0]--;
                es = es.append(Tuple.of(e._1, mutate(e._2, rng, local, target)));
            }
            return new YNode.Map(es, n.line());
        }
        return n;
    }

    /** The tree as YAML flow text (JSON syntax, every scalar double-quoted), one map entry per line. */
    static String emit(YNode n) {
        if (n instanceof YNode.Scalar) {
            return quote(((YNode.Scalar) n).value());
        }
        if (n instanceof YNode.Seq) {
            return ((YNode.Seq) n).items().map(GrowthScenariosProperties::emit).mkString("[", ", ", "]");
        }
        if (n instanceof YNode.Map) {
            return ((YNode.Map) n).entries().map(e -> quote(e._1.value()) + ": " + emit(e._2)).mkString("{", ",\n", "}");
        }
        throw new AssertionError(n);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
