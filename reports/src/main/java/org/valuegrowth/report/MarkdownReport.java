package org.valuegrowth.report;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

/**
 * Renders a report as Markdown: a summary table, then one section per entry with the quote, the
 * formal statement, the verdict in the three-valued wording, the bound, the statistics, the
 * witness, the command that reproduces it and a citation block. Same inputs, same bytes (times
 * appear only when {@link RunInfo#includeTimes()}).
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /** The Markdown text. */
    public static String render(RunInfo run, Vector<ReportEntry> entries) {
        StringBuilder b = new StringBuilder();
        b.append("# valuegrowth report\n\n");
        b.append("Checks of the essay \"I'm Bearish On Personas For ASI Safety\" and its comments, as bounded searches over the model in `spec/`.\n\n");
        b.append("- Tool: valuegrowth ").append(run.version()).append("\n");
        b.append("- Commit: ").append(run.commit()).append("\n");
        b.append("- Verdicts: COUNTEREXAMPLE FOUND / WITNESS FOUND (replayed outside the search), NONE WITHIN BOUND (the bound is stated; not a proof beyond it), INCONCLUSIVE, LIMIT REACHED.\n\n");
        b.append("| ID | Title | Role | Verdict |\n|---|---|---|---|\n");
        for (ReportEntry e : entries) {
            b.append("| ").append(Fmt.cell(e.info().id())).append(" | ").append(Fmt.cell(e.info().title()))
                    .append(" | ").append(role(e)).append(" | ").append(e.verdict().headline()).append(" |\n");
        }
        b.append("\n");
        for (ReportEntry e : entries) {
            section(b, run, e);
        }
        return b.toString();
    }

    static String role(ReportEntry e) {
        switch (e.info().role()) {
            case CLAIM: return "claim";
            case MODEL_CHECK: return "model check";
            case POSITIVE_CONTROL: return "positive control";
            case NEGATIVE_CONTROL: return "negative control";
            case FAULT_CONTROL: return "fault control";
            default: throw new AssertionError(e.info().role());
        }
    }

    private static void section(StringBuilder b, RunInfo run, ReportEntry e) {
        Verdict v = e.verdict();
        b.append("## ").append(e.info().id()).append(": ").append(e.info().title()).append("\n\n");
        b.append("> ").append(e.info().quote().replace("\n", "\n> ")).append("\n>\n> (seed, lines ")
                .append(e.info().seedLines()).append(")\n\n");
        b.append("**Formal statement.** ").append(e.info().formal()).append("\n\n");
        b.append("**Role.** ").append(role(e)).append(".\n\n");
        b.append("**Verdict: ").append(v.headline()).append("**");
        if (v instanceof Verdict.Inconclusive) {
            b.append(" (").append(((Verdict.Inconclusive) v).limit()).append(")");
        }
        b.append("\n\n");
        b.append("**Bound.** ").append(v.bound().description()).append("\n\n");
        if (!v.bound().parameters().isEmpty()) {
            b.append("| parameter | value |\n|---|---|\n");
            for (Tuple2<String, String> p : v.bound().parameters()) {
                b.append("| ").append(Fmt.cell(p._1)).append(" | ").append(Fmt.cell(p._2)).append(" |\n");
            }
            b.append("\n");
        }
        SearchStatistics s = v.statistics();
        b.append("**Search statistics.** engine ").append(s.engine()).append("; candidates ").append(s.candidates())
                .append("; nodes ").append(s.nodes()).append("; fails ").append(s.fails())
                .append("; prefixes pruned by bound ").append(s.pruned()).append("; max depth ").append(s.maxDepth());
        if (run.includeTimes()) {
            b.append("; time ").append(Fmt.num(s.elapsedNanos() / 1e6)).append(" ms");
        }
        b.append(".\n\n");
        if (v instanceof Verdict.Found) {
            witness(b, ((Verdict.Found) v).witness());
        }
        b.append("**Reproduce.** `").append(e.command()).append("` (seed ").append(e.seed()).append(")\n\n");
        b.append("**Cite.**\n\n```\n").append(citation(run, e)).append("\n```\n\n");
    }

    private static void witness(StringBuilder b, Witness w) {
        b.append("**Witness.** ").append(w.summary()).append("\n\n");
        b.append("Replayed outside the search: ").append(w.figureName()).append(" = ")
                .append(Fmt.num(w.replayedFigure())).append(".\n\n");
        if (!w.columns().isEmpty()) {
            b.append("| ").append(w.columns().map(Fmt::cell).mkString(" | ")).append(" |\n");
            b.append("|").append(w.columns().map(c -> "---").mkString("|")).append("|\n");
            for (Vector<String> row : w.rows()) {
                b.append("| ").append(row.map(Fmt::cell).mkString(" | ")).append(" |\n");
            }
            b.append("\n");
        }
        if (!w.freePositions().isEmpty()) {
            b.append("Free positions (any value still gives the same outcome): ")
                    .append(w.freePositions().mkString(", ")).append(".\n\n");
        }
        b.append("The machine-readable trace is in the JSON report.\n\n");
    }

    /** A short block to paste into a forum post. */
    public static String citation(RunInfo run, ReportEntry e) {
        return "valuegrowth " + run.version() + " (commit " + run.commit() + "), " + e.info().id() + " \""
                + e.info().title() + "\": " + e.verdict().headline() + " within bound: "
                + e.verdict().bound().description() + ". Seed " + e.seed() + ". Reproduce: " + e.command();
    }
}
