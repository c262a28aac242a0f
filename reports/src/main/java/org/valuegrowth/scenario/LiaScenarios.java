package org.valuegrowth.scenario;

import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.induction.ExploitationCheck;
import org.valuegrowth.induction.Feature;
import org.valuegrowth.induction.FeatureParser;
import org.valuegrowth.induction.LiaMarket;
import org.valuegrowth.induction.MarketMaker;
import org.valuegrowth.induction.PriceHistory;
import org.valuegrowth.induction.StrategyTrader;
import org.valuegrowth.induction.TradingFirm;
import org.valuegrowth.logic.DeductiveProcess;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.report.Fmt;
import org.valuegrowth.search.Engine;
import org.valuegrowth.search.ExploitationSearch;
import org.valuegrowth.search.Limits;
import org.valuegrowth.search.PlantedMarkets;
import org.valuegrowth.search.TraderSpace;

/**
 * {@code kind: lia}: the logical-induction market (Garrabrant et al. 2016, §5) over a deductive
 * process, with strategy traders written as features, and an optional exploitation search.
 * Format in {@code spec/scenario.md}.
 */
final class LiaScenarios implements ScenarioKind {
    private static final String[] OPERATORS = {"sum", "product", "min", "max", "reciprocal"};

    @Override
    public String kind() {
        return "lia";
    }

    @Override
    public String[] topLevelKeys() {
        return new String[] {"kind", "name", "atoms", "track", "deductions", "prior", "budgets", "traders", "days", "market", "check"};
    }

    /** A parsed LIA scenario. */
    record Lia(String name, DeductiveProcess process, Vector<Sentence> track, TradingFirm firm, int days,
               Option<Double> constantPrice, Option<CheckSpec> checkSpec, PriceHistory prices) implements Scenario {

        @Override
        public Simulation simulate() {
            Vector<ExploitationCheck.Assessment> assessed = firm.traders().map(t ->
                    ExploitationCheck.check(prices, process, t, 1.0, Double.MAX_VALUE, days));
            Vector<String> cols = Vector.of("day").appendAll(track.map(s -> "P(" + s + ")"))
                    .appendAll(firm.traders().map(t -> "value(" + t.name() + ") min..max"));
            Vector<Vector<String>> rows = Vector.empty();
            Vector<Object> dayList = Vector.empty();
            for (int d = 1; d <= days; d++) {
                final int day = d;
                Vector<String> row = Vector.of(Integer.toString(d));
                LinkedHashMap<String, Object> priceMap = LinkedHashMap.empty();
                for (Sentence s : track) {
                    double p = prices.price(s, d);
                    row = row.append(Fmt.num(p));
                    priceMap = priceMap.put(s.toString(), p);
                }
                LinkedHashMap<String, Object> traderMap = LinkedHashMap.empty();
                for (int i = 0; i < assessed.size(); i++) {
                    ExploitationCheck.DayRange r = assessed.get(i).days().get(day - 1);
                    row = row.append(Fmt.num(r.min()) + ".." + Fmt.num(r.max()));
                    traderMap = traderMap.put(firm.traders().get(i).name(), LinkedHashMap.<String, Object>of(
                            "trade", r.trade(), "valueMin", r.min(), "valueMax", r.max()));
                }
                rows = rows.append(row);
                dayList = dayList.append(LinkedHashMap.<String, Object>of("day", day, "established",
                        process.established(day).map(Sentence::toString), "prices", priceMap, "traders", traderMap));
            }
            Object json = LinkedHashMap.<String, Object>empty().put("scenario", name).put("kind", "lia")
                    .put("market", constantPrice.isDefined() ? "constant " + constantPrice.get() : "lia")
                    .put("prior", firm.prior().name().toLowerCase(java.util.Locale.ROOT))
                    .put("days", dayList);
            return new Simulation(cols, rows, json);
        }

        @Override
        public Option<ClaimCheck> check() {
            return checkSpec.map(spec -> new ClaimCheck() {
                @Override
                public ClaimInfo info() {
                    return new ClaimInfo("scenario:" + name, "Exploitation search on scenario " + name, "18-19",
                            "traders [...] bet on logical sentences which may be proven correct, or incorrect by an external arbitrator",
                            "no trader of the stated space has plausible value > -" + Fmt.num(spec.space().lossBound())
                                    + " on every day <= " + spec.space().horizon() + " and >= " + Fmt.num(spec.space().gainTarget())
                                    + " on some day, against this scenario's market",
                            ClaimInfo.Role.MODEL_CHECK, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, false);
                }

                @Override
                public Verdict run(Budget budget, long seed) {
                    Limits limits = new Limits(budget.maxNodes(), budget.maxNodes(), budget.timeLimitMillis().getOrElse(0L));
                    return ExploitationSearch.run(prices, process, spec.space(), limits, spec.engine(), seed);
                }
            });
        }
    }

    /** The {@code check} section: the space and the engine. */
    record CheckSpec(TraderSpace space, Engine engine) {
    }

    @Override
    public Option<Scenario> read(Fields root) {
        Problems p = root.problems();
        Option<String> name = root.string("name");
        Option<Language> lang = MarketSection.atoms(root);
        if (lang.isEmpty()) {
            root.integer("days", 1, 365); // report its problems too; sentences need the atoms
            return Option.none();
        }
        Language l = lang.get();
        Vector<Sentence> track = MarketSection.sentences(p, root, "track", l);
        Option<Long> days = root.integer("days", 1, 365);
        Option<DeductiveProcess> process = deductions(root, l, days.getOrElse(1L).intValue());
        Option<TradingFirm.Prior> prior = root.string("prior", "index").flatMap(s -> {
            if (s.equals("index")) {
                return Option.some(TradingFirm.Prior.INDEX);
            }
            if (s.equals("complexity")) {
                return Option.some(TradingFirm.Prior.COMPLEXITY);
            }
            p.add(root.get("prior").get().line(), "prior", "unknown prior '" + s + "'; one of: index (2^-(k+b)), complexity (2^-(c+b))");
            return Option.none();
        });
        Vector<Integer> budgets = Vector.empty();
        if (root.has("budgets")) {
            for (Tuple2<YNode, Integer> t : root.list("budgets").getOrElse(Vector.empty()).zipWithIndex()) {
                Option<Long> b = Values.integer(p, "budgets[" + t._2 + "]", t._1, 1, 64);
                budgets = b.isDefined() ? budgets.append(b.get().intValue()) : budgets;
            }
        } else {
            budgets = Vector.range(1, 5);
        }
        Vector<StrategyTrader> traders = traders(root, l);
        Option<Double> constant = Option.none();
        if (root.has("market")) {
            constant = Fields.of(p, "market", root.get("market").get(), "constant").flatMap(f -> f.probability("constant"));
        }
        Option<CheckSpec> check = root.get("check").flatMap(n -> checkSpec(p, n, l));
        if (!p.isEmpty() || name.isEmpty() || days.isEmpty() || process.isEmpty() || prior.isEmpty()) {
            return Option.none();
        }
        if (track.isEmpty()) {
            p.add(root.line(), "track", "list at least one sentence to price");
            return Option.none();
        }
        if (check.isDefined() && check.get().space().horizon() > days.get()) {
            p.add(root.get("check").get().line(), "check.horizon", "horizon " + check.get().space().horizon()
                    + " exceeds the " + days.get() + " simulated days");
            return Option.none();
        }
        final Vector<Integer> bs = budgets;
        final Option<Double> constantPrice = constant;
        Option<TradingFirm> firm = Models.build(p, root.line(), "traders", () -> new TradingFirm(traders, bs, prior.get()));
        if (firm.isEmpty()) {
            return Option.none();
        }
        // run the market now, so that a day the market maker cannot clear is reported as a problem
        Either<String, PriceHistory> prices = constantPrice.isDefined()
                ? Either.right(PlantedMarkets.constant(track, constantPrice.get(), days.get().intValue()))
                : LiaMarket.start(process.get(), firm.get(), track, MarketMaker.standard()).run(days.get().intValue())
                        .map(LiaMarket::history);
        if (prices.isLeft()) {
            p.add(root.get("days").get().line(), "days", "the market maker could not clear every day within its budget: "
                    + prices.getLeft());
            return Option.none();
        }
        return Option.some(new Lia(name.get(), process.get(), track, firm.get(), days.get().intValue(), constantPrice, check,
                prices.get()));
    }

    private static Option<DeductiveProcess> deductions(Fields root, Language l, int days) {
        Problems p = root.problems();
        Vector<Vector<Sentence>> perDay = Vector.fill(days, Vector.<Sentence>empty());
        int lastLine = root.line();
        boolean ok = true;
        for (Tuple2<YNode, Integer> t : root.listOrEmpty("deductions").getOrElse(Vector.empty()).zipWithIndex()) {
            String path = "deductions[" + t._2 + "]";
            Option<Fields> f = Fields.of(p, path, t._1, "day", "sentences");
            if (f.isEmpty()) {
                ok = false;
                continue;
            }
            Option<Long> day = f.get().integer("day", 1, days);
            Vector<Sentence> ss = MarketSection.sentences(p, f.get(), "sentences", l);
            if (day.isEmpty()) {
                ok = false;
                continue;
            }
            int d = day.get().intValue();
            perDay = perDay.update(d - 1, perDay.get(d - 1).appendAll(ss));
            Vector<Sentence> all = perDay.flatMap(x -> x);
            if (!DeductiveProcess.satisfiable(l, all.toJavaArray(Sentence[]::new))) {
                p.add(t._1.line(), path + ".sentences", "inconsistent deductions: no world satisfies "
                        + all.mkString("{", ", ", "}") + " (first inconsistent on day " + d + ")");
                return Option.none();
            }
            lastLine = t._1.line();
        }
        final Vector<Vector<Sentence>> process = perDay;
        return ok ? Models.build(p, lastLine, "deductions", () -> new DeductiveProcess(l, process)) : Option.none();
    }

    private static Vector<StrategyTrader> traders(Fields root, Language l) {
        Problems p = root.problems();
        Vector<StrategyTrader> out = Vector.empty();
        HashSet<String> seen = HashSet.empty();
        for (Tuple2<YNode, Integer> t : root.list("traders").getOrElse(Vector.empty()).zipWithIndex()) {
            String path = "traders[" + t._2 + "]";
            Option<Fields> f = Fields.of(p, path, t._1, "name", "trades", "start-day", "complexity");
            if (f.isEmpty()) {
                continue;
            }
            Option<String> name = f.get().string("name");
            if (name.isDefined() && seen.contains(name.get())) {
                p.add(t._1.line(), path + ".name", "duplicate trader name '" + name.get() + "'");
            }
            Option<Long> start = f.get().integer("start-day", 1, 365, 1);
            LinkedHashMap<Sentence, Feature> trades = LinkedHashMap.empty();
            boolean good = true;
            Option<YNode> tradesNode = f.get().require("trades");
            if (tradesNode.isDefined()) {
                Option<Fields> tf = tradesNode.get() instanceof YNode.Map
                        ? Option.some(Fields.of(p, path + ".trades", tradesNode.get(),
                        ((YNode.Map) tradesNode.get()).entries().map(e -> e._1.value()).toJavaArray(String[]::new)).get())
                        : Fields.of(p, path + ".trades", tradesNode.get());
                if (tf.isEmpty()) {
                    good = false;
                } else {
                    for (Tuple2<YNode.Scalar, YNode> e : ((YNode.Map) tradesNode.get()).entries()) {
                        String sp = path + ".trades." + e._1.value();
                        Option<Sentence> s = SentenceParserBridge.parse(p, e._1.line(), sp, e._1.value(), l);
                        Option<Feature> xi = Values.string(p, sp, e._2).flatMap(text -> FeatureParser.parse(l, text).fold(err -> {
                            p.add(e._2.line(), sp, err);
                            return Option.none();
                        }, Option::some));
                        if (s.isDefined() && xi.isDefined()) {
                            trades = trades.put(s.get(), xi.get());
                        } else {
                            good = false;
                        }
                    }
                }
            } else {
                good = false;
            }
            if (!good || name.isEmpty() || start.isEmpty()) {
                continue;
            }
            final LinkedHashMap<Sentence, Feature> tr = trades;
            int complexity = tr.values().map(Feature::size).sum().intValue();
            Option<Long> c = f.get().integer("complexity", 0, 1_000_000, complexity);
            final int index = out.size() + 1;
            Option<StrategyTrader> st = c.flatMap(cc -> Models.build(p, t._1.line(), path,
                    () -> new StrategyTrader(name.get(), index, cc.intValue(), start.get().intValue(), tr)));
            if (st.isDefined()) {
                out = out.append(st.get());
                seen = seen.add(name.get());
            }
        }
        if (out.isEmpty() && p.isEmpty()) {
            p.add(root.line(), "traders", "the firm needs at least one trader");
        }
        return out;
    }

    private static Option<CheckSpec> checkSpec(Problems p, YNode node, Language l) {
        return Fields.of(p, "check", node, "tradable", "readable", "lags", "constants", "operators", "max-size",
                "loss-bound", "gain-target", "horizon", "engine").flatMap(f -> {
            Vector<Sentence> tradable = MarketSection.sentences(p, f, "tradable", l);
            Vector<Sentence> readable = f.has("readable") ? MarketSection.sentences(p, f, "readable", l) : tradable;
            Vector<Integer> lags = f.listOrEmpty("lags").getOrElse(Vector.empty()).zipWithIndex()
                    .flatMap(t -> Values.integer(p, "check.lags[" + t._2 + "]", t._1, 0, 64).map(Long::intValue));
            if (!f.has("lags")) {
                lags = Vector.of(0);
            }
            Vector<Double> constants = f.list("constants").getOrElse(Vector.empty()).zipWithIndex()
                    .flatMap(t -> Values.number(p, "check.constants[" + t._2 + "]", t._1));
            Vector<TraderSpace.Operator> ops = Vector.empty();
            for (Tuple2<YNode, Integer> t : f.listOrEmpty("operators").getOrElse(Vector.empty()).zipWithIndex()) {
                Option<String> s = Values.string(p, "check.operators[" + t._2 + "]", t._1);
                if (s.isDefined()) {
                    int k = java.util.Arrays.asList(OPERATORS).indexOf(s.get());
                    if (k < 0) {
                        p.add(t._1.line(), "check.operators[" + t._2 + "]", "unknown operator '" + s.get() + "'; one of: "
                                + String.join(", ", OPERATORS));
                    } else {
                        ops = ops.append(new TraderSpace.Operator[] {TraderSpace.Operator.SUM, TraderSpace.Operator.PRODUCT,
                            TraderSpace.Operator.MIN, TraderSpace.Operator.MAX, TraderSpace.Operator.RECIPROCAL}[k]);
                    }
                }
            }
            Option<Long> size = f.integer("max-size", 1, 7);
            Option<Double> b = f.number("loss-bound");
            Option<Double> gain = f.number("gain-target");
            Option<Long> horizon = f.integer("horizon", 1, 365);
            Option<Engine> engine = f.string("engine", "choco").flatMap(e -> {
                if (e.equals("choco")) {
                    return Option.some(Engine.CHOCO);
                }
                if (e.equals("brute-force")) {
                    return Option.some(Engine.BRUTE_FORCE);
                }
                p.add(f.line(), "check.engine", "unknown engine '" + e + "'; one of: choco, brute-force");
                return Option.none();
            });
            if (size.isEmpty() || b.isEmpty() || gain.isEmpty() || horizon.isEmpty() || engine.isEmpty() || tradable.isEmpty()) {
                return Option.none();
            }
            final Vector<Integer> lg = lags;
            final Vector<TraderSpace.Operator> os = ops;
            return Models.build(p, f.line(), "check", () -> new CheckSpec(new TraderSpace(tradable, readable, lg, constants, os,
                    size.get().intValue(), b.get(), gain.get(), horizon.get().intValue()), engine.get()));
        });
    }
}
