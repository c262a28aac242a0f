package org.valuegrowth.scenario;

import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.valuegrowth.logic.Atom;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.market.GrueTax;
import org.valuegrowth.market.Predictor;
import org.valuegrowth.market.PredictorTrader;
import org.valuegrowth.market.Prior;

/**
 * The sections that several scenario kinds share: the alphabet or atoms, the prior, predictor
 * traders, name lists and sentence lists. Every reader records problems and returns none on failure.
 */
final class MarketSection {
    private MarketSection() {
    }

    /**
     * The symbols of a market: {@code alphabet: m} or {@code atoms: [...]} (symbols are worlds).
     *
     * @param size m, or −1 when the section is missing or wrong
     * @param language the atoms, when the symbols are worlds
     */
    record Alphabet(int size, Option<Language> language) {
    }

    /** Exactly one of {@code alphabet} and {@code atoms} (at most {@value Predictor.WorldBelief#MAX_ATOMS} atoms). */
    static Alphabet alphabet(Fields root) {
        Problems p = root.problems();
        if (root.has("atoms") == root.has("alphabet")) {
            p.add(root.line(), "alphabet", "give exactly one of 'alphabet' (number of symbols) or 'atoms' (symbols are worlds)");
            return new Alphabet(-1, Option.none());
        }
        if (root.has("atoms")) {
            Option<Language> lang = atoms(root);
            if (lang.isEmpty()) {
                return new Alphabet(-1, Option.none());
            }
            if (lang.get().size() > Predictor.WorldBelief.MAX_ATOMS) {
                p.add(root.get("atoms").get().line(), "atoms", "at most " + Predictor.WorldBelief.MAX_ATOMS
                        + " atoms, got " + lang.get().size());
                return new Alphabet(-1, Option.none());
            }
            return new Alphabet(1 << lang.get().size(), lang);
        }
        return new Alphabet(root.integer("alphabet", 2, 1 << 16).map(Long::intValue).getOrElse(-1), Option.none());
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

    static Vector<PredictorTrader> traders(Fields root, int m, Option<Language> lang, boolean allowGrue) {
        Problems p = root.problems();
        Vector<YNode> items = root.list("traders").getOrElse(Vector.empty());
        Vector<PredictorTrader> out = Vector.empty();
        HashSet<String> seen = HashSet.empty();
        for (Tuple2<YNode, Integer> t : items.zipWithIndex()) {
            String path = "traders[" + t._2 + "]";
            Option<Fields> f = allowGrue ? Fields.of(p, path, t._1, "name", "bits", "predictor", "grue")
                    : Fields.of(p, path, t._1, "name", "bits", "predictor");
            if (f.isEmpty()) {
                continue;
            }
            Option<String> name = f.get().string("name");
            if (name.isDefined() && seen.contains(name.get())) {
                p.add(t._1.line(), path + ".name", "duplicate trader name '" + name.get() + "'");
                continue;
            }
            Option<PredictorTrader> trader;
            if (allowGrue && f.get().has("grue")) {
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

    /** The names written in the list under {@code key}, valid or not, so that one bad entry does not cascade. */
    static HashSet<String> declaredNames(Fields root, String key) {
        HashSet<String> names = HashSet.empty();
        for (YNode t : root.get(key).filter(n -> n instanceof YNode.Seq).map(n -> ((YNode.Seq) n).items()).getOrElse(Vector.empty())) {
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


    /** A non-empty list of names under {@code key}, each one of {@code known} ("unknown trader 'x'" otherwise). */
    static Option<Vector<String>> names(Fields f, String key, String path, HashSet<String> known) {
        Problems p = f.problems();
        return f.list(key).flatMap(items -> {
            if (items.isEmpty()) {
                p.add(f.get(key).get().line(), path + "." + key, "needs at least one trader");
                return Option.none();
            }
            Vector<Option<String>> ms = items.zipWithIndex().map(m -> Values.string(p, path + "." + key + "[" + m._2 + "]", m._1)
                    .flatMap(s -> {
                        if (!known.contains(s)) {
                            p.add(m._1.line(), path + "." + key + "[" + m._2 + "]", "unknown trader '" + s + "'");
                            return Option.none();
                        }
                        return Option.some(s);
                    }));
            return ms.forAll(Option::isDefined) ? Option.some(ms.map(Option::get)) : Option.none();
        });
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
