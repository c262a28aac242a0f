package org.valuegrowth.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

class ReportRenderingProperties {
    static ReportEntry entry(String text, long nanos) {
        ClaimInfo info = new ClaimInfo("X1", "t " + text, "1-2", "q " + text, "f " + text,
                ClaimInfo.Role.CLAIM, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, true);
        Witness w = new Witness("s " + text, Vector.of("day", "value"),
                Vector.of(Vector.of("1", "0.5"), Vector.of("2", text)),
                LinkedHashMap.of("k", text), "figure", 1.25, Vector.empty());
        Verdict v = new Verdict.Found(Verdict.Kind.COUNTEREXAMPLE, Bound.of("b " + text, "n", 3),
                new SearchStatistics("brute force", 10, 11, 2, 0, 3, nanos), w);
        return new ReportEntry(info, v, 7, "./valuegrowth check X1 --seed 7");
    }

    @Property(tries = 200)
    @Label("HTML output escapes every user-visible text")
    void htmlEscapesAllText(@ForAll String text) {
        String html = HtmlReport.render(new RunInfo("0.1.0", "abc", false), Vector.of(entry(text, 5)));
        if (text.contains("<")) {
            assertThat(html).doesNotContain(text);
        }
        assertThat(html).doesNotContain("<script");
    }

    @Property(tries = 50)
    @Label("Markdown and JSON are byte-identical for the same inputs whatever the wall time")
    void reportsAreByteIdenticalWithoutTimes(@ForAll("anyNanos") long n1, @ForAll("anyNanos") long n2) {
        RunInfo run = new RunInfo("0.1.0", "abc", false);
        assertThat(MarkdownReport.render(run, Vector.of(entry("x", n1)))).isEqualTo(MarkdownReport.render(run, Vector.of(entry("x", n2))));
        assertThat(JsonReport.render(run, Vector.of(entry("x", n1)))).isEqualTo(JsonReport.render(run, Vector.of(entry("x", n2))));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Long> anyNanos() {
        return net.jqwik.api.Arbitraries.longs().between(0, Long.MAX_VALUE / 2);
    }

    @Example
    void markdownCarriesVerdictBoundWitnessCommandAndCitation() {
        String md = MarkdownReport.render(new RunInfo("0.1.0", "abc", false), Vector.of(entry("x", 5)));
        assertThat(md).contains("**Verdict: COUNTEREXAMPLE FOUND**", "**Bound.** b x", "| n | 3 |",
                "Replayed outside the search: figure = 1.25", "`./valuegrowth check X1 --seed 7`",
                "valuegrowth 0.1.0 (commit abc), X1");
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
