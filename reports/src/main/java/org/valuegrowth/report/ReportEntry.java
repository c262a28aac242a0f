package org.valuegrowth.report;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Reading;
import org.valuegrowth.verdict.Verdict;

/**
 * One entry of a report: a statement, its verdict and how it reads, the controls that ran with it,
 * and everything needed to reproduce and cite it.
 *
 * @param info the statement, with its polarity (fixed before the run)
 * @param verdict what the search found
 * @param controls the entry's controls, each run with the same budget and seed (empty for a control)
 * @param budget the limits the search ran with
 * @param seed the seed, present exactly when the result can depend on it ({@link ClaimInfo#seedDependent()})
 * @param command the one shell-quoted command that reproduces this entry (controls included)
 * @param inputs the input files the entry read (a scenario file), cited by content hash
 */
public record ReportEntry(ClaimInfo info, Verdict verdict, Vector<ReportEntry> controls, Budget budget,
                          Option<Long> seed, String command, Vector<InputFile> inputs) {
    /** Rejects a seed on an entry that cannot depend on it (and a missing one where it can), and controls of controls. */
    public ReportEntry {
        if (info == null || verdict == null || controls == null || budget == null || seed == null || command == null
                || inputs == null) {
            throw new ModelException("report entry parts must not be null");
        }
        if (seed.isDefined() != info.seedDependent()) {
            throw new ModelException("entry " + info.id() + ": a seed is recorded exactly when the result can depend on it");
        }
        for (ReportEntry c : controls) {
            if (!c.info().role().isControl() || !c.controls().isEmpty()) {
                throw new ModelException("entry " + info.id() + ": " + c.info().id() + " is not a control without controls");
            }
        }
    }

    /**
     * Runs {@code check} and its controls with {@code budget} and {@code seed}.
     *
     * @param target what {@code ./valuegrowth check} takes to rerun this entry: its ID, or the scenario file
     * @param progress told the ID of each search before it runs
     */
    public static ReportEntry run(ClaimCheck check, String target, Budget budget, long seed, Vector<InputFile> inputs,
                                  java.util.function.Consumer<String> progress) {
        Vector<ReportEntry> controls = Vector.empty();
        progress.accept(check.info().id());
        Verdict v = check.run(budget, seed);
        for (ClaimCheck c : check.controls()) {
            progress.accept(c.info().id());
            Option<Long> s = c.info().seedDependent() ? Option.some(seed) : Option.none();
            controls = controls.append(new ReportEntry(c.info(), c.run(budget, seed), Vector.empty(), budget, s,
                    Reproduce.command(c.info().id(), budget, s), Vector.empty()));
        }
        Option<Long> s = check.info().seedDependent() ? Option.some(seed) : Option.none();
        boolean anySeed = check.info().seedDependent() || check.controls().exists(c -> c.info().seedDependent());
        return new ReportEntry(check.info(), v, controls, budget, s,
                Reproduce.command(target, budget, anySeed ? Option.some(seed) : Option.none()), inputs);
    }

    /** How the verdict reads under the entry's polarity. */
    public Reading reading() {
        return info.read(verdict);
    }

    /** How many controls behaved. */
    public int controlsBehaving() {
        return controls.count(c -> c.reading() == Reading.BEHAVES);
    }
}
