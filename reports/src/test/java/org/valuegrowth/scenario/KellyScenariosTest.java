package org.valuegrowth.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;

/** {@code kind: kelly}: observations decided in log space (spec/scenario.md, spec/market.md §4). */
class KellyScenariosTest {
    static final Path SPEC = ShippedScenariosTest.SPEC;

    @Example
    @Tag("E1")
    @Label("issue 11: a 1100-bit trader alone allows the observation: accepted, shares (0, 1), log-shares in the JSON")
    void farTraderObservationIsAccepted() {
        Scenario s = Scenarios.load(SPEC.resolve("kelly-far-trader.yaml"))
                .getOrElseThrow(p -> new AssertionError(p.toString()));
        Scenario.Simulation sim = s.simulate();
        int t0 = sim.columns().indexOf("share(t0)");
        int t1 = sim.columns().indexOf("share(t1)");
        assertThat(sim.rows()).hasSize(2);
        assertThat(sim.rows().get(0).get(t0)).isEqualTo("1");
        assertThat(sim.rows().get(1).get(t0)).isEqualTo("0");
        assertThat(sim.rows().get(1).get(t1)).isEqualTo("1");
        Map<String, Object> before = trader(sim, 0, "t1");
        Map<String, Object> after = trader(sim, 1, "t1");
        assertThat((Double) before.get("logShare").get()).isCloseTo(-1100 * Math.log(2), within(1e-9));
        assertThat((Double) after.get("share").get()).isEqualTo(1.0);
        assertThat((Double) trader(sim, 1, "t0").get("logShare").get()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Example
    @Label("an observation that every trader with wealth gives probability 0 stays a problem at its line")
    void impossibleObservationIsStillRefused() throws IOException {
        Path f = Files.createTempFile("kelly-far", ".yaml");
        Files.writeString(f, String.join("\n",
                "kind: kelly",
                "name: far-but-impossible",
                "alphabet: 2",
                "traders:",
                "  - {name: t0, bits: 0, predictor: {iid: [1, 0]}}",
                "  - {name: t1, bits: 5000, predictor: {iid: [1, 0]}}",
                "observations: [0, 1]", ""));
        Vector<String> problems = Scenarios.load(f).getLeft().map(p -> p.line() + ": " + p.field() + ": " + p.message());
        assertThat(problems).singleElement().asString().startsWith("7: observations[1]: every trader gives this observation probability 0");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> trader(Scenario.Simulation sim, int day, String name) {
        Map<String, Object> root = (Map<String, Object>) sim.json();
        Vector<Object> days = (Vector<Object>) root.get("days").get();
        Map<String, Object> d = (Map<String, Object>) days.get(day);
        Map<String, Object> traders = (Map<String, Object>) d.get("traders").get();
        return (Map<String, Object>) traders.get(name).get();
    }
}
