package org.valuegrowth.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Verdict;

/**
 * The catalogue as a whole: IDs are unique, every claim has a planted twin, every planted twin is
 * caught by its search (that is what a twin is for), every found witness was replayed, and the
 * report is deterministic. No test here states the verdict of a claim.
 */
class LedgerTest {
    static final Budget BUDGET = new Budget(2_000_000L, 120_000L);

    @Example
    void idsAreUniqueAndEverySearchedClaimHasAPlantedTwin() {
        Vector<String> ids = Ledger.all().map(c -> c.info().id());
        assertThat(ids.distinct()).hasSameSizeAs(ids);
        for (ClaimCheck c : Ledger.all().filter(c -> c.info().role() == ClaimInfo.Role.CLAIM)) {
            assertThat(ids).as("twin of " + c.info().id()).anyMatch(id -> id.startsWith(c.info().id() + ".planted"));
        }
    }

    @Example
    @Label("every planted twin is caught by the same search that checks its claim")
    void everyPlantedTwinIsCaught() {
        for (ClaimCheck c : Ledger.all().filter(c -> c.info().role() == ClaimInfo.Role.PLANTED_TWIN)) {
            Verdict v = c.run(BUDGET, 1);
            assertThat(v).as(c.info().id()).isInstanceOf(Verdict.Found.class);
            assertThat(((Verdict.Found) v).witness().summary()).as(c.info().id()).isNotBlank();
        }
    }

    @Example
    @Label("every check returns a verdict with a stated bound and statistics, and the same seed gives the same report")
    void everyCheckRunsAndTheReportIsDeterministic() {
        Vector<ReportEntry> first = Ledger.all().map(c -> new ReportEntry(c.info(), c.run(BUDGET, 1), 1, "cmd"));
        Vector<ReportEntry> second = Ledger.all().map(c -> new ReportEntry(c.info(), c.run(BUDGET, 1), 1, "cmd"));
        for (ReportEntry e : first) {
            assertThat(e.verdict().bound().description()).as(e.info().id()).isNotBlank();
            assertThat(e.verdict().bound().parameters()).as(e.info().id()).isNotEmpty();
            assertThat(e.verdict()).as(e.info().id()).isNotInstanceOf(Verdict.Inconclusive.class);
        }
        RunInfo run = new RunInfo("0.1.0", "test", false);
        assertThat(JsonReport.render(run, second)).isEqualTo(JsonReport.render(run, first));
        assertThat(MarkdownReport.render(run, second)).isEqualTo(MarkdownReport.render(run, first));
    }
}
