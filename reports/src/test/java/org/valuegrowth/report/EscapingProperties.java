package org.valuegrowth.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

/** Escaping in every format, shell quoting and anchors, against independent readers (a CommonMark parser, sh). */
class EscapingProperties {
    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'λ', '∀', '≥', '′').ofMaxLength(40);
    }

    @Property(tries = 300, seed = "20261129")
    @Label("Markdown escaping: a CommonMark reader sees exactly the text, never markup, links, code or HTML")
    void markdownEscapeRendersAsPlainText(@ForAll("printable") String s) {
        String line = "x " + Fmt.md(s);
        Node doc = Parser.builder().build().parse(line);
        StringBuilder seen = new StringBuilder();
        List<String> kinds = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                seen.append(t.getLiteral());
            }

            @Override
            protected void visitChildren(Node parent) {
                if (!(parent instanceof Document || parent instanceof Paragraph || parent instanceof Text)) {
                    kinds.add(parent.getClass().getSimpleName());
                }
                super.visitChildren(parent);
            }
        });
        assertThat(kinds).as(line).isEmpty();
        assertThat(seen.toString()).as(line).isEqualTo(("x " + s).stripTrailing());
    }

    @Property(tries = 60, seed = "20261129")
    @Label("shell quoting: sh reads the quoted word back as exactly the word")
    void shellQuotingRoundTrips(@ForAll("printable") String s) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "printf '%s' " + Shell.quote(s)).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo(s);
    }

    @Property(tries = 300, seed = "20261129")
    @Label("anchors are one-to-one: two different IDs never share an HTML id")
    void anchorsAreOneToOne(@ForAll("printable") String a, @ForAll("printable") String b) {
        if (!a.equals(b)) {
            assertThat(Fmt.anchor(a)).isNotEqualTo(Fmt.anchor(b));
        }
        assertThat(Fmt.anchor(a)).matches("[A-Za-z0-9._-]+");
    }

    @Example
    void anchorsOfLookalikeIdsDiffer() {
        assertThat(Fmt.anchor("scenario:a.b")).isNotEqualTo(Fmt.anchor("scenario:a_b")).isNotEqualTo(Fmt.anchor("scenario_3a_a.b"));
    }

    static ReportEntry entry(Polarity polarity, ClaimInfo.Role role, boolean found) {
        ClaimInfo info = new ClaimInfo(role.isControl() ? "X.c" : "X", "t", "1", "q", "f", role, Verdict.Kind.WITNESS, polarity, false);
        Bound bound = Bound.ofClass("markets of 2 traders", "b", "n", 1);
        SearchStatistics st = new SearchStatistics("brute force", 1, 1, 0, 0, 1, 0);
        Verdict v = found
                ? new Verdict.Found(Verdict.Kind.WITNESS, bound, st, new Witness("w", Vector.empty(), Vector.empty(),
                        io.vavr.collection.LinkedHashMap.empty(), "f", 1, Vector.empty()))
                : new Verdict.NoneWithinBound(Verdict.Kind.WITNESS, bound, st);
        return new ReportEntry(info, v, Vector.empty(), Budget.standard(), Option.none(), "./valuegrowth check X", Vector.empty());
    }

    @Example
    @Label("issue 7: HTML colours follow the reading, not the verdict; controls that behave are neutral")
    void coloursFollowTheReading() {
        RunInfo run = new RunInfo("0", "unknown", false, false);
        assertThat(HtmlReport.render(run, Vector.of(entry(Polarity.FOUND_SUPPORTS, ClaimInfo.Role.CLAIM, true))))
                .contains("<span class=\"supports\">supports</span>");
        assertThat(HtmlReport.render(run, Vector.of(entry(Polarity.FOUND_REFUTES, ClaimInfo.Role.CLAIM, true))))
                .contains("<span class=\"refutes\">refutes</span>");
        assertThat(HtmlReport.render(run, Vector.of(entry(Polarity.FOUND_SUPPORTS, ClaimInfo.Role.CLAIM, false))))
                .contains("<span class=\"not-shown\">not shown within bound</span>");
        assertThat(HtmlReport.render(run, Vector.of(entry(Polarity.FOUND_REFUTES, ClaimInfo.Role.CLAIM, false))))
                .contains("<span class=\"supports-within-bound\">supports within bound</span>");
        ReportEntry behaves = entry(Polarity.EXPECT_FOUND, ClaimInfo.Role.POSITIVE_CONTROL, true);
        ReportEntry misbehaves = entry(Polarity.EXPECT_NONE, ClaimInfo.Role.NEGATIVE_CONTROL, true);
        ReportEntry subject = entry(Polarity.FOUND_SUPPORTS, ClaimInfo.Role.CLAIM, true);
        String html = HtmlReport.render(run, Vector.of(new ReportEntry(subject.info(), subject.verdict(), Vector.of(behaves),
                subject.budget(), subject.seed(), subject.command(), subject.inputs())));
        assertThat(html).contains("<span class=\"behaves\">control behaves</span>").doesNotContain("class=\"misbehaves\">control misbehaves");
        ReportEntry bad = new ReportEntry(misbehaves.info(), misbehaves.verdict(), Vector.empty(), misbehaves.budget(),
                misbehaves.seed(), misbehaves.command(), misbehaves.inputs());
        String marked = HtmlReport.render(run, Vector.of(new ReportEntry(subject.info(), subject.verdict(), Vector.of(bad),
                subject.budget(), subject.seed(), subject.command(), subject.inputs())));
        assertThat(marked).contains("<span class=\"misbehaves\">control misbehaves</span>", "<span class=\"misbehaves\">0 of 1 behave</span>");
    }
}
