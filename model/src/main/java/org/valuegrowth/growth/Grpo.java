package org.valuegrowth.growth;

import io.vavr.collection.Vector;
import java.util.SplittableRandom;
import org.valuegrowth.growth.internal.GrpoKernel;
import org.valuegrowth.growth.internal.WealthKernel;
import org.valuegrowth.market.History;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.numeric.ModelException;

/**
 * GRPO as a multiplicative wealth transfer between traders (claim E9; C5 with
 * {@link Task#againstRefusal}).
 *
 * <p>SAMPLED round: G rollouts; rollout j picks trader t_j with probability equal to its wealth
 * share and emits x_j ~ p_{t_j}(·|h); rewards r_j = r(x_j); advantages Â by {@code convention}
 * (std and ε pinned there); trader i is credited c_i = Σ_{j : t_j = i} Â_j (the trader that wrote
 * the chain of thought gets its advantage); then ln w_i' ∝ (1−ηβ)·ln w_i + ηβ·ln w_ref,i + η·c_i,
 * renormalised to the same total wealth. Traders no rollout used have c_i = 0. EXPECTED round:
 * c_i = Σ_x p_i(x|h)·(r(x) − μ)/s, μ = Σ_x q(x)r(x), var = Σ_x q(x)(r(x) − μ)², s from var with the
 * convention's ε and placement (population std: an infinite group). With η·β = 1 the expected round
 * is w' ∝ w_ref·exp(c/β), Mroueh's (2025) iterate. The reference w_ref is the wealth before the
 * first of the {@code iterations} rounds; β = 0 disables the KL term. Requires η·β ≤ 1.
 *
 * @param task the verifiable reward
 * @param groupSize G ≥ 1
 * @param eta step size η ≥ 0
 * @param beta KL weight β ≥ 0
 * @param convention the advantage normalisation
 * @param mode sampled or expected
 * @param iterations rounds ≥ 1
 * @param seed the seed of the SAMPLED mode (round k uses the k-th long of a SplittableRandom(seed))
 */
public record Grpo(Task task, int groupSize, double eta, double beta, AdvantageConvention convention, Mode mode,
                   int iterations, long seed) implements MarketStep {
    /** Validates the parts. */
    public Grpo {
        if (task == null || convention == null || mode == null) {
            throw new ModelException("grpo needs a task, a convention and a mode");
        }
        if (groupSize < 1 || iterations < 1) {
            throw new ModelException("need groupSize >= 1 and iterations >= 1: " + groupSize + ", " + iterations);
        }
        ModelException.requireNonNegative("eta", eta);
        ModelException.requireNonNegative("beta", beta);
        if (!(eta * beta <= 1.0)) {
            throw new ModelException("eta*beta must be <= 1: " + eta * beta);
        }
    }

    /**
     * One sampled round's record: the market after it, and per rollout the trader, output,
     * reward and advantage.
     */
    public record Round(KellyMarket after, Vector<Integer> traders, Vector<Integer> outputs, Vector<Double> rewards,
                        Vector<Double> advantages) {
    }

    @Override
    public GrowthState apply(GrowthState state) {
        KellyMarket k = state.market();
        requireAlphabet(k);
        double[] ref = k.logWealth();
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int it = 0; it < iterations; it++) {
            k = mode == Mode.SAMPLED ? sampledRound(k, ref, seeds.nextLong()).after() : expectedRound(k, ref);
        }
        return state.withMarket(k);
    }

    /** One SAMPLED round against the reference log-wealth {@code logRef}. */
    public Round sampledRound(KellyMarket market, double[] logRef, long roundSeed) {
        requireAlphabet(market);
        SplittableRandom rng = new SplittableRandom(roundSeed);
        double[] cum = WealthKernel.cumulative(market.shares());
        History h = market.history();
        double[] r = task.rewards();
        int[] who = new int[groupSize];
        int[] out = new int[groupSize];
        double[] rewards = new double[groupSize];
        for (int j = 0; j < groupSize; j++) {
            who[j] = WealthKernel.drawCumulative(cum, rng.nextDouble());
            out[j] = WealthKernel.draw(market.traders().get(who[j]).predictor().probabilities(h), rng.nextDouble());
            rewards[j] = r[out[j]];
        }
        double[] adv = convention.advantages(rewards);
        double[] credit = new double[market.traders().size()];
        for (int j = 0; j < groupSize; j++) {
            credit[who[j]] += adv[j];
        }
        KellyMarket after = market.withLogWealth(
                GrpoKernel.transferWithReference(market.logWealth(), logRef, credit, eta, beta, market.logTotalWealth()));
        return new Round(after, Vector.ofAll(who), Vector.ofAll(out), Vector.ofAll(rewards), Vector.ofAll(adv));
    }

    /** One EXPECTED round against the reference log-wealth {@code logRef}. */
    public KellyMarket expectedRound(KellyMarket market, double[] logRef) {
        requireAlphabet(market);
        return market.withLogWealth(GrpoKernel.transferWithReference(market.logWealth(), logRef,
                expectedCredit(market), eta, beta, market.logTotalWealth()));
    }

    /**
     * The EXPECTED credit c_i = Σ_x p_i(x|h)·(r(x) − μ)/s of each trader (0 for all when s = 0, in
     * particular exactly 0 when r takes one value on the support of q); the per-symbol advantages
     * come from {@link GrpoKernel#expectedAdvantages}, with its domain and precision.
     */
    public double[] expectedCredit(KellyMarket market) {
        double[] adv = GrpoKernel.expectedAdvantages(market.predictive(), task.rewards(), convention.epsilon(),
                convention.placement() == AdvantageConvention.EpsilonPlacement.INSIDE_ROOT);
        double[] c = new double[market.traders().size()];
        boolean signal = false;
        for (double a : adv) {
            signal |= a != 0;
        }
        if (!signal) {
            return c;
        }
        History h = market.history();
        for (int i = 0; i < c.length; i++) {
            double[] p = market.traders().get(i).predictor().probabilities(h);
            double a = 0;
            for (int x = 0; x < p.length; x++) {
                if (p[x] > 0) {
                    a += p[x] * adv[x];
                }
            }
            c[i] = a;
        }
        return c;
    }

    private void requireAlphabet(KellyMarket market) {
        if (task.reward().size() != market.alphabetSize()) {
            throw new ModelException("task " + task.name() + " rewards " + task.reward().size()
                    + " symbols, market alphabet is " + market.alphabetSize());
        }
    }

    @Override
    public String label() {
        return "grpo(" + task.name() + ", G=" + groupSize + ", eta=" + eta + ", beta=" + beta + ", x" + iterations + ")";
    }
}
