package org.valuegrowth.scenario;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads scenario files: reads the text, parses YAML, dispatches on {@code kind}, and returns either
 * every problem found (file, line, field, message) or the scenario.
 */
public final class Scenarios {
    private Scenarios() {
    }

    /** The scenario kinds this build understands, in the order {@code --help} lists them. */
    public static Vector<ScenarioKind> kinds() {
        return ScenarioKinds.ALL;
    }

    /** Loads the file at {@code path}. */
    public static Either<Vector<Problem>, Scenario> load(Path path) {
        String file = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return Either.left(Vector.of(new Problem(file, 0, "", "not UTF-8 text")));
        } catch (java.nio.file.NoSuchFileException e) {
            return Either.left(Vector.of(new Problem(file, 0, "", "no such file")));
        } catch (IOException e) {
            return Either.left(Vector.of(new Problem(file, 0, "", "cannot read: " + e.getMessage())));
        }
        return parse(file, text);
    }

    /** Parses scenario text that came from {@code file}. */
    public static Either<Vector<Problem>, Scenario> parse(String file, String text) {
        return Yaml.parse(file, text).flatMap(root -> read(file, root));
    }

    private static Either<Vector<Problem>, Scenario> read(String file, YNode root) {
        Problems problems = new Problems(file);
        if (!(root instanceof YNode.Map)) {
            problems.add(root.line(), "", "a scenario file must be a map with a 'kind' field, found " + root.describe());
            return Either.left(problems.all());
        }
        Option<YNode> kindNode = ((YNode.Map) root).entries().find(e -> e._1.value().equals("kind")).map(t -> t._2);
        if (kindNode.isEmpty()) {
            problems.add(root.line(), "kind", "missing required field 'kind'; one of: "
                    + kinds().map(ScenarioKind::kind).mkString(", "));
            return Either.left(problems.all());
        }
        Option<String> kind = Values.string(problems, "kind", kindNode.get());
        if (kind.isEmpty()) {
            return Either.left(problems.all());
        }
        Option<ScenarioKind> reader = kinds().find(k -> k.kind().equals(kind.get()));
        if (reader.isEmpty()) {
            problems.add(kindNode.get().line(), "kind", "unknown kind '" + kind.get() + "'; one of: "
                    + kinds().map(ScenarioKind::kind).mkString(", "));
            return Either.left(problems.all());
        }
        Option<Fields> fields = Fields.of(problems, "", root, reader.get().topLevelKeys());
        Option<Scenario> s = fields.flatMap(f -> reader.get().read(f));
        if (!problems.isEmpty() || s.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(0, "", "the scenario could not be read");
            }
            return Either.left(problems.all());
        }
        return Either.right(s.get());
    }
}
