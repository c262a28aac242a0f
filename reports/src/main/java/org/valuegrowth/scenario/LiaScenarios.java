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
import org.valuegrowth.logic.SentenceParser;
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
    /** The most atoms of a lia scenario: the market enumerates the 2^atoms worlds each day (2^20 ≈ 10^6). */
    static final int MAX_ATOMS = 20;

    @Override
    public String kind() {
        return "lia";
    }

    @Override
    public String[] topLevelKeys() {
        return new String[] {"kind", "name", "atoms", "track", "deductions", "prior", "budgets", "firm", "market-maker", "traders",
            "days", "market", "check"};
    }

    /** A parsed LIA scenario. */
    record Lia(String name, DeductiveProcess process, Vector<Sentence> track, TradingFirm firm, MarketMaker maker, int days,
               Option<Double> constantPrice, Option<CheckSpec> checkSpec, PriceHistory prices) implements Scenario {

        /** Which market ran: "constant 0.5", or the LIA market with its world set, price rule and budget sum. */
        String marketDescription() {
            if (constantPrice.isDefined()) {
                return "constant " + Fmt.num(constantPrice.get());
            }
            return "LIA (" + maker.describe() + "; " + firm.describeBudgets()
                    + (firm.isBudgeted() ? "; prior " + firm.prior().name().toLowerCase(java.util.Locale.ROOT) : "") + ")";
        }

        @Override
        public Simulation simulate() {
            // Each trader as it trades in the firm (the index prior delays trader k to day k).
            Vector<ExploitationCheck.Assessment> assessed = Vector.range(0, firm.traders().size()).map(i ->
                    ExploitationCheck.check(prices, process, firm.member(i), 1.0, Double.MAX_VALUE, days));
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
                    .put("marketMaker", constantPrice.isDefined() ? "none" : maker.describe())
                    .put("firm", firm.describeBudgets())
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
                                    + " on some day, against this scenario's market: " + marketDescription(),
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
        if (l.size() > MAX_ATOMS) {
            p.add(root.get("atoms").get().line(), "atoms", "at most " + MAX_ATOMS + " atoms, got " + l.size()
                    + " (the market enumerates the 2^atoms worlds every day)");
            return Option.none();
        }
        Vector<Sentence> track = MarketSection.sentences(p, root, "track", l);
        Option<Long> days = root.integer("days", 1, 365);
        int horizon = days.getOrElse(1L).intValue();
        Option<DeductiveProcess> process = deductions(root, l, horizon);
        boolean noFirm = firmIsNone(root);
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
        Option<TradingFirm.Budgets> budgets = noFirm ? Option.some(new TradingFirm.Unbudgeted()) : budgets(root);
        if (noFirm) {
            for (String k : new String[] {"prior", "budgets"}) {
                root.get(k).forEach(n -> p.add(n.line(), k, "'" + k + "' has no meaning with 'firm: none' (the raw sum of the traders, weight 1, no budgets)"));
            }
        }
        boolean indexStart = !noFirm && prior.contains(TradingFirm.Prior.INDEX);
        Vector<Tuple2<StrategyTrader, Integer>> traders = traders(root, l, horizon, indexStart);
        Option<Double> constant = Option.none();
        if (root.has("market")) {
            constant = Fields.of(p, "market", root.get("market").get(), "constant").flatMap(f -> f.probability("constant"));
        }
        Option<MarketMaker> maker = marketMaker(root);
        if (root.has("market") && root.has("market-maker")) {
            p.add(root.get("market-maker").get().line(), "market-maker", "a constant market has no market maker; remove one of 'market' and 'market-maker'");
        }
        Option<CheckSpec> check = root.get("check").flatMap(n -> checkSpec(p, n, l));
        if (!p.isEmpty() || name.isEmpty() || days.isEmpty() || process.isEmpty() || prior.isEmpty() || budgets.isEmpty()
                || maker.isEmpty()) {
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
        final Option<Double> constantPrice = constant;
        Vector<StrategyTrader> ts = traders.map(Tuple2::_1);
        Option<TradingFirm> firm = Models.build(p, root.line(), "traders", () -> new TradingFirm(ts, budgets.get(), prior.get()));
        if (firm.isEmpty()) {
            return Option.none();
        }
        Vector<Sentence> tracked = LiaMarket.trackedSentences(firm.get(), track);
        if (tracked.size() > LiaMarket.MAX_TRACKED) {
            p.add(root.get("track").get().line(), "track", "the market would track " + tracked.size() + " sentences ("
                    + track.size() + " listed here, " + (tracked.size() - track.size()) + " more that the traders trade or read); at most "
                    + LiaMarket.MAX_TRACKED + " (a world's pattern over them is one 64-bit word)");
            return Option.none();
        }
        // run the market now, so that a day that cannot be cleared is reported as a problem with its line
        Either<LiaMarket.Failure, PriceHistory> prices;
        if (constantPrice.isDefined()) {
            prices = Either.right(PlantedMarkets.constant(track, constantPrice.get(), days.get().intValue()));
        } else {
            Option<LiaMarket> start = Models.build(p, root.get("traders").get().line(), "traders",
                    () -> LiaMarket.start(process.get(), firm.get(), track, maker.get()));
            if (start.isEmpty()) {
                return Option.none();
            }
            prices = start.get().runOrFailure(days.get().intValue()).map(LiaMarket::history);
        }
        if (prices.isLeft()) {
            LiaMarket.Failure f = prices.getLeft();
            if (f.trader() >= 0) {
                int line = traders.get(f.trader())._2;
                p.add(line, "traders[" + f.trader() + "]", "the market could not clear " + f);
            } else {
                YNode at = root.get("market-maker").getOrElse(root.get("days").get());
                p.add(at.line(), root.has("market-maker") ? "market-maker" : "days",
                        "the market maker could not clear every day within its budget: " + f);
            }
            return Option.none();
        }
        return Option.some(new Lia(name.get(), process.get(), track, firm.get(), maker.get(), days.get().intValue(),
                constantPrice, check, prices.get()));
    }

    private static boolean firmIsNone(Fields root) {
        Problems p = root.problems();
        Option<String> firm = root.string("firm", "budgeted");
        if (firm.isEmpty()) {
            return false;
        }
        if (!firm.get().equals("none") && !firm.get().equals("budgeted")) {
            p.add(root.get("firm").get().line(), "firm", "unknown firm '" + firm.get()
                    + "'; one of: budgeted (the paper's TradingFirm, the default), none (the raw sum of the traders)");
            return false;
        }
        return firm.get().equals("none");
    }

    /** {@code budgets}: absent or {@code full} (the paper's full sum), or a list of budgets 1..64. */
    private static Option<TradingFirm.Budgets> budgets(Fields root) {
        Problems p = root.problems();
        Option<YNode> node = root.get("budgets");
        if (node.isEmpty()) {
            return Option.some(TradingFirm.fullSum());
        }
        if (node.get() instanceof YNode.Scalar) {
            String v = ((YNode.Scalar) node.get()).value();
            if (v.equals("full")) {
                return Option.some(TradingFirm.fullSum());
            }
            p.add(node.get().line(), "budgets", "expected 'full' or a list of budgets, found '" + v + "'");
            return Option.none();
        }
        Vector<Integer> budgets = Vector.empty();
        boolean ok = true;
        for (Tuple2<YNode, Integer> t : root.list("budgets").getOrElse(Vector.empty()).zipWithIndex()) {
            Option<Long> b = Values.integer(p, "budgets[" + t._2 + "]", t._1, 1, 64);
            ok &= b.isDefined();
            budgets = b.isDefined() ? budgets.append(b.get().intValue()) : budgets;
        }
        final Vector<Integer> bs = budgets;
        return ok ? Models.build(p, node.get().line(), "budgets", () -> new TradingFirm.Finite(bs)) : Option.none();
    }

    /** {@code market-maker: {worlds, prices, sweeps, boxes}}, every key optional. */
    private static Option<MarketMaker> marketMaker(Fields root) {
        Problems p = root.problems();
        if (!root.has("market-maker")) {
            return Option.some(MarketMaker.standard());
        }
        return Fields.of(p, "market-maker", root.get("market-maker").get(), "worlds", "prices", "sweeps", "boxes").flatMap(f -> {
            Option<MarketMaker.Worlds> worlds = f.string("worlds", "plausible").flatMap(w -> {
                if (w.equals("plausible")) {
                    return Option.some(MarketMaker.Worlds.PLAUSIBLE);
                }
                if (w.equals("all")) {
                    return Option.some(MarketMaker.Worlds.ALL);
                }
                p.add(f.get("worlds").get().line(), "market-maker.worlds", "unknown world set '" + w
                        + "'; one of: plausible (PC(D_n)), all (every truth assignment, the paper's MarketMaker)");
                return Option.none();
            });
            Option<MarketMaker.Prices> prices = f.string("prices", "lazy").flatMap(r -> {
                if (r.equals("lazy")) {
                    return Option.some(MarketMaker.Prices.LAZY);
                }
                if (r.equals("fixed-point")) {
                    return Option.some(MarketMaker.Prices.FIXED_POINT);
                }
                p.add(f.get("prices").get().line(), "market-maker.prices", "unknown price rule '" + r
                        + "'; one of: lazy (keep yesterday's prices while they pass 2^-n), fixed-point (move to a fixed point each day)");
                return Option.none();
            });
            MarketMaker std = MarketMaker.standard();
            Option<Long> sweeps = f.integer("sweeps", 0, 10_000, std.sweeps());
            Option<Long> boxes = f.integer("boxes", 0, 100_000_000, std.maxBoxes());
            if (worlds.isEmpty() || prices.isEmpty() || sweeps.isEmpty() || boxes.isEmpty()) {
                return Option.none();
            }
            return Option.some(new MarketMaker(sweeps.get().intValue(), boxes.get(), worlds.get(), prices.get()));
        });
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

    /** A day range of a strategy as written: {@code to} is {@link StrategyTrader#NO_END} when open. */
    private record DayRange(int from, int to) {
    }

    /**
     * The traders with the line each starts on. With the index prior trader k trades from day
     * max(k, start-day) only, so day templates are instantiated from that day on.
     */
    private static Vector<Tuple2<StrategyTrader, Integer>> traders(Fields root, Language l, int days, boolean indexStart) {
        Problems p = root.problems();
        Vector<Tuple2<StrategyTrader, Integer>> out = Vector.empty();
        HashSet<String> seen = HashSet.empty();
        for (Tuple2<YNode, Integer> t : root.list("traders").getOrElse(Vector.empty()).zipWithIndex()) {
            String path = "traders[" + t._2 + "]";
            Option<Fields> f = Fields.of(p, path, t._1, "name", "trades", "trades-by-day", "start-day", "end-day", "complexity");
            if (f.isEmpty()) {
                continue;
            }
            Option<String> name = f.get().string("name");
            if (name.isDefined() && seen.contains(name.get())) {
                p.add(t._1.line(), path + ".name", "duplicate trader name '" + name.get() + "'");
            }
            Option<Long> start = f.get().integer("start-day", 1, 365, 1);
            Option<Long> end = f.get().integer("end-day", 1, 365, StrategyTrader.NO_END);
            if (start.isDefined() && end.isDefined() && end.get() < start.get()) {
                p.add(f.get().get("end-day").get().line(), path + ".end-day", "end day " + end.get() + " is before the start day " + start.get());
                continue;
            }
            if (f.get().has("trades") == f.get().has("trades-by-day")) {
                p.add(t._1.line(), path, "give exactly one of 'trades' (one strategy every day) or 'trades-by-day' (a strategy per day range)");
                continue;
            }
            if (start.isEmpty() || end.isEmpty()) {
                continue;
            }
            int first = start.get().intValue();
            int firstInFirm = indexStart ? Math.max(first, out.size() + 1) : first;
            int last = (int) Math.min(end.get(), days);
            Vector<StrategyTrader.Phase> phases = Vector.empty();
            int complexity = 0;
            boolean good = true;
            if (f.get().has("trades")) {
                Option<Tuple2<Vector<StrategyTrader.Phase>, Integer>> ph = phase(p, path + ".trades", f.get().get("trades").get(), l,
                        new DayRange(1, StrategyTrader.NO_END), firstInFirm, last);
                good = ph.isDefined();
                if (good) {
                    phases = ph.get()._1;
                    complexity = ph.get()._2;
                }
            } else {
                int previousTo = 0;
                for (Tuple2<YNode, Integer> e : f.get().list("trades-by-day").getOrElse(Vector.empty()).zipWithIndex()) {
                    String ep = path + ".trades-by-day[" + e._2 + "]";
                    Option<Fields> ef = Fields.of(p, ep, e._1, "days", "trades");
                    if (ef.isEmpty()) {
                        good = false;
                        continue;
                    }
                    Option<DayRange> range = ef.get().string("days").flatMap(d -> dayRange(p, ef.get().get("days").get().line(), ep + ".days", d));
                    Option<YNode> tradesNode = ef.get().require("trades");
                    if (range.isEmpty() || tradesNode.isEmpty()) {
                        good = false;
                        continue;
                    }
                    if (range.get().from() <= previousTo) {
                        p.add(e._1.line(), ep + ".days", "day ranges must be in order and must not overlap: this one starts on day "
                                + range.get().from() + ", the one before ends on day " + previousTo);
                        good = false;
                        continue;
                    }
                    previousTo = range.get().to();
                    Option<Tuple2<Vector<StrategyTrader.Phase>, Integer>> ph = phase(p, ep + ".trades", tradesNode.get(), l, range.get(), firstInFirm, last);
                    if (ph.isEmpty()) {
                        good = false;
                    } else {
                        phases = phases.appendAll(ph.get()._1);
                        complexity += ph.get()._2;
                    }
                }
                if (good && phases.isEmpty()) {
                    p.add(t._1.line(), path + ".trades-by-day", "list at least one day range with its trades");
                    good = false;
                }
            }
            if (!good || name.isEmpty()) {
                continue;
            }
            final Vector<StrategyTrader.Phase> ps = phases;
            Option<Long> c = f.get().integer("complexity", 0, 1_000_000, complexity);
            final int index = out.size() + 1;
            Option<StrategyTrader> st = c.flatMap(cc -> Models.build(p, t._1.line(), path,
                    () -> new StrategyTrader(name.get(), index, cc.intValue(), first, end.get().intValue(), ps)));
            if (st.isDefined()) {
                out = out.append(io.vavr.Tuple.of(st.get(), t._1.line()));
                seen = seen.add(name.get());
            }
        }
        if (out.isEmpty() && p.isEmpty()) {
            p.add(root.line(), "traders", "the firm needs at least one trader");
        }
        return out;
    }

    /** "3", "3..5" or "3.." (every later day). */
    private static Option<DayRange> dayRange(Problems p, int line, String path, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{1,3})\\s*(\\.\\.\\s*(\\d{1,3})?)?\\s*").matcher(text);
        if (!m.matches()) {
            p.add(line, path, "expected a day 'n', a range 'from..to' or an open range 'from..', found '" + text + "'");
            return Option.none();
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : m.group(3) == null ? StrategyTrader.NO_END : Integer.parseInt(m.group(3));
        if (from < 1 || from > 365 || (to != StrategyTrader.NO_END && (to < from || to > 365))) {
            p.add(line, path, "day range " + text.trim() + " must satisfy 1 <= from <= to <= 365");
            return Option.none();
        }
        return Option.some(new DayRange(from, to));
    }

    private static final java.util.regex.Pattern TEMPLATE = java.util.regex.Pattern.compile("\\{n(?:([+-])(\\d{1,3}))?\\}");

    /** {@code text} with every {n}, {n+k}, {n-k} replaced by the day number. */
    static String instantiate(String text, int day) {
        java.util.regex.Matcher m = TEMPLATE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int v = day;
            if (m.group(1) != null) {
                int k = Integer.parseInt(m.group(2));
                v = m.group(1).equals("+") ? day + k : day - k;
            }
            m.appendReplacement(sb, Integer.toString(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * The strategy of one day range: a map sentence → feature. If any key or feature contains a
     * day template ({n}, {n+k}, {n-k}), the range becomes one phase per day the trader can trade
     * (start..end, at most the simulated days), each with the day substituted. Returns the phases
     * and the complexity (the node count of the map as written, templates counted once).
     */
    private static Option<Tuple2<Vector<StrategyTrader.Phase>, Integer>> phase(Problems p, String path, YNode node, Language l,
                                                                               DayRange range, int start, int last) {
        if (!(node instanceof YNode.Map)) {
            p.add(node.line(), path, "expected a map sentence -> feature, found " + node.describe());
            return Option.none();
        }
        Vector<Tuple2<YNode.Scalar, YNode>> entries = ((YNode.Map) node).entries();
        boolean templated = false;
        for (Tuple2<YNode.Scalar, YNode> e : entries) {
            templated |= TEMPLATE.matcher(e._1.value()).find()
                    || (e._2 instanceof YNode.Scalar && TEMPLATE.matcher(((YNode.Scalar) e._2).value()).find());
        }
        if (!templated) {
            Option<LinkedHashMap<Sentence, Feature>> m = strategy(p, path, entries, l, -1);
            return m.map(x -> io.vavr.Tuple.of(Vector.of(new StrategyTrader.Phase(range.from(), range.to(), x)), size(x)));
        }
        int from = Math.max(range.from(), start);
        int to = Math.min(range.to(), last);
        Vector<StrategyTrader.Phase> out = Vector.empty();
        int complexity = -1;
        for (int d = from; d <= to; d++) {
            Option<LinkedHashMap<Sentence, Feature>> m = strategy(p, path, entries, l, d);
            if (m.isEmpty()) {
                return Option.none();
            }
            complexity = complexity < 0 ? size(m.get()) : complexity;
            out = out.append(new StrategyTrader.Phase(d, d, m.get()));
        }
        if (out.isEmpty()) {
            // No simulated day falls in the range: the strategy is never used; check it on its first day.
            Option<LinkedHashMap<Sentence, Feature>> m = strategy(p, path, entries, l, range.from());
            return m.map(x -> io.vavr.Tuple.of(Vector.of(new StrategyTrader.Phase(range.from(), range.from(), x)), size(x)));
        }
        return Option.some(io.vavr.Tuple.of(out, complexity));
    }

    private static int size(LinkedHashMap<Sentence, Feature> m) {
        return m.values().map(Feature::size).sum().intValue();
    }

    /** One map sentence → feature, with day {@code day} substituted (−1: no template). */
    private static Option<LinkedHashMap<Sentence, Feature>> strategy(Problems p, String path, Vector<Tuple2<YNode.Scalar, YNode>> entries,
                                                                     Language l, int day) {
        LinkedHashMap<Sentence, Feature> trades = LinkedHashMap.empty();
        boolean good = true;
        String onDay = day < 0 ? "" : "on day " + day + ": ";
        for (Tuple2<YNode.Scalar, YNode> e : entries) {
            String sp = path + "." + e._1.value();
            String key = day < 0 ? e._1.value() : instantiate(e._1.value(), day);
            Option<Sentence> s = SentenceParser.parse(l, key).fold(err -> {
                p.add(e._1.line(), sp, onDay + err);
                return Option.<Sentence>none();
            }, Option::some);
            Option<Feature> xi = Values.string(p, sp, e._2).flatMap(text -> {
                String ft = day < 0 ? text : instantiate(text, day);
                return FeatureParser.parse(l, ft).fold(err -> {
                    p.add(e._2.line(), sp, onDay + err);
                    return Option.<Feature>none();
                }, Option::some);
            });
            if (xi.isDefined() && !(xi.get().bound() <= LiaMarket.MAX_SHARES)) {
                p.add(e._2.line(), sp, onDay + (Double.isInfinite(xi.get().bound())
                        ? "the feature's bound overflows the double range (it can trade more than 1.8e308 shares a day)"
                        : "the feature can trade up to " + xi.get().bound() + " shares a day (its bound)")
                        + "; the market accepts at most 1e200");
                xi = Option.none();
            }
            if (s.isDefined() && trades.containsKey(s.get())) {
                p.add(e._1.line(), sp, onDay + "sentence " + s.get() + " appears twice in this strategy");
                good = false;
            }
            if (s.isDefined() && xi.isDefined()) {
                trades = trades.put(s.get(), xi.get());
            } else {
                good = false;
            }
        }
        return good ? Option.some(trades) : Option.none();
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
