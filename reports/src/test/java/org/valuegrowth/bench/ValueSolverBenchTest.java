package org.valuegrowth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;

/** The benchmark's figures are consistent (no timing assertions). */
class ValueSolverBenchTest {

    @Example
    @Tag("E13")
    @Label("E13 bench: on small dictionaries both engines finish and report the same optimum")
    void enginesAgreeOnSmallBenchInstances() {
        Vector<BenchRow> rows = ValueSolverBench.run(new int[] {6, 10}, 30_000, 1);
        assertThat(rows).hasSize(4);
        assertThat(rows).allSatisfy(r -> assertThat(r.complete()).isTrue());
        assertThat(rows.get(0).optimumMillibits()).isEqualTo(rows.get(1).optimumMillibits());
        assertThat(rows.get(2).optimumMillibits()).isEqualTo(rows.get(3).optimumMillibits());
        assertThat(rows.get(2).optimumMillibits()).isPositive();
        assertThat(ValueSolverBench.format(rows)).contains("choco", "brute force");
    }
}
