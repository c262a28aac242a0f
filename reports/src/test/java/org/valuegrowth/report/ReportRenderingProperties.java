package org.valuegrowth.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Margin;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

class ReportRenderingProperties {
    static final RunInfo RUN = new RunInfo("0.1.0", "abc", false, false);

    static ReportEntry entry(String text, long nanos) {
        ClaimInfo info = new ClaimInfo("X1", "t " + text, "1-2", "q " + text, "f " + text,
                ClaimInfo.Role.CLAIM, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, true);
        Witness w = new Witness("s " + text, Vector.of("day", "value"),
                Vector.of(Vector.of("1", "0.5"), Vector.of("2", text)),
                LinkedHashMap.of("k", text), "figure", 1.25, Vector.empty());
        Verdict v = new Verdict.Found(Verdict.Kind.COUNTEREXAMPLE, Bound.of("b " + text, "n", 3),
                new SearchStatistics("brute force", 10, 11, 2, 0, 3, nanos), w);
        ClaimInfo pos = new ClaimInfo("X1.positive", "p " + text, "1-2", "q", "plants " + text,
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        ReportEntry control = new ReportEntry(pos, v, Vector.empty(), Budget.standard(), Option.none(),
                "./valuegrowth check X1.positive", Vector.empty());
        return new ReportEntry(info, v, Vector.of(control), Budget.standard(), Option.some(7L),
                "./valuegrowth check X1 --seed 7", Vector.empty());
    }

    @Property(tries = 200)
    @Label("HTML output escapes every user-visible text")
    void htmlEscapesAllText(@ForAll String text) {
        String html = HtmlReport.render(RUN, Vector.of(entry(text, 5)));
        if (text.contains("<")) {
            assertThat(html).doesNotContain(text);
        }
        assertThat(html).doesNotContain("<script");
    }

    @Property(tries = 50)
    @Label("Markdown and JSON are byte-identical for the same inputs whatever the wall time")
    void reportsAreByteIdenticalWithoutTimes(@ForAll("anyNanos") long n1, @ForAll("anyNanos") long n2) {
        assertThat(MarkdownReport.render(RUN, Vector.of(entry("x", n1)))).isEqualTo(MarkdownReport.render(RUN, Vector.of(entry("x", n2))));
        assertThat(JsonReport.render(RUN, Vector.of(entry("x", n1)))).isEqualTo(JsonReport.render(RUN, Vector.of(entry("x", n2))));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> anyNanos() {
        return net.jqwik.api.Arbitraries.longs().between(0, Long.MAX_VALUE / 2);
    }

    @Example
    void markdownCarriesVerdictReadingBoundWitnessControlsCommandAndCitation() {
        String md = MarkdownReport.render(RUN, Vector.of(entry("x", 5)));
        assertThat(md).contains("**Verdict: COUNTEREXAMPLE FOUND.** **Reading: refutes.**", "**Bound.** b x", "| n | 3 |",
                "**Instance class.** one fixed instance", "**Margin.** no margin reported.",
                "Replayed outside the search: figure = 1.25", "`./valuegrowth check X1 --seed 7`",
                "| [X1.positive](#e-X1.positive) | positive control | plants x | COUNTEREXAMPLE FOUND | COUNTEREXAMPLE FOUND | control behaves |",
                "valuegrowth 0.1.0 (commit abc), X1");
    }

    @Example
    @Label("a margin is shown with every component in Markdown and JSON")
    void marginIsShown() throws Exception {
        ReportEntry e = entry("x", 5);
        Margin m = new Margin("gap (probability)", Margin.Extremum.MAX, 0.788, ">=", 0.9, true, "w = (1/4, 3/4)");
        ReportEntry withMargin = new ReportEntry(e.info(), e.verdict().withMargin(m), e.controls(), e.budget(), e.seed(),
                e.command(), e.inputs());
        assertThat(MarkdownReport.render(RUN, Vector.of(withMargin))).contains("**Margin.** " + Fmt.md(m.describe()),
                "| refutes | max 0.788 (tests >= 0.9) |".replace(">", "\\>"));
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(JsonReport.render(RUN, Vector.of(withMargin))).get("entries").get(0).get("verdict").get("margin");
        assertThat(j.get("figure").asText()).isEqualTo("gap (probability)");
        assertThat(j.get("extremum").asText()).isEqualTo("MAX");
        assertThat(j.get("value").asDouble()).isEqualTo(0.788);
        assertThat(j.get("comparison").asText()).isEqualTo(">=");
        assertThat(j.get("threshold").asDouble()).isEqualTo(0.9);
        assertThat(j.get("exact").asBoolean()).isTrue();
        assertThat(j.get("attainedAt").asText()).isEqualTo("w = (1/4, 3/4)");
    }

    @Example
    void atomicWriteReplacesWholeFilesAndLeavesNoTemporaries() throws Exception {
        Path dir = Files.createTempDirectory("vg");
        Path f = dir.resolve("r.md");
        AtomicFiles.write(f, "one");
        AtomicFiles.write(f, "two");
        assertThat(Files.readString(f)).isEqualTo("two");
        try (var s = Files.list(dir)) {
            assertThat(s.count()).isEqualTo(1);
        }
    }

    @Example
    void numbersPrintStably() {
        assertThat(Fmt.num(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Fmt.num(3.0)).isEqualTo("3");
        assertThat(Fmt.num(1e-9)).isEqualTo("1e-09");
        assertThat(Fmt.num(Double.NaN)).isEqualTo("NaN");
    }
}
