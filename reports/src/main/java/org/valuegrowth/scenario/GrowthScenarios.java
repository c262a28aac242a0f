package org.valuegrowth.scenario;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.growth.MarketConcept;
import org.valuegrowth.growth.Corpus;
import org.valuegrowth.growth.ExtrapolationRule;
import org.valuegrowth.growth.GrowthRun;
import org.valuegrowth.growth.GrowthState;
import org.valuegrowth.growth.MarketStep;
import org.valuegrowth.growth.Source;
import org.valuegrowth.growth.Task;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.market.Cluster;
import org.valuegrowth.market.KellyMarket;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;
import org.valuegrowth.persona.Persona;

/**
 * {@code kind: growth}: a Kelly market of predictor traders grown by LLM-style steps (pretraining,
 * SFT, GRPO, extension to a new concept, simulated reflection), with personas, corpora, tasks and
 * concepts declared by name. Format in {@code spec/scenario-growth.md}.
 *
 * <p>The steps are run while the file is read, so that a step the model refuses (for example a
 * corpus symbol every trader calls impossible) is reported at the step's line like any other
 * problem; {@link Scenario#simulate()} then only formats the recorded snapshots.
 */
final class GrowthScenarios implements ScenarioKind {
    /**
     * The largest reward magnitude accepted: GRPO's advantages square differences of rewards (group
     * variance), which overflow beyond about 1.3e154, and the overflow would surface as a NaN in the
     * wealth, blamed on a later step instead of on the reward.
     */
    static final double MAX_REWARD = 1e150;

    @Override
    public String kind() {
        return "growth";
    }

    @Override
    public String[] topLevelKeys() {
        return new String[] {"kind", "name", "alphabet", "atoms", "prior", "traders", "personas", "clusters", "corpora",
            "tasks", "concepts", "track", "steps"};
    }

    @Override
    public Option<Scenario> read(Fields root) {
        return new Reader(root).read();
    }

    /** One read of one file: a builder that lives for a single parse. */
    static final class Reader {
        private final Fields root;
        private final Problems p;
        private int alphabet = -1;
        private Option<Language> lang = Option.none();

        Reader(Fields root) {
            this.root = root;
            this.p = root.problems();
        }

        Option<Scenario> read() {
            Option<String> name = root.string("name");
            readAlphabet();
            Option<Prior> prior = MarketSection.prior(root);
            HashSet<String> traderNames = declared("traders");
            Vector<PredictorTrader> traders = alphabet < 0 ? Vector.empty() : MarketSection.traders(root, alphabet, lang, false);
            HashSet<String> personaNames = declared("personas");
            LinkedHashMap<String, Persona> personas = alphabet < 0 ? LinkedHashMap.empty() : personas(traderNames);
            Vector<Cluster> clusters = clusters(traderNames, personaNames);
            LinkedHashMap<String, Corpus> corpora = alphabet < 0 ? LinkedHashMap.empty() : corpora(personas, personaNames);
            LinkedHashMap<String, Task> tasks = alphabet < 0 ? LinkedHashMap.empty() : tasks();
            LinkedHashMap<String, MarketConcept> concepts = concepts(traderNames);
            Vector<Sentence> track = Vector.empty();
            if (root.has("track") && (lang.isDefined() || !root.has("atoms"))) {
                if (lang.isEmpty()) {
                    p.add(root.get("track").get().line(), "track", "'track' needs 'atoms' (sentence prices exist only over worlds)");
                } else {
                    track = MarketSection.sentences(p, root, "track", lang.get());
                    Vector<String> shown = track.map(Sentence::toString);
                    for (String dup : shown.filter(t -> shown.count(t::equals) > 1).distinct()) {
                        p.add(root.get("track").get().line(), "track", "sentence " + dup + " is tracked twice");
                    }
                }
            }
            GrowthSteps.Refs refs = new GrowthSteps.Refs(alphabet, lang, personas, personaNames, corpora, declared("corpora"),
                    tasks, declared("tasks"), concepts, declared("concepts"));
            Vector<Tuple2<MarketStep, Integer>> steps = alphabet < 0 ? Vector.empty() : GrowthSteps.read(root, refs);
            if (!p.isEmpty() || name.isEmpty() || prior.isEmpty() || alphabet < 0) {
                return Option.none();
            }
            if (traders.isEmpty()) {
                p.add(root.line(), "traders", "a market needs at least one trader");
                return Option.none();
            }
            Option<KellyMarket> market = Models.build(p, root.get("traders").map(YNode::line).getOrElse(root.line()), "traders",
                    () -> lang.isDefined() ? KellyMarket.overWorlds(lang.get(), traders, prior.get())
                            : KellyMarket.of(traders, prior.get(), alphabet));
            if (market.isEmpty()) {
                return Option.none();
            }
            Vector<Cluster> all = personas.values().map(Persona::cluster).toVector().appendAll(clusters);
            return run(name.get(), market.get(), steps, all, personas.values().toVector(), track);
        }

        /** Applies the steps one at a time so that a refused step is reported at its own line. */
        private Option<Scenario> run(String name, KellyMarket market, Vector<Tuple2<MarketStep, Integer>> steps,
                                     Vector<Cluster> clusters, Vector<Persona> personas, Vector<Sentence> track) {
            GrowthState start = GrowthState.of(market);
            Option<GrowthRun.Snapshot> first = Models.build(p, root.line(), "",
                    () -> GrowthRun.snapshot("initial", start, clusters, track));
            if (first.isEmpty()) {
                return Option.none();
            }
            Vector<GrowthRun.Snapshot> snaps = Vector.of(first.get());
            Vector<GrowthState> states = Vector.of(start);
            for (int i = 0; i < steps.size(); i++) {
                MarketStep step = steps.get(i)._1;
                GrowthState before = states.last();
                String path = "steps[" + i + "]";
                Option<Tuple2<GrowthState, GrowthRun.Snapshot>> next = Models.build(p, steps.get(i)._2, path, () -> {
                    GrowthState after = step.apply(before);
                    return Tuple.of(after, GrowthRun.snapshot(step.label(), after, clusters, track));
                });
                if (next.isEmpty()) {
                    return Option.none();
                }
                states = states.append(next.get()._1);
                snaps = snaps.append(next.get()._2);
            }
            return Option.some(new GrowthScenario(name, steps.map(Tuple2::_1), clusters, personas, track, states, snaps));
        }

        private void readAlphabet() {
            MarketSection.Alphabet a = MarketSection.alphabet(root);
            alphabet = a.size();
            lang = a.language();
        }

        private HashSet<String> declared(String key) {
            return MarketSection.declaredNames(root, key);
        }

        private LinkedHashMap<String, Persona> personas(HashSet<String> traderNames) {
            LinkedHashMap<String, Persona> out = LinkedHashMap.empty();
            for (Tuple2<YNode, Integer> t : root.listOrEmpty("personas").getOrElse(Vector.empty()).zipWithIndex()) {
                String path = "personas[" + t._2 + "]";
                Option<Fields> f = Fields.of(p, path, t._1, "name", "traits", "members", "voice");
                if (f.isEmpty()) {
                    continue;
                }
                Option<String> name = f.get().string("name");
                if (name.isDefined() && out.containsKey(name.get())) {
                    p.add(t._1.line(), path + ".name", "duplicate persona name '" + name.get() + "'");
                    continue;
                }
                Option<Vector<String>> traits = f.get().listOrEmpty("traits").flatMap(items -> {
                    Vector<Option<String>> ts = items.zipWithIndex().map(x -> Values.string(p, path + ".traits[" + x._2 + "]", x._1));
                    return ts.forAll(Option::isDefined) ? Option.some(ts.map(Option::get)) : Option.none();
                });
                Option<Vector<String>> members = MarketSection.names(f.get(), "members", path, traderNames);
                Option<Predictor> voice = f.get().require("voice")
                        .flatMap(n -> MarketSection.predictor(p, path + ".voice", n, alphabet, lang));
                if (name.isDefined() && traits.isDefined() && members.isDefined() && voice.isDefined()) {
                    Option<Persona> persona = Models.build(p, t._1.line(), path, () -> new Persona(name.get(),
                            LinkedHashSet.ofAll(traits.get()), LinkedHashSet.ofAll(members.get()), voice.get()));
                    out = persona.isDefined() ? out.put(name.get(), persona.get()) : out;
                }
            }
            return out;
        }

        private Vector<Cluster> clusters(HashSet<String> traderNames, HashSet<String> personaNames) {
            Vector<Cluster> out = Vector.empty();
            for (Tuple2<YNode, Integer> t : root.listOrEmpty("clusters").getOrElse(Vector.empty()).zipWithIndex()) {
                String path = "clusters[" + t._2 + "]";
                Option<Fields> f = Fields.of(p, path, t._1, "name", "members");
                if (f.isEmpty()) {
                    continue;
                }
                Option<String> n = f.get().string("name");
                if (n.isDefined() && (personaNames.contains(n.get()) || out.exists(c -> c.name().equals(n.get())))) {
                    p.add(t._1.line(), path + ".name", "the name '" + n.get() + "' is already a persona or a cluster"
                            + " (shares are reported by name)");
                    continue;
                }
                Option<Vector<String>> members = MarketSection.names(f.get(), "members", path, traderNames);
                Option<Cluster> c = n.isDefined() && members.isDefined()
                        ? Models.build(p, t._1.line(), path, () -> new Cluster(n.get(), LinkedHashSet.ofAll(members.get())))
                        : Option.none();
                out = c.isDefined() ? out.append(c.get()) : out;
            }
            return out;
        }

        private LinkedHashMap<String, Corpus> corpora(LinkedHashMap<String, Persona> personas, HashSet<String> personaNames) {
            LinkedHashMap<String, Corpus> out = LinkedHashMap.empty();
            for (Tuple2<YNode, Integer> t : root.listOrEmpty("corpora").getOrElse(Vector.empty()).zipWithIndex()) {
                String path = "corpora[" + t._2 + "]";
                Option<Fields> f = Fields.of(p, path, t._1, "name", "documents", "length", "sources");
                if (f.isEmpty()) {
                    continue;
                }
                Option<String> name = f.get().string("name");
                if (name.isDefined() && out.containsKey(name.get())) {
                    p.add(t._1.line(), path + ".name", "duplicate corpus name '" + name.get() + "'");
                    continue;
                }
                Option<Long> docs = f.get().integer("documents", 0, GrowthSteps.MAX_DOCUMENTS);
                Option<Long> length = f.get().integer("length", 1, GrowthSteps.MAX_DOCUMENT_LENGTH, 1);
                if (docs.isDefined() && length.isDefined() && docs.get() * length.get() > GrowthSteps.MAX_SYMBOLS) {
                    p.add(t._1.line(), path, "documents × length = " + docs.get() * length.get() + " symbols; at most "
                            + GrowthSteps.MAX_SYMBOLS + " per corpus");
                    docs = Option.none();
                }
                Option<Vector<Source>> sources = f.get().list("sources").flatMap(items -> {
                    Vector<Option<Source>> ss = items.zipWithIndex().map(s -> source(s._1, path + ".sources[" + s._2 + "]",
                            personas, personaNames));
                    return ss.forAll(Option::isDefined) ? Option.some(ss.map(Option::get)) : Option.none();
                });
                final Option<Long> d = docs;
                if (name.isDefined() && d.isDefined() && length.isDefined() && sources.isDefined()) {
                    Option<Corpus> c = Models.build(p, t._1.line(), path, () -> new Corpus(sources.get(),
                            d.get().intValue(), length.get().intValue()));
                    out = c.isDefined() ? out.put(name.get(), c.get()) : out;
                }
            }
            return out;
        }

        private Option<Source> source(YNode node, String path, LinkedHashMap<String, Persona> personas, HashSet<String> personaNames) {
            Option<Fields> f = Fields.of(p, path, node, "persona", "name", "process", "weight");
            if (f.isEmpty()) {
                return Option.none();
            }
            Option<Double> weight = f.get().number("weight", 1.0);
            if (f.get().has("persona") == f.get().has("process")) {
                p.add(node.line(), path, "give exactly one of 'persona' (the persona's voice) or 'process' (with a 'name')");
                return Option.none();
            }
            if (f.get().has("persona")) {
                if (f.get().has("name")) {
                    p.add(node.line(), path + ".name", "a persona source is named after its persona");
                    return Option.none();
                }
                Option<Persona> persona = f.get().string("persona").flatMap(n -> GrowthSteps.resolve(p,
                        f.get().get("persona").get().line(), path + ".persona", "persona", n, personas, personaNames));
                return persona.isDefined() && weight.isDefined()
                        ? Models.build(p, node.line(), path, () -> new Source(persona.get().name(), weight.get(), persona.get().voice()))
                        : Option.none();
            }
            Option<String> name = f.get().string("name");
            Option<Predictor> process = MarketSection.predictor(p, path + ".process", f.get().get("process").get(), alphabet, lang);
            return name.isDefined() && process.isDefined() && weight.isDefined()
                    ? Models.build(p, node.line(), path, () -> new Source(name.get(), weight.get(), process.get()))
                    : Option.none();
        }

        private LinkedHashMap<String, Task> tasks() {
            LinkedHashMap<String, Task> out = LinkedHashMap.empty();
            for (Tuple2<YNode, Integer> t : root.listOrEmpty("tasks").getOrElse(Vector.empty()).zipWithIndex()) {
                String path = "tasks[" + t._2 + "]";
                Option<Fields> f = Fields.of(p, path, t._1, "name", "reward", "success", "refuse");
                if (f.isEmpty()) {
                    continue;
                }
                Option<String> name = f.get().string("name");
                if (name.isDefined() && out.containsKey(name.get())) {
                    p.add(t._1.line(), path + ".name", "duplicate task name '" + name.get() + "'");
                    continue;
                }
                int given = (f.get().has("reward") ? 1 : 0) + (f.get().has("success") ? 1 : 0) + (f.get().has("refuse") ? 1 : 0);
                if (given != 1) {
                    p.add(t._1.line(), path, "give exactly one of 'reward' (one number per symbol), 'success' or 'refuse' (symbols)");
                    continue;
                }
                Option<Vector<Double>> reward;
                if (f.get().has("reward")) {
                    reward = f.get().list("reward").flatMap(items -> {
                        Vector<Option<Double>> rs = items.zipWithIndex().map(r -> Values.number(p, path + ".reward[" + r._2 + "]", r._1)
                                .filter(v -> {
                                    if (Math.abs(v) <= MAX_REWARD) {
                                        return true;
                                    }
                                    p.add(r._1.line(), path + ".reward[" + r._2 + "]", "reward " + v + " is outside [-1e150, 1e150]"
                                            + " (GRPO squares reward differences); rescale the rewards, which changes the advantages only through ε");
                                    return false;
                                }));
                        if (!rs.forAll(Option::isDefined)) {
                            return Option.none();
                        }
                        if (rs.size() != alphabet) {
                            p.add(f.get().get("reward").get().line(), path + ".reward", "expected " + alphabet
                                    + " rewards (one per symbol), found " + rs.size());
                            return Option.none();
                        }
                        return Option.some(rs.map(Option::get));
                    });
                } else {
                    String key = f.get().has("success") ? "success" : "refuse";
                    double hit = key.equals("success") ? 1.0 : 0.0;
                    reward = symbols(f.get(), key, path + "." + key).map(set -> Vector.range(0, alphabet)
                            .map(x -> set.contains(x) ? hit : 1.0 - hit));
                }
                if (name.isDefined() && reward.isDefined()) {
                    Option<Task> task = Models.build(p, t._1.line(), path, () -> new Task(name.get(), reward.get()));
                    out = task.isDefined() ? out.put(name.get(), task.get()) : out;
                }
            }
            return out;
        }

        /** A set of symbols: integers 0..m−1, or (with atoms) sentences standing for the worlds where they hold. */
        private Option<HashSet<Integer>> symbols(Fields f, String key, String path) {
            return f.list(key).flatMap(items -> {
                HashSet<Integer> set = HashSet.empty();
                boolean ok = true;
                for (Tuple2<YNode, Integer> t : items.zipWithIndex()) {
                    String sub = path + "[" + t._2 + "]";
                    Option<HashSet<Integer>> xs = Values.string(p, sub, t._1).flatMap(s -> symbol(t._1.line(), sub, s));
                    ok &= xs.isDefined();
                    set = set.addAll(xs.getOrElse(HashSet.empty()));
                }
                return ok ? Option.some(set) : Option.none();
            });
        }

        private Option<HashSet<Integer>> symbol(int line, String path, String text) {
            if (text.trim().matches("-?[0-9]+")) {
                return Values.integer(p, path, new YNode.Scalar(text, line), 0, alphabet - 1).map(x -> HashSet.of(x.intValue()));
            }
            if (lang.isEmpty() && root.has("atoms")) {
                return Option.none();
            }
            if (lang.isEmpty()) {
                p.add(line, path, "expected a symbol 0.." + (alphabet - 1) + ", found '" + text + "' (sentences need 'atoms')");
                return Option.none();
            }
            return sentence(line, path, text).map(s -> HashSet.ofAll(Vector.range(0, alphabet).filter(s::eval)));
        }

        private Option<Sentence> sentence(int line, String path, String text) {
            if (lang.isEmpty() && root.has("atoms")) {
                return Option.none();
            }
            if (lang.isEmpty()) {
                p.add(line, path, "sentences need 'atoms' at the top level");
                return Option.none();
            }
            return SentenceParser.parse(lang.get(), text).fold(err -> {
                p.add(line, path, err);
                return Option.none();
            }, Option::some);
        }

        private LinkedHashMap<String, MarketConcept> concepts(HashSet<String> traderNames) {
            LinkedHashMap<String, MarketConcept> out = LinkedHashMap.empty();
            for (Tuple2<YNode, Integer> t : root.listOrEmpty("concepts").getOrElse(Vector.empty()).zipWithIndex()) {
                String path = "concepts[" + t._2 + "]";
                Option<Fields> f = Fields.of(p, path, t._1, "name", "rules", "fallback", "grounding");
                if (f.isEmpty()) {
                    continue;
                }
                Option<String> name = f.get().string("name");
                if (name.isDefined() && out.containsKey(name.get())) {
                    p.add(t._1.line(), path + ".name", "duplicate concept name '" + name.get() + "'");
                    continue;
                }
                Option<ExtrapolationRule> fallback = f.get().require("fallback").flatMap(n -> rule(n, path + ".fallback"));
                Option<LinkedHashMap<String, ExtrapolationRule>> rules = f.get().get("rules")
                        .map(n -> rules(n, path + ".rules", traderNames)).getOrElse(Option.some(LinkedHashMap.empty()));
                Option<Option<Sentence>> grounding = f.get().get("grounding")
                        .map(n -> Values.string(p, path + ".grounding", n).flatMap(s -> sentence(n.line(), path + ".grounding", s))
                                .map(Option::some))
                        .getOrElse(Option.some(Option.none()));
                if (name.isDefined() && fallback.isDefined() && rules.isDefined() && grounding.isDefined()) {
                    Option<MarketConcept> c = Models.build(p, t._1.line(), path,
                            () -> new MarketConcept(name.get(), rules.get(), fallback.get(), grounding.get()));
                    out = c.isDefined() ? out.put(name.get(), c.get()) : out;
                }
            }
            return out;
        }

        private Option<LinkedHashMap<String, ExtrapolationRule>> rules(YNode node, String path, HashSet<String> traderNames) {
            if (!(node instanceof YNode.Map)) {
                p.add(node.line(), path, "expected a map from trader name to rule, found " + node.describe());
                return Option.none();
            }
            LinkedHashMap<String, ExtrapolationRule> out = LinkedHashMap.empty();
            boolean ok = true;
            for (Tuple2<YNode.Scalar, YNode> e : ((YNode.Map) node).entries()) {
                String sub = path + "." + e._1.value();
                if (!traderNames.contains(e._1.value())) {
                    p.add(e._1.line(), sub, "unknown trader '" + e._1.value() + "'");
                    ok = false;
                    continue;
                }
                Option<ExtrapolationRule> r = rule(e._2, sub);
                ok &= r.isDefined();
                out = r.isDefined() ? out.put(e._1.value(), r.get()) : out;
            }
            return ok ? Option.some(out) : Option.none();
        }

        /** {@code {constant: p}} or {@code {grounded: sentence, noise: ε}}. */
        private Option<ExtrapolationRule> rule(YNode node, String path) {
            Option<Fields> f = Fields.of(p, path, node, "constant", "grounded", "noise");
            if (f.isEmpty()) {
                return Option.none();
            }
            if (f.get().has("constant") == f.get().has("grounded")) {
                p.add(node.line(), path, "give exactly one of 'constant' (a probability) or 'grounded' (a sentence)");
                return Option.none();
            }
            if (f.get().has("constant")) {
                if (f.get().has("noise")) {
                    p.add(f.get().get("noise").get().line(), path + ".noise", "'noise' belongs to a grounded rule");
                    return Option.none();
                }
                return f.get().probability("constant").flatMap(c -> Models.build(p, node.line(), path,
                        () -> new ExtrapolationRule.Constant(c)));
            }
            YNode g = f.get().get("grounded").get();
            Option<Sentence> def = Values.string(p, path + ".grounded", g).flatMap(s -> sentence(g.line(), path + ".grounded", s));
            Option<Double> noise = f.get().get("noise").map(n -> Values.number(p, path + ".noise", n)).getOrElse(Option.some(0.0));
            return def.isDefined() && noise.isDefined()
                    ? Models.build(p, f.get().get("noise").map(YNode::line).getOrElse(node.line()), path,
                            () -> new ExtrapolationRule.Grounded(def.get(), noise.get()))
                    : Option.none();
        }
    }
}
