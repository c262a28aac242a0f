package org.valuegrowth.scenario;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.growth.AdvantageConvention;
import org.valuegrowth.growth.MarketConcept;
import org.valuegrowth.growth.Corpus;
import org.valuegrowth.growth.Extend;
import org.valuegrowth.growth.MarketStep;
import org.valuegrowth.growth.Grpo;
import org.valuegrowth.growth.Mode;
import org.valuegrowth.growth.Pretrain;
import org.valuegrowth.growth.Sft;
import org.valuegrowth.growth.SimulatedReflection;
import org.valuegrowth.growth.Task;
import org.valuegrowth.logic.Language;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.persona.Persona;

/** Reads the {@code steps} list of a {@code kind: growth} file into {@link MarketStep}s with their lines. */
final class GrowthSteps {
    /** Caps that keep one file's run within seconds (a corpus, demonstrations, GRPO group and rounds). */
    static final long MAX_DOCUMENTS = 100_000;
    static final long MAX_DOCUMENT_LENGTH = 10_000;
    static final long MAX_SYMBOLS = 1_000_000;
    static final long MAX_DEMONSTRATIONS = 100_000;
    static final long MAX_GROUP = 10_000;
    static final long MAX_ITERATIONS = 10_000;
    static final long MAX_ROLLOUTS = 1_000_000;

    private static final String[] KINDS = {"pretrain", "sft", "grpo", "extend", "reflect"};

    private GrowthSteps() {
    }

    /** What a step may refer to: the parsed entities by name, and every name written (valid or not). */
    record Refs(int alphabet, Option<Language> lang, LinkedHashMap<String, Persona> personas, HashSet<String> personaNames,
                LinkedHashMap<String, Corpus> corpora, HashSet<String> corpusNames, LinkedHashMap<String, Task> tasks,
                HashSet<String> taskNames, LinkedHashMap<String, MarketConcept> concepts, HashSet<String> conceptNames) {
    }

    /** The steps with their lines; every problem is recorded. */
    static Vector<Tuple2<MarketStep, Integer>> read(Fields root, Refs refs) {
        Problems p = root.problems();
        Vector<Tuple2<MarketStep, Integer>> out = Vector.empty();
        HashSet<String> extended = HashSet.empty();
        for (Tuple2<YNode, Integer> t : root.list("steps").getOrElse(Vector.empty()).zipWithIndex()) {
            String path = "steps[" + t._2 + "]";
            if (Fields.of(p, path, t._1, KINDS).isEmpty()) {
                continue;
            }
            YNode.Map map = (YNode.Map) t._1;
            if (map.entries().size() != 1 || !Vector.of(KINDS).contains(map.entries().get(0)._1.value())) {
                if (map.entries().size() != 1) {
                    p.add(t._1.line(), path, "give exactly one of " + String.join(", ", KINDS));
                }
                continue;
            }
            String key = map.entries().get(0)._1.value();
            YNode v = map.entries().get(0)._2;
            String sub = path + "." + key;
            Option<MarketStep> step;
            switch (key) {
                case "pretrain":
                    step = pretrain(p, v, sub, refs);
                    break;
                case "sft":
                    step = sft(p, v, sub, refs);
                    break;
                case "grpo":
                    step = grpo(p, v, sub, refs);
                    break;
                case "extend": {
                    Option<String> name = Values.string(p, sub, v);
                    if (name.isDefined() && extended.contains(name.get())) {
                        p.add(v.line(), sub, "concept '" + name.get() + "' was already added by an earlier step");
                        step = Option.none();
                    } else {
                        step = name.flatMap(n -> resolve(p, v.line(), sub, "concept", n, refs.concepts(), refs.conceptNames()))
                                .flatMap(c -> Models.build(p, v.line(), sub, () -> new Extend(c)));
                    }
                    extended = name.isDefined() ? extended.add(name.get()) : extended;
                    break;
                }
                case "reflect":
                    step = reflect(p, v, sub, refs, extended);
                    break;
                default:
                    throw new AssertionError(key);
            }
            if (step.isDefined()) {
                out = out.append(Tuple.of(step.get(), t._1.line()));
            }
        }
        return out;
    }

    /** The named entity; a problem if the name was never declared (a declared but broken one was reported already). */
    static <T> Option<T> resolve(Problems p, int line, String path, String what, String name,
                                 LinkedHashMap<String, T> parsed, HashSet<String> declared) {
        Option<T> v = parsed.get(name);
        if (v.isEmpty() && !declared.contains(name)) {
            p.add(line, path, "unknown " + what + " '" + name + "'"
                    + (declared.isEmpty() ? "" : "; declared: " + declared.toList().sorted().mkString(", ")));
        }
        return v;
    }

    private static Option<MarketStep> pretrain(Problems p, YNode v, String path, Refs refs) {
        return Fields.of(p, path, v, "corpus", "mode", "seed").flatMap(f -> {
            Option<Corpus> corpus = f.string("corpus").flatMap(n -> resolve(p, f.get("corpus").get().line(), f.pathOf("corpus"),
                    "corpus", n, refs.corpora(), refs.corpusNames()));
            Option<Tuple2<Mode, Long>> ms = modeAndSeed(p, f);
            return corpus.isDefined() && ms.isDefined()
                    ? Models.build(p, v.line(), path, () -> new Pretrain(corpus.get(), ms.get()._1, ms.get()._2))
                    : Option.none();
        });
    }

    private static Option<MarketStep> sft(Problems p, YNode v, String path, Refs refs) {
        return Fields.of(p, path, v, "persona", "demonstrations", "mode", "seed").flatMap(f -> {
            Option<Persona> persona = f.string("persona").flatMap(n -> resolve(p, f.get("persona").get().line(),
                    f.pathOf("persona"), "persona", n, refs.personas(), refs.personaNames()));
            Option<Long> k = f.integer("demonstrations", 0, MAX_DEMONSTRATIONS);
            Option<Tuple2<Mode, Long>> ms = modeAndSeed(p, f);
            return persona.isDefined() && k.isDefined() && ms.isDefined()
                    ? Models.build(p, v.line(), path, () -> new Sft(persona.get(), k.get().intValue(), ms.get()._1, ms.get()._2))
                    : Option.none();
        });
    }

    private static Option<MarketStep> grpo(Problems p, YNode v, String path, Refs refs) {
        return Fields.of(p, path, v, "task", "group", "eta", "beta", "convention", "iterations", "mode", "seed").flatMap(f -> {
            Option<Task> task = f.string("task").flatMap(n -> resolve(p, f.get("task").get().line(), f.pathOf("task"),
                    "task", n, refs.tasks(), refs.taskNames()));
            Option<Long> group = f.integer("group", 1, MAX_GROUP);
            Option<Double> eta = f.number("eta");
            Option<Double> beta = f.number("beta", 0.0);
            Option<Long> iterations = f.integer("iterations", 1, MAX_ITERATIONS, 1);
            Option<AdvantageConvention> conv = f.get("convention").map(n -> convention(p, n, f.pathOf("convention")))
                    .getOrElse(Option.some(AdvantageConvention.TRL));
            Option<Tuple2<Mode, Long>> ms = modeAndSeed(p, f);
            if (group.isDefined() && iterations.isDefined() && group.get() * iterations.get() > MAX_ROLLOUTS) {
                p.add(v.line(), path, "group × iterations = " + group.get() * iterations.get() + " rollouts; at most "
                        + MAX_ROLLOUTS + " per step");
                return Option.none();
            }
            boolean ok = task.isDefined() && group.isDefined() && eta.isDefined() && beta.isDefined() && iterations.isDefined()
                    && conv.isDefined() && ms.isDefined();
            return ok ? Models.build(p, v.line(), path, () -> new Grpo(task.get(), group.get().intValue(), eta.get(), beta.get(),
                    conv.get(), ms.get()._1, iterations.get().intValue(), ms.get()._2)) : Option.none();
        });
    }

    private static Option<MarketStep> reflect(Problems p, YNode v, String path, Refs refs, HashSet<String> extended) {
        return Fields.of(p, path, v, "concept", "shown", "demonstrations", "mode", "seed").flatMap(f -> {
            Option<String> name = f.string("concept");
            int line = f.get("concept").map(YNode::line).getOrElse(v.line());
            Option<MarketConcept> concept = name.flatMap(n -> resolve(p, line, f.pathOf("concept"), "concept", n, refs.concepts(),
                    refs.conceptNames()));
            if (name.isDefined() && refs.conceptNames().contains(name.get()) && !extended.contains(name.get())) {
                p.add(line, f.pathOf("concept"), "concept '" + name.get() + "' must be added by an earlier 'extend' step");
                concept = Option.none();
            }
            if (concept.isDefined() && concept.get().grounding().isEmpty()) {
                p.add(line, f.pathOf("concept"), "concept '" + name.get() + "' has no 'grounding' to reflect on");
                concept = Option.none();
            }
            Option<Predictor> shown = f.require("shown").flatMap(n -> MarketSection.predictor(p, f.pathOf("shown"), n,
                    refs.alphabet(), refs.lang()));
            Option<Long> k = f.integer("demonstrations", 0, MAX_DEMONSTRATIONS);
            Option<Tuple2<Mode, Long>> ms = modeAndSeed(p, f);
            final Option<MarketConcept> c = concept;
            return c.isDefined() && shown.isDefined() && k.isDefined() && ms.isDefined()
                    ? Models.build(p, v.line(), path, () -> new SimulatedReflection(c.get().name(), shown.get(),
                            k.get().intValue(), ms.get()._1, ms.get()._2))
                    : Option.none();
        });
    }

    /** {@code mode: sampled} with a required {@code seed}, or {@code mode: expected} without one. */
    private static Option<Tuple2<Mode, Long>> modeAndSeed(Problems p, Fields f) {
        Option<Mode> mode = f.string("mode").flatMap(s -> {
            if (s.equals("sampled")) {
                return Option.some(Mode.SAMPLED);
            }
            if (s.equals("expected")) {
                return Option.some(Mode.EXPECTED);
            }
            p.add(f.get("mode").get().line(), f.pathOf("mode"), "unknown mode '" + s + "'; one of: sampled, expected");
            return Option.none();
        });
        if (mode.isEmpty()) {
            return Option.none();
        }
        if (mode.get() == Mode.EXPECTED) {
            if (f.has("seed")) {
                p.add(f.get("seed").get().line(), f.pathOf("seed"), "'seed' is only used with mode: sampled");
                return Option.none();
            }
            return Option.some(Tuple.of(Mode.EXPECTED, 0L));
        }
        return f.integer("seed", Long.MIN_VALUE, Long.MAX_VALUE).map(s -> Tuple.of(Mode.SAMPLED, s));
    }

    /** {@code trl}, {@code population}, {@code {mroueh: ε}} or {@code {std, epsilon, placement}}. */
    private static Option<AdvantageConvention> convention(Problems p, YNode n, String path) {
        if (n instanceof YNode.Scalar) {
            String s = ((YNode.Scalar) n).value();
            if (s.equals("trl")) {
                return Option.some(AdvantageConvention.TRL);
            }
            if (s.equals("population")) {
                return Option.some(AdvantageConvention.POPULATION);
            }
            p.add(n.line(), path, "unknown convention '" + s + "'; one of: trl, population, {mroueh: ε}, "
                    + "{std: population|unbiased, epsilon: ε, placement: add-to-std|inside-root}");
            return Option.none();
        }
        return Fields.of(p, path, n, "mroueh", "std", "epsilon", "placement").flatMap(f -> {
            if (f.has("mroueh")) {
                if (f.has("std") || f.has("epsilon") || f.has("placement")) {
                    p.add(n.line(), path, "'mroueh' stands alone (it fixes std and placement)");
                    return Option.none();
                }
                return f.number("mroueh").flatMap(e -> Models.build(p, n.line(), path + ".mroueh", () -> AdvantageConvention.mroueh(e)));
            }
            Option<AdvantageConvention.Std> std = f.string("std").flatMap(s -> s.equals("population")
                    ? Option.some(AdvantageConvention.Std.POPULATION) : s.equals("unbiased")
                    ? Option.some(AdvantageConvention.Std.UNBIASED) : unknown(p, f, "std", s, "population, unbiased"));
            Option<Double> eps = f.number("epsilon");
            Option<AdvantageConvention.EpsilonPlacement> place = f.string("placement").flatMap(s -> s.equals("add-to-std")
                    ? Option.some(AdvantageConvention.EpsilonPlacement.ADD_TO_STD) : s.equals("inside-root")
                    ? Option.some(AdvantageConvention.EpsilonPlacement.INSIDE_ROOT)
                    : unknown(p, f, "placement", s, "add-to-std, inside-root"));
            return std.isDefined() && eps.isDefined() && place.isDefined()
                    ? Models.build(p, n.line(), path, () -> new AdvantageConvention(std.get(), eps.get(), place.get()))
                    : Option.none();
        });
    }

    private static <T> Option<T> unknown(Problems p, Fields f, String key, String value, String allowed) {
        p.add(f.get(key).get().line(), f.pathOf(key), "unknown " + key + " '" + value + "'; one of: " + allowed);
        return Option.none();
    }
}
