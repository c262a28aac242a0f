package org.valuegrowth.growth;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.numeric.Distributions;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.persona.Persona;
import org.valuegrowth.persona.PersonaSpace;

/**
 * Mode-collapse measurements along SFT (claim E5): a measurement, not a verdict.
 *
 * <p>After k demonstrations of the target persona (SFT, one symbol each) we record: the output
 * entropy H(q_k) of the market's predictive (nats); the wealth outside the target persona
 * 1 − s_target; and the reach of a base persona B, s_B, the probability that a sample from the
 * market's mixture is written by one of B's traders. B's text is unreachable at floor φ once
 * s_B &lt; φ (e.g. φ = 1/S for a budget of S samples).
 */
public final class ModeCollapse {
    private ModeCollapse() {
    }

    /** One measurement. */
    public record Point(int demonstrations, double entropy, double outsideTarget, double baseReach) {
    }

    /** The measurements after 0, 1, …, kMax demonstrations. */
    public static Vector<Point> trajectory(KellyMarket market, Persona target, Persona base, int kMax, Mode mode, long seed) {
        if (kMax < 0) {
            throw new ModelException("kMax must be >= 0: " + kMax);
        }
        Vector<Point> out = Vector.empty();
        GrowthState s = GrowthState.of(market);
        for (int k = 0; k <= kMax; k++) {
            KellyMarket m = s.market();
            out = out.append(new Point(k, Distributions.entropy(m.predictive()),
                    1 - m.clusterShare(target.cluster()), m.clusterShare(base.cluster())));
            // one more demonstration, with a per-demonstration seed so that prefixes are shared
            s = new Sft(target, 1, mode, seed + k).apply(s);
        }
        return out;
    }

    /** The first k at which the base persona's reach falls below φ, if within the trajectory. */
    public static Option<Integer> firstUnreachable(Vector<Point> trajectory, double floor) {
        ModelException.requireProbability("floor", floor);
        return trajectory.find(p -> p.baseReach() < floor).map(Point::demonstrations);
    }

    /**
     * E4's "how small k must be": the first k at which the wealth outside the target is at most δ
     * (the persona is selected to within δ), if within the trajectory.
     */
    public static Option<Integer> demonstrationsToSelect(Vector<Point> trajectory, double delta) {
        ModelException.requireProbability("delta", delta);
        return trajectory.find(p -> p.outsideTarget() <= delta).map(Point::demonstrations);
    }

    /** H(q_kMax) − H(q_0): negative when SFT lowered the output entropy. */
    public static double entropyChange(Vector<Point> trajectory) {
        return trajectory.last().entropy() - trajectory.head().entropy();
    }

    /** Whether the entropy never rose from one demonstration to the next (within tol). */
    public static boolean entropyNonIncreasing(Vector<Point> trajectory, double tol) {
        for (int i = 1; i < trajectory.size(); i++) {
            if (trajectory.get(i).entropy() > trajectory.get(i - 1).entropy() + tol) {
                return false;
            }
        }
        return true;
    }

    /**
     * One row of the E5 survey: SFT toward {@code target} for kMax demonstrations.
     *
     * @param target the demonstrated persona
     * @param entropies H(q_k) for k = 0 … kMax
     * @param entropyNonIncreasing whether H never rose by more than 1e-12 between consecutive k
     * @param firstRise the first k with H(q_k) &gt; H(q_{k−1}) + 1e-12, if any
     * @param unreachableAt for every other persona, the first k at which its reach fell below the floor
     */
    public record SurveyRow(String target, Vector<Double> entropies, boolean entropyNonIncreasing, Option<Integer> firstRise,
                            LinkedHashMap<String, Option<Integer>> unreachableAt) {
    }

    /**
     * The E5 survey: for every persona of the space as SFT target, the entropy trajectory and when
     * each other persona's text becomes unreachable at {@code floor}. It reports what happens; it
     * asserts nothing about which way entropy moves.
     */
    public static Vector<SurveyRow> survey(KellyMarket market, PersonaSpace space, int kMax, double floor, Mode mode, long seed) {
        Vector<SurveyRow> rows = Vector.empty();
        for (Persona target : space.personas()) {
            Persona anyBase = space.personas().find(p -> !p.name().equals(target.name())).getOrElse(target);
            Vector<Point> traj = trajectory(market, target, anyBase, kMax, mode, seed);
            Vector<Double> h = traj.map(Point::entropy);
            Option<Integer> rise = Option.none();
            for (int k = 1; k < h.size() && rise.isEmpty(); k++) {
                if (h.get(k) > h.get(k - 1) + 1e-12) {
                    rise = Option.some(k);
                }
            }
            LinkedHashMap<String, Option<Integer>> unreachable = LinkedHashMap.empty();
            for (Persona base : space.personas()) {
                if (!base.name().equals(target.name())) {
                    unreachable = unreachable.put(base.name(),
                            firstUnreachable(trajectory(market, target, base, kMax, mode, seed), floor));
                }
            }
            rows = rows.append(new SurveyRow(target.name(), h, rise.isEmpty(), rise, unreachable));
        }
        return rows;
    }
}
