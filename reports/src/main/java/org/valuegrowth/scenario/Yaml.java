package org.valuegrowth.scenario;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads YAML text into {@link YNode}s, as data only: the composer builds nodes and never
 * instantiates classes. Anchors/aliases are limited, duplicate keys and non-scalar keys are errors.
 */
public final class Yaml {
    private static final int MAX_CODE_POINTS = 8 * 1024 * 1024;

    private Yaml() {
    }

    /** Parses {@code text}; a syntax error is a single {@link Problem} with its line. */
    public static Either<Vector<Problem>, YNode> parse(String file, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(Mark::getLine).orElse(-1) + 1;
            return Either.left(Vector.of(new Problem(file, line, "", "YAML syntax error: " + oneLine(e.getProblem()))));
        } catch (YamlEngineException e) {
            return Either.left(Vector.of(new Problem(file, 0, "", "YAML error: " + oneLine(e.getMessage()))));
        }
        if (root.isEmpty()) {
            return Either.left(Vector.of(new Problem(file, 0, "", "the file is empty")));
        }
        Problems problems = new Problems(file);
        YNode n = convert(root.get(), problems, "");
        return problems.isEmpty() ? Either.right(n) : Either.left(problems.all());
    }

    private static YNode convert(Node node, Problems problems, String path) {
        int line = node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
        if (node instanceof ScalarNode) {
            return new YNode.Scalar(((ScalarNode) node).getValue(), line);
        }
        if (node instanceof SequenceNode) {
            Vector<YNode> items = Vector.empty();
            int i = 0;
            for (Node child : ((SequenceNode) node).getValue()) {
                items = items.append(convert(child, problems, path + "[" + i + "]"));
                i++;
            }
            return new YNode.Seq(items, line);
        }
        if (node instanceof MappingNode) {
            Vector<Tuple2<YNode.Scalar, YNode>> entries = Vector.empty();
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : ((MappingNode) node).getValue()) {
                Node k = t.getKeyNode();
                int kline = k.getStartMark().map(Mark::getLine).orElse(-1) + 1;
                if (!(k instanceof ScalarNode)) {
                    problems.add(kline, path, "map keys must be plain names");
                    continue;
                }
                String key = ((ScalarNode) k).getValue();
                String childPath = path.isEmpty() ? key : path + "." + key;
                if (!seen.add(key)) {
                    problems.add(kline, childPath, "duplicate key '" + key + "'");
                    continue;
                }
                entries = entries.append(Tuple.of(new YNode.Scalar(key, kline), convert(t.getValueNode(), problems, childPath)));
            }
            return new YNode.Map(entries, line);
        }
        throw new AssertionError("unknown YAML node " + node.getClass());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
