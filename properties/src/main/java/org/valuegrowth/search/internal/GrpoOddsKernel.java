package org.valuegrowth.search.internal;

/**
 * The C5 kernel: expected GRPO rounds (spec/growth.md §5) for a market of two i.i.d. traders over
 * {refuse = 0, comply = 1}, an objector refusing with probability r_o and a complier refusing with
 * probability r_c, a 0/1 reward, the population advantage with ε = 0, and the KL reference at the
 * wealth before the first round. On the log-odds L = ln(w_o/w_c) the round
 * ln w_i' ∝ (1 − ηβ) ln w_i + ηβ ln w_ref,i + η c_i reads L' = (1 − ηβ) L + ηβ L_ref + η (c_o − c_c),
 * with c_i = Σ_x p_i(x)(r(x) − μ)/s, μ = Σ_x q(x) r(x), s = sqrt(Σ_x q(x)(r(x) − μ)²) and no update
 * when s = 0 (no signal). Pure; computes nothing but doubles.
 */
public final class GrpoOddsKernel {
    private GrpoOddsKernel() {
    }

    /**
     * The objector's share after {@code rounds} rounds.
     *
     * @param objectorRefusal r_o in [0, 1]
     * @param complierRefusal r_c in [0, 1]
     * @param initialShare s₀ in (0, 1)
     * @param eta η ≥ 0
     * @param beta β ≥ 0 with ηβ ≤ 1
     * @param rounds T ≥ 0
     * @param refuseReward r(refuse) (0 against refusal, 1 when refusing is rewarded); r(comply) = 1 − it
     * @param sign +1 for the model; −1 plants the advantage-sign fault
     * @return the objector's wealth share in [0, 1]
     */
    public static double finalShare(double objectorRefusal, double complierRefusal, double initialShare, double eta,
                                    double beta, int rounds, double refuseReward, double sign) {
        double ro = objectorRefusal;
        double rc = complierRefusal;
        double r0 = refuseReward;
        double r1 = 1 - refuseReward;
        double lref = Math.log(initialShare) - Math.log1p(-initialShare);
        double l = lref;
        double keep = 1 - eta * beta;
        double pull = eta * beta * lref;
        for (int t = 0; t < rounds; t++) {
            // shares as the model's softmax computes them (max shifted out)
            double e = Math.exp(-Math.abs(l));
            double so = l >= 0 ? 1 / (1 + e) : e / (1 + e);
            double sc = l >= 0 ? e / (1 + e) : 1 / (1 + e);
            double q0 = so * ro + sc * rc;
            double q1 = so * (1 - ro) + sc * (1 - rc);
            double mu = q0 * r0 + q1 * r1;
            double var = q0 * (r0 - mu) * (r0 - mu) + q1 * (r1 - mu) * (r1 - mu);
            double s = Math.sqrt(var);
            double dc = 0;
            if (s > 0) {
                double co = ro * (r0 - mu) + (1 - ro) * (r1 - mu);
                double cc = rc * (r0 - mu) + (1 - rc) * (r1 - mu);
                dc = sign * (co / s - cc / s);
            }
            double next = keep * l + pull + eta * dc;
            if (next == l) {
                break; // a fixed point of the round in floating point: every later round repeats it
            }
            l = next;
        }
        return share(l);
    }

    /** 1/(1 + e^{−l}), stable for large |l|. */
    static double share(double l) {
        return l >= 0 ? 1 / (1 + Math.exp(-l)) : Math.exp(l) / (1 + Math.exp(l));
    }
}
