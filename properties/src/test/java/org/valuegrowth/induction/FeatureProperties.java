package org.valuegrowth.induction;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.DoubleRange;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;

/** Laws of expressible features: bounds and sound interval enclosures. */
class FeatureProperties {
    static final Language L = Language.ofNames("a", "b");
    static final Vector<Sentence> S = Vector.of(L.var("a"), L.var("b"), Sentence.or(L.var("a"), L.var("b")));

    @Provide
    Arbitrary<Feature> features() {
        return InductionArbitraries.features(S, 3, 2);
    }

    @Provide
    Arbitrary<PriceHistory> histories() {
        return InductionArbitraries.histories(S, 4);
    }

    @Property(tries = 300, seed = "20261127")
    @Tag("LI-F1")
    @Label("LI-F1 law: |feature| <= bound() on every price history")
    void featureStaysWithinItsBound(@ForAll("features") Feature f, @ForAll("histories") PriceHistory h) {
        for (int day = 1; day <= h.days(); day++) {
            assertThat(Math.abs(f.evaluate(h, day))).isLessThanOrEqualTo(f.bound() * (1 + 1e-12));
        }
    }

    @Property(tries = 300, seed = "20261127")
    @Tag("LI-F2")
    @Label("LI-F2 law: the enclosure over a box of today's prices contains the value at any point of the box")
    void enclosureContainsEveryPointOfTheBox(@ForAll("features") Feature f, @ForAll("histories") PriceHistory h,
                                             @ForAll @DoubleRange(min = 0, max = 1) double u,
                                             @ForAll @DoubleRange(min = 0, max = 1) double v,
                                             @ForAll @DoubleRange(min = 0, max = 1) double t) {
        int n = h.days();
        double lo = Math.min(u, v);
        double hi = Math.max(u, v);
        PriceBox box = (s, day) -> day == n ? new Interval(lo, hi) : Interval.point(h.price(s, day));
        Interval e = f.enclose(box, n);
        double x = lo + t * (hi - lo);
        PriceSource point = (s, day) -> day == n ? x : h.price(s, day);
        assertThat(e.contains(f.evaluate(point, n))).as("%s at %s in %s", f, x, e).isTrue();
    }

    @Property(tries = 100, seed = "20261127")
    @Tag("LI-F3")
    @Label("LI-F3 law: size() counts nodes and toString names every sentence the feature reads")
    void sizeAndPrintedFormAreConsistent(@ForAll("features") Feature f) {
        assertThat(f.size()).isGreaterThanOrEqualTo(1);
        assertThat(f.size()).isGreaterThanOrEqualTo(f.sentences().size());
        for (Sentence s : f.sentences()) {
            assertThat(f.toString()).contains("p(" + s);
        }
    }

}
