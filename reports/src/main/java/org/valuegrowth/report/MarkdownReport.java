package org.valuegrowth.report;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Survey;
import org.valuegrowth.verdict.Witness;

/**
 * Renders a report as Markdown: a summary table (entry, verdict, reading, margin, controls), then
 * one section per entry with the quote, the formal statement, the verdict and its reading, the
 * instance class, the bound, the margin, the statistics, the witness, the controls table, the
 * inputs, the command that reproduces it and a citation block; the controls' details follow in an
 * appendix. Every piece of text is escaped ({@link Fmt#md}). Same inputs, same bytes (times appear
 * only when {@link RunInfo#includeTimes()}).
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /** The Markdown text. */
    public static String render(RunInfo run, Vector<ReportEntry> entries) {
        StringBuilder b = new StringBuilder();
        b.append("# valuegrowth report\n\n");
        b.append("Checks of the essay \"I'm Bearish On Personas For ASI Safety\" and its comments, as bounded searches over the model in `spec/`. ")
                .append("How to read a verdict: README, section \"How to read a verdict\".\n\n");
        b.append("- Tool: valuegrowth ").append(Fmt.md(run.version())).append("\n");
        b.append("- Commit: ").append(Fmt.md(run.commit()))
                .append(run.dirty() ? " (dirty: the tool was built from a working tree with uncommitted changes, so the commit does not pin its code)" : "")
                .append("\n");
        Vector<String> budgets = entries.map(e -> e.budget().describe()).distinct();
        b.append("- Budget per search: ").append(budgets.size() == 1 ? budgets.get(0) : "as stated in each entry").append("\n");
        b.append("- Verdicts: COUNTEREXAMPLE FOUND / WITNESS FOUND (replayed outside the search), NONE WITHIN BOUND (the bound is stated; not a proof beyond it), INCONCLUSIVE, LIMIT REACHED (how far the search got is stated).\n\n");
        b.append("## Summary\n\n");
        b.append("| Entry | Verdict | Reading | Margin | Controls |\n|---|---|---|---|---|\n");
        for (ReportEntry e : entries) {
            b.append("| [").append(Fmt.md(e.info().id())).append("](#").append(Fmt.anchor(e.info().id())).append(") | ")
                    .append(e.verdict().headline()).append(" | ").append(e.reading().words()).append(" | ")
                    .append(Fmt.md(Texts.marginShort(e.verdict().margin()))).append(" | ").append(Texts.controls(e)).append(" |\n");
        }
        b.append("\n");
        for (ReportEntry e : entries) {
            section(b, run, e);
        }
        Vector<ReportEntry> controls = entries.flatMap(ReportEntry::controls);
        if (!controls.isEmpty()) {
            b.append("## Appendix: the controls\n\n");
            b.append("Each control runs its subject's search on an instance built so that the answer is known (spec/verdicts.md).\n\n");
            for (ReportEntry c : controls) {
                control(b, run, c);
            }
        }
        return b.toString();
    }

    private static void section(StringBuilder b, RunInfo run, ReportEntry e) {
        Verdict v = e.verdict();
        b.append("<a id=\"").append(Fmt.anchor(e.info().id())).append("\"></a>\n\n");
        b.append("## ").append(Fmt.md(e.info().id())).append(": ").append(Fmt.md(e.info().title())).append("\n\n");
        for (String line : e.info().quote().split("\n", -1)) {
            b.append("> ").append(Fmt.md(line)).append("\n");
        }
        b.append(">\n> (essay, lines ").append(Fmt.md(e.info().seedLines())).append(")\n\n");
        b.append("**Formal statement.** ").append(Fmt.md(e.info().formal())).append("\n\n");
        b.append("**Role.** ").append(Texts.role(e.info())).append(". **How the verdict reads (fixed before the run).** ")
                .append(Fmt.md(e.info().polarity().describe())).append(".\n\n");
        b.append("**Verdict: ").append(v.headline()).append(".** **Reading: ").append(e.reading().words()).append(".**");
        if (v instanceof Verdict.Inconclusive) {
            b.append(" The search stopped: ").append(Fmt.md(((Verdict.Inconclusive) v).limit())).append(".");
        }
        b.append("\n\n");
        details(b, run, e);
        b.append("**Controls.**");
        if (e.controls().isEmpty()) {
            b.append(" None: this entry ").append(e.info().role().isControl() ? "is itself a control" : "has no controls").append(".\n\n");
        } else {
            b.append(" ").append(Texts.controls(e)).append(".\n\n");
            b.append("| Control | Role | What it plants | Expected | Verdict | Reading |\n|---|---|---|---|---|---|\n");
            for (ReportEntry c : e.controls()) {
                b.append("| [").append(Fmt.md(c.info().id())).append("](#").append(Fmt.anchor(c.info().id())).append(") | ")
                        .append(Texts.role(c.info())).append(" | ").append(Fmt.md(c.info().formal())).append(" | ")
                        .append(Texts.expected(c.info())).append(" | ").append(Fmt.md(Texts.verdict(c.verdict()))).append(" | ")
                        .append(c.reading().words()).append(" |\n");
            }
            b.append("\n");
        }
        inputsAndCommand(b, e);
        b.append("**Cite.**\n\n").append(fence(Texts.citation(run, e))).append("\n\n");
    }

    private static void control(StringBuilder b, RunInfo run, ReportEntry c) {
        Verdict v = c.verdict();
        b.append("<a id=\"").append(Fmt.anchor(c.info().id())).append("\"></a>\n\n");
        b.append("### ").append(Fmt.md(c.info().id())).append(": ").append(Fmt.md(c.info().title())).append("\n\n");
        b.append("**What it plants.** ").append(Fmt.md(c.info().formal())).append("\n\n");
        b.append("**Role.** ").append(Texts.role(c.info())).append(". **Expected:** ").append(Texts.expected(c.info()))
                .append(". **Verdict: ").append(v.headline()).append(".** **Reading: ").append(c.reading().words()).append(".**");
        if (v instanceof Verdict.Inconclusive) {
            b.append(" The search stopped: ").append(Fmt.md(((Verdict.Inconclusive) v).limit())).append(".");
        }
        b.append("\n\n");
        details(b, run, c);
        inputsAndCommand(b, c);
    }

    /** Instance class, bound, margin, statistics and witness. */
    private static void details(StringBuilder b, RunInfo run, ReportEntry e) {
        Verdict v = e.verdict();
        b.append("**Instance class.** ").append(Fmt.md(Texts.instanceClass(v.bound()))).append("\n\n");
        b.append("**Bound.** ").append(Fmt.md(v.bound().description())).append("\n\n");
        if (!v.bound().parameters().isEmpty()) {
            b.append("| parameter | value |\n|---|---|\n");
            for (Tuple2<String, String> p : v.bound().parameters()) {
                b.append("| ").append(Fmt.md(p._1)).append(" | ").append(Fmt.md(p._2)).append(" |\n");
            }
            b.append("\n");
        }
        b.append("**Margin.** ").append(Fmt.md(Texts.margin(v.margin()))).append(".\n\n");
        SearchStatistics s = v.statistics();
        b.append("**Search statistics.** engine ").append(Fmt.md(s.engine())).append("; candidates ").append(s.candidates())
                .append("; nodes ").append(s.nodes()).append("; fails ").append(s.fails())
                .append("; prefixes pruned by bound ").append(s.pruned()).append("; max depth ").append(s.maxDepth())
                .append("; budget ").append(e.budget().describe());
        if (run.includeTimes()) {
            b.append("; time ").append(Fmt.num(s.elapsedNanos() / 1e6)).append(" ms");
        }
        b.append(".\n\n");
        if (v instanceof Verdict.Found) {
            witness(b, ((Verdict.Found) v).witness());
        }
        for (Survey sv : v.surveys()) {
            survey(b, sv);
        }
    }

    /** A measurement table the search attached: figures beside the verdict, not part of it. */
    private static void survey(StringBuilder b, Survey sv) {
        b.append("**Measured alongside (not part of the verdict).** ").append(Fmt.md(sv.title())).append("\n\n");
        b.append("| ").append(sv.columns().map(Fmt::md).mkString(" | ")).append(" |\n");
        b.append("|").append(sv.columns().map(c -> "---").mkString("|")).append("|\n");
        for (Vector<String> row : sv.rows()) {
            b.append("| ").append(row.map(Fmt::md).mkString(" | ")).append(" |\n");
        }
        b.append("\n");
    }

    private static void inputsAndCommand(StringBuilder b, ReportEntry e) {
        for (InputFile f : e.inputs()) {
            b.append("**Input.** ").append(code(f.path())).append(", sha256 `").append(f.sha256()).append("`, ")
                    .append(f.bytes()).append(" bytes.\n\n");
        }
        b.append("**Reproduce.** ").append(code(e.command()));
        for (Long s : e.seed()) {
            b.append(" (seed ").append(s).append(")");
        }
        b.append("\n\n");
    }

    private static void witness(StringBuilder b, Witness w) {
        b.append("**Witness.** ").append(Fmt.md(w.summary())).append("\n\n");
        b.append("Replayed outside the search: ").append(Fmt.md(w.figureName())).append(" = ")
                .append(Fmt.num(w.replayedFigure())).append(".\n\n");
        if (!w.columns().isEmpty()) {
            b.append("| ").append(w.columns().map(Fmt::md).mkString(" | ")).append(" |\n");
            b.append("|").append(w.columns().map(c -> "---").mkString("|")).append("|\n");
            for (Vector<String> row : w.rows()) {
                b.append("| ").append(row.map(Fmt::md).mkString(" | ")).append(" |\n");
            }
            b.append("\n");
        }
        if (!w.freePositions().isEmpty()) {
            b.append("Free positions (any value still gives the same outcome): ")
                    .append(w.freePositions().map(Fmt::md).mkString(", ")).append(".\n\n");
        }
        b.append("The machine-readable trace is in the JSON report.\n\n");
    }

    /** An inline code span that holds {@code s} verbatim, whatever backticks it contains. */
    static String code(String s) {
        String flat = s.replace('\n', ' ').replace('\r', ' ');
        String ticks = "`".repeat(longestRun(flat, '`') + 1);
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return ticks + pad + flat + pad + ticks;
    }

    /** A fenced block that holds {@code s} verbatim. */
    static String fence(String s) {
        String ticks = "`".repeat(Math.max(3, longestRun(s, '`') + 1));
        return ticks + "\n" + s + "\n" + ticks;
    }

    private static int longestRun(String s, char c) {
        int best = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }

    /** The citation block of an entry (also in the JSON and HTML reports). */
    public static String citation(RunInfo run, ReportEntry e) {
        return Texts.citation(run, e);
    }
}
