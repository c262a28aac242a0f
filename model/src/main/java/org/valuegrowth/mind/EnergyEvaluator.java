package org.valuegrowth.mind;

import io.vavr.collection.Vector;
import org.valuegrowth.mind.internal.Kernels;

/**
 * The energy and its gradient for a fixed mind structure, as functions of the goal tilts θ.
 * Package-private: precomputed index maps over the layers' worlds.
 */
final class EnergyEvaluator {
    final int layers;
    final double[][] logW;
    final int[][] worldKey;
    final int[][] lowerKey;
    final int[] keyCount;
    final double[][][] wantFeature;
    final double[][] alpha;
    final double[][] weight;

    EnergyEvaluator(Mind mind) {
        Vector<Layer> ls = mind.layers();
        layers = ls.size();
        logW = new double[layers][];
        worldKey = new int[layers][];
        lowerKey = new int[layers][];
        keyCount = new int[layers];
        wantFeature = new double[layers][][];
        alpha = new double[layers][];
        weight = new double[layers][];
        for (int l = 0; l < layers; l++) {
            Layer layer = ls.get(l);
            double[] raw = Kernels.array(layer.logWorld());
            double z = Kernels.logSumExp(raw);
            logW[l] = new double[raw.length];
            for (int x = 0; x < raw.length; x++) {
                logW[l][x] = raw[x] - z;
            }
            int[] g = layer.groundedIndices();
            keyCount[l] = 1 << g.length;
            worldKey[l] = Mind.worldKeys(layer.worldCount(), g);
            if (l > 0) {
                lowerKey[l] = Mind.lowerKeys(layer, ls.get(l - 1).worldCount());
            }
            Vector<Want> wants = layer.wants();
            wantFeature[l] = new double[wants.size()][];
            alpha[l] = new double[wants.size()];
            weight[l] = new double[wants.size()];
            for (int c = 0; c < wants.size(); c++) {
                wantFeature[l][c] = Mind.indicator(wants.get(c).sentence(), layer.worldCount());
                alpha[l][c] = wants.get(c).target();
                weight[l][c] = wants.get(c).weight();
            }
        }
    }

    double[] goal(int l, double[] theta) {
        return Kernels.normaliseLog(Kernels.add(logW[l], theta));
    }

    double[][] goals(double[][] theta) {
        double[][] g = new double[layers][];
        for (int l = 0; l < layers; l++) {
            g[l] = goal(l, theta[l]);
        }
        return g;
    }

    double[] marginal(int l, double[] dist) {
        double[] m = new double[keyCount[l]];
        for (int x = 0; x < dist.length; x++) {
            m[worldKey[l][x]] += dist[x];
        }
        return m;
    }

    double[] push(int l, double[] lower) {
        double[] t = new double[keyCount[l]];
        for (int y = 0; y < lower.length; y++) {
            t[lowerKey[l][y]] += lower[y];
        }
        return t;
    }

    double within(int l, double[] g) {
        double e = 0.0;
        for (int c = 0; c < alpha[l].length; c++) {
            double d = Kernels.mean(g, wantFeature[l][c]) - alpha[l][c];
            e += weight[l][c] * d * d;
        }
        return e;
    }

    double across(int l, double[][] g) {
        if (l == 0) {
            return 0.0;
        }
        double[] m = marginal(l, g[l]);
        double[] t = push(l, g[l - 1]);
        double e = 0.0;
        for (int k = 0; k < m.length; k++) {
            e += (m[k] - t[k]) * (m[k] - t[k]);
        }
        return e;
    }

    Energy energy(double[][] theta) {
        double[][] g = goals(theta);
        Vector<Double> w = Vector.empty();
        Vector<Double> a = Vector.empty();
        for (int l = 0; l < layers; l++) {
            w = w.append(within(l, g[l]));
            a = a.append(across(l, g));
        }
        return new Energy(w, a);
    }

    double total(double[][] theta) {
        double[][] g = goals(theta);
        double e = 0.0;
        for (int l = 0; l < layers; l++) {
            e += within(l, g[l]) + across(l, g);
        }
        return e;
    }

    /** ∂E/∂θ_l(x) = G(x)·(D(x) − Σ_y G(y) D(y)) with D = ∂E/∂G_l. */
    double[] gradient(int l, double[][] theta) {
        double[][] g = goals(theta);
        int n = g[l].length;
        double[] d = new double[n];
        for (int c = 0; c < alpha[l].length; c++) {
            double r = 2 * weight[l][c] * (Kernels.mean(g[l], wantFeature[l][c]) - alpha[l][c]);
            for (int x = 0; x < n; x++) {
                d[x] += r * wantFeature[l][c][x];
            }
        }
        if (l > 0) {
            double[] m = marginal(l, g[l]);
            double[] t = push(l, g[l - 1]);
            for (int x = 0; x < n; x++) {
                int k = worldKey[l][x];
                d[x] += 2 * (m[k] - t[k]);
            }
        }
        if (l + 1 < layers) {
            double[] m = marginal(l + 1, g[l + 1]);
            double[] t = push(l + 1, g[l]);
            for (int x = 0; x < n; x++) {
                int k = lowerKey[l + 1][x];
                d[x] -= 2 * (m[k] - t[k]);
            }
        }
        double mean = Kernels.mean(g[l], d);
        double[] grad = new double[n];
        for (int x = 0; x < n; x++) {
            grad[x] = g[l][x] * (d[x] - mean);
        }
        return grad;
    }

    /**
     * The residuals that depend on θ_l and their Jacobian rows: √w_c(P_c − α_c) for the layer's wants,
     * m_l − t_l (if l ≥ 1) and m_{l+1} − t_{l+1} (if l+1 exists). Returns {residuals, J} where J has
     * one row per residual and one column per world of layer l.
     */
    double[][][] residuals(int l, double[][] theta) {
        double[][] g = goals(theta);
        int n = g[l].length;
        java.util.List<double[]> rows = new java.util.ArrayList<>();
        java.util.List<Double> res = new java.util.ArrayList<>();
        for (int c = 0; c < alpha[l].length; c++) {
            double sw = Math.sqrt(weight[l][c]);
            double p = Kernels.mean(g[l], wantFeature[l][c]);
            double[] row = new double[n];
            for (int x = 0; x < n; x++) {
                row[x] = sw * g[l][x] * (wantFeature[l][c][x] - p);
            }
            rows.add(row);
            res.add(sw * (p - alpha[l][c]));
        }
        if (l > 0) {
            double[] m = marginal(l, g[l]);
            double[] t = push(l, g[l - 1]);
            for (int k = 0; k < m.length; k++) {
                double[] row = new double[n];
                for (int x = 0; x < n; x++) {
                    row[x] = g[l][x] * ((worldKey[l][x] == k ? 1 : 0) - m[k]);
                }
                rows.add(row);
                res.add(m[k] - t[k]);
            }
        }
        if (l + 1 < layers) {
            double[] m = marginal(l + 1, g[l + 1]);
            double[] t = push(l + 1, g[l]);
            for (int k = 0; k < m.length; k++) {
                double[] row = new double[n];
                for (int x = 0; x < n; x++) {
                    row[x] = -g[l][x] * ((lowerKey[l + 1][x] == k ? 1 : 0) - t[k]);
                }
                rows.add(row);
                res.add(m[k] - t[k]);
            }
        }
        double[][] r = {res.stream().mapToDouble(Double::doubleValue).toArray()};
        return new double[][][] {r, rows.toArray(new double[0][])};
    }
}
