package org.valuegrowth.scenario;

import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.market.Cluster;
import org.valuegrowth.market.KellyMarket;
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
                double[] logShares = m.logShares();
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
                            LinkedHashMap.<String, Object>of("share", shares[i], "logShare", logShares[i],
                                    "logWealth", logW[i]));
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
        MarketSection.Alphabet alphabet = MarketSection.alphabet(root);
        Prior prior = MarketSection.prior(root).getOrNull();
        final int m = alphabet.size();
        final Option<Language> lang = alphabet.language();
        Vector<PredictorTrader> traders = m < 0 ? Vector.empty() : MarketSection.traders(root, m, lang, true);
        HashSet<String> names = MarketSection.declaredNames(root, "traders");
        Vector<Cluster> clusters = clusters(root, names);
        Vector<Integer> observations = m < 0 ? Vector.empty() : observations(root, m, lang);
        Vector<Sentence> track = Vector.empty();
        if (root.has("track")) {
            if (lang.isEmpty()) {
                p.add(root.line(), "track", "'track' needs 'atoms' (sentence prices exist only over worlds)");
            } else {
                track = MarketSection.sentences(p, root, "track", lang.get());
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
     * Decided on ln q, not q: a price that only a far trader gives (2^-1101 for a 1100-bit trader)
     * underflows a double but is positive, and the market's step accepts it.
     */
    private static boolean replayable(Fields root, KellyMarket market, Vector<Integer> observations) {
        Vector<YNode> nodes = root.get("observations").filter(n -> n instanceof YNode.Seq)
                .map(n -> ((YNode.Seq) n).items()).getOrElse(Vector.empty());
        KellyMarket m = market;
        for (int i = 0; i < observations.size(); i++) {
            if (!(m.logPredictive(observations.get(i)) > Double.NEGATIVE_INFINITY)) {
                root.problems().add(i < nodes.size() ? nodes.get(i).line() : root.line(), "observations[" + i + "]",
                        "every trader gives this observation probability 0 at this point, so the market cannot observe it");
                return false;
            }
            m = m.step(observations.get(i));
        }
        return true;
    }

    private static Vector<Cluster> clusters(Fields root, HashSet<String> names) {
        Problems p = root.problems();
        Vector<Cluster> out = Vector.empty();
        for (Tuple2<YNode, Integer> t : root.listOrEmpty("clusters").getOrElse(Vector.empty()).zipWithIndex()) {
            String path = "clusters[" + t._2 + "]";
            Option<Cluster> c = Fields.of(p, path, t._1, "name", "members").flatMap(f -> {
                Option<String> n = f.string("name");
                Option<Vector<String>> members = MarketSection.names(f, "members", path, names);
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


}
