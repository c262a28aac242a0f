package org.valuegrowth.scenario;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.logic.Atom;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.mind.MindConcept;
import org.valuegrowth.mind.ConceptDescription;
import org.valuegrowth.mind.Energy;
import org.valuegrowth.mind.MindStep;
import org.valuegrowth.mind.Layer;
import org.valuegrowth.mind.Mind;
import org.valuegrowth.mind.MindDescription;
import org.valuegrowth.mind.Observation;
import org.valuegrowth.mind.ReflectionSettings;
import org.valuegrowth.mind.StepDescription;
import org.valuegrowth.mind.Want;
import org.valuegrowth.mind.WantDescription;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.report.Fmt;
import org.valuegrowth.search.LayerValue;
import org.valuegrowth.trace.MindTrace;
import org.valuegrowth.search.ValueSettings;

/**
 * {@code kind: mind}: a layered mind (sensory atoms, concepts defined through abstraction maps,
 * world-model weights, wants, self atoms) and a sequence of growth steps; the simulation prints,
 * after each step, the world and goal marginals per layer, the inconsistency energy and each
 * layer's value. Format in {@code spec/scenario-mind.md}; the model in {@code spec/mind.md} and
 * {@code spec/value.md}.
 *
 * <p>Reading has two phases. The first checks the file against the names it declares (every
 * problem at once, each at the line of its item); only a file that passes it is built with
 * {@link MindDescription#toMind()} and its steps are applied in order, where the first step the
 * model rejects is reported at its line (later steps would act on a mind that does not exist).
 */
final class MindScenarios implements ScenarioKind {
    /** Upper bound on the sweeps of one reflect step, so that a file cannot ask for hours of work. */
    static final int MAX_SWEEPS = 10_000;

    /**
     * The most reflection one file may ask for, in operations of {@link #reflectionWork}: 2·10^10,
     * about 20 s on the 2-core development machine (10 sensory atoms under 10 grounded concepts,
     * 3.2·10^10 per sweep, took 34 s; 12 under 12 would cost 2·10^12 per sweep). Counting work
     * rather than time keeps the limit the same on every machine.
     */
    static final double MAX_REFLECTION_OPERATIONS = 2e10;

    /**
     * The most want projections one file may ask for: the sum, over its initial wants and its reward
     * and approval steps, of (wants on the layer, the new one included) × (worlds of the layer).
     * Each reward or approval re-projects every want of its layer (minimum-change steps, at most 500,
     * spec/mind.md §3), so many contradictory wants on a large layer cost a lot. Measured with the former
     * cyclic I-projections: 60 rewards on 12 sensory atoms ran for over five minutes; 20 (Σ = 860,160)
     * took 112 s, 10 (Σ = 225,280) 12 s. The limit, 200,000, allows 9 such rewards on 12 atoms and 39 on 8.
     */
    static final long MAX_WANT_WORLDS = 200_000;

    /** A reward or approval step above this many want-worlds is announced on the progress stream. */
    static final long ANNOUNCE_WANT_WORLDS = 20_000;

    /** A reflect step estimated above this many operations (about a second) is announced on the progress stream. */
    static final double ANNOUNCE_OPERATIONS = 1e9;

    /**
     * Values are computed for layers of at most this many worlds (8 atoms). Above it, building the
     * exact solver's model and its first propagation, which its time limit does not cover, took
     * 3.9–8.9 s at 9 atoms with a 100 ms limit (0.12–0.28 s at 8 atoms), and grows from there.
     */
    static final int MAX_VALUE_WORLDS = 256;

    /** Simulations whose values could take longer than this (states × layers × time limit) report each state on the progress stream. */
    static final long ANNOUNCE_VALUE_MILLIS = 10_000;

    private static final String[] STEP_KEYS = {"sense", "reward", "approval", "reflect", "extend", "augment"};

    @Override
    public String kind() {
        return "mind";
    }

    @Override
    public String[] topLevelKeys() {
        return new String[] {"kind", "name", "sensory", "layers", "wants", "self", "steps", "values"};
    }

    /**
     * A parsed mind scenario: the states after each step (state 0 is the start) and their labels.
     *
     * @param name the scenario's name
     * @param labels one per state, "start" first, then each step's label
     * @param states the minds
     * @param settings how values are computed
     */
    record MindRun(String name, Vector<String> labels, Vector<Mind> states, ValueSettings settings) implements Scenario {
        @Override
        public Simulation simulate() {
            return simulate(Progress.NONE);
        }

        @Override
        public Simulation simulate(Progress progress) {
            long worstMillis = states.map(m -> (long) m.layers().size()).sum().longValue() * settings.timeLimitMillis();
            boolean announce = worstMillis > ANNOUNCE_VALUE_MILLIS;
            int layers = states.map(m -> m.layers().size()).max().getOrElse(1);
            Vector<String> cols = Vector.of("step", "description", "energy");
            for (int l = 0; l < layers; l++) {
                cols = cols.append("L" + l + " P_W/P_G").append("L" + l + " value bits");
            }
            Vector<Vector<String>> rows = Vector.empty();
            Vector<Object> steps = Vector.empty();
            for (int i = 0; i < states.size(); i++) {
                Mind m = states.get(i);
                if (announce) {
                    progress.note("values: state " + i + " of " + (states.size() - 1) + " (" + m.layers().size()
                            + " layers, at most " + settings.timeLimitMillis() + " ms each)");
                }
                Vector<LayerValue> values = Vector.range(0, m.layers().size()).map(l -> value(m, l, settings));
                Vector<Vector<Double>> wm = m.worldMarginals();
                Vector<Vector<Double>> gm = m.goalMarginals();
                Energy e = m.energy();
                Vector<String> row = Vector.of(Integer.toString(i), labels.get(i), Fmt.num(e.total()));
                Vector<Object> layerJson = Vector.empty();
                for (int l = 0; l < layers; l++) {
                    if (l >= m.layers().size()) {
                        row = row.append("-").append("-");
                        continue;
                    }
                    Vector<String> atoms = m.language(l).atoms().map(Atom::name);
                    StringBuilder summary = new StringBuilder();
                    LinkedHashMap<String, Object> world = LinkedHashMap.empty();
                    LinkedHashMap<String, Object> goal = LinkedHashMap.empty();
                    for (int a = 0; a < atoms.size(); a++) {
                        summary.append(a == 0 ? "" : ", ").append(atoms.get(a)).append(' ')
                                .append(Fmt.num(round(wm.get(l).get(a)))).append('/').append(Fmt.num(round(gm.get(l).get(a))));
                        world = world.put(atoms.get(a), wm.get(l).get(a));
                        goal = goal.put(atoms.get(a), gm.get(l).get(a));
                    }
                    LayerValue v = values.get(l);
                    row = row.append(summary.toString()).append(v.descriptor().map(d -> Fmt.num(d.bits())).getOrElse(shortStatus(v.status())));
                    LinkedHashMap<String, Object> valueJson = LinkedHashMap.<String, Object>empty().put("status", v.status());
                    if (v.descriptor().isDefined()) {
                        valueJson = valueJson.put("atoms", v.descriptor().get().atoms()).put("bits", v.descriptor().get().bits());
                    }
                    if (v.statistics().isDefined()) {
                        valueJson = valueJson.put("nodes", v.statistics().get().nodes());
                    }
                    layerJson = layerJson.append(LinkedHashMap.<String, Object>empty()
                            .put("layer", l)
                            .put("atoms", atoms)
                            .put("world", world)
                            .put("goal", goal)
                            .put("energyWithin", e.within().get(l))
                            .put("energyAcross", e.across().get(l))
                            .put("value", valueJson));
                }
                rows = rows.append(row);
                steps = steps.append(LinkedHashMap.<String, Object>empty()
                        .put("step", i)
                        .put("description", labels.get(i))
                        .put("energy", e.total())
                        .put("layers", layerJson));
            }
            LinkedHashMap<String, Object> valueSettings = LinkedHashMap.<String, Object>empty()
                    .put("strengthBase", settings.strengthBase()).put("levels", settings.levels())
                    .put("epsilon", settings.epsilon()).put("resolution", settings.resolution())
                    .put("timeLimitMillis", settings.timeLimitMillis());
            Object json = LinkedHashMap.<String, Object>empty()
                    .put("scenario", name).put("kind", "mind")
                    .put("values", valueSettings)
                    .put("steps", steps);
            return new Simulation(cols, rows, json);
        }

        @Override
        public Option<ClaimCheck> check() {
            return Option.none();
        }
    }

    /**
     * The value of layer {@code l}; a model precondition the solver input breaks becomes a status, not
     * an exception, and so does a layer above {@link #MAX_VALUE_WORLDS} worlds.
     */
    static LayerValue value(Mind m, int l, ValueSettings settings) {
        int worlds = m.layers().get(l).worldCount();
        if (worlds > MAX_VALUE_WORLDS) {
            return new LayerValue(l, Option.none(), "not computed: layer " + l + " has " + worlds + " worlds, more than "
                    + MAX_VALUE_WORLDS + " (values are computed for layers of at most 8 atoms, where the solver keeps to its time limit)",
                    Option.none());
        }
        try {
            return MindTrace.layerValue(m, l, settings);
        } catch (ModelException e) {
            return new LayerValue(l, Option.none(), "not computed: " + e.getMessage(), Option.none());
        }
    }

    /** Marginals in the table are rounded to 4 decimals (the JSON has them in full). */
    private static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }

    private static String shortStatus(String status) {
        if (status.startsWith("limit")) {
            return "limit";
        }
        if (status.startsWith("no descriptor")) {
            return "none";
        }
        if (status.startsWith("unreachable")) {
            return "unreachable";
        }
        return "n/c";
    }

    /** The names declared so far, per layer, valid or not, so that one bad item does not cascade. */
    private static final class Names {
        private final java.util.List<java.util.List<String>> layers = new java.util.ArrayList<>();
        private final java.util.Map<String, Integer> firstLine = new java.util.HashMap<>();
        private final java.util.Set<Integer> incomplete = new java.util.HashSet<>();

        int top() {
            return layers.size() - 1;
        }

        void openLayer() {
            layers.add(new java.util.ArrayList<>());
        }

        /** Declares {@code name} at {@code layer}; records a duplicate. */
        void declare(Problems p, int line, String path, int layer, String name) {
            Integer first = firstLine.get(name);
            if (first != null) {
                p.add(line, path, "atom name '" + name + "' is used twice in the mind (first declared at line " + first + ")");
                return;
            }
            firstLine.put(name, line);
            layers.get(layer).add(name);
        }

        /** Records that some name of {@code layer} could not be read, so sentences over it are not checked. */
        void markIncomplete(int layer) {
            incomplete.add(layer);
        }

        boolean complete(int layer) {
            return !incomplete.contains(layer);
        }

        int size(int layer) {
            return layers.get(layer).size();
        }

        boolean contains(String name) {
            return firstLine.containsKey(name);
        }

        /** The language of layer {@code layer}'s valid names, for parsing sentences. */
        Language language(int layer) {
            Vector<Atom> atoms = Vector.empty();
            for (String n : layers.get(layer)) {
                try {
                    atoms = atoms.append(new Atom(n, layer));
                } catch (ModelException e) {
                    // an invalid name was reported where it was declared
                }
            }
            return new Language(atoms);
        }
    }

    @Override
    public Option<Scenario> read(Fields root) {
        return read(root, Progress.NONE);
    }

    /**
     * The estimated operations of one {@link MindStep.Reflect} sweep with {@code s} on {@code m}'s
     * structure (reflection moves tilts only, so the structure, and the estimate, stay the same over
     * the sweeps of a step). Per layer ℓ with n worlds and r residuals (its wants, the keys of its
     * own abstraction map, the keys of the map above): damped Gauss–Newton forms JᵀJ (n²·r) and
     * may try every damping (maxTrials + 1 trials), each solving an n×n system (n³/3) and evaluating
     * the energy (N, the worlds of all layers times their wants plus one); gradient steps cost
     * n·r + N per trial. Measured: 10 sensory atoms under 10 grounded concepts, 3.2·10^10 per sweep,
     * took 34 s.
     */
    static double reflectionWork(Mind m, ReflectionSettings s) {
        if (s.method() == ReflectionSettings.Method.MINIMUM_CHANGE) {
            return minimumChangeWork(m, s);
        }
        int layers = m.layers().size();
        double all = 0;
        for (int l = 0; l < layers; l++) {
            Layer layer = m.layers().get(l);
            all += (double) layer.worldCount() * (layer.wants().size() + 1);
        }
        double total = 0;
        for (int l = 0; l < layers; l++) {
            Layer layer = m.layers().get(l);
            double n = layer.worldCount();
            double r = layer.wants().size() + (l > 0 ? Math.pow(2, layer.groundedIndices().length) : 0)
                    + (l + 1 < layers ? Math.pow(2, m.layers().get(l + 1).groundedIndices().length) : 0);
            double trials = s.maxTrials() + 1.0;
            double step = s.method() == ReflectionSettings.Method.DAMPED_GAUSS_NEWTON
                    ? n * n * r + trials * (n * n * n / 3 + all)
                    : trials * (n * r + all);
            total += s.innerIterations() * step;
        }
        return total;
    }

    /**
     * Counted operations understate a minimum-change sweep by this factor: its covariances take three
     * dense passes over the worlds and its functions are materialised per multiplier. Measured: 10
     * sensory atoms under 10 grounded concepts (1025 multipliers, 2048 worlds), counted 2.6e9, took 24 s
     * at load 1.5, i.e. 2.4e10 in the units of the limit (about 10^9 per second).
     */
    static final double MINIMUM_CHANGE_FACTOR = 9;

    /**
     * One minimum-change sweep (spec/mind.md §6): P multipliers (every want, every key of every layer
     * above 0), their P×P covariance Jacobian over all N worlds, a P×P solve, and up to maxTrials + 1
     * energy evaluations over the N worlds, times {@link #MINIMUM_CHANGE_FACTOR}.
     */
    static double minimumChangeWork(Mind m, ReflectionSettings s) {
        double p = 0;
        double n = 0;
        double wants = 0;
        for (int l = 0; l < m.layers().size(); l++) {
            Layer layer = m.layers().get(l);
            p += layer.wants().size() + (l > 0 ? Math.pow(2, layer.groundedIndices().length) : 0);
            n += layer.worldCount();
            wants += layer.wants().size();
        }
        return MINIMUM_CHANGE_FACTOR * (p * p * n + p * p * p / 3 + (s.maxTrials() + 1.0) * n * (1 + wants + p));
    }

    @Override
    public Option<Scenario> read(Fields root, Progress progress) {
        Problems p = root.problems();
        Option<String> name = root.string("name");
        Names names = new Names();
        names.openLayer();
        Option<Sensory> sensory = root.require("sensory").flatMap(n -> sensory(p, n, names));
        if (sensory.isEmpty() && names.size(0) == 0) {
            names.markIncomplete(0);
        }
        Vector<Vector<ConceptDescription>> upper = Vector.empty();
        Vector<Integer> layerLines = Vector.empty();
        for (Tuple2<YNode, Integer> t : root.listOrEmpty("layers").getOrElse(Vector.empty()).zipWithIndex()) {
            String path = "layers[" + t._2 + "]";
            int layer = t._2 + 1;
            names.openLayer();
            layerLines = layerLines.append(t._1.line());
            Option<Vector<ConceptDescription>> cs = Fields.of(p, path, t._1, "concepts")
                    .flatMap(f -> f.list("concepts").map(items -> concepts(p, path + ".concepts", f.get("concepts").get(),
                            items, layer, names)));
            if (cs.isEmpty()) {
                names.markIncomplete(layer);
            }
            upper = upper.append(cs.getOrElse(Vector.empty()));
        }
        Vector<WantDescription> wants = Vector.empty();
        Vector<Integer> wantLines = Vector.empty();
        for (Tuple2<YNode, Integer> t : root.listOrEmpty("wants").getOrElse(Vector.empty()).zipWithIndex()) {
            Option<WantDescription> w = want(p, "wants[" + t._2 + "]", t._1, names);
            if (w.isDefined()) {
                wants = wants.append(w.get());
                wantLines = wantLines.append(t._1.line());
            }
        }
        Vector<String> self = Vector.empty();
        for (Tuple2<YNode, Integer> t : root.listOrEmpty("self").getOrElse(Vector.empty()).zipWithIndex()) {
            String path = "self[" + t._2 + "]";
            Option<String> s = Values.string(p, path, t._1);
            if (s.isDefined() && !names.contains(s.get())) {
                p.add(t._1.line(), path, "unknown atom '" + s.get() + "' (self atoms must be atoms of the starting mind)");
            } else if (s.isDefined()) {
                self = self.append(s.get());
            }
        }
        Vector<Tuple2<StepDescription, Integer>> steps = Vector.empty();
        for (Tuple2<YNode, Integer> t : root.listOrEmpty("steps").getOrElse(Vector.empty()).zipWithIndex()) {
            Option<StepDescription> s = step(p, "steps[" + t._2 + "]", t._1, names);
            if (s.isDefined()) {
                steps = steps.append(new Tuple2<>(s.get(), t._1.line()));
            }
        }
        Option<ValueSettings> settings = root.get("values").isEmpty() ? Option.some(ValueSettings.defaults())
                : valueSettings(p, root.get("values").get());
        if (!p.isEmpty() || name.isEmpty() || sensory.isEmpty() || settings.isEmpty()) {
            return Option.none();
        }
        // the initial wants are projected while the mind is built: bound them before building
        long wantWorlds = 0;
        java.util.Map<Integer, Integer> wantsPerLayer = new java.util.HashMap<>();
        for (int i = 0; i < wants.size(); i++) {
            int l = wants.get(i).layer();
            int atoms = l == 0 ? sensory.get().atoms().size() : upper.get(l - 1).size();
            wantWorlds += (long) wantsPerLayer.merge(l, 1, Integer::sum) << atoms;
            if (wantWorlds > MAX_WANT_WORLDS) {
                p.add(wantLines.get(i), "wants[" + i + "]", wantLimit(wantWorlds, wantsPerLayer.get(l), 1L << atoms));
                return Option.none();
            }
        }
        MindDescription description = new MindDescription(sensory.get().atoms(), sensory.get().weights(), upper, wants, self);
        Validation<Seq<String>, Mind> built = description.toMind();
        if (built.isInvalid()) {
            for (String msg : built.getError()) {
                Tuple2<Integer, String> where = locate(msg, root.line(), sensory.get().line(),
                        root.get("self").map(YNode::line).getOrElse(root.line()), layerLines, wants, wantLines);
                p.add(where._1, where._2, msg);
            }
            return Option.none();
        }
        Mind m = built.get();
        Vector<Mind> states = Vector.of(m);
        Vector<String> labels = Vector.of("start");
        double reflection = 0;
        for (int i = 0; i < steps.size(); i++) {
            Tuple2<StepDescription, Integer> s = steps.get(i);
            Either<String, MindStep> g = s._1.resolve(m);
            if (g.isLeft()) {
                p.add(s._2, "steps[" + i + "]", g.getLeft());
                return Option.none();
            }
            if (g.get() instanceof MindStep.Reward || g.get() instanceof MindStep.Approval) {
                int l = g.get() instanceof MindStep.Reward ? 0 : ((MindStep.Approval) g.get()).layer();
                if (l >= 0 && l < m.layers().size()) {
                    Layer layer = m.layers().get(l);
                    long step = (long) (layer.wants().size() + 1) * layer.worldCount();
                    wantWorlds += step;
                    if (wantWorlds > MAX_WANT_WORLDS) {
                        p.add(s._2, "steps[" + i + "]", wantLimit(wantWorlds, layer.wants().size() + 1, layer.worldCount()));
                        return Option.none();
                    }
                    if (step > ANNOUNCE_WANT_WORLDS) {
                        progress.note("steps[" + i + "] " + g.get().label() + ": re-projects " + (layer.wants().size() + 1)
                                + " wants over " + layer.worldCount() + " worlds");
                    }
                }
            }
            if (g.get() instanceof MindStep.Reflect) {
                MindStep.Reflect r = (MindStep.Reflect) g.get();
                double work = r.sweeps() * reflectionWork(m, r.settings());
                reflection += work;
                String sizes = m.layers().map(layer -> Integer.toString(layer.worldCount())).mkString("/");
                if (reflection > MAX_REFLECTION_OPERATIONS) {
                    p.add(s._2, "steps[" + i + "].reflect", String.format(java.util.Locale.ROOT,
                            "reflection would need about %.2g operations (this step %.2g: %d sweeps over layers of %s worlds), "
                                    + "more than the limit of %.0e per file; ask for fewer sweeps or smaller layers",
                            reflection, work, r.sweeps(), sizes, MAX_REFLECTION_OPERATIONS));
                    return Option.none();
                }
                if (work > ANNOUNCE_OPERATIONS) {
                    progress.note(String.format(java.util.Locale.ROOT, "steps[%d] %s: about %.2g operations over layers of %s worlds",
                            i, r.label(), work, sizes));
                }
            }
            final Mind before = m;
            Option<Mind> after = Models.build(p, s._2, "steps[" + i + "]", () -> g.get().apply(before));
            if (after.isEmpty()) {
                return Option.none();
            }
            m = after.get();
            states = states.append(m);
            labels = labels.append(g.get().label());
        }
        return Option.some(new MindRun(name.get(), labels, states, settings.get()));
    }

    private static String wantLimit(long total, int wants, long worlds) {
        return "the wants of this file would need " + total + " want-world projections (every reward or approval re-projects"
                + " each want of its layer: here " + wants + " wants over " + worlds + " worlds), more than the limit of "
                + MAX_WANT_WORLDS + " per file; use fewer wants or a smaller layer";
    }

    /**
     * The line and field of a message from {@link MindDescription#toMind()}: by its prefix
     * ("layer k", "sensory", "at most", "want", "self"), a want by its quoted sentence; else the file.
     * Only reached when the first phase found nothing, so every want of the file was read.
     */
    static Tuple2<Integer, String> locate(String msg, int rootLine, int sensoryLine, int selfLine, Vector<Integer> layerLines,
                                          Vector<WantDescription> wants, Vector<Integer> wantLines) {
        if (msg.startsWith("layer ")) {
            String digits = msg.substring(6).replaceAll("[^0-9].*$", "");
            if (!digits.isEmpty() && digits.length() < 4) {
                int l = Integer.parseInt(digits);
                if (l >= 1 && l <= layerLines.size()) {
                    return new Tuple2<>(layerLines.get(l - 1), "layers[" + (l - 1) + "]");
                }
            }
        }
        if (msg.startsWith("sensory") || msg.startsWith("at most")) {
            return new Tuple2<>(sensoryLine, "sensory");
        }
        if (msg.startsWith("want")) {
            for (int i = 0; i < wants.size() && i < wantLines.size(); i++) {
                if (msg.contains("\"" + wants.get(i).sentence() + "\"") || msg.startsWith("want layer " + wants.get(i).layer() + " ")) {
                    return new Tuple2<>(wantLines.get(i), "wants[" + i + "]");
                }
            }
        }
        if (msg.startsWith("self")) {
            return new Tuple2<>(selfLine, "self");
        }
        return new Tuple2<>(rootLine, "");
    }

    /** The sensory layer as read: atom names, world weights (empty = uniform), and the line of the weights (else of the section). */
    private record Sensory(Vector<String> atoms, Vector<Double> weights, int line) {
    }

    private static Option<Sensory> sensory(Problems p, YNode node, Names names) {
        return Fields.of(p, "sensory", node, "atoms", "weights").flatMap(f -> f.list("atoms").flatMap(items -> {
            Vector<String> atoms = Vector.empty();
            for (Tuple2<YNode, Integer> t : items.zipWithIndex()) {
                String path = "sensory.atoms[" + t._2 + "]";
                Option<String> a = Values.string(p, path, t._1)
                        .flatMap(s -> Models.build(p, t._1.line(), path, () -> new Atom(s, 0)).map(Atom::name));
                if (a.isDefined()) {
                    names.declare(p, t._1.line(), path, 0, a.get());
                    atoms = atoms.append(a.get());
                } else {
                    names.markIncomplete(0);
                }
            }
            YNode list = f.get("atoms").get();
            if (items.isEmpty()) {
                p.add(list.line(), "sensory.atoms", "a mind needs at least one sensory atom");
            }
            if (items.size() > Layer.MAX_ATOMS) {
                p.add(list.line(), "sensory.atoms", "at most " + Layer.MAX_ATOMS + " atoms per layer, got " + items.size());
                return Option.none();
            }
            Vector<Double> weights = Vector.empty();
            Option<Vector<YNode>> ws = f.listOrEmpty("weights");
            if (ws.isEmpty()) {
                return Option.none();
            }
            for (Tuple2<YNode, Integer> t : ws.get().zipWithIndex()) {
                String path = "sensory.weights[" + t._2 + "]";
                Option<Double> w = Values.number(p, path, t._1);
                if (w.isDefined() && !(w.get() > 0)) {
                    p.add(t._1.line(), path, "a world weight must be > 0 (every sensory world stays possible), got " + w.get());
                } else if (w.isDefined()) {
                    weights = weights.append(w.get());
                }
            }
            int worlds = 1 << items.size();
            if (!items.isEmpty() && !ws.get().isEmpty() && ws.get().size() != worlds) {
                p.add(f.get("weights").get().line(), "sensory.weights", ws.get().size() + " weights given for "
                        + worlds + " sensory worlds (one per world; bit i of the world index = atom i)");
            }
            // the model's messages about the sensory world-model concern the weights when there are any
            int line = f.get("weights").map(YNode::line).getOrElse(node.line());
            return Option.some(new Sensory(atoms, weights, line));
        }));
    }

    private static Vector<ConceptDescription> concepts(Problems p, String path, YNode listNode, Vector<YNode> items,
                                                       int layer, Names names) {
        Vector<ConceptDescription> out = Vector.empty();
        if (items.isEmpty()) {
            p.add(listNode.line(), path, "a layer needs at least one concept");
        }
        for (Tuple2<YNode, Integer> t : items.zipWithIndex()) {
            Option<ConceptDescription> c = concept(p, path + "[" + t._2 + "]", t._1, layer, names);
            if (c.isDefined()) {
                out = out.append(c.get());
            }
        }
        if (names.size(layer) > Layer.MAX_ATOMS) {
            p.add(listNode.line(), path, "at most " + Layer.MAX_ATOMS + " atoms per layer, layer " + layer + " would have "
                    + names.size(layer));
        }
        return out;
    }

    private static Option<ConceptDescription> concept(Problems p, String path, YNode node, int layer, Names names) {
        return Fields.of(p, path, node, "name", "definition", "prior").flatMap(f -> {
            Option<String> name = f.string("name").flatMap(s -> Models.build(p, f.get("name").get().line(), path + ".name",
                    () -> new Atom(s, layer)).map(Atom::name));
            if (name.isDefined()) {
                names.declare(p, f.get("name").get().line(), path + ".name", layer, name.get());
            } else {
                names.markIncomplete(layer);
            }
            Option<Option<String>> definition = Option.some(Option.none());
            if (f.has("definition")) {
                YNode d = f.get("definition").get();
                definition = Values.string(p, path + ".definition", d).flatMap(text -> parse(p, d.line(), path + ".definition",
                        names, layer - 1, text, "atoms of layer " + (layer - 1)).map(s -> Option.some(text)));
                if (f.has("prior")) {
                    p.add(f.get("prior").get().line(), path + ".prior",
                            "a concept with a definition takes no prior (its probability is pushed forward from the layer below)");
                }
            }
            Option<Double> prior = f.number("prior", 0.5);
            if (prior.isDefined() && f.has("prior") && !f.has("definition")) {
                double p0 = prior.get();
                prior = Models.build(p, f.get("prior").get().line(), path + ".prior",
                        () -> new MindConcept(new Atom(name.getOrElse("concept"), layer), Option.none(), p0).prior());
            }
            if (name.isEmpty() || definition.isEmpty() || prior.isEmpty()) {
                return Option.none();
            }
            return Option.some(new ConceptDescription(name.get(), definition.get(), prior.get()));
        });
    }

    /**
     * The sentence over the names of {@code layer}, or none with the parser's message recorded. Over a
     * layer some of whose names could not be read, an "unknown atom" is not recorded: it would only
     * repeat the problem already reported where the name is declared.
     */
    private static Option<Sentence> parse(Problems p, int line, String path, Names names, int layer, String text, String over) {
        Language lang = names.language(layer);
        Either<String, Sentence> s;
        try {
            s = SentenceParser.parse(lang, text);
        } catch (ModelException e) {
            s = Either.left(e.getMessage());
        }
        if (s.isLeft() && (names.complete(layer) || !s.getLeft().startsWith("unknown atom"))) {
            p.add(line, path, s.getLeft() + " (a sentence here uses the " + over + ": "
                    + lang.atoms().map(Atom::name).mkString(", ") + ")");
        }
        return s.toOption();
    }

    private static Option<WantDescription> want(Problems p, String path, YNode node, Names names) {
        return Fields.of(p, path, node, "layer", "sentence", "target", "weight").flatMap(f -> {
            Option<Long> layer = f.integer("layer", 0, names.top(), 0);
            Option<String> text = f.string("sentence");
            Option<Sentence> s = layer.isDefined() && text.isDefined()
                    ? parse(p, f.get("sentence").get().line(), path + ".sentence", names, layer.get().intValue(),
                            text.get(), "atoms of layer " + layer.get())
                    : Option.none();
            Option<Double> target = f.probability("target");
            Option<Double> weight = f.number("weight", 1.0);
            if (s.isEmpty() || target.isEmpty() || weight.isEmpty()) {
                return Option.none();
            }
            int line = f.get("weight").map(YNode::line).getOrElse(node.line());
            return Models.build(p, line, path + ".weight", () -> new Want(s.get(), target.get(), weight.get()))
                    .map(w -> new WantDescription(layer.get().intValue(), text.get(), target.get(), weight.get()));
        });
    }

    private static Option<StepDescription> step(Problems p, String path, YNode node, Names names) {
        Option<Fields> f = Fields.of(p, path, node, STEP_KEYS);
        if (f.isEmpty()) {
            return Option.none();
        }
        YNode.Map map = (YNode.Map) node;
        if (map.entries().size() != 1) {
            p.add(node.line(), path, "a step has exactly one of: " + String.join(", ", STEP_KEYS));
            return Option.none();
        }
        String key = map.entries().get(0)._1.value();
        YNode v = map.entries().get(0)._2;
        String sub = path + "." + key;
        switch (key) {
            case "reflect":
                return Values.integer(p, sub, v, 1, MAX_SWEEPS).map(n -> new StepDescription.Reflect(n.intValue()));
            case "sense":
                return Option.narrow(observation(p, sub, v, names));
            case "reward":
                return Fields.of(p, sub, v, "sentence", "target").flatMap(g -> {
                    Option<Sentence> s = g.string("sentence").flatMap(text -> parse(p, g.get("sentence").get().line(),
                            sub + ".sentence", names, 0, text, "sensory atoms"));
                    Option<Double> target = g.probability("target");
                    return s.isDefined() && target.isDefined()
                            ? Option.some(new StepDescription.Reward(g.string("sentence").get(), target.get()))
                            : Option.none();
                });
            case "approval":
                return Fields.of(p, sub, v, "layer", "sentence", "target").flatMap(g -> {
                    Option<Long> layer = g.integer("layer", 0, names.top());
                    Option<String> text = g.string("sentence");
                    Option<Sentence> s = layer.isDefined() && text.isDefined()
                            ? parse(p, g.get("sentence").get().line(), sub + ".sentence",
                                    names, layer.get().intValue(), text.get(), "atoms of layer " + layer.get())
                            : Option.none();
                    Option<Double> target = g.probability("target");
                    return s.isDefined() && target.isDefined()
                            ? Option.some(new StepDescription.Approval(layer.get().intValue(), text.get(), target.get()))
                            : Option.none();
                });
            case "extend":
            case "augment":
                return growth(p, sub, v, names, key.equals("augment"));
            default:
                return Option.none();
        }
    }

    /** Extend or augment: concepts at a layer in [1, top + 1] (top + 1 opens a layer), plus data for augment. */
    private static Option<StepDescription> growth(Problems p, String sub, YNode v, Names names, boolean augment) {
        Option<Fields> g = augment ? Fields.of(p, sub, v, "layer", "concepts", "data") : Fields.of(p, sub, v, "layer", "concepts");
        if (g.isEmpty()) {
            return Option.none();
        }
        Option<Long> layer = g.get().integer("layer", 1, names.top() + 1L);
        Option<Vector<YNode>> items = g.get().list("concepts");
        Vector<Option<StepDescription.Sense>> data = Vector.empty();
        if (augment) {
            for (Tuple2<YNode, Integer> t : g.get().listOrEmpty("data").getOrElse(Vector.empty()).zipWithIndex()) {
                data = data.append(observation(p, sub + ".data[" + t._2 + "]", t._1, names));
            }
        }
        if (layer.isEmpty()) {
            // the new names' layer is unknown: later sentences over any upper layer are not checked
            for (int l = 1; l <= names.top(); l++) {
                names.markIncomplete(l);
            }
            return Option.none();
        }
        int l = layer.get().intValue();
        if (l == names.top() + 1) {
            names.openLayer();
        }
        if (items.isEmpty()) {
            names.markIncomplete(l);
            return Option.none();
        }
        Vector<ConceptDescription> cs = concepts(p, sub + ".concepts", g.get().get("concepts").get(), items.get(), l, names);
        if (cs.size() != items.get().size() || !data.forAll(Option::isDefined)) {
            return Option.none();
        }
        return Option.some(augment ? new StepDescription.Augment(l, cs, data.map(Option::get))
                : new StepDescription.Extend(l, cs));
    }

    private static Option<StepDescription.Sense> observation(Problems p, String path, YNode v, Names names) {
        return Fields.of(p, path, v, "sentence", "reliability").flatMap(g -> {
            Option<String> text = g.string("sentence");
            Option<Sentence> s = text.flatMap(t -> parse(p, g.get("sentence").get().line(), path + ".sentence",
                    names, 0, t, "sensory atoms"));
            Option<Double> rho = g.number("reliability").flatMap(r -> Models.build(p, g.get("reliability").get().line(),
                    path + ".reliability", () -> new Observation(s.getOrElse(new Sentence.Const(true)), r).reliability()));
            return s.isDefined() && rho.isDefined() ? Option.some(new StepDescription.Sense(text.get(), rho.get())) : Option.none();
        });
    }

    private static Option<ValueSettings> valueSettings(Problems p, YNode node) {
        return Fields.of(p, "values", node, "strengthBase", "levels", "epsilon", "resolution", "timeLimitMillis").flatMap(f -> {
            ValueSettings d = ValueSettings.defaults();
            Option<Double> base = f.number("strengthBase", d.strengthBase());
            Option<Long> levels = f.integer("levels", 1, 8, d.levels());
            Option<Double> epsilon = f.number("epsilon", d.epsilon());
            Option<Double> resolution = f.number("resolution", d.resolution());
            Option<Long> limit = f.integer("timeLimitMillis", 1, 600_000, d.timeLimitMillis());
            if (base.isEmpty() || levels.isEmpty() || epsilon.isEmpty() || resolution.isEmpty() || limit.isEmpty()) {
                return Option.none();
            }
            return Models.build(p, node.line(), "values", () -> new ValueSettings(base.get(), levels.get().intValue(),
                    epsilon.get(), resolution.get(), limit.get()));
        });
    }
}
