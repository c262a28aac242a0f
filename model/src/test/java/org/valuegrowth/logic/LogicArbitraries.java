package org.valuegrowth.logic;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators of sentences over a language, shared with other modules' tests via the test-jar. */
public final class LogicArbitraries {
    private LogicArbitraries() {
    }

    /** Random sentences over the atoms of {@code language}, nesting at most {@code depth}. */
    public static Arbitrary<Sentence> sentences(Language language, int depth) {
        Arbitrary<Sentence> leaf = Arbitraries.integers().between(0, language.size() - 1)
                .map(i -> (Sentence) new Sentence.Var(language.atom(i), i));
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<Sentence> sub = Arbitraries.lazy(() -> sentences(language, depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(1, sub.map(Sentence.Not::new)),
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Combinators.combine(sub, sub).as(Sentence.And::new)),
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Combinators.combine(sub, sub).as(Sentence.Or::new)),
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Combinators.combine(sub, sub).as(Sentence.Implies::new)));
    }
}
