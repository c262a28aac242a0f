package org.valuegrowth.scenario;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads scenario files: reads the text, parses YAML, dispatches on {@code kind}, and returns either
 * every problem found (file, line, field, message) or the scenario.
 */
public final class Scenarios {
    /**
     * The largest scenario file read, 1 MiB: the shipped examples are under 3 KB, and the size is
     * checked before anything is read, so a huge file or a device is refused at once.
     */
    public static final int MAX_BYTES = 1 << 20;

    private Scenarios() {
    }

    /** The scenario kinds this build understands, in the order {@code --help} lists them. */
    public static Vector<ScenarioKind> kinds() {
        return ScenarioKinds.ALL;
    }

    /** Loads the file at {@code path}. */
    public static Either<Vector<Problem>, Scenario> load(Path path) {
        return load(path, Progress.NONE);
    }

    /** Loads the file at {@code path}, reporting long steps of reading to {@code progress}. */
    public static Either<Vector<Problem>, Scenario> load(Path path, Progress progress) {
        String file = path.toString();
        Either<String, String> text = readText(path, MAX_BYTES, "scenario file");
        if (text.isLeft()) {
            return Either.left(Vector.of(new Problem(file, 0, "", text.getLeft())));
        }
        return parse(file, text.get(), progress);
    }

    /**
     * The UTF-8 text of a regular file of at most {@code maxBytes} bytes, or why not: no such file, a
     * directory, not a regular file (a device, pipe or socket, which could be endless), too large
     * (checked before reading and again while reading, in case the file grows), not UTF-8.
     *
     * @param what what the file should be, for messages ("scenario file", "report")
     */
    public static Either<String, String> readText(Path path, int maxBytes, String what) {
        if (!Files.exists(path)) {
            return Either.left("no such file");
        }
        if (Files.isDirectory(path)) {
            return Either.left("is a directory, not a " + what);
        }
        if (!Files.isRegularFile(path)) {
            return Either.left("not a regular file (a device, pipe or socket); give a " + what);
        }
        String limit = "more than the limit of " + maxBytes + " bytes for a " + what;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                return Either.left("the file has " + size + " bytes, " + limit);
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(maxBytes + 1);
            }
            if (bytes.length > maxBytes) {
                return Either.left("the file has " + limit);
            }
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            return Either.right(utf8.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Either.left("not UTF-8 text");
        } catch (java.nio.file.NoSuchFileException e) {
            return Either.left("no such file");
        } catch (IOException | SecurityException e) {
            return Either.left("cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** Parses scenario text that came from {@code file}. */
    public static Either<Vector<Problem>, Scenario> parse(String file, String text) {
        return parse(file, text, Progress.NONE);
    }

    /** Parses scenario text that came from {@code file}, reporting long steps of reading to {@code progress}. */
    public static Either<Vector<Problem>, Scenario> parse(String file, String text, Progress progress) {
        return Yaml.parse(file, text).flatMap(root -> read(file, root, progress));
    }

    private static Either<Vector<Problem>, Scenario> read(String file, YNode root, Progress progress) {
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
        // before the reader, so that a reader which runs steps only on a clean file does not run them
        fields.forEach(f -> checkName(problems, f));
        Option<Scenario> s = fields.flatMap(f -> reader.get().read(f, progress));
        if (!problems.isEmpty() || s.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(0, "", "the scenario could not be read");
            }
            return Either.left(problems.all());
        }
        return Either.right(s.get());
    }

    /** The longest scenario name accepted (it becomes part of a report ID and heading). */
    public static final int MAX_NAME_LENGTH = 100;

    /** A scenario's name becomes an entry ID and a heading: one line, not blank, at most {@link #MAX_NAME_LENGTH} characters. */
    private static void checkName(Problems problems, Fields f) {
        Option<YNode> n = f.get("name");
        if (n.isEmpty() || !(n.get() instanceof YNode.Scalar)) {
            return; // the reader reports a missing or non-text name
        }
        String name = ((YNode.Scalar) n.get()).value();
        if (name.isBlank()) {
            problems.add(n.get().line(), "name", "a scenario name must not be blank");
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(n.get().line(), "name", "a scenario name has at most " + MAX_NAME_LENGTH + " characters, got " + name.length());
        }
    }
}
