package org.valuegrowth.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumeration of the wealth grid used by the growth searches: every composition of d into n
 * non-negative parts (a_1 + … + a_n = d), i.e. every wealth vector a/d on the simplex with
 * resolution 1/d. There are C(d+n−1, n−1) of them; the order is lexicographic with a_1 largest
 * first, so that concentrated vectors come first.
 */
public final class GrowthCompositions {
    private GrowthCompositions() {
    }

    /** All compositions of d into n parts, each a new array. */
    public static List<int[]> all(int n, int d) {
        List<int[]> out = new ArrayList<>();
        fill(new int[n], 0, d, out);
        return out;
    }

    /** C(d+n−1, n−1), the number of compositions, as a double (it can be large). */
    public static double count(int n, int d) {
        double c = 1;
        for (int i = 1; i <= n - 1; i++) {
            c = c * (d + i) / i;
        }
        return c;
    }

    private static void fill(int[] a, int i, int left, List<int[]> out) {
        if (i == a.length - 1) {
            a[i] = left;
            out.add(a.clone());
            return;
        }
        for (int v = left; v >= 0; v--) {
            a[i] = v;
            fill(a, i + 1, left - v, out);
        }
    }
}
