package org.valuegrowth.mind;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import java.util.SplittableRandom;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;

/** Seeded random minds and sentences for the mind laws (shared with the solve tests). */
public final class RandomMinds {
    private RandomMinds() {
    }

    /** A literal or a binary connective over two literals of {@code lang}. */
    public static Sentence sentence(SplittableRandom rnd, Language lang) {
        Sentence a = literal(rnd, lang);
        switch (rnd.nextInt(4)) {
            case 0:
                return a;
            case 1:
                return Sentence.and(a, literal(rnd, lang));
            case 2:
                return Sentence.or(a, literal(rnd, lang));
            default:
                return Sentence.implies(a, literal(rnd, lang));
        }
    }

    /** A random sentence that is neither valid nor unsatisfiable over the language's worlds. */
    public static Sentence contingent(SplittableRandom rnd, Language lang) {
        while (true) {
            Sentence s = sentence(rnd, lang);
            boolean some = false;
            boolean all = true;
            for (long x = 0; x < lang.worldCount(); x++) {
                some |= s.eval(x);
                all &= s.eval(x);
            }
            if (some && !all) {
                return s;
            }
        }
    }

    private static Sentence literal(SplittableRandom rnd, Language lang) {
        int i = rnd.nextInt(lang.size());
        Sentence v = new Sentence.Var(lang.atom(i), i);
        return rnd.nextBoolean() ? v : Sentence.not(v);
    }

    /**
     * Layer 0: atoms s0,s1,s2 with a random full-support world-model; layer 1: grounded c0, c1 and
     * ungrounded u1; layer 2: grounded top over layer 1. No wants.
     */
    public static Mind mind(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Language l0 = Language.ofNames("s0", "s1", "s2");
        double[] w = new double[8];
        double z = 0;
        for (int x = 0; x < 8; x++) {
            w[x] = 0.2 + rnd.nextDouble();
            z += w[x];
        }
        for (int x = 0; x < 8; x++) {
            w[x] /= z;
        }
        Vector<MindConcept> layer1 = Vector.of(
                new MindConcept(new org.valuegrowth.logic.Atom("c0", 1), io.vavr.control.Option.some(sentence(rnd, l0)), 0.5),
                new MindConcept(new org.valuegrowth.logic.Atom("c1", 1), io.vavr.control.Option.some(sentence(rnd, l0)), 0.5),
                MindConcept.ungrounded("u1", 1, 0.2 + 0.6 * rnd.nextDouble()));
        Mind m = Mind.of(l0, w, Vector.of(layer1), HashSet.of("s0"));
        Language l1 = m.language(1);
        return m.extend(2, Vector.of(new MindConcept(new org.valuegrowth.logic.Atom("top", 2),
                io.vavr.control.Option.some(sentence(rnd, l1)), 0.5)));
    }

    /** {@code mind(seed)} with {@code wants} random wants on random layers, applied as Reward/Approval. */
    public static Mind mindWithWants(long seed, int wants) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Mind m = mind(seed);
        for (int i = 0; i < wants; i++) {
            int l = rnd.nextInt(m.layers().size());
            Want w = Want.of(sentence(rnd, m.language(l)), 0.1 + 0.8 * rnd.nextDouble());
            m = m.approve(l, w);
        }
        return m;
    }
}
