package org.valuegrowth.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.Reading;
import org.valuegrowth.verdict.Verdict;

/**
 * The catalogue as a whole, entry by entry: IDs are unique, every claim and model check carries
 * its controls, every control behaves, every found witness was replayed, and the report is
 * deterministic. No test here states the verdict of a claim.
 */
class LedgerTest {
    static final Budget BUDGET = Budget.nodes(2_000_000L);

    @Example
    @Label("IDs are unique, and every claim and model check carries a control that must find its object")
    void idsAreUniqueAndEverySubjectHasItsControls() {
        Vector<String> ids = Ledger.all().map(c -> c.info().id());
        assertThat(ids.distinct()).hasSameSizeAs(ids);
        for (ClaimCheck c : Ledger.subjects()) {
            assertThat(c.info().role().isControl()).as(c.info().id()).isFalse();
            assertThat(c.controls().map(k -> k.info().polarity())).as("controls of " + c.info().id())
                    .contains(Polarity.EXPECT_FOUND);
            for (ClaimCheck k : c.controls()) {
                assertThat(k.controls()).as("a control has no controls: " + k.info().id()).isEmpty();
            }
        }
    }

    @Example
    @Label("every control of every entry behaves: positive controls are found, negative ones close with NONE, faults are exposed")
    void everyControlBehaves() {
        for (ClaimCheck c : Ledger.subjects()) {
            for (ClaimCheck k : c.controls()) {
                Verdict v = k.run(BUDGET, 1);
                assertThat(k.info().read(v)).as(c.info().id() + " / " + k.info().id() + ": " + v.headline())
                        .isEqualTo(Reading.BEHAVES);
                if (v instanceof Verdict.Found) {
                    assertThat(((Verdict.Found) v).witness().summary()).as(k.info().id()).isNotBlank();
                }
            }
        }
    }

    @Example
    @Label("every check returns a verdict with a stated bound and statistics, and the same seed gives the same report")
    void everyCheckRunsAndTheReportIsDeterministic() {
        Vector<ReportEntry> first = Ledger.subjects().map(c -> ReportEntry.run(c, c.info().id(), BUDGET, 1, Vector.empty(), id -> { }));
        Vector<ReportEntry> second = Ledger.subjects().map(c -> ReportEntry.run(c, c.info().id(), BUDGET, 1, Vector.empty(), id -> { }));
        for (ReportEntry e : first.flatMap(e -> e.controls().prepend(e))) {
            assertThat(e.verdict().bound().description()).as(e.info().id()).isNotBlank();
            assertThat(e.verdict().bound().parameters()).as(e.info().id()).isNotEmpty();
            assertThat(e.verdict()).as(e.info().id()).isNotInstanceOf(Verdict.Inconclusive.class);
        }
        RunInfo run = new RunInfo("0.1.0", "0123456789abcdef0123456789abcdef01234567", false, false);
        assertThat(JsonReport.render(run, second)).isEqualTo(JsonReport.render(run, first));
        assertThat(MarkdownReport.render(run, second)).isEqualTo(MarkdownReport.render(run, first));
    }
}
