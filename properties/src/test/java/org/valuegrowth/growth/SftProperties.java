package org.valuegrowth.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.persona.Persona;

/** SFT as Kelly transfers between already-rich traders (E4) and the E5 measurements. */
class SftProperties {

    @Provide
    Arbitrary<KellyMarket> markets() {
        return GrowthArbitraries.markets(3, 7);
    }

    @Provide
    Arbitrary<double[]> voices() {
        return GrowthArbitraries.distribution(3);
    }

    /** Plain Bayes: posterior ∝ prior shares × Π_t p_i(x_t), computed without the market. */
    static double[] bayes(double[] prior, double[][] beliefs, int[] xs) {
        double[] post = new double[prior.length];
        double z = 0;
        for (int i = 0; i < prior.length; i++) {
            double l = prior[i];
            for (int x : xs) {
                l *= beliefs[i][x];
            }
            post[i] = l;
            z += l;
        }
        for (int i = 0; i < post.length; i++) {
            post[i] /= z;
        }
        return post;
    }

    static double[][] beliefs(KellyMarket k) {
        double[][] b = new double[k.traders().size()][];
        for (int i = 0; i < b.length; i++) {
            b[i] = GrowthArbitraries.belief(k, i);
        }
        return b;
    }

    @Property(tries = 150, seed = "4441")
    @Tag("E4")
    @Label("E4 law: after k demonstrations the share of traders below pretraining rank r is at most their share times L^k")
    void lowRankShareIsBoundedByLikelihoodRatioPower(@ForAll("markets") KellyMarket k, @ForAll("voices") double[] voice,
                                                     @ForAll @IntRange(min = 0, max = 12) int demos,
                                                     @ForAll @IntRange(min = 1, max = 6) int rank, @ForAll long seed) {
        Persona target = new Persona("target", HashSet.empty(), LinkedHashSet.of("t0"), new Predictor.Iid(voice));
        KellyMarket after = new Sft(target, demos, Mode.SAMPLED, seed).apply(GrowthState.of(k)).market();
        int[] xs = new int[demos];
        for (int t = 0; t < demos; t++) {
            xs[t] = after.history().symbol(k.time() + t);
        }
        double[] prior = k.shares();
        double[][] b = beliefs(k);
        // traders strictly below the top `rank` by pretrained wealth
        Integer[] order = IntStream.range(0, prior.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -prior[i]));
        int[] low = Arrays.stream(order).skip(Math.min(rank, prior.length)).mapToInt(Integer::intValue).toArray();
        double lowBefore = 0;
        for (int i : low) {
            lowBefore += prior[i];
        }
        // L = max over low traders and demonstrations of p_i(x_t)/q_t(x_t), q_t by plain Bayes
        double ratio = 0;
        for (int t = 0; t < demos; t++) {
            double[] w = bayes(prior, b, Arrays.copyOf(xs, t));
            double q = 0;
            for (int i = 0; i < w.length; i++) {
                q += w[i] * b[i][xs[t]];
            }
            for (int i : low) {
                ratio = Math.max(ratio, b[i][xs[t]] / q);
            }
        }
        double[] post = bayes(prior, b, xs);
        double lowAfter = 0;
        for (int i : low) {
            lowAfter += after.shares()[i];
        }
        assertThat(after.shares()).containsExactly(post, within(1e-9));
        assertThat(lowAfter).isLessThanOrEqualTo(lowBefore * Math.pow(ratio, demos) + 1e-12);
    }

    @Property(tries = 100, seed = "4442")
    @Tag("E5")
    @Label("E5 measurement: the mode-collapse trajectory reports the entropy of the plain-Bayes predictive and the cluster shares")
    void modeCollapseMeasurementsAreTheDefinedQuantities(@ForAll("markets") KellyMarket k, @ForAll("voices") double[] voice,
                                                         @ForAll @IntRange(min = 0, max = 8) int kMax, @ForAll boolean sampled,
                                                         @ForAll long seed) {
        Persona target = new Persona("target", HashSet.empty(), LinkedHashSet.of("t0"), new Predictor.Iid(voice));
        Persona base = new Persona("base", HashSet.empty(),
                LinkedHashSet.ofAll(k.traders().map(t -> t.name()).filter(n -> !n.equals("t0")).append("t0").take(Math.max(1, k.traders().size() - 1))),
                new Predictor.Iid(voice));
        Vector<ModeCollapse.Point> traj = ModeCollapse.trajectory(k, target, base, kMax, sampled ? Mode.SAMPLED : Mode.EXPECTED, seed);
        assertThat(traj).hasSize(kMax + 1);
        double[] prior = k.shares();
        double[][] b = beliefs(k);
        for (ModeCollapse.Point p : traj) {
            double[] w;
            if (sampled) {
                KellyMarket replay = new Sft(target, p.demonstrations(), Mode.SAMPLED, 0).apply(GrowthState.of(k)).market();
                int[] xs = new int[p.demonstrations()];
                // the trajectory draws each demonstration with its own seed; recompute its symbols
                KellyMarket m = k;
                for (int d = 0; d < p.demonstrations(); d++) {
                    m = new Sft(target, 1, Mode.SAMPLED, seed + d).apply(GrowthState.of(m)).market();
                    xs[d] = m.history().last();
                }
                assertThat(replay.time()).isEqualTo(k.time() + p.demonstrations());
                w = bayes(prior, b, xs);
            } else {
                // expected update: prior × exp(k·Σ_x P(x) ln p_i(x)), recomputed here
                w = new double[prior.length];
                double z = 0;
                for (int i = 0; i < w.length; i++) {
                    double e = 0;
                    for (int x = 0; x < voice.length; x++) {
                        e += voice[x] * Math.log(b[i][x]);
                    }
                    w[i] = prior[i] * Math.exp(p.demonstrations() * e);
                    z += w[i];
                }
                for (int i = 0; i < w.length; i++) {
                    w[i] /= z;
                }
            }
            double h = 0;
            for (int x = 0; x < 3; x++) {
                double q = 0;
                for (int i = 0; i < w.length; i++) {
                    q += w[i] * b[i][x];
                }
                h -= q * Math.log(q);
            }
            assertThat(p.entropy()).isCloseTo(h, within(1e-9));
            assertThat(p.outsideTarget()).isCloseTo(1 - w[0], within(1e-9));
            double reach = 0;
            for (String name : base.members()) {
                reach += w[k.indexOf(name)];
            }
            assertThat(p.baseReach()).isCloseTo(reach, within(1e-9));
        }
        double floor = 0.2;
        var first = ModeCollapse.firstUnreachable(traj, floor);
        for (ModeCollapse.Point p : traj) {
            if (first.isEmpty() || p.demonstrations() < first.get()) {
                assertThat(p.baseReach()).isGreaterThanOrEqualTo(floor);
            }
        }
        first.forEach(f -> assertThat(traj.get(f).baseReach()).isLessThan(floor));
    }

    @Property(tries = 100, seed = "4443")
    @Tag("E2")
    @Label("pretraining law: EXPECTED pretraining on a two-author corpus is prior x exp(L * sum_x P_mix(x) ln p_i(x)); SAMPLED is plain Bayes on its corpus")
    void pretrainingIsTheDefinedUpdate(@ForAll("markets") KellyMarket k, @ForAll("voices") double[] v1, @ForAll("voices") double[] v2,
                                       @ForAll @IntRange(min = 1, max = 4) int docs, @ForAll @IntRange(min = 1, max = 3) int len,
                                       @ForAll long seed) {
        Corpus c = new Corpus(Vector.of(new Source("one", 1, new Predictor.Iid(v1)), new Source("two", 3, new Predictor.Iid(v2))), docs, len);
        double[] prior = k.shares();
        double[][] b = beliefs(k);
        KellyMarket expected = new Pretrain(c, Mode.EXPECTED, seed).apply(GrowthState.of(k)).market();
        double[] w = new double[prior.length];
        double z = 0;
        for (int i = 0; i < w.length; i++) {
            double e = 0;
            for (int x = 0; x < 3; x++) {
                e += (0.25 * v1[x] + 0.75 * v2[x]) * Math.log(b[i][x]);
            }
            w[i] = prior[i] * Math.exp(docs * len * e);
            z += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= z;
        }
        assertThat(expected.shares()).containsExactly(w, within(1e-9));
        assertThat(expected.time()).isEqualTo(k.time());
        KellyMarket sampled = new Pretrain(c, Mode.SAMPLED, seed).apply(GrowthState.of(k)).market();
        assertThat(sampled.time()).isEqualTo(k.time() + docs * len);
        int[] xs = new int[docs * len];
        for (int t = 0; t < xs.length; t++) {
            xs[t] = sampled.history().symbol(k.time() + t);
        }
        assertThat(sampled.shares()).containsExactly(bayes(prior, b, xs), within(1e-9));
        assertThat(new Pretrain(c, Mode.SAMPLED, seed).apply(GrowthState.of(k)).market().history()).isEqualTo(sampled.history());
    }
}
