package org.valuegrowth.cli;

import io.vavr.Tuple;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.valuegrowth.report.AtomicFiles;
import org.valuegrowth.report.HtmlReport;
import org.valuegrowth.report.JsonReport;
import org.valuegrowth.report.Ledger;
import org.valuegrowth.report.MarkdownReport;
import org.valuegrowth.report.ReportEntry;
import org.valuegrowth.report.RunInfo;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code valuegrowth report}: runs the catalogue (and any scenario checks given) and writes reports. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Run every built-in entry with its controls (and the 'check' of each scenario FILE given) and write",
            "report.md, report.json and report.html into the output directory: all three or none, under a lock",
            "on the directory, so that two runs into one directory never mix their files.",
            "Exit: 0 written (whatever the verdicts), 2 bad input, 1 internal error."})
final class ReportCommand implements Callable<Integer> {
    /** The files a report consists of, written together. */
    static final Vector<String> FILES = Vector.of("report.md", "report.json", "report.html");

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "scenario files whose checks to add")
    List<String> files = List.of();

    @Option(names = "--out", defaultValue = "report", description = "output directory (default: ${DEFAULT-VALUE})")
    String out;

    @Option(names = "--seed", defaultValue = "1",
            description = "seed (default: ${DEFAULT-VALUE}); printed only for entries whose result can depend on it")
    long seed;

    @Option(names = "--only", split = ",", description = "only these entries (IDs of 'list' that are not controls; each runs with its controls)")
    List<String> only;

    @picocli.CommandLine.Mixin
    BudgetOptions limits = new BudgetOptions();

    @Option(names = "--times", description = "include wall times (reports are then no longer byte-identical across runs)")
    boolean times;

    @Override
    public Integer call() {
        Budget budget = limits.budget();
        Path dir = outputDirectory();
        PrintWriter err = spec.commandLine().getErr();
        Vector<Targets> targets = Ledger.subjects().map(c -> new Targets(c, c.info().id(), Vector.empty()));
        if (only != null) {
            for (String id : only) {
                if (targets.find(t -> t.target().equals(id)).isEmpty()) {
                    io.vavr.control.Option<ClaimCheck> control = Ledger.find(id);
                    if (control.isDefined()) {
                        String subject = Ledger.subjects().find(s -> s.controls().exists(k -> k.info().id().equals(id)))
                                .map(s -> s.info().id()).getOrElse("its subject");
                        throw new UserError(id + " is a control of " + subject + ": it runs with it (--only " + subject
                                + "), or alone with 'valuegrowth check " + id + "'");
                    }
                    throw new UserError("unknown entry ID '" + id + "' (see 'valuegrowth list')");
                }
            }
            targets = targets.filter(t -> only.contains(t.target()));
        }
        for (String f : files) {
            targets = targets.append(Targets.scenario(f, Targets.progress(err)));
        }
        if (targets.isEmpty()) {
            throw new UserError("nothing to report: no built-in entries selected and no scenario files given");
        }
        requireUniqueIds(targets);
        prepare(dir);
        boolean progress = System.getenv("CI") == null;
        int total = targets.map(t -> 1 + t.check().controls().size()).sum().intValue();
        int[] done = {0};
        Vector<ReportEntry> entries = targets.map(t -> ReportEntry.run(t.check(), t.target(), budget, seed, t.inputs(), id -> {
            done[0]++;
            if (progress) {
                err.printf("[%d/%d] %s ...%n", done[0], total, id);
                err.flush();
            }
        }));
        RunInfo run = Version.runInfo(times);
        try {
            AtomicFiles.writeSet(dir, Vector.of(
                    Tuple.of("report.md", MarkdownReport.render(run, entries)),
                    Tuple.of("report.json", JsonReport.render(run, entries)),
                    Tuple.of("report.html", HtmlReport.render(run, entries))),
                    () -> err.println("valuegrowth: another report is being written into " + dir + "; waiting for it to finish"));
        } catch (AtomicFiles.NotARegularFile e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot write the report into " + dir + ": " + reason(e) + " (nothing was replaced)");
        }
        PrintWriter o = spec.commandLine().getOut();
        for (ReportEntry e : entries) {
            o.printf("%-24s %-28s %s; controls: %s%n", e.info().id(), e.verdict().headline(), e.reading().words(),
                    e.controls().isEmpty() ? "none" : e.controlsBehaving() + " of " + e.controls().size() + " behave");
        }
        o.println("wrote " + dir.resolve("report.md") + ", report.json, report.html");
        return ExitCodes.OK;
    }

    /** The output directory as given, refused when empty or when it names something that is not a directory. */
    private Path outputDirectory() {
        if (out.isBlank()) {
            throw new UserError("--out must name a directory; it is empty");
        }
        Path dir;
        try {
            dir = Path.of(out);
        } catch (InvalidPathException e) {
            throw new UserError("--out is not a usable path: " + e.getReason());
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError("--out " + out + " exists and is not a directory");
        }
        return dir;
    }

    /** Creates the directory and checks it can be written, before any search runs. */
    private static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new UserError("cannot create the output directory " + dir + ": " + reason(e));
        }
        if (!Files.isWritable(dir)) {
            throw new UserError("the output directory " + dir + " is not writable");
        }
    }

    /** Two scenario files with the same name, or a scenario named like a built-in entry, would share an ID and an anchor. */
    private static void requireUniqueIds(Vector<Targets> targets) {
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (Targets t : targets) {
            for (ClaimCheck c : Vector.of(t.check()).appendAll(t.check().controls())) {
                String id = c.info().id();
                String previous = seen.putIfAbsent(id, t.target());
                if (previous != null) {
                    throw new UserError("two entries would have the ID '" + id + "' (" + previous + " and " + t.target()
                            + "); give the scenarios different names");
                }
            }
        }
    }

    /** A file-system failure in words, without an exception class name. */
    static String reason(Exception e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return ((FileSystemException) e).getFile() + " exists and is not a directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory: " + ((FileSystemException) e).getFile();
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            FileSystemException f = (FileSystemException) e;
            return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }
}
