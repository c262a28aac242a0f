package org.valuegrowth.induction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.Vector;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Tag;
import org.valuegrowth.induction.MarketMaker.Clearing;

/** Regression vectors for the market maker (monasticacademy/logical-induction tests, references §1.3). */
class MarketMakerTest {

    /** A trade given by plain Java functions of today's prices (enclosure by corner-free bounds). */
    private static DayTrade linear(double[] c, double[][] a) {
        return new DayTrade() {
            @Override
            public int dimension() {
                return c.length;
            }

            @Override
            public double[] quantities(double[] p) {
                double[] q = new double[c.length];
                for (int i = 0; i < c.length; i++) {
                    q[i] = c[i];
                    for (int j = 0; j < c.length; j++) {
                        q[i] += a[i][j] * p[j];
                    }
                }
                return q;
            }

            @Override
            public Interval[] enclose(Interval[] box) {
                Interval[] out = new Interval[c.length];
                for (int i = 0; i < c.length; i++) {
                    Interval v = Interval.point(c[i]);
                    for (int j = 0; j < c.length; j++) {
                        v = v.plus(Interval.point(a[i][j]).times(box[j]));
                    }
                    out[i] = v;
                }
                return out;
            }
        };
    }

    private static Vector<Long> allPatterns(int m) {
        return Vector.range(0L, 1L << m);
    }

    @Example
    @Tag("LI-MM")
    @Label("LI-MM regression: trade 1 - 3P clears at 1/3")
    void tradeOneMinusThreePriceClearsAtOneThird() {
        DayTrade t = linear(new double[] {1}, new double[][] {{-3}});
        double tol = Math.scalb(1.0, -20);
        Clearing c = new MarketMaker(40, 1000).clear(t, allPatterns(1), tol, Pricing.of(0.5)).get();
        assertThat(c.prices().get(0)).isCloseTo(1.0 / 3.0, within(tol));
        double q = 1 - 3 * c.prices().get(0);
        double p = c.prices().get(0);
        assertThat(Math.max(q * (1 - p), q * (0 - p))).isLessThanOrEqualTo(tol);
    }

    @Example
    @Tag("LI-MM")
    @Label("LI-MM regression: max(P1,P2) and 1-P1-P2 clear at P1=1, P2=0")
    void maxAndComplementClearAtOneAndZero() {
        DayTrade t = new DayTrade() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double[] quantities(double[] p) {
                return new double[] {Math.max(p[0], p[1]), 1 - p[0] - p[1]};
            }

            @Override
            public Interval[] enclose(Interval[] b) {
                return new Interval[] {b[0].max(b[1]),
                    Interval.point(1).plus(b[0].times(Interval.point(-1))).plus(b[1].times(Interval.point(-1)))};
            }
        };
        Clearing c = new MarketMaker(40, 1000).clear(t, allPatterns(2), Math.scalb(1.0, -10), Pricing.of(0.5, 0.5)).get();
        assertThat(c.prices().get(0)).isEqualTo(1.0);
        assertThat(c.prices().get(1)).isEqualTo(0.0);
    }

    @Example
    @Tag("LI-MM")
    @Label("LI-MM: a rotating trade that defeats Gauss-Seidel is cleared by branch and bound near (1/3, 1/3)")
    void rotationIsClearedByBranchAndBound() {
        // T1 = P2 - 1/3, T2 = 1/3 - P1: Gauss-Seidel cycles through the corners; the fixed point is (1/3, 1/3).
        DayTrade t = linear(new double[] {-1.0 / 3, 1.0 / 3}, new double[][] {{0, 1}, {-1, 0}});
        double tol = Math.scalb(1.0, -12);
        Clearing c = new MarketMaker(40, 100_000).clear(t, allPatterns(2), tol, Pricing.of(0.9, 0.1)).get();
        assertThat(c.method()).isEqualTo("branch-and-bound");
        assertThat(c.prices().get(0)).isCloseTo(1.0 / 3, within(0.01));
        assertThat(c.prices().get(1)).isCloseTo(1.0 / 3, within(0.01));
        assertThat(c.worstValue()).isLessThanOrEqualTo(tol);
    }

    @Example
    @Tag("LI-MM")
    @Label("LI-MM: with no budget the market maker reports failure instead of unverified prices")
    void exhaustedBudgetIsReportedNotHidden() {
        DayTrade t = linear(new double[] {-1.0 / 3, 1.0 / 3}, new double[][] {{0, 1}, {-1, 0}});
        assertThat(new MarketMaker(2, 3).clear(t, allPatterns(2), Math.scalb(1.0, -12), Pricing.of(0.9, 0.1)).getLeft())
                .contains("budget exhausted");
    }
}
