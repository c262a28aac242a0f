package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/** Laws of best-of-n on a finite outcome set (claim C7's exact formulas, E8's selection). */
@Tag("C7")
class BestOfNProperties {

    /** A base distribution with rewards drawn from a small set so that ties occur. */
    record Case(double[] pi, double[] reward) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(1, 5).flatMap(m -> Combinators.combine(
                Arbitraries.doubles().between(0.0, 1.0).array(double[].class).ofSize(m),
                Arbitraries.integers().between(0, 2).array(int[].class).ofSize(m))
                .as((raw, r) -> {
                    double[] w = new double[m];
                    double s = 0;
                    for (int i = 0; i < m; i++) {
                        w[i] = raw[i] + 0.01;
                        s += w[i];
                    }
                    double[] rr = new double[m];
                    for (int i = 0; i < m; i++) {
                        w[i] /= s;
                        rr[i] = r[i];
                    }
                    return new Case(w, rr);
                }));
    }

    @Property(tries = 150, seed = "4401")
    @Label("C7 law: best-of-n probability of any outcome is at most n times its base probability")
    void bestOfNIsPointwiseBoundedByNTimesBase(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 12) int n) {
        double[] pn = BestOfN.distribution(c.pi(), c.reward(), n);
        for (int y = 0; y < pn.length; y++) {
            assertThat(pn[y]).isLessThanOrEqualTo(n * c.pi()[y] + 1e-12);
        }
    }

    @Property(tries = 150, seed = "4402")
    @Label("C7 law: KL(best-of-n || base) <= ln n - (n-1)/n")
    void bestOfNKlIsBelowBeiramiBound(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 12) int n) {
        assertThat(BestOfN.kl(c.pi(), c.reward(), n)).isLessThanOrEqualTo(BestOfN.klBound(n) + 1e-12);
    }

    @Property(tries = 80, seed = "4403")
    @Label("C7 law: exact best-of-n distribution equals enumeration of all n-tuples with uniform tie-breaking")
    void exactDistributionMatchesEnumeration(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 4) int n) {
        int m = c.pi().length;
        double[] brute = new double[m];
        int[] tuple = new int[n];
        int total = (int) Math.pow(m, n);
        for (int code = 0; code < total; code++) {
            int x = code;
            double p = 1.0;
            double best = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < n; k++) {
                tuple[k] = x % m;
                x /= m;
                p *= c.pi()[tuple[k]];
                best = Math.max(best, c.reward()[tuple[k]]);
            }
            int winners = 0;
            for (int k = 0; k < n; k++) {
                if (c.reward()[tuple[k]] == best) {
                    winners++;
                }
            }
            for (int k = 0; k < n; k++) {
                if (c.reward()[tuple[k]] == best) {
                    brute[tuple[k]] += p / winners;
                }
            }
        }
        double[] exact = BestOfN.distribution(c.pi(), c.reward(), n);
        for (int y = 0; y < m; y++) {
            assertThat(exact[y]).isCloseTo(brute[y], within(1e-9));
        }
    }

    @Example
    @Label("C7 law: worked numbers of references.md 2.4")
    void workedNumbersFromBeirami() {
        double[] p = {1.0 / 2, 1.0 / 3, 1.0 / 6};
        double[] r = {0, 1, 2};
        assertThat(BestOfN.distribution(p, r, 2)).containsExactly(new double[]{0.25, 0.444444, 0.305556}, within(1e-6));
        assertThat(BestOfN.kl(p, r, 2)).isCloseTo(0.139780, within(1e-6));
        assertThat(BestOfN.klBound(2)).isCloseTo(0.193147, within(1e-6));
        assertThat(BestOfN.distribution(p, r, 4)).containsExactly(new double[]{0.0625, 0.419753, 0.517747}, within(1e-6));
        assertThat(BestOfN.kl(p, r, 4)).isCloseTo(0.553659, within(1e-6));
        assertThat(BestOfN.klBound(4)).isCloseTo(0.636294, within(1e-6));
        double[] u4 = {0.25, 0.25, 0.25, 0.25};
        assertThat(BestOfN.kl(u4, new double[]{0, 1, 2, 3}, 4)).isCloseTo(0.590310, within(1e-6));
        double[] u1000 = new double[1000];
        double[] r1000 = new double[1000];
        for (int i = 0; i < 1000; i++) {
            u1000[i] = 1.0 / 1000;
            r1000[i] = i;
        }
        assertThat(BestOfN.kl(u1000, r1000, 4)).isCloseTo(0.636294, within(1e-3));
        assertThat(BestOfN.kl(new double[]{0.9, 0.1}, new double[]{0, 1}, 8)).isCloseTo(0.673306, within(1e-6));
    }

    @Example
    @Label("E8 law: coffee and baby - a plan ranked worst by the evaluator survives best-of-n only if all n candidates propose it")
    void worstPlanSurvivesOnlyWhenEveryCandidateProposesIt() {
        // plans: kick the baby, walk around, wait; the friendly evaluator ranks kicking last
        double[] pi = {0.05, 0.7, 0.25};
        double[] friendly = {-10, 1, 0};
        for (int n = 1; n <= 6; n++) {
            assertThat(BestOfN.distribution(pi, friendly, n)[0]).isCloseTo(Math.pow(0.05, n), within(1e-15));
        }
    }
}
