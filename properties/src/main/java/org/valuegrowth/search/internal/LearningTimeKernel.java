package org.valuegrowth.search.internal;

/**
 * The E3 kernel: learning times of binary i.i.d. processes by markets of binary i.i.d. traders,
 * in the EXPECTED mode (spec/growth.md §2), in closed form. One expected observation of a coin
 * P(1) = p adds f_i = (1 − p) ln(1 − p_i) + p ln p_i to trader i's log-wealth (0·ln 0 = 0), so after
 * n observations ln w_i(n) = ln w_i(0) + n·f_i; q_n(1) = Σ_i s_i(n) p_i and
 * TV_n = ½(|q_n(0) − (1 − p)| + |q_n(1) − p|). Pretraining on L symbols of an i.i.d. source is the same
 * update with the source's coin. Pure; never mutates its inputs.
 */
public final class LearningTimeKernel {
    private LearningTimeKernel() {
    }

    /** The log-wealth after {@code length} expected symbols of the coin {@code source} (a new array). */
    public static double[] pretrain(double[] logWealth, double[] coins, double source, int length) {
        double[] out = logWealth.clone();
        for (int i = 0; i < out.length; i++) {
            double f = expectedLog(source, coins[i]);
            out[i] = out[i] == Double.NEGATIVE_INFINITY || f == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY
                    : out[i] + length * f;
        }
        return out;
    }

    /**
     * τ_ε of the coin {@code process}: FIRST_HIT = the first n ≤ H with TV_n ≤ ε; STAYS = the first
     * n ≤ H from which TV_m ≤ ε for every m ≤ H; −1 if there is none.
     */
    public static int tau(double[] logWealth, double[] coins, double process, double eps, int horizon, boolean stays) {
        int n = coins.length;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = expectedLog(process, coins[i]);
        }
        int since = -1;
        for (int t = 0; t <= horizon; t++) {
            double max = Double.NEGATIVE_INFINITY;
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = logWealth[i] == Double.NEGATIVE_INFINITY || (t > 0 && f[i] == Double.NEGATIVE_INFINITY)
                        ? Double.NEGATIVE_INFINITY : logWealth[i] + t * f[i];
                max = Math.max(max, a[i]);
            }
            double z = 0;
            for (int i = 0; i < n; i++) {
                z += a[i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(a[i] - max);
            }
            double q0 = 0;
            double q1 = 0;
            for (int i = 0; i < n; i++) {
                if (a[i] != Double.NEGATIVE_INFINITY) {
                    double s = Math.exp(a[i] - max) / z;
                    q0 += s * (1 - coins[i]);
                    q1 += s * coins[i];
                }
            }
            double tv = 0.5 * (Math.abs(q0 - (1 - process)) + Math.abs(q1 - process));
            boolean within = tv <= eps;
            if (within && !stays) {
                return t;
            }
            since = within ? (since < 0 ? t : since) : -1;
        }
        return stays ? since : -1;
    }

    /** Σ_x P(x) ln p(x) for coins P(1) = process, p(1) = coin; 0·ln 0 = 0, −∞ where P(x) &gt; 0 = p(x). */
    static double expectedLog(double process, double coin) {
        return term(1 - process, 1 - coin) + term(process, coin);
    }

    private static double term(double weight, double p) {
        if (weight == 0) {
            return 0;
        }
        return p > 0 ? weight * Math.log(p) : Double.NEGATIVE_INFINITY;
    }
}
