package org.valuegrowth.schedule;

import io.vavr.collection.LinkedHashMap;
import org.valuegrowth.numeric.ModelException;

/**
 * Divergence between the two grown agents on a stated evaluation domain ({@code spec/schedule.md} §6).
 * Every measure is 0 for identical read-outs; probabilities in, natural-log units (nats) where a
 * logarithm appears.
 *
 * @param newConceptGap max over new concepts c of |P_G(c) − P_G′(c)| (probability), the figure of E15
 * @param trainedConceptGap the same over trained concepts
 * @param totalVariation ½ Σ_x |G(x) − G′(x)| over the sensory worlds
 * @param kl KL(G_human ‖ G_llm) in nats over the sensory worlds; +∞ when the LLM rules out a world the human wants
 * @param hellinger H(G, G′) = sqrt(1 − Σ_x sqrt(G(x)G′(x))), in [0,1]
 * @param kendallTau τ-b between the agents' preference orders over the sensory worlds, in [−1, 1] (1 = same order)
 */
public record Divergence(double newConceptGap, double trainedConceptGap, double totalVariation, double kl,
                         double hellinger, double kendallTau) {

    /** The divergences between the two read-outs. Preferences rank worlds by the utility log G(x) − log W(x). */
    public static Divergence between(Readout.Both r) {
        double[] gl = r.llm().goalArray();
        double[] gh = r.human().goalArray();
        return new Divergence(maxGap(r.llm().newConcepts(), r.human().newConcepts()),
                maxGap(r.llm().trained(), r.human().trained()), totalVariation(gh, gl), kl(gh, gl), hellinger(gh, gl),
                kendallTau(utility(r.llm()), utility(r.human())));
    }

    /** max over the common keys of |a(k) − b(k)|; 0 over no keys. */
    public static double maxGap(LinkedHashMap<String, Double> a, LinkedHashMap<String, Double> b) {
        double m = 0;
        for (var e : a) {
            double other = b.get(e._1).getOrElseThrow(() -> new ModelException("no read-out for " + e._1));
            m = Math.max(m, Math.abs(e._2 - other));
        }
        return m;
    }

    /** ½ Σ |p − q|. */
    public static double totalVariation(double[] p, double[] q) {
        requireSameLength(p, q);
        double s = 0;
        for (int x = 0; x < p.length; x++) {
            s += Math.abs(p[x] - q[x]);
        }
        return 0.5 * s;
    }

    /** KL(p‖q) = Σ p ln(p/q), 0·ln 0 = 0, +∞ if p(x) &gt; 0 = q(x). */
    public static double kl(double[] p, double[] q) {
        requireSameLength(p, q);
        double s = 0;
        for (int x = 0; x < p.length; x++) {
            if (p[x] > 0) {
                if (!(q[x] > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                s += p[x] * Math.log(p[x] / q[x]);
            }
        }
        return Math.max(0.0, s);
    }

    /** sqrt(1 − Σ sqrt(p q)), clamped to [0, 1]. */
    public static double hellinger(double[] p, double[] q) {
        requireSameLength(p, q);
        double bc = 0;
        for (int x = 0; x < p.length; x++) {
            bc += Math.sqrt(p[x] * q[x]);
        }
        return Math.sqrt(Math.max(0.0, 1 - Math.min(1.0, bc)));
    }

    /**
     * Kendall's τ-b between two score vectors over the same options: (C − D)/sqrt((n₀ − n₁)(n₀ − n₂)) with
     * n₀ = n(n−1)/2 and n₁, n₂ the tied pairs of each (Kendall 1945). Options with a score of −∞ in both
     * are tied; τ = 1 when neither vector orders any pair (nothing to disagree on).
     */
    public static double kendallTau(double[] a, double[] b) {
        requireSameLength(a, b);
        long concordant = 0;
        long discordant = 0;
        long tiesA = 0;
        long tiesB = 0;
        int n = a.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int sa = Double.compare(a[i], a[j]);
                int sb = Double.compare(b[i], b[j]);
                if (sa == 0) {
                    tiesA++;
                }
                if (sb == 0) {
                    tiesB++;
                }
                if (sa != 0 && sb != 0) {
                    if (sa == sb) {
                        concordant++;
                    } else {
                        discordant++;
                    }
                }
            }
        }
        long n0 = (long) n * (n - 1) / 2;
        double den = Math.sqrt((double) (n0 - tiesA) * (n0 - tiesB));
        if (den == 0) {
            return 1.0;
        }
        return (concordant - discordant) / den;
    }

    /** The utility log G(x) − log W(x) of each sensory world (−∞ where G is 0; 0 where W is 0). */
    public static double[] utility(Readout r) {
        double[] g = r.goalArray();
        double[] w = r.worldArray();
        double[] u = new double[g.length];
        for (int x = 0; x < g.length; x++) {
            u[x] = w[x] > 0 ? (g[x] > 0 ? Math.log(g[x]) - Math.log(w[x]) : Double.NEGATIVE_INFINITY) : 0.0;
        }
        return u;
    }

    private static void requireSameLength(double[] p, double[] q) {
        if (p.length != q.length) {
            throw new ModelException("distributions over " + p.length + " and " + q.length + " worlds");
        }
    }
}
