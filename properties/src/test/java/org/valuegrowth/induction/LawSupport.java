package org.valuegrowth.induction;

import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.LogicArbitraries;
import org.valuegrowth.logic.Sentence;

/** Independent recomputations used by the laws: nothing here calls the kernels under test. */
final class LawSupport {
    private LawSupport() {
    }

    /** Whether world {@code w} satisfies every sentence established by day n (own loop). */
    static boolean plausible(DeductiveProcess d, long w, int n) {
        for (int i = 0; i < Math.min(n, d.days().size()); i++) {
            for (Sentence s : d.days().get(i)) {
                if (!s.eval(w)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** max over plausible worlds of day n of Σ_j q_j (W(s_j) − p_j). */
    static double worstTradeValue(DeductiveProcess d, int n, Vector<Sentence> s, Vector<Double> q, Pricing p) {
        double worst = Double.NEGATIVE_INFINITY;
        for (long w = 0; w < (1L << d.language().size()); w++) {
            if (!plausible(d, w, n)) {
                continue;
            }
            double v = 0;
            for (int j = 0; j < s.size(); j++) {
                v += q.get(j) * ((s.get(j).eval(w) ? 1 : 0) - p.get(j));
            }
            worst = Math.max(worst, v);
        }
        return worst;
    }

    /** A consistent deductive process over {@code lang}: each day one random sentence true in a hidden world. */
    static Arbitrary<DeductiveProcess> processes(Language lang, int days) {
        Arbitrary<Long> truth = Arbitraries.longs().between(0, (1L << lang.size()) - 1);
        Arbitrary<Sentence> sentence = LogicArbitraries.sentences(lang, 1);
        Arbitrary<Boolean> establish = Arbitraries.of(true, false, false);
        return truth.flatMap(w -> sentence.list().ofSize(days).flatMap(ss -> establish.list().ofSize(days).map(es -> {
            Vector<Vector<Sentence>> ds = Vector.empty();
            for (int i = 0; i < days; i++) {
                Sentence s = ss.get(i).eval(w) ? ss.get(i) : Sentence.not(ss.get(i));
                ds = ds.append(es.get(i) ? Vector.of(s) : Vector.empty());
            }
            return new DeductiveProcess(lang, ds);
        })));
    }
}
