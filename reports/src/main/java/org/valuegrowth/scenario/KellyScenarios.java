package org.valuegrowth.scenario;

import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.claim.ClaimCheck;
import org.valuegrowth.logic.Atom;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.market.Cluster;
import org.valuegrowth.market.GrueTax;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.report.Fmt;

/**
 * {@code kind: kelly}: a Kelly (Bayesian) market of predictor traders fed a sequence of
 * observations. Format in {@code spec/scenario.md}.
 */
final class KellyScenarios implements ScenarioKind {
    @Override
    public String kind() {
        return "kelly";
    }

    @Override
    public String[] topLevelKeys() {
        return new String[] {"kind", "name", "alphabet", "atoms", "prior", "traders", "clusters", "observations", "track"};
    }

    /** A parsed Kelly scenario. */
    record Kelly(String name, KellyMarket initial, Vector<Cluster> clusters, Vector<Integer> observations,
                 Vector<Sentence> track) implements Scenario {
        @Override
        public Simulation simulate() {
            Vector<KellyMarket> markets = Vector.of(initial);
            for (int x : observations) {
                markets = markets.append(markets.last().step(x));
            }
            Vector<String> priceNames = track.isEmpty()
                    ? Vector.range(0, initial.alphabetSize()).map(i -> "P(" + i + ")")
                    : track.map(s -> "P(" + s + ")");
            Vector<PredictorTrader> traders = initial.traders();
            Vector<String> cols = Vector.of("day", "obs").appendAll(priceNames)
                    .appendAll(traders.map(t -> "share(" + t.name() + ")"))
                    .appendAll(clusters.map(c -> "share[" + c.name() + "]"));
            Vector<Vector<String>> rows = Vector.empty();
            Vector<Object> days = Vector.empty();
            for (int d = 0; d < markets.size(); d++) {
                KellyMarket m = markets.get(d);
                double[] prices = prices(m);
                double[] shares = m.shares();
                double[] logW = m.logWealth();
                String obs = d == 0 ? "-" : symbolName(observations.get(d - 1));
                Vector<String> row = Vector.of(Integer.toString(d), obs);
                for (double p : prices) {
                    row = row.append(Fmt.num(p));
                }
                for (double s : shares) {
                    row = row.append(Fmt.num(s));
                }
                for (Cluster c : clusters) {
                    row = row.append(Fmt.num(m.clusterShare(c)));
                }
                rows = rows.append(row);
                LinkedHashMap<String, Object> priceMap = LinkedHashMap.empty();
                for (int i = 0; i < prices.length; i++) {
                    priceMap = priceMap.put(track.isEmpty() ? Integer.toString(i) : track.get(i).toString(), prices[i]);
                }
                LinkedHashMap<String, Object> traderMap = LinkedHashMap.empty();
                for (int i = 0; i < traders.size(); i++) {
                    traderMap = traderMap.put(traders.get(i).name(),
                            LinkedHashMap.<String, Object>of("share", shares[i], "logWealth", logW[i]));
                }
                LinkedHashMap<String, Object> clusterMap = LinkedHashMap.empty();
                for (Cluster c : clusters) {
                    clusterMap = clusterMap.put(c.name(), m.clusterShare(c));
                }
                days = days.append(LinkedHashMap.<String, Object>empty()
                        .put("day", d)
                        .put("observation", d == 0 ? null : (Object) observations.get(d - 1))
                        .put("prices", priceMap)
                        .put("traders", traderMap)
                        .put("clusters", clusterMap)
                        .put("cumulativeLogLoss", m.cumulativeLogLoss()));
            }
            Object json = LinkedHashMap.<String, Object>empty()
                    .put("scenario", name).put("kind", "kelly")
                    .put("prior", initial.prior().toString())
                    .put("days", days);
            return new Simulation(cols, rows, json);
        }

        private String symbolName(int x) {
            return initial.language().map(l -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < l.size(); i++) {
                    b.append(i == 0 ? "" : " & ").append(((x >>> i) & 1) == 1 ? "" : "!").append(l.atom(i).name());
                }
                return b.toString();
            }).getOrElse(Integer.toString(x));
        }

        private double[] prices(KellyMarket m) {
            if (track.isEmpty()) {
                return m.predictive();
            }
            double[] out = new double[track.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = m.price(track.get(i));
            }
            return out;
        }

        @Override
        public Option<ClaimCheck> check() {
            return Option.none();
        }
    }

    @Override
    public Option<Scenario> read(Fields root) {
        Problems p = root.problems();
        Option<String> name = root.string("name");
        Option<Language> language = Option.none();
        int alphabet = -1;
        if (root.has("atoms") == root.has("alphabet")) {
            p.add(root.line(), "alphabet", "give exactly one of 'alphabet' (number of symbols) or 'atoms' (observations are worlds)");
        } else if (root.has("atoms")) {
            language = atoms(root);
            if (language.isDefined()) {
                if (language.get().size() > 16) {
                    p.add(root.line(), "atoms", "a Kelly market over worlds allows at most 16 atoms, got " + language.get().size());
                    language = Option.none();
                } else {
                    alphabet = 1 << language.get().size();
                }
            }
        } else {
            alphabet = root.integer("alphabet", 2, 1 << 16).map(Long::intValue).getOrElse(-1);
        }
        Prior prior = prior(root).getOrNull();
        final int m = alphabet;
        final Option<Language> lang = language;
        Vector<PredictorTrader> traders = m < 0 ? Vector.empty() : traders(root, m, lang);
        HashSet<String> names = declaredNames(root);
        Vector<Cluster> clusters = clusters(root, names);
        Vector<Integer> observations = m < 0 ? Vector.empty() : observations(root, m, lang);
        Vector<Sentence> track = Vector.empty();
        if (root.has("track")) {
            if (lang.isEmpty()) {
                p.add(root.line(), "track", "'track' needs 'atoms' (sentence prices exist only over worlds)");
            } else {
                track = sentences(p, root, "track", lang.get());
            }
        }
        if (!p.isEmpty() || name.isEmpty() || prior == null || m < 0) {
            return Option.none();
        }
        if (traders.isEmpty()) {
            p.add(root.line(), "traders", "a market needs at least one trader");
            return Option.none();
        }
        Option<KellyMarket> market = Models.build(p, root.line(), "traders",
                () -> lang.isDefined() ? KellyMarket.overWorlds(lang.get(), traders, prior) : KellyMarket.of(traders, prior, m));
        final Vector<Sentence> tracked = track;
        if (market.isDefined() && !replayable(root, market.get(), observations)) {
            return Option.none();
        }
        return market.map(km -> new Kelly(name.get(), km, clusters, observations, tracked));
    }

    /**
     * Whether every observation has positive market probability when it arrives (a Kelly market
     * cannot observe an outcome it priced at 0); otherwise a problem at that observation's line.
     */
    private static boolean replayable(Fields root, KellyMarket market, Vector<Integer> observations) {
        Vector<YNode> nodes = root.get("observations").filter(n -> n instanceof YNode.Seq)
                .map(n -> ((YNode.Seq) n).items()).getOrElse(Vector.empty());
        KellyMarket m = market;
        for (int i = 0; i < observations.size(); i++) {
            if (!(m.predictive(observations.get(i)) > 0)) {
                root.problems().add(i < nodes.size() ? nodes.get(i).line() : root.line(), "observations[" + i + "]",
                        "every trader gives this observation probability 0 at this point, so the market cannot observe it");
                return false;
            }
            m = m.step(observations.get(i));
        }
        return true;
    }

    static Option<Language> atoms(Fields root) {
        Problems p = root.problems();
        return root.list("atoms").flatMap(items -> {
            Vector<Atom> atoms = Vector.empty();
            for (Tuple2<YNode, Integer> t : items.zipWithIndex()) {
                String path = root.pathOf("atoms") + "[" + t._2 + "]";
                Option<Atom> a;
                if (t._1 instanceof YNode.Scalar) {
                    a = Models.build(p, t._1.line(), path, () -> new Atom(((YNode.Scalar) t._1).value(), 0));
                } else {
                    a = Fields.of(p, path, t._1, "name", "layer").flatMap(f -> {
                        Option<String> n = f.string("name");
                        Option<Long> layer = f.integer("layer", 0, 64, 0);
                        return n.isDefined() && layer.isDefined()
                                ? Models.build(p, t._1.line(), path, () -> new Atom(n.get(), layer.get().intValue()))
                                : Option.none();
                    });
                }
                if (a.isDefined()) {
                    atoms = atoms.append(a.get());
                }
            }
            final Vector<Atom> all = atoms;
            return items.size() == all.size() ? Models.build(p, root.line(), root.pathOf("atoms"), () -> new Language(all)) : Option.none();
        });
    }

    static Option<Prior> prior(Fields root) {
        Problems p = root.problems();
        Option<YNode> n = root.get("prior");
        if (n.isEmpty()) {
            return Option.some(new Prior.Simplicity());
        }
        if (n.get() instanceof YNode.Scalar) {
            String s = ((YNode.Scalar) n.get()).value();
            if (s.equals("simplicity")) {
                return Option.some(new Prior.Simplicity());
            }
            if (s.equals("uniform")) {
                return Option.some(new Prior.Uniform());
            }
            p.add(n.get().line(), "prior", "unknown prior '" + s + "'; one of: simplicity, uniform, {enumeration: {budget: B}}");
            return Option.none();
        }
        return Fields.of(p, "prior", n.get(), "enumeration").flatMap(f -> f.require("enumeration")
                .flatMap(e -> Fields.of(p, "prior.enumeration", e, "budget"))
                .flatMap(e -> e.number("budget").flatMap(b -> Models.build(p, e.line(), "prior.enumeration.budget",
                        () -> new Prior.Enumeration(b)))));
    }

    private static Vector<PredictorTrader> traders(Fields root, int m, Option<Language> lang) {
        Problems p = root.problems();
        Vector<YNode> items = root.list("traders").getOrElse(Vector.empty());
        Vector<PredictorTrader> out = Vector.empty();
        HashSet<String> seen = HashSet.empty();
        for (Tuple2<YNode, Integer> t : items.zipWithIndex()) {
            String path = "traders[" + t._2 + "]";
            Option<Fields> f = Fields.of(p, path, t._1, "name", "bits", "predictor", "grue");
            if (f.isEmpty()) {
                continue;
            }
            Option<String> name = f.get().string("name");
            if (name.isDefined() && seen.contains(name.get())) {
                p.add(t._1.line(), path + ".name", "duplicate trader name '" + name.get() + "'");
                continue;
            }
            Option<PredictorTrader> trader;
            if (f.get().has("grue")) {
                trader = grue(f.get(), path, name, out);
            } else {
                Option<Double> bits = f.get().number("bits");
                Option<Predictor> pred = f.get().require("predictor").flatMap(n -> predictor(p, path + ".predictor", n, m, lang));
                trader = name.isDefined() && bits.isDefined() && pred.isDefined()
                        ? Models.build(p, t._1.line(), path, () -> new PredictorTrader(name.get(), bits.get(), pred.get()))
                        : Option.none();
            }
            if (trader.isDefined()) {
                out = out.append(trader.get());
                seen = seen.add(trader.get().name());
            }
        }
        return out;
    }

    /** The names written in the traders list, valid or not, so one bad trader does not cascade. */
    private static HashSet<String> declaredNames(Fields root) {
        HashSet<String> names = HashSet.empty();
        for (YNode t : root.get("traders").filter(n -> n instanceof YNode.Seq).map(n -> ((YNode.Seq) n).items()).getOrElse(Vector.empty())) {
            if (t instanceof YNode.Map) {
                for (Tuple2<YNode.Scalar, YNode> e : ((YNode.Map) t).entries()) {
                    if (e._1.value().equals("name") && e._2 instanceof YNode.Scalar) {
                        names = names.add(((YNode.Scalar) e._2).value());
                    }
                }
            }
        }
        return names;
    }

    private static Option<PredictorTrader> grue(Fields f, String path, Option<String> name, Vector<PredictorTrader> earlier) {
        Problems p = f.problems();
        if (f.has("predictor") || f.has("bits")) {
            p.add(f.line(), path, "a grue trader takes neither 'predictor' nor 'bits': its complexity is c(before) + c(after) + ℓ(k)");
            return Option.none();
        }
        return Fields.of(p, path + ".grue", f.get("grue").get(), "before", "after", "k").flatMap(g -> {
            Option<PredictorTrader> before = g.string("before").flatMap(n -> named(p, g.line(), path + ".grue.before", n, earlier));
            Option<PredictorTrader> after = g.string("after").flatMap(n -> named(p, g.line(), path + ".grue.after", n, earlier));
            Option<Long> k = g.integer("k", 1, Integer.MAX_VALUE);
            if (name.isEmpty() || before.isEmpty() || after.isEmpty() || k.isEmpty()) {
                return Option.none();
            }
            return Models.build(p, g.line(), path, () -> GrueTax.grue(name.get(), before.get(), after.get(), k.get().intValue()));
        });
    }

    private static Option<PredictorTrader> named(Problems p, int line, String path, String n, Vector<PredictorTrader> earlier) {
        Option<PredictorTrader> t = earlier.find(x -> x.name().equals(n));
        if (t.isEmpty()) {
            p.add(line, path, "unknown trader '" + n + "' (a grue trader refers to traders listed before it)");
        }
        return t;
    }

    static Option<Predictor> predictor(Problems p, String path, YNode node, int m, Option<Language> lang) {
        Option<Fields> f = Fields.of(p, path, node, "iid", "markov", "periodic", "laplace", "worlds");
        if (f.isEmpty()) {
            return Option.none();
        }
        YNode.Map map = (YNode.Map) node;
        if (map.entries().size() != 1) {
            p.add(node.line(), path, "give exactly one of iid, markov, periodic, laplace, worlds");
            return Option.none();
        }
        String key = map.entries().get(0)._1.value();
        YNode v = map.entries().get(0)._2;
        String sub = path + "." + key;
        switch (key) {
            case "iid":
                return Values.probabilities(p, sub, v).flatMap(d -> sized(p, v.line(), sub, d, m)
                        .flatMap(ok -> Models.build(p, v.line(), sub, () -> Predictor.Iid.of(d))));
            case "worlds":
                if (lang.isEmpty()) {
                    p.add(v.line(), sub, "'worlds' needs 'atoms' at the top level");
                    return Option.none();
                }
                return Values.probabilities(p, sub, v).flatMap(d -> sized(p, v.line(), sub, d, m)
                        .flatMap(ok -> Models.build(p, v.line(), sub,
                                () -> new Predictor.WorldBelief(lang.get(), d.toJavaStream().mapToDouble(Double::doubleValue).toArray()))));
            case "laplace":
                return Values.number(p, sub, v).flatMap(a -> Models.build(p, v.line(), sub, () -> new Predictor.Laplace(m, a)));
            case "periodic":
                return Fields.of(p, sub, v, "pattern", "eps").flatMap(g -> {
                    Option<Vector<Integer>> pattern = g.list("pattern").flatMap(items -> {
                        Vector<Option<Long>> xs = items.zipWithIndex().map(t ->
                                Values.integer(p, sub + ".pattern[" + t._2 + "]", t._1, 0, m - 1));
                        return xs.forAll(Option::isDefined) ? Option.some(xs.map(x -> x.get().intValue())) : Option.none();
                    });
                    Option<Double> eps = g.probability("eps");
                    return pattern.isDefined() && eps.isDefined()
                            ? Models.build(p, v.line(), sub, () -> new Predictor.Periodic(m, pattern.get(), eps.get()))
                            : Option.none();
                });
            case "markov":
                return Fields.of(p, sub, v, "initial", "table").flatMap(g -> {
                    Option<Vector<Double>> initial = g.require("initial").flatMap(n -> Values.probabilities(p, sub + ".initial", n));
                    Option<Vector<Vector<Double>>> table = g.list("table").flatMap(rows -> {
                        Vector<Option<Vector<Double>>> rs = rows.zipWithIndex().map(t ->
                                Values.probabilities(p, sub + ".table[" + t._2 + "]", t._1));
                        return rs.forAll(Option::isDefined) ? Option.some(rs.map(Option::get)) : Option.none();
                    });
                    return initial.isDefined() && table.isDefined()
                            ? Models.build(p, v.line(), sub, () -> Predictor.Markov.of(initial.get(), table.get()))
                            : Option.none();
                });
            default:
                return Option.none(); // Fields.of has already reported the unknown key
        }
    }

    private static Option<Boolean> sized(Problems p, int line, String path, Vector<Double> d, int m) {
        if (d.size() != m) {
            p.add(line, path, "expected " + m + " probabilities (one per symbol), found " + d.size());
            return Option.none();
        }
        return Option.some(true);
    }

    private static Vector<Cluster> clusters(Fields root, HashSet<String> names) {
        Problems p = root.problems();
        Vector<Cluster> out = Vector.empty();
        for (Tuple2<YNode, Integer> t : root.listOrEmpty("clusters").getOrElse(Vector.empty()).zipWithIndex()) {
            String path = "clusters[" + t._2 + "]";
            Option<Cluster> c = Fields.of(p, path, t._1, "name", "members").flatMap(f -> {
                Option<String> n = f.string("name");
                Option<Vector<String>> members = f.list("members").flatMap(items -> {
                    Vector<Option<String>> ms = items.zipWithIndex().map(m -> Values.string(p, path + ".members[" + m._2 + "]", m._1)
                            .flatMap(s -> {
                                if (!names.contains(s)) {
                                    p.add(m._1.line(), path + ".members[" + m._2 + "]", "unknown trader '" + s + "'");
                                    return Option.none();
                                }
                                return Option.some(s);
                            }));
                    return ms.forAll(Option::isDefined) ? Option.some(ms.map(Option::get)) : Option.none();
                });
                return n.isDefined() && members.isDefined()
                        ? Models.build(p, t._1.line(), path, () -> Cluster.of(n.get(), members.get().toJavaArray(String[]::new)))
                        : Option.none();
            });
            out = c.isDefined() ? out.append(c.get()) : out;
        }
        return out;
    }

    private static Vector<Integer> observations(Fields root, int m, Option<Language> lang) {
        Problems p = root.problems();
        Vector<Integer> out = Vector.empty();
        for (Tuple2<YNode, Integer> t : root.list("observations").getOrElse(Vector.empty()).zipWithIndex()) {
            String path = "observations[" + t._2 + "]";
            if (lang.isEmpty()) {
                Option<Long> x = Values.integer(p, path, t._1, 0, m - 1);
                if (x.isDefined()) {
                    out = out.append(x.get().intValue());
                }
            } else {
                Option<Integer> w = Values.string(p, path, t._1).flatMap(s -> world(p, t._1.line(), path, s, lang.get()));
                if (w.isDefined()) {
                    out = out.append(w.get());
                }
            }
        }
        return out;
    }

    /** The unique world in which {@code text} holds, or a problem. */
    private static Option<Integer> world(Problems p, int line, String path, String text, Language lang) {
        Option<Sentence> s = SentenceParser.parse(lang, text).fold(err -> {
            p.add(line, path, err);
            return Option.none();
        }, Option::some);
        if (s.isEmpty()) {
            return Option.none();
        }
        Vector<Integer> worlds = Vector.range(0, 1 << lang.size()).filter(w -> s.get().eval(w));
        if (worlds.size() != 1) {
            p.add(line, path, "an observation must fix one world (a literal for every atom); '" + text + "' holds in "
                    + worlds.size() + " worlds");
            return Option.none();
        }
        return Option.some(worlds.get(0));
    }

    static Vector<Sentence> sentences(Problems p, Fields root, String key, Language lang) {
        Vector<Sentence> out = Vector.empty();
        for (Tuple2<YNode, Integer> t : root.list(key).getOrElse(Vector.empty()).zipWithIndex()) {
            String path = root.pathOf(key) + "[" + t._2 + "]";
            Option<Sentence> s = Values.string(p, path, t._1).flatMap(text -> SentenceParser.parse(lang, text).fold(err -> {
                p.add(t._1.line(), path, err);
                return Option.none();
            }, Option::some));
            out = s.isDefined() ? out.append(s.get()) : out;
        }
        return out;
    }
}
