package org.valuegrowth.mind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.mind.internal.Kernels;

/**
 * Reflection as the minimum-change update (spec/mind.md §6): the reflective equilibrium is the
 * I-projection of the goal-model at the start onto the minimisers of the energy. Checked against an
 * independent computation (cyclic single-constraint I-projections, Csiszár 1975), in both orders.
 */
class MinimumChangeReflectionProperties {

    /**
     * {@code RandomMinds.mind(seed)} with {@code wants} wants whose targets are read off a hidden
     * goal-model H that is consistent across layers (H_0 a random tilt of W_0, each upper layer the
     * Jeffrey update of its world-model to the push-forward of H below, ungrounded atoms tilted too), so
     * the wants are coherent: min E = 0.
     */
    static Mind coherentMind(long seed, int wants) {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        Mind m = RandomMinds.mind(seed);
        double[][] theta = new double[m.layers().size()][];
        for (int l = 0; l < theta.length; l++) {
            theta[l] = new double[m.layer(l).worldCount()];
            for (int x = 0; x < theta[l].length; x++) {
                theta[l][x] = 3 * (rnd.nextDouble() - 0.5);
            }
        }
        Mind hidden = m.withTilts(theta).reflectToFixedPoint(ReflectionSettings.defaults(), 1e-13, 2_000).mind();
        for (int i = 0; i < wants; i++) {
            int l = rnd.nextInt(m.layers().size());
            Sentence s = RandomMinds.contingent(rnd, m.language(l));
            m = m.approve(l, Want.of(s, hidden.goalProbability(l, s)));
        }
        return m;
    }

    static double[][] logGoals(Mind m) {
        double[][] g = new double[m.layers().size()][];
        for (int l = 0; l < g.length; l++) {
            g[l] = Kernels.log(m.goal(l));
        }
        return g;
    }

    /** The reference: cyclic I-projections of the goal-model onto the wants' targets and zero key gaps. */
    static double[][] reference(Mind m, boolean reverse) {
        EnergyEvaluator ev = new EnergyEvaluator(m);
        double[][] gaps = new double[ev.layers][];
        for (int l = 1; l < ev.layers; l++) {
            gaps[l] = new double[ev.keyCount[l]];
        }
        CyclicProjectionReference.Constraints c = new CyclicProjectionReference.Constraints(ev.wantFeature, ev.alpha,
                ev.worldKey, ev.lowerKey, ev.keyCount, gaps);
        CyclicProjectionReference.Result r = CyclicProjectionReference.project(logGoals(m), c, 1e-14, 200_000, reverse);
        assertThat(r.converged()).as("reference converged").isTrue();
        return CyclicProjectionReference.probabilities(r.logG());
    }

    @Property(tries = 40)
    @Tag("E12")
    @Tag("E14")
    @Label("E12 law: with coherent wants, reflection reaches E = 0 and its equilibrium is the I-projection of the start, whatever the order of the reference's projections")
    void equilibriumIsTheIProjectionOfTheStart(@ForAll long seed, @ForAll @IntRange(min = 1, max = 5) int wants) {
        Mind m = coherentMind(seed, wants);
        Equilibrium eq = m.reflectToFixedPoint(ReflectionSettings.defaults(), 1e-12, 500);
        assertThat(eq.converged()).as("converged in %d sweeps, last move %g", eq.sweeps(), eq.lastMove()).isTrue();
        assertThat(eq.mind().energy().total()).isLessThan(1e-16);
        double[][] forward = reference(m, false);
        double[][] backward = reference(m, true);
        for (int l = 0; l < forward.length; l++) {
            double[] g = eq.mind().goal(l);
            for (int x = 0; x < g.length; x++) {
                assertThat(g[x]).as("layer %d world %d vs forward reference", l, x).isCloseTo(forward[l][x], within(1e-7));
                assertThat(backward[l][x]).as("layer %d world %d, reference orders", l, x).isCloseTo(forward[l][x], within(1e-7));
                // no goal weight of a possible world goes to 0: the wants' targets are all inside (0, 1)
                if (m.world(l)[x] > 0) {
                    assertThat(g[x]).isGreaterThan(0);
                }
            }
        }
    }

    @Property(tries = 40)
    @Tag("E12")
    @Label("E12 law: atoms that no want and no definition ties to a want keep their goal marginals")
    void untiedAtomsKeepTheirMarginals(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int wants) {
        // Sensory atoms a0, a1 (tied) and b0, b1 (untied); W = W_A ⊗ W_B; a concept over A, and one over
        // B that no want mentions. The wants read A-atoms and the A-concept only, with coherent targets.
        SplittableRandom rnd = new SplittableRandom(seed);
        Language l0 = Language.ofNames("a0", "a1", "b0", "b1");
        double[] wa = randomDistribution(rnd, 4);
        double[] wb = randomDistribution(rnd, 4);
        double[] w = new double[16];
        for (int x = 0; x < 16; x++) {
            w[x] = wa[x & 3] * wb[x >>> 2];
        }
        Language la = Language.ofNames("a0", "a1");
        Sentence da = RandomMinds.contingent(rnd, la);
        Sentence db = RandomMinds.contingent(rnd, Language.ofNames("b0", "b1"));
        // the B-sentence is written over b0, b1 and parsed against l0 by its text
        Vector<MindConcept> layer1 = Vector.of(
                MindConcept.grounded("ca", 1, l0, da.toString()),
                MindConcept.grounded("cb", 1, l0, db.toString()));
        Mind m = Mind.of(l0, w, Vector.of(layer1), HashSet.empty());
        double[] bBefore = {m.goalProbability(0, l0.var("b0")), m.goalProbability(0, l0.var("b1")),
            m.goalProbability(1, m.language(1).var("cb"))};
        // coherent targets: read off a hidden tilt of the A-part of W
        double[] hiddenA = new double[4];
        double z = 0;
        for (int a = 0; a < 4; a++) {
            hiddenA[a] = wa[a] * Math.exp(3 * (rnd.nextDouble() - 0.5));
            z += hiddenA[a];
        }
        for (int a = 0; a < 4; a++) {
            hiddenA[a] /= z;
        }
        for (int i = 0; i < wants; i++) {
            Sentence onA = rnd.nextBoolean() ? SentenceParser.parse(l0, RandomMinds.contingent(rnd, la).toString()).get()
                    : SentenceParser.parse(l0, da.toString()).get();
            double target = 0;
            for (int a = 0; a < 4; a++) {
                target += onA.eval(a) ? hiddenA[a] : 0;
            }
            m = onA.toString().equals(da.toString()) && rnd.nextBoolean()
                    ? m.approve(1, Want.of(m.language(1).var("ca"), target)) : m.reward(Want.of(onA, target));
        }
        Equilibrium eq = m.reflectToFixedPoint(ReflectionSettings.defaults(), 1e-12, 2_000);
        assertThat(eq.converged()).isTrue();
        Mind r = eq.mind();
        assertThat(r.energy().total()).isLessThan(1e-16);
        assertThat(r.goalProbability(0, l0.var("b0"))).isCloseTo(bBefore[0], within(1e-9));
        assertThat(r.goalProbability(0, l0.var("b1"))).isCloseTo(bBefore[1], within(1e-9));
        assertThat(r.goalProbability(1, r.language(1).var("cb"))).isCloseTo(bBefore[2], within(1e-9));
    }

    static double[] randomDistribution(SplittableRandom rnd, int n) {
        double[] p = new double[n];
        double z = 0;
        for (int i = 0; i < n; i++) {
            p[i] = 0.2 + rnd.nextDouble();
            z += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= z;
        }
        return p;
    }

    @Property(tries = 60)
    @Tag("E12")
    @Label("E12 law: a minimum-change reflection sweep never raises the energy, coherent wants or not")
    void sweepNeverRaisesEnergy(@ForAll long seed, @ForAll @IntRange(min = 0, max = 4) int wants) {
        Mind m = RandomMinds.mindWithWants(seed, wants);
        double before = m.energy().total();
        for (int i = 0; i < 5; i++) {
            Mind next = m.reflect(ReflectionSettings.defaults());
            assertThat(next.energy().total()).isLessThanOrEqualTo(before + 1e-15);
            before = next.energy().total();
            m = next;
        }
    }

    @Example
    @Tag("E12")
    @Label("E12 example: Reward(food, 0.9) then reflection moves no goal it need not move (spec/mind.md §6)")
    void rewardOnFoodLeavesWarmAndLightAlone() {
        Language l0 = Language.ofNames("food", "warm", "light");
        double[] w = new double[8];
        java.util.Arrays.fill(w, 1.0 / 8);
        for (String cozy : new String[] {"warm | light", "warm"}) {
            Mind m = Mind.of(l0, w, Vector.of(Vector.of(MindConcept.grounded("fed", 1, l0, "food"),
                    MindConcept.grounded("cozy", 1, l0, cozy))), HashSet.empty());
            Mind r = m.reward(Want.of(l0.var("food"), 0.9)).reflectToFixedPoint(ReflectionSettings.defaults(), 1e-13, 1_000).mind();
            assertThat(r.goalProbability(0, l0.var("food"))).isCloseTo(0.9, within(1e-12));
            assertThat(r.goalProbability(0, l0.var("warm"))).isCloseTo(0.5, within(1e-12));
            assertThat(r.goalProbability(0, l0.var("light"))).isCloseTo(0.5, within(1e-12));
            assertThat(r.goalProbability(1, r.language(1).var("fed"))).isCloseTo(0.9, within(1e-12));
            assertThat(r.goalProbability(1, r.language(1).var("cozy"))).isCloseTo("warm".equals(cozy) ? 0.5 : 0.75, within(1e-12));
            for (int l = 0; l < 2; l++) {
                for (double g : r.goal(l)) {
                    assertThat(g).isGreaterThan(0.02);
                }
            }
        }
    }

    @Example
    @Tag("E12")
    @Label("E12 example: the former tilt-space rule drifts on the same schedule (the named alternative)")
    void tiltSpaceRuleDrifts() {
        Language l0 = Language.ofNames("food", "warm", "light");
        double[] w = new double[8];
        java.util.Arrays.fill(w, 1.0 / 8);
        Mind m = Mind.of(l0, w, Vector.of(Vector.of(MindConcept.grounded("fed", 1, l0, "food"),
                MindConcept.grounded("cozy", 1, l0, "warm | light"))), HashSet.empty());
        Mind r = m.reward(Want.of(l0.var("food"), 0.9)).reflect(ReflectionSettings.tiltSpace(), 1_000);
        assertThat(r.goalProbability(0, l0.var("warm"))).isLessThan(0.45);
    }
}
