package org.valuegrowth.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.valuegrowth.market.internal.KellyKernel;
import org.valuegrowth.numeric.ModelException;

/**
 * The log-space Kelly kernel against a plain linear-space computation, and the kernel-level law
 * checks against planted faults (each mutant must be caught).
 */
class KellyKernelProperties {

    record Input(double[] logWealth, double[] likelihood) {
    }

    /** Update rules with the kernel's shape; the real one and planted mutants. */
    interface Update {
        double[] apply(double[] logWealth, double[] likelihood);
    }

    static final Update REAL = KellyKernel::update;

    /** Mutant: forgets to divide by q (shares right, wealth not conserved). */
    static final Update NO_DIVISION = (lw, lik) -> {
        double[] out = new double[lw.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = lw[i] + Math.log(lik[i]);
        }
        return out;
    };

    /** Mutant: tempered update w·lik^½, renormalised to conserve wealth (not Bayes). */
    static final Update TEMPERED = (lw, lik) -> {
        double[] sq = new double[lik.length];
        for (int i = 0; i < sq.length; i++) {
            sq[i] = Math.sqrt(lik[i]);
        }
        return KellyKernel.update(lw, sq);
    };

    /** Mutant: divides by the unweighted mean belief instead of the wealth-weighted price. */
    static final Update UNWEIGHTED_PRICE = (lw, lik) -> {
        double q = 0;
        for (double l : lik) {
            q += l / lik.length;
        }
        double[] out = new double[lw.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = lw[i] + Math.log(lik[i]) - Math.log(q);
        }
        return out;
    };

    /** The log-likelihood kernel given the true total, as an {@link Update}. */
    static final Update LOG_KERNEL = (lw, lik) -> {
        double[] out = new double[lw.length];
        KellyKernel.updateLogInto(lw, logs(lik), Reference.logSumExp(lw), out);
        return out;
    };

    /** Mutant: the log-likelihood kernel told a stale total (ln Σw + 1). */
    static final Update STALE_TOTAL = (lw, lik) -> {
        double[] out = new double[lw.length];
        KellyKernel.updateLogInto(lw, logs(lik), Reference.logSumExp(lw) + 1, out);
        return out;
    };

    static double[] logs(double[] p) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Math.log(p[i]);
        }
        return out;
    }

    /** The posterior law at kernel level: normalised result = normalised (lw + ln lik). */
    static boolean posteriorHolds(Update u, Input in) {
        double[] out = u.apply(in.logWealth(), in.likelihood());
        double[] bayes = new double[out.length];
        for (int i = 0; i < out.length; i++) {
            bayes[i] = in.logWealth()[i] + Math.log(in.likelihood()[i]);
        }
        double[] a = Reference.normalise(out);
        double[] b = Reference.normalise(bayes);
        for (int i = 0; i < a.length; i++) {
            if (!(Math.abs(a[i] - b[i]) <= 1e-9)) {
                return false;
            }
        }
        return true;
    }

    /** The conservation law at kernel level: ln Σ w' = ln Σ w. */
    static boolean conservationHolds(Update u, Input in) {
        double z0 = Reference.logSumExp(in.logWealth());
        double z1 = Reference.logSumExp(u.apply(in.logWealth(), in.likelihood()));
        return Math.abs(z1 - z0) <= 1e-9 * Math.max(1, Math.abs(z0));
    }

    @Provide
    Arbitrary<Input> inputs() {
        return Arbitraries.integers().between(1, 40).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-3000, 3000).array(double[].class).ofSize(n),
                Arbitraries.doubles().between(0.0, 1.0).array(double[].class).ofSize(n))
                .as(Input::new))
                .filter(in -> {
                    for (double l : in.likelihood()) {
                        if (l > 0) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    @Property(tries = 300, seed = "20261180")
    @Label("law: the kernel satisfies the posterior and conservation laws, and never mutates its input")
    void kernelIsBayesAndConserves(@ForAll("inputs") Input in) {
        double[] lw = in.logWealth().clone();
        double[] lik = in.likelihood().clone();
        // Where the maximal-wealth traders all have likelihood 0, q may underflow: skip that corner.
        double[] out = new double[lw.length];
        double logQ = KellyKernel.updateInto(lw, lik, out);
        net.jqwik.api.Assume.that(logQ > Double.NEGATIVE_INFINITY);
        assertThat(posteriorHolds(REAL, in)).isTrue();
        assertThat(conservationHolds(REAL, in)).isTrue();
        assertThat(KellyKernel.update(lw, lik)).containsExactly(out);
        assertThat(lw).containsExactly(in.logWealth());
        assertThat(lik).containsExactly(in.likelihood());
    }

    @Property(tries = 300, seed = "20261183")
    @Label("law: the log-likelihood kernel (known total, one exp per trader) equals the likelihood kernel")
    void logLikelihoodKernelEqualsLikelihoodKernel(@ForAll("inputs") Input in) {
        double[] a = new double[in.logWealth().length];
        double[] b = new double[a.length];
        double[] lw = in.logWealth().clone();
        double[] ll = logs(in.likelihood());
        double[] llCopy = ll.clone();
        double qa = KellyKernel.updateInto(lw, in.likelihood(), a);
        net.jqwik.api.Assume.that(qa > Double.NEGATIVE_INFINITY);
        double qb = KellyKernel.updateLogInto(lw, ll, Reference.logSumExp(lw), b);
        double scale = 1e-12 * Math.max(1, Math.abs(Reference.logSumExp(lw)));
        assertThat(qb).isCloseTo(qa, within(scale));
        for (int i = 0; i < a.length; i++) {
            if (a[i] == Double.NEGATIVE_INFINITY) {
                assertThat(b[i]).isEqualTo(Double.NEGATIVE_INFINITY);
            } else {
                assertThat(b[i]).isCloseTo(a[i], within(scale + 1e-12 * Math.abs(a[i])));
            }
        }
        assertThat(posteriorHolds(LOG_KERNEL, in) && conservationHolds(LOG_KERNEL, in)).isTrue();
        assertThat(lw).containsExactly(in.logWealth());
        assertThat(ll).containsExactly(llCopy);
    }

    @Property(tries = 200, seed = "20261181")
    @Label("law: in a moderate range the log-space update equals the linear update w·lik/q")
    void logSpaceMatchesLinearSpace(@ForAll("moderate") Input in) {
        double[] w = new double[in.logWealth().length];
        double total = 0;
        double q = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp(in.logWealth()[i]);
            total += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            q += w[i] / total * in.likelihood()[i];
        }
        double[] out = new double[w.length];
        double logQ = KellyKernel.updateInto(in.logWealth(), in.likelihood(), out);
        assertThat(logQ).isCloseTo(Math.log(q), within(1e-12));
        for (int i = 0; i < w.length; i++) {
            assertThat(Math.exp(out[i])).isCloseTo(w[i] * in.likelihood()[i] / q, within(1e-12 * total / q + 1e-300));
        }
    }

    @Provide
    Arbitrary<Input> moderate() {
        return Arbitraries.integers().between(1, 20).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(-20, 2).array(double[].class).ofSize(n),
                Arbitraries.doubles().between(0.05, 1.0).array(double[].class).ofSize(n))
                .as(Input::new));
    }

    @Property(tries = 200, seed = "20261182")
    @Label("law: mixture is the share-weighted average of the belief rows, without mutating input")
    void mixtureIsTheWeightedAverage(@ForAll("moderate") Input in, @ForAll("rows") double[] row) {
        int n = in.logWealth().length;
        int m = row.length;
        double[] beliefs = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int x = 0; x < m; x++) {
                // A different distribution per trader: the row rotated by i.
                beliefs[i * m + x] = row[(x + i) % m];
            }
        }
        double[] copy = beliefs.clone();
        double[] s = Reference.normalise(in.logWealth());
        double[] mix = KellyKernel.mixture(in.logWealth(), beliefs, m);
        for (int x = 0; x < m; x++) {
            double e = 0;
            for (int i = 0; i < n; i++) {
                e += s[i] * row[(x + i) % m];
            }
            assertThat(mix[x]).isCloseTo(e, within(1e-12));
        }
        assertThat(beliefs).containsExactly(copy);
        assertThat(KellyKernel.shares(in.logWealth())).containsExactly(s, within(1e-12));
    }

    @Provide
    Arbitrary<double[]> rows() {
        return Arbitraries.integers().between(2, 5).flatMap(MarketArbitraries::distributions);
    }

    @Example
    @Label("planted faults: the kernel-level law checks catch every mutant update")
    void lawChecksCatchPlantedFaults() {
        Input in = new Input(new double[] {Math.log(4.0 / 7), Math.log(2.0 / 7), Math.log(1.0 / 7)},
                new double[] {0.9, 0.5, 0.1});
        assertThat(posteriorHolds(REAL, in) && conservationHolds(REAL, in)).isTrue();
        assertThat(conservationHolds(NO_DIVISION, in)).isFalse();
        assertThat(posteriorHolds(TEMPERED, in)).isFalse();
        assertThat(conservationHolds(UNWEIGHTED_PRICE, in)).isFalse();
        assertThat(posteriorHolds(LOG_KERNEL, in) && conservationHolds(LOG_KERNEL, in)).isTrue();
        assertThat(conservationHolds(STALE_TOTAL, in)).isFalse();
    }

    @Example
    @Label("an outcome that every trader with wealth gave probability 0 is refused")
    void impossibleOutcomeIsRefused() {
        double[] out = {5, 5};
        double logQ = KellyKernel.updateInto(new double[] {0, Double.NEGATIVE_INFINITY}, new double[] {0, 1}, out);
        assertThat(logQ).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(out).containsExactly(5, 5);
        assertThatThrownBy(() -> KellyKernel.update(new double[] {0, 0}, new double[] {0, 0}))
                .isInstanceOf(ModelException.class).hasMessageContaining("0.0");
        assertThatThrownBy(() -> KellyKernel.update(new double[] {0, 0}, new double[] {0.5}))
                .isInstanceOf(ModelException.class).hasMessageContaining("2 vs 1");
    }

    @Example
    @Label("edge cases: traders without wealth (−∞, also first) take no part; NaN input gives NaN")
    void zeroWealthAndNaN() {
        double[] out = new double[3];
        double logQ = KellyKernel.updateInto(new double[] {Double.NEGATIVE_INFINITY, 0, Math.log(3)},
                new double[] {1.0, 0.2, 0.6}, out);
        assertThat(logQ).isCloseTo(Math.log(0.25 * 0.2 + 0.75 * 0.6), within(1e-15));
        assertThat(out[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Math.exp(out[1]) + Math.exp(out[2])).isCloseTo(4.0, within(1e-12));
        assertThat(KellyKernel.updateInto(new double[] {0, Double.NaN}, new double[] {0.5, 0.5}, out)).isNaN();
        assertThat(KellyKernel.updateInto(new double[] {Double.NaN, 0}, new double[] {0.5, 0.5}, out)).isNaN();
    }
}
