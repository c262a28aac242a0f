package org.valuegrowth.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.Tuple2;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.Margin;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Survey;
import org.valuegrowth.verdict.Witness;

/**
 * Renders a report as JSON for tools: every field of every entry (statement, polarity and reading,
 * verdict with instance class, bound, margin, statistics and witness trace, the controls with their
 * verdicts, budget, seed when the result can depend on it, input file hashes, command, citation).
 * Times appear only in a separate {@code timesMillis} object when requested. Characters that are
 * markup elsewhere ({@code < > & '}) are written as {@code \\u} escapes, so that no text of an entry
 * can become markup when the JSON is pasted into a page.
 */
public final class JsonReport {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafe());
    }

    private JsonReport() {
    }

    /** The JSON text (pretty-printed, ends with a newline). */
    public static String render(RunInfo run, Vector<ReportEntry> entries) {
        return write(document(run, entries));
    }

    /** The report as a JSON tree, as {@link #render} writes it. */
    public static ObjectNode document(RunInfo run, Vector<ReportEntry> entries) {
        ObjectNode root = F.objectNode();
        root.put("tool", "valuegrowth");
        root.put("version", run.version());
        root.put("commit", run.commit());
        root.put("dirty", run.dirty());
        ArrayNode arr = root.putArray("entries");
        ObjectNode times = F.objectNode();
        for (ReportEntry e : entries) {
            arr.add(entry(run, e));
            times.put(e.info().id(), e.verdict().statistics().elapsedNanos() / 1e6);
            for (ReportEntry c : e.controls()) {
                times.put(c.info().id(), c.verdict().statistics().elapsedNanos() / 1e6);
            }
        }
        if (run.includeTimes()) {
            root.set("timesMillis", times);
        }
        return root;
    }

    /** A JSON tree as text, with the report's escaping. */
    public static String write(ObjectNode root) {
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot render JSON report: " + ex.getMessage(), ex);
        }
    }

    /** One entry as a JSON object, its controls included. */
    public static ObjectNode entry(RunInfo run, ReportEntry e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.info().id());
        o.put("title", e.info().title());
        o.put("seedLines", e.info().seedLines());
        o.put("quote", e.info().quote());
        o.put("formal", e.info().formal());
        o.put("role", Texts.role(e.info()));
        o.put("kind", e.info().kind().name());
        o.put("polarity", e.info().polarity().name());
        o.put("polarityMeaning", e.info().polarity().describe());
        o.put("seedDependent", e.info().seedDependent());
        if (e.info().role().isControl()) {
            o.put("expected", Texts.expected(e.info()));
        }
        o.set("verdict", verdict(e.verdict()));
        o.put("reading", e.reading().words());
        o.set("budget", budget(e.budget()));
        for (Long s : e.seed()) {
            o.put("seed", s);
        }
        ArrayNode inputs = o.putArray("inputs");
        for (InputFile f : e.inputs()) {
            ObjectNode i = inputs.addObject();
            i.put("path", f.path());
            i.put("sha256", f.sha256());
            i.put("bytes", f.bytes());
        }
        o.put("command", e.command());
        o.put("citation", Texts.citation(run, e));
        ArrayNode controls = o.putArray("controls");
        for (ReportEntry c : e.controls()) {
            controls.add(entry(run, c));
        }
        return o;
    }

    /** A budget as {@code {maxNodes, timeLimitMillis?}}. */
    public static ObjectNode budget(Budget b) {
        ObjectNode o = F.objectNode();
        o.put("maxNodes", b.maxNodes());
        for (Long t : b.timeLimitMillis()) {
            o.put("timeLimitMillis", t);
        }
        return o;
    }

    /** A verdict as a JSON object (without times). */
    public static ObjectNode verdict(Verdict v) {
        ObjectNode o = F.objectNode();
        o.put("headline", v.headline());
        ObjectNode bound = o.putObject("bound");
        bound.put("instanceClass", v.bound().instanceClass());
        bound.put("singleInstance", v.bound().isSingleInstance());
        bound.put("description", v.bound().description());
        ObjectNode params = bound.putObject("parameters");
        for (Tuple2<String, String> p : v.bound().parameters()) {
            params.put(p._1, p._2);
        }
        if (v.margin().isDefined()) {
            Margin m = v.margin().get();
            ObjectNode mo = o.putObject("margin");
            mo.put("figure", m.figure());
            mo.put("extremum", m.extremum().name());
            mo.set("value", JsonTrees.toJson(m.value()));
            mo.put("comparison", m.comparison());
            mo.set("threshold", JsonTrees.toJson(m.threshold()));
            mo.put("exact", m.exact());
            mo.put("attainedAt", m.attainedAt());
            mo.put("description", m.describe());
        } else {
            o.putNull("margin"); // no margin reported
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
        com.fasterxml.jackson.databind.node.ArrayNode surveys = o.putArray("surveys");
        for (Survey sv : v.surveys()) {
            ObjectNode so = surveys.addObject();
            so.put("title", sv.title());
            so.set("columns", JsonTrees.toJson(sv.columns()));
            so.set("rows", JsonTrees.toJson(sv.rows()));
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

    /** JSON's own escapes, plus {@code < > & '} as {@code \\u} escapes. */
    private static final class HtmlSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafe() {
            int[] e = CharacterEscapes.standardAsciiEscapesForJSON();
            e['<'] = CharacterEscapes.ESCAPE_STANDARD;
            e['>'] = CharacterEscapes.ESCAPE_STANDARD;
            e['&'] = CharacterEscapes.ESCAPE_STANDARD;
            e['\''] = CharacterEscapes.ESCAPE_STANDARD;
            escapes = e;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
