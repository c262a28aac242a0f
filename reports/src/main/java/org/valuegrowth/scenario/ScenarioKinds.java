package org.valuegrowth.scenario;

import io.vavr.collection.Vector;

/** The registry of scenario kinds. */
final class ScenarioKinds {
    static final Vector<ScenarioKind> ALL = Vector.of(new KellyScenarios(), new LiaScenarios(), new MindScenarios(),
            new GrowthScenarios());

    private ScenarioKinds() {
    }
}
