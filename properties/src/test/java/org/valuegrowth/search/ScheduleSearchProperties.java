package org.valuegrowth.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import org.valuegrowth.growth.ExtrapolationRule;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.schedule.Choices;
import org.valuegrowth.schedule.Event;
import org.valuegrowth.schedule.EventKind;
import org.valuegrowth.schedule.Schedule;
import org.valuegrowth.schedule.ScheduleClass;
import org.valuegrowth.schedule.Setting;
import org.valuegrowth.schedule.SettingTrader;
import org.valuegrowth.schedule.SharedConcept;

/**
 * The schedule engine against an enumeration written here: every member of the class listed by
 * {@link ScheduleClass#forEachMember}, each run from the start with the plain model. Same minimum,
 * maximum, canonical argmin and counts, on random small classes and settings (spec/schedule.md §8).
 */
class ScheduleSearchProperties {
    static final Language L = Language.ofNames("a", "b");
    static final Vector<String> PATTERNS = Vector.of(
            "(Observe|Task|Reflect)* Extend (Observe|Task|Reflect|SimulatedReflection)*",
            "Extend (Task|SimulatedReflection)* with count(Task) >= 1",
            "(Task|Demonstrate)* (Extend|Augment) (Approve|Reflect)*",
            "(Observe|Task|Extend|SimulatedReflection)*");

    static Vector<Double> randomDistribution(SplittableRandom r) {
        double[] p = new double[4];
        double z = 0;
        for (int i = 0; i < 4; i++) {
            p[i] = 0.05 + r.nextDouble();
            z += p[i];
        }
        double zz = z;
        return Vector.ofAll(p).map(v -> v / zz);
    }

    static ExtrapolationRule randomRule(SplittableRandom r, Sentence def) {
        switch (r.nextInt(3)) {
            case 0:
                return new ExtrapolationRule.Constant(r.nextDouble());
            case 1:
                return new ExtrapolationRule.Grounded(def, 0.3 * r.nextDouble());
            default:
                return new ExtrapolationRule.Constant(r.nextBoolean() ? 0.1 : 0.9);
        }
    }

    /** A family of settings sharing dynamics and differing only in the traders' rules. */
    static Vector<Setting> family(long seed, int members) {
        SplittableRandom r = new SplittableRandom(seed);
        Sentence def = SentenceParser.parse(L, Vector.of("a | b", "a & !b", "!a", "b").get(r.nextInt(4))).get();
        int traders = 2 + r.nextInt(3);
        Vector<Vector<Double>> beliefs = Vector.fill(traders, () -> randomDistribution(r));
        Vector<Double> shares = Vector.fill(traders, () -> 0.1 + r.nextDouble());
        Vector<String> personas = Vector.range(0, traders).map(i -> i % 2 == 0 ? "p" : "q");
        Vector<Setting> out = Vector.empty();
        Vector<Double> truth = randomDistribution(r);
        for (int m = 0; m < members; m++) {
            Vector<SettingTrader> ts = Vector.empty();
            for (int i = 0; i < traders; i++) {
                double share = shares.get(i) / shares.sum().doubleValue();
                ts = ts.append(new SettingTrader("t" + i, personas.get(i), 1 + i, share, beliefs.get(i),
                        LinkedHashMap.of("n", randomRule(r, def))));
            }
            out = out.append(new Setting("s" + seed + "-" + m, L,
                    Vector.of(new SharedConcept("c", SentenceParser.parse(L, "a & b").get())), Vector.of(new SharedConcept("n", def)),
                    truth, ts, LinkedHashMap.of("p", beliefs.get(0), "q", beliefs.get(1))));
        }
        return out;
    }

    static Vector<Event> alphabet() {
        return Vector.of(new Event.Observe(2), new Event.Task(L.var("a"), 4, 0.5, 0.0, 1), new Event.Reflect(),
                new Event.Extend("n"), new Event.SimulatedReflection(2), new Event.Demonstrate("p", 2),
                new Event.Augment("n", 2), new Event.Approve("c", 0.8));
    }

    @Property(tries = 15)
    @Tag("E15")
    @Label("the engine's minimum, maximum, canonical argmin and counts equal an independent enumeration, per setting of a family")
    void engineEqualsEnumeration(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        ScheduleClass cls = ScheduleClass.of(PATTERNS.get(r.nextInt(PATTERNS.size())), alphabet(), 1 + r.nextInt(3));
        Vector<Setting> settings = family(seed, 1 + r.nextInt(3));
        Choices choices = r.nextBoolean() ? Choices.defaults() : Choices.defaults().withLlmGoal(Choices.LlmGoal.PERSONA)
                .withHumanReadout(Choices.HumanReadout.AS_IS);
        double threshold = 0.3 * r.nextDouble();
        ScheduleSearch.Problem p = new ScheduleSearch.Problem(cls, settings, choices, d -> d.newConceptGap(), threshold,
                EventKind.SIMULATED_REFLECTION);
        ScheduleSearch.Outcome o = ScheduleSearch.run(p, 1_000_000, Long.MAX_VALUE);
        assertThat(o.complete()).isTrue();
        for (int i = 0; i < settings.size(); i++) {
            Setting s = settings.get(i);
            List<Schedule> members = new ArrayList<>();
            cls.forEachMember(Long.MAX_VALUE, members::add);
            double min = Double.NaN;
            Schedule argmin = null;
            double max = Double.NaN;
            long below = 0;
            for (Schedule m : members) {
                double f = ScheduleSearch.figure(p, s, m);
                if (argmin == null || f < min) {
                    min = f;
                    argmin = m;
                }
                if (Double.isNaN(max) || f > max) {
                    max = f;
                }
                below += f <= threshold ? 1 : 0;
            }
            ScheduleSearch.SettingResult res = o.results().get(i);
            assertThat(res.members()).isEqualTo(members.size());
            assertThat(res.atOrBelow()).isEqualTo(below);
            if (members.isEmpty()) {
                assertThat(res.argmin()).isEmpty();
                continue;
            }
            assertThat(res.min()).isCloseTo(min, within(1e-12));
            assertThat(res.max()).isCloseTo(max, within(1e-12));
            // the enumeration lists members in canonical order, so its first strict minimum is the canonical argmin
            assertThat(ScheduleSearch.figure(p, s, res.argmin().get())).isCloseTo(min, within(1e-12));
            assertThat(res.argmin().get()).isEqualTo(argmin);
        }
    }
}
