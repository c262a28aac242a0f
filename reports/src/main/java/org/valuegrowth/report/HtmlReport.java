package org.valuegrowth.report;

import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

/**
 * Renders a report as one self-contained HTML page (no scripts, no external resources); every
 * piece of text is escaped. Plots, where an entry has a numeric witness series, are inline SVG.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The HTML text. */
    public static String render(RunInfo run, Vector<ReportEntry> entries) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>valuegrowth report</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #999;padding:2px 6px;font-size:90%}")
                .append("blockquote{color:#444;border-left:3px solid #aaa;margin-left:0;padding-left:1em}")
                .append(".found{color:#a00}.none{color:#060}.inconclusive{color:#a60}pre{background:#f4f4f4;padding:.5em;white-space:pre-wrap}\n")
                .append("</style></head><body>\n");
        b.append("<h1>valuegrowth report</h1>\n<p>valuegrowth ").append(Fmt.html(run.version())).append(", commit ")
                .append(Fmt.html(run.commit())).append("</p>\n");
        b.append("<table><tr><th>ID</th><th>Title</th><th>Role</th><th>Verdict</th></tr>\n");
        for (ReportEntry e : entries) {
            b.append("<tr><td><a href=\"#").append(anchor(e)).append("\">").append(Fmt.html(e.info().id())).append("</a></td><td>")
                    .append(Fmt.html(e.info().title())).append("</td><td>").append(MarkdownReport.role(e)).append("</td><td class=\"")
                    .append(cssClass(e.verdict())).append("\">").append(Fmt.html(e.verdict().headline())).append("</td></tr>\n");
        }
        b.append("</table>\n");
        for (ReportEntry e : entries) {
            section(b, run, e);
        }
        b.append("</body></html>\n");
        return b.toString();
    }

    private static String anchor(ReportEntry e) {
        return "c-" + e.info().id().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static String cssClass(Verdict v) {
        return v.fold(f -> "found", n -> "none", i -> "inconclusive");
    }

    private static void section(StringBuilder b, RunInfo run, ReportEntry e) {
        Verdict v = e.verdict();
        b.append("<h2 id=\"").append(anchor(e)).append("\">").append(Fmt.html(e.info().id())).append(": ")
                .append(Fmt.html(e.info().title())).append("</h2>\n");
        b.append("<blockquote>").append(Fmt.html(e.info().quote())).append("<br>(seed, lines ")
                .append(Fmt.html(e.info().seedLines())).append(")</blockquote>\n");
        b.append("<p><b>Formal statement.</b> ").append(Fmt.html(e.info().formal())).append("</p>\n");
        b.append("<p><b>Verdict: <span class=\"").append(cssClass(v)).append("\">").append(Fmt.html(v.headline()))
                .append("</span></b>");
        if (v instanceof Verdict.Inconclusive) {
            b.append(" (").append(Fmt.html(((Verdict.Inconclusive) v).limit())).append(")");
        }
        b.append("</p>\n<p><b>Bound.</b> ").append(Fmt.html(v.bound().description())).append("</p>\n");
        if (!v.bound().parameters().isEmpty()) {
            b.append("<table><tr><th>parameter</th><th>value</th></tr>");
            for (Tuple2<String, String> p : v.bound().parameters()) {
                b.append("<tr><td>").append(Fmt.html(p._1)).append("</td><td>").append(Fmt.html(p._2)).append("</td></tr>");
            }
            b.append("</table>\n");
        }
        SearchStatistics s = v.statistics();
        b.append("<p><b>Search statistics.</b> engine ").append(Fmt.html(s.engine())).append("; candidates ")
                .append(s.candidates()).append("; nodes ").append(s.nodes()).append("; fails ").append(s.fails())
                .append("; prefixes pruned by bound ").append(s.pruned()).append("; max depth ").append(s.maxDepth());
        if (run.includeTimes()) {
            b.append("; time ").append(Fmt.num(s.elapsedNanos() / 1e6)).append(" ms");
        }
        b.append(".</p>\n");
        if (v instanceof Verdict.Found) {
            witness(b, ((Verdict.Found) v).witness());
        }
        b.append("<p><b>Reproduce.</b> <code>").append(Fmt.html(e.command())).append("</code></p>\n");
        b.append("<pre>").append(Fmt.html(MarkdownReport.citation(run, e))).append("</pre>\n");
    }

    private static void witness(StringBuilder b, Witness w) {
        b.append("<p><b>Witness.</b> ").append(Fmt.html(w.summary())).append("</p>\n<p>Replayed outside the search: ")
                .append(Fmt.html(w.figureName())).append(" = ").append(Fmt.num(w.replayedFigure())).append("</p>\n");
        if (!w.columns().isEmpty()) {
            b.append(Svg.plotIfNumeric(w.columns(), w.rows()));
            b.append("<table><tr>");
            for (String c : w.columns()) {
                b.append("<th>").append(Fmt.html(c)).append("</th>");
            }
            b.append("</tr>\n");
            for (Vector<String> row : w.rows()) {
                b.append("<tr>");
                for (String c : row) {
                    b.append("<td>").append(Fmt.html(c)).append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</table>\n");
        }
    }
}
