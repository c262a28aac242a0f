package org.valuegrowth.search.internal;

/**
 * The E5 kernel: output entropies of a market of i.i.d. traders along expected-mode SFT, in closed
 * form. One expected demonstration of a voice v adds c_i = Σ_x v(x)·ln p_i(x) to every trader's
 * log-wealth (spec/growth.md §2), so after k of them w_i(k) ∝ w_i(0)·e^{k·c_i} and
 * q_k = Σ_i s_i(k)·p_i with s(k) the normalised wealth; H(q_k) = −Σ_x q_k(x) ln q_k(x) in nats
 * (0·ln 0 = 0). The ratios e^{c_i − max c} are computed once, so a step costs one multiplication
 * per trader. A trader with p_i(x) = 0 where v(x) &gt; 0 has c_i = −∞ and leaves the market after the
 * first demonstration. Inputs are never mutated.
 */
public final class SftKernel {
    private SftKernel() {
    }

    /**
     * H(q_k) for k = 0..kMax.
     *
     * @param p trader predictions p[i][x], each a probability vector
     * @param weights initial wealth shares s_i(0) ≥ 0 (at least one &gt; 0; need not sum to 1)
     * @param voice the demonstrated voice v
     * @param kMax the number of demonstrations, ≥ 0
     * @param sign +1 for the model's update; −1 plants the sign fault (wealth flows to the traders
     *     that predict the demonstrations worst)
     * @return kMax + 1 entropies in nats
     */
    public static double[] entropies(double[][] p, double[] weights, double[] voice, int kMax, double sign) {
        double[] out = new double[kMax + 1];
        run(p, weights, ratios(p, voice, sign), kMax, out, new double[p.length], new double[voice.length]);
        return out;
    }

    /**
     * The per-demonstration wealth ratios r_i = e^{sign·c_i − max_j sign·c_j} (in [0, 1]); a trader
     * whose sign·c_i is +∞ (only under the fault) gets 1 and every finite one 0.
     */
    public static double[] ratios(double[][] p, double[] voice, double sign) {
        int n = p.length;
        double[] a = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int x = 0; x < voice.length; x++) {
                if (voice[x] > 0) {
                    s += p[i][x] > 0 ? voice[x] * Math.log(p[i][x]) : Double.NEGATIVE_INFINITY;
                }
            }
            a[i] = sign * s;
            max = Math.max(max, a[i]);
        }
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = max == Double.POSITIVE_INFINITY ? (a[i] == max ? 1 : 0) : Math.exp(a[i] - max);
        }
        return r;
    }

    /**
     * Fills {@code out[k] = H(q_k)}, k = 0..kMax, from precomputed {@link #ratios}; {@code w} (length n)
     * and {@code q} (length m) are scratch arrays.
     */
    public static void run(double[][] p, double[] weights, double[] ratios, int kMax, double[] out, double[] w, double[] q) {
        int n = p.length;
        int m = q.length;
        System.arraycopy(weights, 0, w, 0, n);
        for (int k = 0; k <= kMax; k++) {
            if (k > 0) {
                double z = 0;
                for (int i = 0; i < n; i++) {
                    w[i] *= ratios[i];
                    z += w[i];
                }
                if (z < 1e-250) {
                    // keep the weights away from underflow: only their ratios matter
                    for (int i = 0; i < n; i++) {
                        w[i] /= z;
                    }
                }
            }
            double z = 0;
            for (int i = 0; i < n; i++) {
                z += w[i];
            }
            java.util.Arrays.fill(q, 0);
            for (int i = 0; i < n; i++) {
                double s = w[i] / z;
                if (s > 0) {
                    double[] pi = p[i];
                    for (int x = 0; x < m; x++) {
                        q[x] += s * pi[x];
                    }
                }
            }
            out[k] = entropy(q);
        }
    }

    /** −Σ q ln q in nats, 0·ln 0 = 0. */
    public static double entropy(double[] q) {
        double h = 0;
        for (double v : q) {
            if (v > 0) {
                h -= v * Math.log(v);
            }
        }
        return h;
    }
}
