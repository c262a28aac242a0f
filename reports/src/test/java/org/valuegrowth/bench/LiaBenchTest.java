package org.valuegrowth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;

/** The benchmark harness runs and reports a row per configuration (its times are not asserted). */
class LiaBenchTest {
    @Example
    @Tag("LI-BENCH")
    @Label("LI-BENCH: the LIA benchmark clears every day of a small grid and counts its work")
    void benchmarkReportsEveryConfiguration() {
        Vector<LiaBench.Row> rows = LiaBench.measure(Vector.of(1, 2), Vector.of(1, 2), 4, 42);
        assertThat(rows).hasSize(4);
        for (LiaBench.Row r : rows) {
            assertThat(r.failure()).isEmpty();
            assertThat(r.evaluationsPerDay()).isGreaterThan(0);
            System.out.println("LI-BENCH " + r);
        }
    }
}
