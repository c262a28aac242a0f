package org.valuegrowth.induction;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.LogicArbitraries;
import org.valuegrowth.logic.Sentence;

/** Features are data: what is printed can be read back, and bad input gives a message, not an exception. */
class FeatureParserProperties {
    static final Language L = Language.ofNames("a", "b", "c");

    @Provide
    Arbitrary<Feature> features() {
        return LogicArbitraries.sentences(L, 2).list().ofMinSize(1).ofMaxSize(3)
                .flatMap(ss -> InductionArbitraries.features(Vector.ofAll(ss), 3, 3));
    }

    @Property(tries = 300, seed = "20261127")
    @Tag("LI-F4")
    @Label("LI-F4 law: parsing the printed form of a feature gives an equal feature")
    void printedFeaturesParseBack(@ForAll("features") Feature f) {
        assertThat(FeatureParser.parse(L, f.toString()).get()).isEqualTo(f);
    }

    @Property(tries = 300, seed = "20261127")
    @Tag("LI-F4")
    @Label("LI-F4 law: arbitrary text never throws; it parses or returns a message")
    void garbageGivesAMessage(@ForAll("garbage") String text) {
        io.vavr.control.Either<String, Feature> r = FeatureParser.parse(L, text);
        if (r.isLeft()) {
            assertThat(r.getLeft()).isNotBlank();
        } else {
            assertThat(FeatureParser.parse(L, r.get().toString()).get()).isEqualTo(r.get());
        }
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.strings().withChars("p()ab,-@0123456789.+*minaxrc& |!").ofMaxLength(25);
    }

    @Example
    @Tag("LI-F4")
    @Label("LI-F4 example: the spec's feature syntax")
    void specExamplesParse() {
        Sentence a = L.var("a");
        Sentence aOrB = Sentence.or(a, L.var("b"));
        assertThat(FeatureParser.parse(L, "(1 + (-1 * p(a)))").get())
                .isEqualTo(Feature.sum(Feature.constant(1), Feature.product(Feature.constant(-1), Feature.price(a))));
        assertThat(FeatureParser.parse(L, "max(p((a | b),-1), p(a@3))").get())
                .isEqualTo(new Feature.Max(new Feature.Price(aOrB, 1), new Feature.PriceAt(a, 3)));
        assertThat(FeatureParser.parse(L, "rcp(min(0.5, p(c)))").get().toString()).isEqualTo("rcp(min(0.5, p(c)))");
        assertThat(FeatureParser.parse(L, "p(zz)").getLeft()).contains("bad sentence");
    }
}
