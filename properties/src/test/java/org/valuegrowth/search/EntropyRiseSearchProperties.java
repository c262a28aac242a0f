package org.valuegrowth.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.ModeCollapse;
import org.valuegrowth.search.EntropyRiseSearch.Family;
import org.valuegrowth.search.EntropyRiseSearch.SftClass;
import org.valuegrowth.search.internal.SftKernel;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.Verdict;

/**
 * The E5 class search: the closed-form SFT kernel equals the plain model, the search equals a brute
 * force over the model on random small classes (same verdict, same optimum), the negative
 * control's construction holds on random binary markets, and budgets give INCONCLUSIVE.
 */
@Tag("E5")
class EntropyRiseSearchProperties {

    /** A random voice over m tokens with every token ≥ 0.02 (log-uniform weights over two decades). */
    static Arbitrary<Vector<Double>> voice(int m) {
        return Arbitraries.doubles().between(-2, 0).list().ofSize(m).map(raw -> {
            double[] w = new double[m];
            double s = 0;
            for (int x = 0; x < m; x++) {
                w[x] = Math.pow(10, raw.get(x));
                s += w[x];
            }
            Vector<Double> v = Vector.empty();
            for (int x = 0; x < m; x++) {
                v = v.append(0.02 + (1 - 0.02 * m) * w[x] / s);
            }
            return v;
        });
    }

    static Arbitrary<Vector<Double>> shares(int p) {
        return Arbitraries.doubles().between(0.05, 1).list().ofSize(p).map(raw -> {
            double s = raw.stream().mapToDouble(Double::doubleValue).sum();
            return Vector.ofAll(raw).map(x -> x / s);
        });
    }

    @Provide
    Arbitrary<SftClass> smallClasses() {
        return Arbitraries.integers().between(2, 4).flatMap(m -> Arbitraries.integers().between(2, 3).flatMap(p ->
                Combinators.combine(voice(m).list().ofMinSize(1).ofMaxSize(2), voice(m).list().ofMinSize(1).ofMaxSize(2),
                        shares(p).list().ofMinSize(1).ofMaxSize(2), Arbitraries.of(true, false))
                        .as((a, o, s, pre) -> new SftClass("random", Vector.of(new Family(m, p, Vector.ofAll(a), Vector.ofAll(o),
                                Vector.ofAll(s))), 8, 1e-12, pre))));
    }

    /** Every member's entropies through the plain model (ModeCollapse.trajectory), in the search's order. */
    static Vector<Vector<Double>> byModel(SftClass cls) {
        Vector<Vector<Double>> out = Vector.empty();
        for (Family f : cls.families()) {
            int[] others = new int[f.personas() - 1];
            for (Vector<Double> a : f.assistantVoices()) {
                java.util.Arrays.fill(others, 0);
                while (true) {
                    Vector<Vector<Double>> voices = Vector.of(a);
                    for (int o : others) {
                        voices = voices.append(f.otherVoices().get(o));
                    }
                    for (Vector<Double> s : f.shares()) {
                        EntropyRiseSearch.Member mb = EntropyRiseSearch.member(voices, s);
                        Vector<Double> h = ModeCollapse.trajectory(mb.market(), mb.assistant(), mb.assistant(),
                                cls.demonstrations(), Mode.EXPECTED, 0).map(ModeCollapse.Point::entropy);
                        double hv = SftKernel.entropy(a.toJavaStream().mapToDouble(Double::doubleValue).toArray());
                        if (!cls.collapsePrecondition() || hv <= h.head() + 1e-12) {
                            out = out.append(h);
                        }
                    }
                    if (!EntropyRiseSearch.nextMultiset(others, f.otherVoices().size())) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    @Property(tries = 40, seed = "50505")
    @Label("E5: on random small classes the search gives the verdict and the largest rise of a brute force over the plain model")
    void searchEqualsBruteForceOverTheModel(@ForAll("smallClasses") SftClass cls) {
        Verdict v = EntropyRiseSearch.run(cls, Budget.standard());
        Vector<Vector<Double>> all = byModel(cls);
        double best = Double.NEGATIVE_INFINITY;
        for (Vector<Double> h : all) {
            for (int k = 1; k < h.size(); k++) {
                best = Math.max(best, h.get(k) - h.get(k - 1));
            }
        }
        assertThat(v).isNotInstanceOf(Verdict.Inconclusive.class);
        if (all.isEmpty()) {
            assertThat(v).isInstanceOf(Verdict.NoneWithinBound.class);
            return;
        }
        assertThat(v.margin().get().exact()).isTrue();
        assertThat(v.margin().get().value()).isCloseTo(best, within(1e-10));
        if (Math.abs(best - cls.tolerance()) > 1e-9) {
            assertThat(v.isFound()).isEqualTo(best > cls.tolerance());
        }
    }

    @Property(tries = 60, seed = "50506")
    @Label("E5: the closed-form kernel gives the plain model's entropies along SFT (k = 0..12)")
    void kernelEqualsModel(@ForAll("smallClasses") SftClass cls) {
        Family f = cls.families().head();
        Vector<Vector<Double>> voices = Vector.of(f.assistantVoices().head());
        for (int j = 1; j < f.personas(); j++) {
            voices = voices.append(f.otherVoices().get((j - 1) % f.otherVoices().size()));
        }
        EntropyRiseSearch.Member mb = EntropyRiseSearch.member(voices, f.shares().head());
        Vector<Double> model = ModeCollapse.trajectory(mb.market(), mb.assistant(), mb.assistant(), 12, Mode.EXPECTED, 0)
                .map(ModeCollapse.Point::entropy);
        double[][] p = new double[2 * voices.size()][];
        double[] w = new double[2 * voices.size()];
        for (int j = 0; j < voices.size(); j++) {
            double[] v = voices.get(j).toJavaStream().mapToDouble(Double::doubleValue).toArray();
            double[] b = new double[v.length];
            for (int x = 0; x < v.length; x++) {
                b[x] = 0.5 * v[x] + 0.5 / v.length;
            }
            p[2 * j] = v;
            p[2 * j + 1] = b;
            w[2 * j] = f.shares().head().get(j) / 2;
            w[2 * j + 1] = w[2 * j];
        }
        double[] kernel = SftKernel.entropies(p, w, p[0], 12, 1.0);
        for (int k = 0; k <= 12; k++) {
            assertThat(kernel[k]).as("k = " + k).isCloseTo(model.get(k), within(1e-12));
        }
    }

    @Property(tries = 100, seed = "50507")
    @Label("E5 negative control's construction: binary traders with P(1) in [1/2, v_A(1)] never see the entropy rise under SFT toward v_A")
    void comonotoneMarketsNeverRise(@ForAll("binaryComonotone") double[][] market) {
        double[] p1 = market[0];
        double[] w = market[1];
        double va = market[2][0];
        double[][] p = new double[p1.length][];
        for (int i = 0; i < p1.length; i++) {
            p[i] = new double[] {1 - p1[i], p1[i]};
        }
        double[] h = SftKernel.entropies(p, w, new double[] {1 - va, va}, 30, 1.0);
        for (int k = 1; k < h.length; k++) {
            assertThat(h[k]).as("k = " + k).isLessThanOrEqualTo(h[k - 1] + 1e-12);
        }
    }

    @Provide
    Arbitrary<double[][]> binaryComonotone() {
        return Arbitraries.doubles().between(0.5, 0.99).ofScale(4).flatMap(va -> Arbitraries.integers().between(1, 6).flatMap(n ->
                Combinators.combine(Arbitraries.doubles().between(0.5, va).ofScale(6).array(double[].class).ofSize(n),
                        Arbitraries.doubles().between(-3, 0).map(u -> Math.pow(10, u)).array(double[].class).ofSize(n))
                        .as((p, w) -> new double[][] {p, w, {va}})));
    }

    @Example
    @Label("E5: a 1-node budget and a 1 ms time limit give INCONCLUSIVE with how far the search got, never NONE")
    void budgetsGiveInconclusive() {
        Verdict nodes = EntropyRiseSearch.run(EntropyRiseSearch.e5Class(), Budget.nodes(1));
        assertThat(nodes).isInstanceOf(Verdict.Inconclusive.class);
        assertThat(((Verdict.Inconclusive) nodes).limit()).contains("node budget 1 exhausted after 1 of 279545 markets");
        assertThat(nodes.margin().get().exact()).isFalse();
        Verdict time = EntropyRiseSearch.run(EntropyRiseSearch.e5Class(), Budget.of(Budget.MAX_NODES, 1));
        assertThat(time).isInstanceOf(Verdict.Inconclusive.class);
        assertThat(((Verdict.Inconclusive) time).limit()).contains("time limit 1 ms reached after");
    }

    @Example
    @Label("E5 class: 279545 markets over six families; the positive grid 1/8 has 7, 21 and 35 voices")
    void classSize() {
        SftClass c = EntropyRiseSearch.e5Class();
        assertThat(c.size()).isEqualTo(279_545L);
        assertThat(EntropyRiseSearch.positiveGrid(2, 8)).hasSize(7);
        assertThat(EntropyRiseSearch.positiveGrid(3, 8)).hasSize(21);
        assertThat(EntropyRiseSearch.positiveGrid(4, 8)).hasSize(35);
        assertThat(EntropyRiseSearch.positiveGrid(3, 6)).hasSize(10);
    }
}
