package org.valuegrowth.induction;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.apache.commons.math3.fraction.BigFraction;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;

/**
 * Laws of the market options that reproduce the paper's construction (Garrabrant et al. 2016, §5):
 * the full budget sum against an exact recomputation, the all-worlds market maker, the fixed-point
 * price rule and the finite-time ceiling of every firm member.
 */
class LiaPaperProperties {
    static final Language L = Language.ofNames("a", "b");
    static final Sentence A = L.var("a");
    static final Sentence B = L.var("b");
    static final Vector<Sentence> S = Vector.of(A, B, Sentence.or(A, B));
    static final int DAYS = 5;

    @Provide
    Arbitrary<Vector<StrategyTrader>> firms() {
        return Arbitraries.oneOf(InductionArbitraries.traders(S.take(2), 2, 1), InductionArbitraries.phasedTraders(S.take(2), 2, 1, DAYS))
                .list().ofMinSize(1).ofMaxSize(3).map(ts -> {
            Vector<StrategyTrader> v = Vector.empty();
            for (int i = 0; i < ts.size(); i++) {
                v = v.append(ts.get(i).withIndex(i + 1));
            }
            return v;
        });
    }

    @Provide
    Arbitrary<DeductiveProcess> processes() {
        return LawSupport.processes(L, DAYS);
    }

    @Provide
    Arbitrary<MarketMaker> makers() {
        return Arbitraries.of(MarketMaker.Worlds.values()).flatMap(w -> Arbitraries.of(MarketMaker.Prices.values())
                .map(p -> MarketMaker.standard().with(w).with(p)));
    }

    @Provide
    Arbitrary<TradingFirm.Prior> priors() {
        return Arbitraries.of(TradingFirm.Prior.values());
    }

    private static LiaMarket run(DeductiveProcess d, TradingFirm firm, MarketMaker maker) {
        Either<String, LiaMarket> m = LiaMarket.start(d, firm, S, maker).run(DAYS);
        assertThat(m.isRight()).as("market failed: %s", m.swap().getOrElse("")).isTrue();
        return m.get();
    }

    @Property(tries = 400, seed = "20261201")
    @Tag("LI-M8")
    @Label("LI-M8 law: with the full budget sum the firm's trade equals the paper's sum over b >= 1 of 2^-(k+b) Budgeter^b, recomputed with exact fractions")
    void fullBudgetSumIsThePapersSum(@ForAll("firms") Vector<StrategyTrader> ts, @ForAll("processes") DeductiveProcess d,
                                     @ForAll("makers") MarketMaker maker, @ForAll("priors") TradingFirm.Prior prior) {
        TradingFirm firm = new TradingFirm(ts, TradingFirm.fullSum(), prior);
        LiaMarket m = run(d, firm, maker);
        List<BigFraction[]> exact = ExactLia.firmTrades(firm, d, m.history(), DAYS);
        for (int n = 1; n <= DAYS; n++) {
            for (int j = 0; j < S.size(); j++) {
                double ours = m.firmTrades().get(n - 1).get(j);
                double paper = exact.get(n - 1)[j].doubleValue();
                assertThat(ours).as("day %d sentence %s", n, S.get(j)).isCloseTo(paper,
                        org.assertj.core.api.Assertions.within(1e-9 * (1 + Math.abs(paper))));
            }
        }
    }

    @Property(tries = 200, seed = "20261201")
    @Tag("LI-M9")
    @Label("LI-M9 law: with worlds: all each day's firm trade is worth <= 2^-n in every truth assignment of the tracked sentences")
    void allWorldsMarketGuardsEveryAssignment(@ForAll("firms") Vector<StrategyTrader> ts, @ForAll("processes") DeductiveProcess d,
                                              @ForAll("priors") TradingFirm.Prior prior) {
        for (TradingFirm.Budgets budgets : List.of(TradingFirm.fullSum(), new TradingFirm.Finite(Vector.range(1, 5)))) {
            LiaMarket m = run(d, new TradingFirm(ts, budgets, prior), MarketMaker.standard().with(MarketMaker.Worlds.ALL));
            PriceHistory h = m.history();
            int dim = h.sentences().size();
            for (int n = 1; n <= DAYS; n++) {
                BigFraction[] q = new BigFraction[dim];
                for (int j = 0; j < dim; j++) {
                    q[j] = ExactLia.exact(m.firmTrades().get(n - 1).get(j));
                }
                BigFraction[] p = ExactLia.prices(h, n);
                BigFraction tol = ExactLia.exact(Math.scalb(1.0, -n)).add(ExactLia.exact(1e-12));
                // Every assignment, enumerated (not the separable formula the market maker uses).
                for (long w = 0; w < (1L << dim); w++) {
                    boolean[] world = new boolean[dim];
                    for (int j = 0; j < dim; j++) {
                        world[j] = ((w >>> j) & 1) == 1;
                    }
                    assertThat(ExactLia.value(q, p, world).compareTo(tol)).as("day %d assignment %d", n, w).isLessThanOrEqualTo(0);
                }
            }
        }
    }

    @Property(tries = 100, seed = "20261201")
    @Tag("LI-M10")
    @Label("LI-M10 law: with prices: fixed-point each day's prices are within eta = 2^-30 of a fixed point of clip(V + T(V)), T recomputed exactly")
    void fixedPointPricesAreNearAFixedPoint(@ForAll("firms") Vector<StrategyTrader> ts, @ForAll("processes") DeductiveProcess d,
                                            @ForAll("priors") TradingFirm.Prior prior) {
        TradingFirm firm = new TradingFirm(ts, TradingFirm.fullSum(), prior);
        LiaMarket m = run(d, firm, MarketMaker.standard().with(MarketMaker.Prices.FIXED_POINT));
        List<BigFraction[]> exact = ExactLia.firmTrades(firm, d, m.history(), DAYS);
        for (int n = 1; n <= DAYS; n++) {
            for (int j = 0; j < S.size(); j++) {
                double p = m.history().price(j, n);
                double t = exact.get(n - 1)[j].doubleValue();
                double moved = Math.max(0, Math.min(1, p + t));
                assertThat(Math.abs(moved - p)).as("day %d sentence %s", n, S.get(j))
                        .isLessThanOrEqualTo(MarketMaker.FIXED_POINT_RESIDUAL + 1e-12);
            }
        }
    }

    @Property(tries = 200, seed = "20261201")
    @Tag("LI-M11")
    @Label("LI-M11 law (LIC, finite time): every budgeted member's plausible value by day n stays <= (1 - 2^-n + others' stake) / 2^-(k+b)")
    void everyMemberStaysBelowItsFiniteTimeCeiling(@ForAll("firms") Vector<StrategyTrader> ts, @ForAll("processes") DeductiveProcess d,
                                                   @ForAll("makers") MarketMaker maker, @ForAll("priors") TradingFirm.Prior prior,
                                                   @ForAll boolean full) {
        TradingFirm firm = new TradingFirm(ts, full ? TradingFirm.fullSum() : new TradingFirm.Finite(Vector.of(1, 2, 4)), prior);
        LiaMarket m = run(d, firm, maker);
        Vector<Integer> budgets = full ? Vector.rangeClosed(1, 8) : firm.budgetList();
        for (int i = 0; i < ts.size(); i++) {
            for (int b : budgets) {
                StrategyTrader member = firm.member(i);
                Budgeter.Run r = Budgeter.run(member, b, m.history(), d, DAYS);
                Vector<Sentence> traded = member.traded().toVector();
                double[] shares = new double[traded.size()];
                double cash = 0;
                for (int n = 1; n <= DAYS; n++) {
                    for (int j = 0; j < traded.size(); j++) {
                        double x = r.trades().get(n - 1).get(j);
                        shares[j] += x;
                        cash += x * m.history().price(traded.get(j), n);
                    }
                    double best = Double.NEGATIVE_INFINITY;
                    for (long w = 0; w < 4; w++) {
                        if (!LawSupport.plausible(d, w, n)) {
                            continue;
                        }
                        double v = -cash;
                        for (int j = 0; j < traded.size(); j++) {
                            v += traded.get(j).eval(w) ? shares[j] : 0;
                        }
                        best = Math.max(best, v);
                    }
                    FirmCeiling c = FirmCeiling.of(firm, i, b, n);
                    assertThat(c.ceiling()).isCloseTo(ceilingByHand(firm, i, b, n), org.assertj.core.api.Assertions.within(1e-9 * c.ceiling()));
                    assertThat(best).as("member %d budget %d day %d: %s", i, b, n, c.describe())
                            .isLessThanOrEqualTo(c.ceiling() + 1e-9);
                }
            }
        }
    }

    /** G_{k,b}(n) summed term by term (the full sum up to b' = 200, where the rest is below 2^-190). */
    static double ceilingByHand(TradingFirm firm, int i, int b, int n) {
        double others = 0;
        for (int t = 0; t < firm.traders().size(); t++) {
            StrategyTrader tr = firm.traders().get(t);
            if (firm.startDay(tr) > Math.min(n, tr.endDay())) {
                continue; // never traded by day n: its holdings are 0, not -b'
            }
            Vector<Integer> bs = firm.budgets() instanceof TradingFirm.Finite ? firm.budgetList() : Vector.rangeClosed(1, 200);
            for (int bb : bs) {
                if (!(t == i && bb == b)) {
                    others += Math.pow(2, -(firm.exponent(tr) + bb)) * bb;
                }
            }
        }
        StrategyTrader self = firm.traders().get(i);
        double w = Math.pow(2, -(firm.exponent(self) + b));
        return (1 - Math.pow(2, -n) + others) / w;
    }
}
