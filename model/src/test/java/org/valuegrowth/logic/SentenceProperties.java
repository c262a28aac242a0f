package org.valuegrowth.logic;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

@Label("logic: sentences, worlds, deduction")
class SentenceProperties {
    static final Language L = Language.ofNames("a", "b", "c", "d");

    @Provide
    Arbitrary<Sentence> sentences() {
        return LogicArbitraries.sentences(L, 4);
    }

    @Property(tries = 300)
    @Label("printing then parsing gives the same sentence")
    void printedSentencesParseBack(@ForAll("sentences") Sentence s) {
        assertThat(SentenceParser.parseOrThrow(L, s.toString())).isEqualTo(s);
    }

    @Property(tries = 300)
    @Label("implication is material: (a -> b) == (!a | b) in every world")
    void implicationIsMaterial(@ForAll("sentences") Sentence a, @ForAll("sentences") Sentence b,
                               @ForAll @LongRange(min = 0, max = 15) long w) {
        assertThat(new Sentence.Implies(a, b).eval(w)).isEqualTo(new Sentence.Or(new Sentence.Not(a), b).eval(w));
    }

    @Property(tries = 200)
    @Label("plausible worlds shrink as the deductive process grows")
    void plausibleWorldsShrink(@ForAll("sentences") Sentence s) {
        DeductiveProcess d = DeductiveProcess.empty(L);
        if (DeductiveProcess.satisfiable(L, s)) {
            DeductiveProcess d2 = d.thenDay(Vector.of(s));
            long[] before = d2.plausibleWorlds(0);
            long[] after = d2.plausibleWorlds(1);
            assertThat(before.length).isEqualTo(16);
            assertThat(after.length).isLessThanOrEqualTo(before.length).isPositive();
            for (long w : after) {
                assertThat(s.eval(w)).isTrue();
            }
        }
    }

    @Example
    void inconsistentProcessIsRejectedWithTheSentences() {
        Sentence a = L.var("a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                new DeductiveProcess(L, Vector.of(Vector.of(a), Vector.of(Sentence.not(a)))))
                .isInstanceOf(ModelException.class).hasMessageContaining("inconsistent");
    }

    @Example
    void twentyAtomsEnumerateAMillionWorlds() {
        String[] names = new String[20];
        for (int i = 0; i < 20; i++) {
            names[i] = "x" + i;
        }
        Language big = Language.ofNames(names);
        DeductiveProcess d = DeductiveProcess.empty(big)
                .thenDay(Vector.of(big.var("x0"), Sentence.implies(big.var("x1"), big.var("x19"))));
        assertThat(d.plausibleWorlds(1).length).isEqualTo((1 << 20) / 2 * 3 / 4);
    }

    @Example
    void parserReportsTheColumnOfAnUnknownAtom() {
        assertThat(SentenceParser.parse(L, "a & zz").getLeft()).contains("unknown atom 'zz' at column 5");
    }
}
