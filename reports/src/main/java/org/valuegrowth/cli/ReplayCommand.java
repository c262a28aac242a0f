package org.valuegrowth.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.valuegrowth.report.InputFile;
import org.valuegrowth.report.JsonReport;
import org.valuegrowth.report.ReportEntry;
import org.valuegrowth.report.Reproduce;
import org.valuegrowth.report.RunInfo;
import org.valuegrowth.scenario.Scenarios;
import org.valuegrowth.verdict.Budget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code valuegrowth replay REPORT.json}: re-runs every entry of a JSON report with its recorded
 * budget and seed, renders it again, and compares every recorded field, naming each one that differs.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Re-run every entry of a JSON report (from 'report' or 'check --json') with its recorded budget and seed,",
            "controls included, and compare every recorded field with the re-rendered one: the tool version, commit and",
            "dirty flag against this build, and per entry the statement, verdict, reading, bound, margin, statistics",
            "(without times), witness, controls, budget, seed, inputs (a scenario file is re-read and its SHA-256",
            "checked), command and citation. Every differing field is named. Wall times are not compared.",
            "Exit: 0 all reproduced, 5 some field differs, 2 the report is missing, empty or malformed."})
final class ReplayCommand implements Callable<Integer> {
    /** The largest report read (a catalogue report is under 1 MB). */
    static final int MAX_REPORT_BYTES = 64 << 20;
    /** Differences printed per entry before "... and N more". */
    static final int MAX_SHOWN = 12;

    private static final java.util.Set<String> TOP_LEVEL = java.util.Set.of("tool", "version", "commit", "dirty", "entries", "timesMillis");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REPORT", description = "a report.json written by 'valuegrowth report' or 'check --json'")
    Path report;

    /** A recorded entry as replay needs it, checked before anything runs. */
    private record Recorded(String id, JsonNode node, Budget budget, long seed, Option<String> inputPath, Option<String> inputSha) {
    }

    @Override
    public Integer call() {
        JsonNode root = read();
        Vector<Recorded> entries = validate(root);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunInfo now = Version.runInfo(false);
        // citations are re-rendered with the recorded build, so that a different build shows once, at the top
        RunInfo recordedRun = new RunInfo(root.get("version").asText(), root.get("commit").asText(), root.get("dirty").asBoolean(), false);
        int differ = 0;
        Vector<String> top = Vector.empty();
        top = top.appendAll(compare("version", root.get("version"), text(now.version())));
        top = top.appendAll(compare("commit", root.get("commit"), text(now.commit())));
        top = top.appendAll(compare("dirty", root.get("dirty"), com.fasterxml.jackson.databind.node.BooleanNode.valueOf(now.dirty())));
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!TOP_LEVEL.contains(k)) {
                top = top.append(k + ": recorded, but this tool writes no such field");
            }
        }
        if (!top.isEmpty()) {
            differ++;
            out.println("report DIFFERS from this build (valuegrowth " + now.version() + ", commit " + now.commitText() + "):");
            top.forEach(d -> out.println("  " + d));
        }
        for (int i = 0; i < entries.size(); i++) {
            Recorded r = entries.get(i);
            Either<String, Targets> t = target(r, err);
            if (t.isLeft()) {
                differ++;
                out.printf("%-24s NOT REPLAYED: %s%n", r.id(), t.getLeft());
                continue;
            }
            ReportEntry again = ReportEntry.run(t.get().check(), t.get().target(), r.budget(), r.seed(), t.get().inputs(), id -> { });
            JsonNode fresh = normalise(JsonReport.entry(recordedRun, again));
            Vector<String> diffs = diff("", r.node(), fresh);
            if (diffs.isEmpty()) {
                out.printf("%-24s reproduced: %s, %s; controls: %s%n", r.id(), again.verdict().headline(), again.reading().words(),
                        again.controls().isEmpty() ? "none" : again.controlsBehaving() + " of " + again.controls().size() + " behave");
            } else {
                differ++;
                out.printf("%-24s DIFFERS in %d field%s:%n", r.id(), diffs.size(), diffs.size() == 1 ? "" : "s");
                diffs.take(MAX_SHOWN).forEach(d -> out.println("  " + d));
                if (diffs.size() > MAX_SHOWN) {
                    out.println("  ... and " + (diffs.size() - MAX_SHOWN) + " more");
                }
            }
        }
        return differ == 0 ? ExitCodes.OK : ExitCodes.DIFFERS;
    }

    private JsonNode read() {
        Either<String, String> text = Scenarios.readText(report, MAX_REPORT_BYTES, "JSON report");
        if (text.isLeft()) {
            throw new UserError(report + ": " + text.getLeft());
        }
        try {
            JsonNode root = new ObjectMapper().readTree(text.get());
            if (root == null || root.isMissingNode()) {
                throw new UserError(report + ": the file is empty, not a JSON report");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new UserError(report + ": not JSON (" + e.getOriginalMessage().split("\n")[0] + ", line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
    }

    /** Every recorded entry with its budget and seed, or a user error naming the first malformed field. */
    private Vector<Recorded> validate(JsonNode root) {
        if (!root.isObject() || !"valuegrowth".equals(root.path("tool").asText(null))) {
            throw malformed("tool", "not a valuegrowth report (no \"tool\": \"valuegrowth\")");
        }
        for (String k : new String[] {"version", "commit"}) {
            if (!root.path(k).isTextual()) {
                throw malformed(k, "missing or not text");
            }
        }
        if (!root.path("dirty").isBoolean()) {
            throw malformed("dirty", "missing or not true/false");
        }
        JsonNode entries = root.path("entries");
        if (!entries.isArray()) {
            throw malformed("entries", "missing or not a list");
        }
        if (entries.isEmpty()) {
            throw malformed("entries", "empty: there is nothing to replay");
        }
        Vector<Recorded> out = Vector.empty();
        for (int i = 0; i < entries.size(); i++) {
            String at = "entries[" + i + "]";
            JsonNode e = entries.get(i);
            if (!e.isObject() || !e.path("id").isTextual() || e.path("id").asText().isEmpty()) {
                throw malformed(at + ".id", "missing or not text");
            }
            JsonNode b = e.path("budget");
            if (!b.isObject() || !b.path("maxNodes").isIntegralNumber()) {
                throw malformed(at + ".budget.maxNodes", "missing or not a whole number");
            }
            long nodes = integral(b.path("maxNodes"), at + ".budget.maxNodes", 1, Budget.MAX_NODES);
            Budget budget = Budget.nodes(nodes);
            if (b.has("timeLimitMillis")) {
                budget = Budget.of(nodes, integral(b.path("timeLimitMillis"), at + ".budget.timeLimitMillis", 1, Budget.MAX_TIME_MILLIS));
            }
            long seed = e.has("seed") ? integral(e.path("seed"), at + ".seed", Long.MIN_VALUE, Long.MAX_VALUE) : Reproduce.DEFAULT_SEED;
            JsonNode inputs = e.path("inputs");
            if (!inputs.isArray()) {
                throw malformed(at + ".inputs", "missing or not a list");
            }
            Option<String> path = Option.none();
            Option<String> sha = Option.none();
            if (inputs.size() > 0) {
                JsonNode f = inputs.get(0);
                if (!f.path("path").isTextual() || !f.path("sha256").isTextual()) {
                    throw malformed(at + ".inputs[0]", "needs a path and a sha256");
                }
                path = Option.some(f.path("path").asText());
                sha = Option.some(f.path("sha256").asText());
            }
            out = out.append(new Recorded(e.path("id").asText(), e, budget, seed, path, sha));
        }
        return out;
    }

    private long integral(JsonNode n, String field, long min, long max) {
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw malformed(field, "not a whole number that fits 64 bits: " + n);
        }
        long v = n.asLong();
        if (v < min || v > max) {
            throw malformed(field, v + " is outside [" + min + ", " + max + "]");
        }
        return v;
    }

    private UserError malformed(String field, String message) {
        return new UserError(report + ": " + field + ": " + message);
    }

    /** What to re-run: the built-in entry, or the recorded scenario file if it still has its recorded content. */
    private static Either<String, Targets> target(Recorded r, PrintWriter err) {
        if (r.inputPath().isEmpty()) {
            return Targets.builtIn(r.id()).toEither("not a built-in entry of this build, and no input file is recorded");
        }
        String path = r.inputPath().get();
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            return Either.left("input " + path + " is not there (replay from the directory the report was written in)");
        }
        try {
            String sha = InputFile.of(p).sha256();
            if (!sha.equals(r.inputSha().get())) {
                return Either.left("inputs[0].sha256: recorded " + r.inputSha().get() + ", " + path + " now has " + sha);
            }
            return Either.right(Targets.scenario(path, Targets.progress(err)));
        } catch (java.io.IOException | UserError e) {
            return Either.left("input " + path + ": " + e.getMessage());
        }
    }

    private static JsonNode text(String s) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(s);
    }

    /** Through text, so that number node types compare as they were recorded. */
    private static JsonNode normalise(JsonNode n) {
        try {
            ObjectMapper m = new ObjectMapper();
            return m.readTree(JsonReport.write((com.fasterxml.jackson.databind.node.ObjectNode) n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot re-read a rendered entry", e);
        }
    }

    private static Vector<String> compare(String field, JsonNode recorded, JsonNode now) {
        return recorded.equals(now) ? Vector.empty() : Vector.of(field + ": recorded " + shorten(recorded) + ", this build " + shorten(now));
    }

    /** Every path where {@code recorded} and {@code fresh} differ, in document order. */
    static Vector<String> diff(String path, JsonNode recorded, JsonNode fresh) {
        if (recorded.equals(fresh)) {
            return Vector.empty();
        }
        if (recorded.isObject() && fresh.isObject()) {
            Vector<String> out = Vector.empty();
            for (Iterator<String> it = recorded.fieldNames(); it.hasNext();) {
                String k = it.next();
                String p = path.isEmpty() ? k : path + "." + k;
                out = fresh.has(k) ? out.appendAll(diff(p, recorded.get(k), fresh.get(k)))
                        : out.append(p + ": recorded " + shorten(recorded.get(k)) + ", not produced now");
            }
            for (Iterator<String> it = fresh.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!recorded.has(k)) {
                    out = out.append((path.isEmpty() ? k : path + "." + k) + ": missing from the report, now " + shorten(fresh.get(k)));
                }
            }
            return out;
        }
        if (recorded.isArray() && fresh.isArray()) {
            Vector<String> out = Vector.empty();
            if (recorded.size() != fresh.size()) {
                out = out.append(path + ": recorded " + recorded.size() + " items, now " + fresh.size());
            }
            for (int i = 0; i < Math.min(recorded.size(), fresh.size()); i++) {
                out = out.appendAll(diff(path + "[" + i + "]", recorded.get(i), fresh.get(i)));
            }
            return out;
        }
        if (recorded.isTextual() && fresh.isTextual()) {
            String a = recorded.asText();
            String b = fresh.asText();
            int i = 0;
            while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            return Vector.of(path + ": recorded " + around(a, i) + ", now " + around(b, i)
                    + (i > 30 ? " (first difference at character " + (i + 1) + ")" : ""));
        }
        return Vector.of(path + ": recorded " + shorten(recorded) + ", now " + shorten(fresh));
    }

    /** A quoted stretch of {@code s} around position {@code i}, elided on either side. */
    private static String around(String s, int i) {
        int from = Math.max(0, i - 30);
        int to = Math.min(s.length(), i + 50);
        return (from > 0 ? "..." : "") + com.fasterxml.jackson.databind.node.TextNode.valueOf(s.substring(from, to))
                + (to < s.length() ? "..." : "");
    }

    private static String shorten(JsonNode n) {
        String s = n.toString();
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}
