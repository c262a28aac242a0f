package org.valuegrowth.report;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.Reading;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Survey;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

/**
 * Renders a report as one self-contained HTML page (no scripts, no external resources); every
 * piece of text is escaped. Colours follow the reading, not the verdict: the same NONE WITHIN
 * BOUND supports one statement and only fails to show another. Controls that behave are neutral; a
 * control that misbehaves is marked. Plots, where an entry has a numeric witness series, are inline SVG.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The HTML text. */
    public static String render(RunInfo run, Vector<ReportEntry> entries) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>valuegrowth report</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;font-size:90%;vertical-align:top}")
                .append("blockquote{color:#444;border-left:3px solid #aaa;margin-left:0;padding-left:1em}")
                .append("pre{background:#f4f4f4;padding:.5em;white-space:pre-wrap}")
                .append(".supports{color:#05762d}.supports-within-bound{color:#05762d}.refutes{color:#b3261e}")
                .append(".not-shown{color:#555}.undecided{color:#a65e00}.behaves{color:#333}")
                .append(".misbehaves{color:#fff;background:#b3261e;padding:0 .3em}\n")
                .append("</style></head><body>\n");
        b.append("<h1>valuegrowth report</h1>\n<p>valuegrowth ").append(Fmt.html(run.version())).append(", commit ")
                .append(Fmt.html(run.commit()));
        if (run.dirty()) {
            b.append(" (dirty: the tool was built from a working tree with uncommitted changes, so the commit does not pin its code)");
        }
        b.append(". How to read a verdict: README, section &quot;How to read a verdict&quot;. Colours follow the reading: "
                + "<span class=\"supports\">supports</span>, <span class=\"refutes\">refutes</span>, "
                + "<span class=\"not-shown\">not shown within bound</span>, <span class=\"undecided\">undecided</span>; "
                + "controls that behave are plain, a <span class=\"misbehaves\">control that misbehaves</span> is marked.</p>\n");
        b.append("<h2>Summary</h2>\n<table><tr><th>Entry</th><th>Verdict</th><th>Reading</th><th>Margin</th><th>Controls</th></tr>\n");
        for (ReportEntry e : entries) {
            b.append("<tr><td><a href=\"#").append(Fmt.anchor(e.info().id())).append("\">").append(Fmt.html(e.info().id()))
                    .append("</a></td><td>").append(Fmt.html(e.verdict().headline())).append("</td><td>").append(reading(e.reading()))
                    .append("</td><td>").append(Fmt.html(Texts.marginShort(e.verdict().margin()))).append("</td><td>")
                    .append(controlsCell(e)).append("</td></tr>\n");
        }
        b.append("</table>\n");
        for (ReportEntry e : entries) {
            section(b, run, e);
        }
        Vector<ReportEntry> controls = entries.flatMap(ReportEntry::controls);
        if (!controls.isEmpty()) {
            b.append("<h2>Appendix: the controls</h2>\n");
            for (ReportEntry c : controls) {
                b.append("<h3 id=\"").append(Fmt.anchor(c.info().id())).append("\">").append(Fmt.html(c.info().id())).append(": ")
                        .append(Fmt.html(c.info().title())).append("</h3>\n");
                b.append("<p><b>What it plants.</b> ").append(Fmt.html(c.info().formal())).append("</p>\n");
                b.append("<p><b>Role.</b> ").append(Texts.role(c.info())).append(". <b>Expected:</b> ")
                        .append(Fmt.html(Texts.expected(c.info()))).append(". <b>Verdict: ").append(Fmt.html(Texts.verdict(c.verdict())))
                        .append(".</b> <b>Reading:</b> ").append(reading(c.reading())).append(".</p>\n");
                details(b, run, c);
                inputsAndCommand(b, c);
            }
        }
        b.append("</body></html>\n");
        return b.toString();
    }

    /** The CSS class of a reading. */
    static String cssClass(Reading r) {
        switch (r) {
            case SUPPORTS: return "supports";
            case SUPPORTS_WITHIN_BOUND: return "supports-within-bound";
            case REFUTES: return "refutes";
            case NOT_SHOWN: return "not-shown";
            case UNDECIDED: return "undecided";
            case BEHAVES: return "behaves";
            case MISBEHAVES: return "misbehaves";
            default: throw new AssertionError(r);
        }
    }

    private static String reading(Reading r) {
        return "<span class=\"" + cssClass(r) + "\">" + Fmt.html(r.words()) + "</span>";
    }

    private static String controlsCell(ReportEntry e) {
        String t = Fmt.html(Texts.controls(e));
        return e.controlsBehaving() < e.controls().size() ? "<span class=\"misbehaves\">" + t + "</span>" : t;
    }

    private static void section(StringBuilder b, RunInfo run, ReportEntry e) {
        Verdict v = e.verdict();
        b.append("<h2 id=\"").append(Fmt.anchor(e.info().id())).append("\">").append(Fmt.html(e.info().id())).append(": ")
                .append(Fmt.html(e.info().title())).append("</h2>\n");
        b.append("<blockquote>").append(Fmt.html(e.info().quote())).append("<br>(essay, lines ")
                .append(Fmt.html(e.info().seedLines())).append(")</blockquote>\n");
        b.append("<p><b>Formal statement.</b> ").append(Fmt.html(e.info().formal())).append("</p>\n");
        b.append("<p><b>Role.</b> ").append(Texts.role(e.info())).append(". <b>How the verdict reads (fixed before the run).</b> ")
                .append(Fmt.html(e.info().polarity().describe())).append(".</p>\n");
        b.append("<p><b>Verdict: ").append(Fmt.html(v.headline())).append(".</b> <b>Reading:</b> ").append(reading(e.reading())).append(".");
        if (v instanceof Verdict.Inconclusive) {
            b.append(" The search stopped: ").append(Fmt.html(((Verdict.Inconclusive) v).limit())).append(".");
        }
        b.append("</p>\n");
        details(b, run, e);
        b.append("<p><b>Controls.</b> ");
        if (e.controls().isEmpty()) {
            b.append("None: this entry ").append(e.info().role().isControl() ? "is itself a control" : "has no controls").append(".</p>\n");
        } else {
            b.append(controlsCell(e)).append(".</p>\n<table><tr><th>Control</th><th>Role</th><th>What it plants</th><th>Expected</th>")
                    .append("<th>Verdict</th><th>Reading</th></tr>\n");
            for (ReportEntry c : e.controls()) {
                b.append("<tr><td><a href=\"#").append(Fmt.anchor(c.info().id())).append("\">").append(Fmt.html(c.info().id()))
                        .append("</a></td><td>").append(Texts.role(c.info())).append("</td><td>").append(Fmt.html(c.info().formal()))
                        .append("</td><td>").append(Fmt.html(Texts.expected(c.info()))).append("</td><td>")
                        .append(Fmt.html(Texts.verdict(c.verdict()))).append("</td><td>").append(reading(c.reading())).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        inputsAndCommand(b, e);
        b.append("<pre>").append(Fmt.html(Texts.citation(run, e))).append("</pre>\n");
    }

    private static void details(StringBuilder b, RunInfo run, ReportEntry e) {
        Verdict v = e.verdict();
        b.append("<p><b>Instance class.</b> ").append(Fmt.html(Texts.instanceClass(v.bound()))).append("</p>\n");
        b.append("<p><b>Bound.</b> ").append(Fmt.html(v.bound().description())).append("</p>\n");
        if (!v.bound().parameters().isEmpty()) {
            b.append("<table><tr><th>parameter</th><th>value</th></tr>");
            for (Tuple2<String, String> p : v.bound().parameters()) {
                b.append("<tr><td>").append(Fmt.html(p._1)).append("</td><td>").append(Fmt.html(p._2)).append("</td></tr>");
            }
            b.append("</table>\n");
        }
        b.append("<p><b>Margin.</b> ").append(Fmt.html(Texts.margin(v.margin()))).append(".</p>\n");
        SearchStatistics s = v.statistics();
        b.append("<p><b>Search statistics.</b> engine ").append(Fmt.html(s.engine())).append("; candidates ")
                .append(s.candidates()).append("; nodes ").append(s.nodes()).append("; fails ").append(s.fails())
                .append("; prefixes pruned by bound ").append(s.pruned()).append("; max depth ").append(s.maxDepth())
                .append("; budget ").append(Fmt.html(e.budget().describe()));
        if (run.includeTimes()) {
            b.append("; time ").append(Fmt.num(s.elapsedNanos() / 1e6)).append(" ms");
        }
        b.append(".</p>\n");
        if (v instanceof Verdict.Found) {
            witness(b, ((Verdict.Found) v).witness());
        }
        for (Survey sv : v.surveys()) {
            b.append("<p><b>Measured alongside (not part of the verdict).</b> ").append(Fmt.html(sv.title())).append("</p>\n");
            table(b, sv.columns(), sv.rows());
        }
    }

    private static void table(StringBuilder b, Vector<String> columns, Vector<Vector<String>> rows) {
        b.append("<table><tr>");
        for (String c : columns) {
            b.append("<th>").append(Fmt.html(c)).append("</th>");
        }
        b.append("</tr>\n");
        for (Vector<String> row : rows) {
            b.append("<tr>");
            for (String c : row) {
                b.append("<td>").append(Fmt.html(c)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n");
    }

    private static void inputsAndCommand(StringBuilder b, ReportEntry e) {
        for (InputFile f : e.inputs()) {
            b.append("<p><b>Input.</b> <code>").append(Fmt.html(f.path())).append("</code>, sha256 <code>").append(f.sha256())
                    .append("</code>, ").append(f.bytes()).append(" bytes.</p>\n");
        }
        b.append("<p><b>Reproduce.</b> <code>").append(Fmt.html(e.command())).append("</code></p>\n");
    }

    private static void witness(StringBuilder b, Witness w) {
        b.append("<p><b>Witness.</b> ").append(Fmt.html(w.summary())).append("</p>\n<p>Replayed outside the search: ")
                .append(Fmt.html(w.figureName())).append(" = ").append(Fmt.num(w.replayedFigure())).append("</p>\n");
        if (!w.columns().isEmpty()) {
            b.append(Svg.plotIfNumeric(w.columns(), w.rows()));
            table(b, w.columns(), w.rows());
        }
    }
}
