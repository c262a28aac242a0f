package org.valuegrowth.scenario;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
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
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * Reads YAML text into {@link YNode}s, as data only: the composer builds nodes and never
 * instantiates classes. Anchors/aliases are limited, duplicate keys and non-scalar keys are errors,
 * nesting is limited to {@link #MAX_DEPTH} levels (checked on the tokens before the recursive
 * parser runs, so a deeply nested file is a problem at its line, not a stack overflow), and control
 * characters in keys and values are problems (a name with a newline would split a report heading).
 */
public final class Yaml {
    /** The deepest nesting of collections accepted; real scenario files nest fewer than 10 levels. */
    public static final int MAX_DEPTH = 64;

    private Yaml() {
    }

    /** Parses {@code text}; a syntax error is a single {@link Problem} with its line. */
    public static Either<Vector<Problem>, YNode> parse(String file, String text) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(20)
                .setCodePointLimit(Scenarios.MAX_BYTES)
                .build();
        Optional<Node> root;
        try {
            Option<Problem> tooDeep = tooDeep(file, settings, text);
            if (tooDeep.isDefined()) {
                return Either.left(Vector.of(tooDeep.get()));
            }
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

    /**
     * The first place where collections nest deeper than {@link #MAX_DEPTH}, found by counting the
     * scanner's start and end tokens (the scanner is iterative; the parser and composer recurse).
     * Syntax errors are left to the composer, which reports them with their line.
     */
    private static Option<Problem> tooDeep(String file, LoadSettings settings, String text) {
        ScannerImpl scanner = new ScannerImpl(settings, new StreamReader(settings, text));
        int depth = 0;
        try {
            while (scanner.hasNext()) {
                Token t = scanner.next();
                switch (t.getTokenId()) {
                    case BlockMappingStart:
                    case BlockSequenceStart:
                    case FlowMappingStart:
                    case FlowSequenceStart:
                        depth++;
                        if (depth > MAX_DEPTH) {
                            int line = t.getStartMark().map(Mark::getLine).orElse(-1) + 1;
                            return Option.some(new Problem(file, line, "", "nesting deeper than " + MAX_DEPTH + " levels"));
                        }
                        break;
                    case BlockEnd:
                    case FlowMappingEnd:
                    case FlowSequenceEnd:
                        depth--;
                        break;
                    default:
                        break;
                }
            }
        } catch (YamlEngineException e) {
            return Option.none();
        }
        return Option.none();
    }

    private static YNode convert(Node node, Problems problems, String path) {
        int line = node.getStartMark().map(Mark::getLine).orElse(-1) + 1;
        if (node instanceof ScalarNode) {
            String value = ((ScalarNode) node).getValue();
            Option<String> bad = controlCharacter(value);
            if (bad.isDefined()) {
                problems.add(line, path, "control character " + bad.get() + " in a value; values must be one line of printable text");
            }
            return new YNode.Scalar(value, line);
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
                if (controlCharacter(key).isDefined()) {
                    problems.add(kline, path, "control character " + controlCharacter(key).get() + " in a key");
                    continue;
                }
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

    /**
     * The first control or invisible direction character of {@code s} as "U+000A", if any: C0 and
     * C1 controls (tab included), line and paragraph separators, and the bidirectional embedding,
     * override and isolate marks (which can make a name display as a different one).
     */
    static Option<String> controlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C') {
                return Option.some(String.format(java.util.Locale.ROOT, "U+%04X", (int) c));
            }
        }
        return Option.none();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
