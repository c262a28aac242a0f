package org.valuegrowth.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

/**
 * Renders a report as JSON for tools: the same content as the Markdown report, witness traces
 * included. Times appear only in a separate {@code times} object when requested.
 */
public final class JsonReport {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** The JSON text (pretty-printed, ends with a newline). */
    public static String render(RunInfo run, Vector<ReportEntry> entries) {
        ObjectNode root = F.objectNode();
        root.put("tool", "valuegrowth");
        root.put("version", run.version());
        root.put("commit", run.commit());
        ArrayNode arr = root.putArray("entries");
        ObjectNode times = F.objectNode();
        for (ReportEntry e : entries) {
            arr.add(entry(run, e));
            times.put(e.info().id(), e.verdict().statistics().elapsedNanos() / 1e6);
        }
        if (run.includeTimes()) {
            root.set("timesMillis", times);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot render JSON report: " + ex.getMessage(), ex);
        }
    }

    /** One entry as a JSON object. */
    public static ObjectNode entry(RunInfo run, ReportEntry e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.info().id());
        o.put("title", e.info().title());
        o.put("seedLines", e.info().seedLines());
        o.put("quote", e.info().quote());
        o.put("formal", e.info().formal());
        o.put("role", MarkdownReport.role(e));
        o.set("verdict", verdict(e.verdict()));
        o.put("seed", e.seed());
        o.put("command", e.command());
        o.put("citation", MarkdownReport.citation(run, e));
        return o;
    }

    /** A verdict as a JSON object (without times). */
    public static ObjectNode verdict(Verdict v) {
        ObjectNode o = F.objectNode();
        o.put("headline", v.headline());
        ObjectNode bound = o.putObject("bound");
        bound.put("description", v.bound().description());
        ObjectNode params = bound.putObject("parameters");
        for (Tuple2<String, String> p : v.bound().parameters()) {
            params.put(p._1, p._2);
        }
        SearchStatistics s = v.statistics();
        ObjectNode st = o.putObject("statistics");
        st.put("engine", s.engine());
        st.put("candidates", s.candidates());
        st.put("nodes", s.nodes());
        st.put("fails", s.fails());
        st.put("pruned", s.pruned());
        st.put("maxDepth", s.maxDepth());
        if (v instanceof Verdict.Inconclusive) {
            o.put("limit", ((Verdict.Inconclusive) v).limit());
        }
        if (v instanceof Verdict.Found) {
            o.set("witness", witness(((Verdict.Found) v).witness()));
        }
        return o;
    }

    private static ObjectNode witness(Witness w) {
        ObjectNode o = F.objectNode();
        o.put("summary", w.summary());
        ObjectNode fig = o.putObject("replayed");
        fig.put("name", w.figureName());
        fig.set("value", JsonTrees.toJson(w.replayedFigure()));
        o.set("columns", JsonTrees.toJson(w.columns()));
        o.set("rows", JsonTrees.toJson(w.rows()));
        o.set("freePositions", JsonTrees.toJson(w.freePositions()));
        o.set("trace", JsonTrees.toJson(w.trace()));
        return o;
    }
}
