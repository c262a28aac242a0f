package org.valuegrowth.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.growth.GrowthState;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.Sft;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.numeric.ModelException;

/** Personas as trait-carrying clusters; trait shares measured after SFT on one trait (E0). */
@Tag("E0")
class PersonaSpaceTest {
    // symbols: 0 modern bird name, 1 archaic bird name, 2 modern prose, 3 Victorian prose
    static final Persona NATURALIST = new Persona("naturalist-1850", LinkedHashSet.of("archaic-birds", "victorian"),
            LinkedHashSet.of("nat"), new Predictor.Iid(0.05, 0.45, 0.05, 0.45));
    static final Persona BIRDER = new Persona("modern-birder", HashSet.of("modern-birds"),
            LinkedHashSet.of("bird"), new Predictor.Iid(0.45, 0.05, 0.45, 0.05));
    static final Persona NOVELIST = new Persona("victorian-novelist", HashSet.of("victorian"),
            LinkedHashSet.of("nov"), new Predictor.Iid(0.1, 0.1, 0.1, 0.7));
    static final PersonaSpace SPACE = PersonaSpace.of(NATURALIST, BIRDER, NOVELIST);

    static KellyMarket market() {
        return KellyMarket.of(Vector.of(new PredictorTrader("nat", 10, NATURALIST.voice()),
                new PredictorTrader("bird", 8, BIRDER.voice()), new PredictorTrader("nov", 9, NOVELIST.voice())),
                new Prior.Simplicity(), 4);
    }

    @Example
    @Label("E0 measurement: SFT on archaic bird names moves the Victorian trait share by the plain-Bayes amount")
    void archaicBirdDemonstrationsMoveTheVictorianTrait() {
        KellyMarket k = market();
        Persona archaicOnly = new Persona("archaic-bird-lists", HashSet.of("archaic-birds"), LinkedHashSet.of("nat"),
                new Predictor.Iid(0, 1, 0, 0));
        KellyMarket after = new Sft(archaicOnly, 3, Mode.SAMPLED, 7).apply(GrowthState.of(k)).market();
        // prior 2^-c: 2^-10, 2^-8, 2^-9; three archaic bird names: likelihoods 0.45^3, 0.05^3, 0.1^3
        double nat = Math.pow(2, -10) * Math.pow(0.45, 3);
        double bird = Math.pow(2, -8) * Math.pow(0.05, 3);
        double nov = Math.pow(2, -9) * Math.pow(0.1, 3);
        double z = nat + bird + nov;
        double victorianBefore = (Math.pow(2, -10) + Math.pow(2, -9)) / (Math.pow(2, -10) + Math.pow(2, -8) + Math.pow(2, -9));
        assertThat(SPACE.traitShare(k, "victorian")).isCloseTo(victorianBefore, within(1e-12));
        assertThat(SPACE.traitShare(after, "victorian")).isCloseTo((nat + nov) / z, within(1e-12));
        // the figures quoted in spec/growth.md §1
        assertThat(victorianBefore).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(SPACE.traitShare(after, "victorian")).isCloseTo(0.994660, within(1e-6));
        assertThat(SPACE.traitShift(k, after, "victorian")).isCloseTo((nat + nov) / z - victorianBefore, within(1e-12));
        assertThat(SPACE.personaShares(after).get("naturalist-1850").get()).isCloseTo(nat / z, within(1e-12));
        assertThat(SPACE.traits()).containsExactly("archaic-birds", "victorian", "modern-birds");
    }

    @Example
    @Label("E0: a trader shared by two personas with a trait is counted once in the trait share")
    void sharedTraderIsCountedOnce() {
        Persona a = new Persona("a", HashSet.of("kind"), LinkedHashSet.of("nat", "nov"), NATURALIST.voice());
        Persona b = new Persona("b", HashSet.of("kind"), LinkedHashSet.of("nov"), NOVELIST.voice());
        KellyMarket k = market();
        assertThat(PersonaSpace.of(a, b).traitShare(k, "kind")).isCloseTo(k.share("nat") + k.share("nov"), within(1e-12));
        assertThat(PersonaSpace.of(a, b).traitShare(k, "cruel")).isEqualTo(0.0);
    }

    @Example
    void invalidPersonasAreRejectedWithTheValue() {
        assertThatThrownBy(() -> new Persona(" ", HashSet.empty(), LinkedHashSet.of("x"), NOVELIST.voice()))
                .isInstanceOf(ModelException.class).hasMessageContaining("' '");
        assertThatThrownBy(() -> PersonaSpace.of(NATURALIST, NATURALIST))
                .isInstanceOf(ModelException.class).hasMessageContaining("naturalist-1850");
    }
}
