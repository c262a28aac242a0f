package org.valuegrowth.induction;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;

/** The market maker on random feature traders over random price histories (eq. 92). */
class MarketMakerProperties {
    static final Language L = Language.ofNames("a", "b");
    static final Vector<Sentence> S = Vector.of(L.var("a"), L.var("b"), Sentence.or(L.var("a"), L.var("b")));
    static final int PAST = 4;

    @Provide
    Arbitrary<StrategyTrader> traders() {
        return InductionArbitraries.traders(S, 2, 2);
    }

    @Provide
    Arbitrary<PriceHistory> histories() {
        return InductionArbitraries.histories(S, PAST);
    }

    @Provide
    Arbitrary<DeductiveProcess> processes() {
        return LawSupport.processes(L, PAST + 1);
    }

    @Provide
    Arbitrary<Integer> sweeps() {
        return Arbitraries.of(0, 40);
    }

    /** The raw trade of {@code t} on day PAST+1 as a function of that day's prices. */
    static DayTrade tradeOf(StrategyTrader t, PriceHistory past) {
        int n = past.days() + 1;
        return new DayTrade() {
            @Override
            public int dimension() {
                return S.size();
            }

            @Override
            public double[] quantities(double[] p) {
                PriceSource src = (s, day) -> day == n ? p[past.indexOf(s)] : past.price(s, day);
                double[] q = new double[S.size()];
                for (int j = 0; j < S.size(); j++) {
                    q[j] = t.trades().get(S.get(j)).get().evaluate(src, n);
                }
                return q;
            }

            @Override
            public Interval[] enclose(Interval[] box) {
                PriceBox src = (s, day) -> day == n ? box[past.indexOf(s)] : Interval.point(past.price(s, day));
                Interval[] q = new Interval[S.size()];
                for (int j = 0; j < S.size(); j++) {
                    q[j] = t.trades().get(S.get(j)).get().enclose(src, n);
                }
                return q;
            }
        };
    }

    @Property(tries = 150, seed = "20261127")
    @Tag("LI-M7")
    @Label("LI-M7 law (eq. 92): a random feature trader is cleared on day n within 2^-n in every plausible world, checked independently")
    void anyFeatureTraderIsClearedWithinTolerance(@ForAll("traders") StrategyTrader t, @ForAll("histories") PriceHistory past,
                                                  @ForAll("processes") DeductiveProcess d, @ForAll("sweeps") int sweeps) {
        int n = PAST + 1;
        DayTrade trade = tradeOf(t, past);
        Vector<Long> patterns = Vector.empty();
        for (long w = 0; w < 4; w++) {
            if (LawSupport.plausible(d, w, n)) {
                long p = 0;
                for (int j = 0; j < S.size(); j++) {
                    p |= (S.get(j).eval(w) ? 1L : 0L) << j;
                }
                if (!patterns.contains(p)) {
                    patterns = patterns.append(p);
                }
            }
        }
        double tol = Math.scalb(1.0, -n);
        Either<String, MarketMaker.Clearing> c = new MarketMaker(sweeps, 200_000).clear(trade, patterns, tol, Pricing.of(0.5, 0.5, 0.5));
        assertThat(c.isRight()).as("not cleared: %s", c.swap().getOrElse("")).isTrue();
        Pricing p = c.get().prices();
        double[] q = trade.quantities(p.toArray());
        Vector<Double> qv = Vector.ofAll(q);
        assertThat(LawSupport.worstTradeValue(d, n, S, qv, p)).isLessThanOrEqualTo(tol);
    }
}
