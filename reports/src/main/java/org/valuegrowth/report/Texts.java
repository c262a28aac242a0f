package org.valuegrowth.report;

import io.vavr.control.Option;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Margin;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.Verdict;

/** The wording shared by the Markdown, JSON and HTML reports (plain text; each renderer escapes it). */
final class Texts {
    /** What a section says when the search reported no margin. */
    static final String NO_MARGIN = "no margin reported";

    private Texts() {
    }

    static String role(ClaimInfo info) {
        switch (info.role()) {
            case CLAIM: return "claim";
            case MODEL_CHECK: return "model check";
            case POSITIVE_CONTROL: return "positive control";
            case NEGATIVE_CONTROL: return "negative control";
            case FAULT_CONTROL: return "fault control";
            default: throw new AssertionError(info.role());
        }
    }

    /** The outcome a control must produce ("FOUND", "NONE WITHIN BOUND"), or "" for a subject. */
    static String expected(ClaimInfo info) {
        if (info.polarity() == Polarity.EXPECT_FOUND) {
            return info.kind() + " FOUND";
        }
        return info.polarity() == Polarity.EXPECT_NONE ? "NONE WITHIN BOUND" : "";
    }

    /** The instance class, saying plainly when the search covered one fixed instance. */
    static String instanceClass(Bound b) {
        return b.isSingleInstance() ? "one fixed instance (a worked example, not a class; its constants are in the parameters)"
                : b.instanceClass();
    }

    /** The margin in one sentence, or {@link #NO_MARGIN}. */
    static String margin(Option<Margin> m) {
        return m.map(Margin::describe).getOrElse(NO_MARGIN);
    }

    /** The margin for the summary table: "max 0.788 (tests >= 0.9)". */
    static String marginShort(Option<Margin> m) {
        return m.map(x -> (x.extremum() == Margin.Extremum.MAX ? "max " : "min ") + Fmt.num(x.value())
                + " (tests " + x.comparison() + " " + Fmt.num(x.threshold()) + (x.exact() ? "" : "; search stopped early") + ")")
                .getOrElse(NO_MARGIN);
    }

    /** "2 of 2 behave", "1 of 2 behave", or "none" without controls. */
    static String controls(ReportEntry e) {
        return e.controls().isEmpty() ? "none" : e.controlsBehaving() + " of " + e.controls().size() + " behave";
    }

    /** The verdict headline with, for INCONCLUSIVE, how far the search got. */
    static String verdict(Verdict v) {
        return v instanceof Verdict.Inconclusive ? v.headline() + " (" + ((Verdict.Inconclusive) v).limit() + ")" : v.headline();
    }

    /** A short block to paste into a forum post: enough to find the entry, read it, and rerun it. */
    static String citation(RunInfo run, ReportEntry e) {
        StringBuilder b = new StringBuilder();
        b.append("valuegrowth ").append(run.version()).append(" (commit ").append(run.commitText()).append("), ")
                .append(e.info().id()).append(" \"").append(e.info().title()).append("\": ")
                .append(e.verdict().headline()).append(", reading: ").append(e.reading().words())
                .append("; bound: ").append(e.verdict().bound().description())
                .append(" (instance class: ").append(instanceClass(e.verdict().bound())).append(")")
                .append("; margin: ").append(marginShort(e.verdict().margin()))
                .append("; controls: ").append(controls(e)).append(".");
        for (Long s : e.seed()) {
            b.append(" Seed ").append(s).append(".");
        }
        for (InputFile f : e.inputs()) {
            b.append(" Input ").append(f.describe()).append(".");
        }
        b.append(" Reproduce: ").append(e.command());
        return b.toString();
    }
}
