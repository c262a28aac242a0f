package org.valuegrowth.logic;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * A deductive process D_1 ⊆ D_2 ⊆ … ⊆ D_N over a language: {@code days.get(n-1)} lists the
 * sentences newly established on day n, and D_n is the union of days 1..n.
 *
 * <p>PC(D_n), the plausible worlds, are the worlds in which every sentence of D_n is true
 * (propositional consistency; Garrabrant et al. 2016, §3). The constructor checks that
 * PC(D_N) is non-empty, hence every PC(D_n) is (the sets shrink with n). After day N the process
 * stays at D_N. Worlds are enumerated, so the cost per query is O(2^|atoms| · |D_n|); at 20
 * atoms that is about 10^6 evaluations.
 *
 * @param language the language
 * @param days the sentences added on each day, day 1 first
 */
public record DeductiveProcess(Language language, Vector<Vector<Sentence>> days) {
    /** Validates non-null parts, atoms inside the language, and consistency of D_N. */
    public DeductiveProcess {
        if (language == null || days == null) {
            throw new ModelException("language and days must not be null");
        }
        for (Vector<Sentence> day : days) {
            for (Sentence s : day) {
                if (!s.support().isEmpty() && s.support().max().get() >= language.size()) {
                    throw new ModelException("sentence uses an atom outside the language: " + s);
                }
            }
        }
        Vector<Sentence> all = days.flatMap(d -> d);
        if (!anyWorld(language, all)) {
            throw new ModelException("deductive process is inconsistent: no world satisfies "
                    + all.mkString("{", ", ", "}"));
        }
    }

    /** The process that establishes nothing. */
    public static DeductiveProcess empty(Language language) {
        return new DeductiveProcess(language, Vector.empty());
    }

    /** This process with {@code sentences} added on a new last day. */
    public DeductiveProcess thenDay(Vector<Sentence> sentences) {
        return new DeductiveProcess(language, days.append(sentences));
    }

    /** D_n: the sentences established by day n (n ≥ 0; D_0 is empty; beyond N, D_N). */
    public Vector<Sentence> established(int n) {
        if (n < 0) {
            throw new ModelException("day must be >= 0: " + n);
        }
        return days.take(n).flatMap(d -> d);
    }

    /** Whether world {@code w} satisfies every sentence of D_n. */
    public boolean plausible(long w, int n) {
        for (Sentence s : established(n)) {
            if (!s.eval(w)) {
                return false;
            }
        }
        return true;
    }

    /** PC(D_n) as world bit-patterns in increasing order. */
    public long[] plausibleWorlds(int n) {
        Vector<Sentence> d = established(n);
        Sentence[] arr = d.toJavaArray(Sentence[]::new);
        long count = language.worldCount();
        long[] buf = new long[(int) Math.min(count, 1 << 20)];
        int k = 0;
        for (long w = 0; w < count; w++) {
            if (satisfiesAll(arr, w)) {
                if (k == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                buf[k++] = w;
            }
        }
        return java.util.Arrays.copyOf(buf, k);
    }

    /** Whether D_n propositionally implies {@code s} (s true in every plausible world). */
    public boolean proves(Sentence s, int n) {
        for (long w : plausibleWorlds(n)) {
            if (!s.eval(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether some world of {@code language} satisfies every one of {@code sentences}. */
    public static boolean satisfiable(Language language, Sentence... sentences) {
        return anyWorld(language, Vector.of(sentences));
    }

    private static boolean satisfiesAll(Sentence[] arr, long w) {
        for (Sentence s : arr) {
            if (!s.eval(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyWorld(Language language, Vector<Sentence> all) {
        Sentence[] arr = all.toJavaArray(Sentence[]::new);
        long count = language.worldCount();
        for (long w = 0; w < count; w++) {
            if (satisfiesAll(arr, w)) {
                return true;
            }
        }
        return false;
    }
}
