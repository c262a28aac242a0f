package org.valuegrowth.cli;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.valuegrowth.report.InputFile;
import org.valuegrowth.report.Ledger;
import org.valuegrowth.scenario.Problem;
import org.valuegrowth.scenario.Progress;
import org.valuegrowth.scenario.Scenario;
import org.valuegrowth.scenario.Scenarios;
import org.valuegrowth.verdict.ClaimCheck;

/** What {@code check}, {@code report} and {@code replay} run: a built-in entry or a scenario file's check, with its inputs. */
record Targets(ClaimCheck check, String target, Vector<InputFile> inputs) {
    /** Progress notes of long reading or simulation steps, one line each on standard error. */
    static Progress progress(PrintWriter err) {
        return line -> {
            err.println("valuegrowth: " + line);
            err.flush();
        };
    }

    /** The built-in entry with this ID, if any. */
    static io.vavr.control.Option<Targets> builtIn(String id) {
        return Ledger.find(id).map(c -> new Targets(c, id, Vector.empty()));
    }

    /** The check section of the scenario file {@code target}, its content hashed; a user error if there is none. */
    static Targets scenario(String target, Progress progress) {
        Path p = Path.of(target);
        Either<Vector<Problem>, Scenario> s = Scenarios.load(p, progress);
        if (s.isLeft()) {
            throw new UserError(Problems.format(s.getLeft()));
        }
        ClaimCheck c = s.get().check().getOrElseThrow(() -> new UserError(target + ": the scenario has no 'check' section"));
        InputFile in;
        try {
            in = InputFile.of(p);
        } catch (IOException e) {
            throw new UserError(target + ": cannot read: " + e.getMessage());
        }
        return new Targets(c, target, Vector.of(in));
    }

    /** A built-in ID or an existing scenario file. */
    static Targets resolve(String target, Progress progress) {
        io.vavr.control.Option<Targets> b = builtIn(target);
        if (b.isDefined()) {
            return b.get();
        }
        if (target.isEmpty() || !Files.exists(Path.of(target))) {
            throw new UserError("'" + target + "' is neither a check ID (see 'valuegrowth list') nor an existing file");
        }
        return scenario(target, progress);
    }
}
