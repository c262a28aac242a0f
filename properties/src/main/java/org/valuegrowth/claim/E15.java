package org.valuegrowth.claim;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Locale;
import org.valuegrowth.growth.AdvantageConvention;
import org.valuegrowth.growth.ExtrapolationRule;
import org.valuegrowth.logic.Language;
import org.valuegrowth.logic.Sentence;
import org.valuegrowth.logic.SentenceParser;
import org.valuegrowth.schedule.Choices;
import org.valuegrowth.schedule.Divergence;
import org.valuegrowth.schedule.Event;
import org.valuegrowth.schedule.EventKind;
import org.valuegrowth.schedule.Schedule;
import org.valuegrowth.schedule.ScheduleClass;
import org.valuegrowth.schedule.ScheduleRun;
import org.valuegrowth.schedule.Setting;
import org.valuegrowth.schedule.SettingTrader;
import org.valuegrowth.schedule.SharedConcept;
import org.valuegrowth.search.ScheduleSearch;
import org.valuegrowth.search.ValueSettings;
import org.valuegrowth.trace.ValueDivergence;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.Budget;
import org.valuegrowth.verdict.ClaimCheck;
import org.valuegrowth.verdict.ClaimInfo;
import org.valuegrowth.verdict.Margin;
import org.valuegrowth.verdict.Polarity;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Survey;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;

/**
 * Claim E15, the essay's main claim, both ways ({@code spec/schedule.md} §9): LLM-style growth (RL on
 * a persona) and human-style growth diverge on new concepts over schedules without simulated
 * reflection ({@code E15.diverge}); with simulated reflection some schedule brings the divergence
 * below ε ({@code E15.converge}). Each entry searches the instance class of settings and the
 * schedule class exhaustively ({@link ScheduleSearch}) and carries its controls and the
 * modelling-choice sensitivity table.
 */
public final class E15 {
    /** δ: the smallest new-concept gap E15.diverge calls a divergence. */
    public static final double DELTA = 0.1;
    /** ε: the largest new-concept gap E15.converge calls convergence. */
    public static final double EPSILON = 0.05;
    /** The horizon of both schedule classes. */
    public static final int HORIZON = 6;
    /** The members of Σ_D (spec/schedule.md §9). */
    static final long DIVERGE_MEMBERS = 982;
    /** The members of Σ_C (spec/schedule.md §9). */
    static final long CONVERGE_MEMBERS = 736;

    static final String LINES = "66-67, 72-73";
    static final String QUOTE = "The problem arrives because this process—RLVR, whatever else—is different from how humans "
            + "learn. Unless the LLM is simulating its persona being shown individual facts, being given time to update its goal "
            + "model, then this process will grow Claude into a shape different from a shape that a human would grow into.";

    static final Language L = Language.ofNames("solved", "kind");
    static final Sentence PLORK = SentenceParser.parse(L, "kind | !solved").get();
    static final Sentence HELPFUL = SentenceParser.parse(L, "solved & kind").get();
    static final Event OBSERVE = new Event.Observe(4);
    static final Event TASK = new Event.Task(L.var("solved"), 8, 0.5, 0.0, 1);
    static final Event REFLECT = new Event.Reflect();
    static final Event EXTEND = new Event.Extend("plork");
    static final Event SIMULATED = new Event.SimulatedReflection(4);
    static final String PERSONAS = "assistant, coder, ethicist";

    private E15() {
    }

    /** The two entries, each with its controls attached. */
    public static Vector<ClaimCheck> all() {
        return Vector.of(diverge(), converge());
    }

    // ---------------------------------------------------------------- the instance class

    /** The rule set R of the instance class: soft (the default) or sharp (a modelling choice). */
    public enum RuleSet {
        /** Constant(0.1), Constant(0.9), Grounded(plork, 0.05). */
        SOFT(new ExtrapolationRule.Constant(0.1), new ExtrapolationRule.Constant(0.9), new ExtrapolationRule.Grounded(PLORK, 0.05)),
        /** Constant(0), Constant(1), Grounded(plork, 0). */
        SHARP(new ExtrapolationRule.Constant(0.0), new ExtrapolationRule.Constant(1.0), new ExtrapolationRule.Grounded(PLORK, 0.0));

        final Vector<ExtrapolationRule> rules;

        RuleSet(ExtrapolationRule... rules) {
            this.rules = Vector.of(rules);
        }

        String describe() {
            return rules.map(E15::ruleName).mkString("{", ", ", "}");
        }
    }

    static Vector<Double> product(double solved, double kind) {
        return Vector.of((1 - solved) * (1 - kind), solved * (1 - kind), (1 - solved) * kind, solved * kind);
    }

    static Vector<Double> blurred(Vector<Double> p) {
        return p.map(v -> 0.5 * v + 0.125);
    }

    static String ruleName(ExtrapolationRule r) {
        if (r instanceof ExtrapolationRule.Constant) {
            return "Constant(" + fmt(((ExtrapolationRule.Constant) r).p()) + ")";
        }
        return "Grounded(" + fmt(((ExtrapolationRule.Grounded) r).noise()) + ")";
    }

    /** The setting with the given plork rule for the assistant, coder and ethicist personas. */
    static Setting setting(ExtrapolationRule assistant, ExtrapolationRule coder, ExtrapolationRule ethicist) {
        Vector<SettingTrader> traders = Vector.of(
                trader("assistant-a", "assistant", 12, 0.4, product(0.8, 0.85), assistant),
                trader("assistant-b", "assistant", 12, 0.4, blurred(product(0.8, 0.85)), assistant),
                trader("coder-a", "coder", 10, 0.05, product(0.95, 0.4), coder),
                trader("coder-b", "coder", 10, 0.05, blurred(product(0.95, 0.4)), coder),
                trader("ethicist-a", "ethicist", 11, 0.05, product(0.4, 0.95), ethicist),
                trader("ethicist-b", "ethicist", 11, 0.05, blurred(product(0.4, 0.95)), ethicist));
        return new Setting("assistant " + ruleName(assistant) + ", coder " + ruleName(coder) + ", ethicist " + ruleName(ethicist),
                L, Vector.of(new SharedConcept("helpful", HELPFUL)), Vector.of(new SharedConcept("plork", PLORK)),
                product(0.7, 0.6), traders, LinkedHashMap.of("assistant", product(0.8, 0.85), "coder", product(0.95, 0.4),
                        "ethicist", product(0.4, 0.95)));
    }

    static SettingTrader trader(String name, String persona, double bits, double share, Vector<Double> belief, ExtrapolationRule rule) {
        return new SettingTrader(name, persona, bits, share, belief, LinkedHashMap.of("plork", rule));
    }

    /** The instance class S: every assignment of a rule of {@code set} to each persona (27 settings). */
    public static Vector<Setting> settings(RuleSet set) {
        Vector<Setting> out = Vector.empty();
        for (ExtrapolationRule a : set.rules) {
            for (ExtrapolationRule c : set.rules) {
                for (ExtrapolationRule e : set.rules) {
                    out = out.append(setting(a, c, e));
                }
            }
        }
        return out;
    }

    /** S_G: the settings of S in which some persona's rule is grounded (19 settings). */
    public static Vector<Setting> groundedSettings(RuleSet set) {
        return settings(set).filter(s -> s.traders().exists(t -> t.rules().get("plork").get() instanceof ExtrapolationRule.Grounded));
    }

    /** Σ_D: no simulated reflection. */
    public static ScheduleClass divergeClass() {
        return ScheduleClass.of("(Observe|Task|Reflect)* Extend (Observe|Task|Reflect)* with count(Task) >= 2",
                Vector.of(OBSERVE, TASK, REFLECT, EXTEND), HORIZON);
    }

    /** Σ_C: at least one simulated reflection after the extension. */
    public static ScheduleClass convergeClass() {
        return ScheduleClass.of("(Observe|Task|Reflect)* Extend (Observe|Task|Reflect|SimulatedReflection)* "
                + "with count(Task) >= 2 and count(SimulatedReflection) >= 1", Vector.of(OBSERVE, TASK, REFLECT, EXTEND, SIMULATED), HORIZON);
    }

    static double gap(Divergence d) {
        return d.newConceptGap();
    }

    // ---------------------------------------------------------------- entries

    /** E15.diverge: every (setting, schedule without simulated reflection) keeps a new-concept gap ≥ δ. */
    public static ClaimCheck diverge() {
        ClaimInfo info = new ClaimInfo("E15.diverge", "Whether RL-style and human-style growth keep new concepts apart without simulated reflection",
                LINES, QUOTE, "∀ s ∈ S (27 settings: each persona's plork rule ∈ " + RuleSet.SOFT.describe() + "), ∀ σ ∈ Σ_D = "
                + divergeClass().describe() + ": D_new(s, σ) = max_c |P_G^LLM(c) − P_G^human(c)| over new concepts ≥ δ = " + DELTA
                + " (spec/schedule.md §9)", ClaimInfo.Role.CLAIM, Verdict.Kind.COUNTEREXAMPLE, Polarity.FOUND_REFUTES, false);
        return ClaimCheck.of(info, (b, seed) -> {
            Vector<Sensitivity> table = sensitivity(b);
            Sensitivity base = table.find(r -> r.choices().equals(Choices.defaults()) && r.rules() == RuleSet.SOFT).get();
            return base.diverge().withSurvey(sensitivitySurvey(table));
        }, Vector.of(divergePositive(), divergeNegative()));
    }

    /** E15.converge: in every setting with a grounded persona, some schedule with simulated reflection brings the gap ≤ ε. */
    public static ClaimCheck converge() {
        ClaimInfo info = new ClaimInfo("E15.converge", "Whether simulated reflection brings RL-style growth to the human's new concepts",
                LINES, QUOTE, "∀ s ∈ S_G (the 19 settings of S with a grounded persona), ∃ σ ∈ Σ_C = " + convergeClass().describe()
                + ": D_new(s, σ) ≤ ε = " + EPSILON + "; reported: the fewest SimulatedReflection events that reach ε (spec/schedule.md §9)",
                ClaimInfo.Role.CLAIM, Verdict.Kind.WITNESS, Polarity.FOUND_SUPPORTS, false);
        return ClaimCheck.of(info, (b, seed) -> convergeSearch(groundedSettings(RuleSet.SOFT), convergeClass(), Choices.defaults(), b,
                ScheduleSearch.Mechanism.SOUND, true), Vector.of(convergePositive(), convergeNegative(), convergeFault()));
    }

    static ClaimCheck divergePositive() {
        ClaimInfo info = new ClaimInfo("E15.diverge.positive", "Positive control of E15.diverge: the human replaced by a mirror of the LLM",
                LINES, QUOTE, "as E15.diverge with HumanProcess.MIRROR_OF_LLM: D_new ≡ 0 < δ, so the first member is a counterexample",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_FOUND, false);
        return ClaimCheck.of(info, (b, seed) -> divergeSearch(settings(RuleSet.SOFT), divergeClass(),
                Choices.defaults().withProcess(Choices.HumanProcess.MIRROR_OF_LLM), b, "E15.diverge.positive"));
    }

    /** The negative control's setting: plork's grounding unsatisfiable, every trader's rule Constant(0.9). */
    static Setting unsatisfiableSetting() {
        Sentence never = SentenceParser.parse(L, "kind & !kind").get();
        Setting base = setting(new ExtrapolationRule.Constant(0.9), new ExtrapolationRule.Constant(0.9), new ExtrapolationRule.Constant(0.9));
        return new Setting("plork := kind ∧ ¬kind, every rule Constant(0.9)", L, base.trained(),
                Vector.of(new SharedConcept("plork", never)), base.truth(), base.traders(), base.voices());
    }

    static ClaimCheck divergeNegative() {
        ClaimInfo info = new ClaimInfo("E15.diverge.negative", "Negative control of E15.diverge: an unsatisfiable grounding against confident traders",
                LINES, QUOTE, "Σ_D on one setting: plork := kind ∧ ¬kind (the human's P_G(plork) = 0 in every state) and every rule Constant(0.9) "
                + "(the LLM's P_G(plork) = 0.9 whatever its wealth): D_new = 0.9 ≥ δ for every member, so none exists",
                ClaimInfo.Role.NEGATIVE_CONTROL, Verdict.Kind.COUNTEREXAMPLE, Polarity.EXPECT_NONE, false);
        return ClaimCheck.of(info, (b, seed) -> divergeSearch(Vector.of(unsatisfiableSetting()), divergeClass(), Choices.defaults(), b,
                "E15.diverge.negative"));
    }

    /** Setting C: three traders that all believe the truth; one grounded exactly, two Constant(0.9). */
    static Setting reflectionSetting() {
        Vector<Double> truth = product(0.7, 0.6);
        Vector<SettingTrader> traders = Vector.of(
                new SettingTrader("grounded", "reflector", 10, 1.0 / 3, truth, LinkedHashMap.of("plork", new ExtrapolationRule.Grounded(PLORK, 0))),
                new SettingTrader("yes-1", "confident", 10, 1.0 / 3, truth, LinkedHashMap.of("plork", new ExtrapolationRule.Constant(0.9))),
                new SettingTrader("yes-2", "confident", 10, 1.0 / 3, truth, LinkedHashMap.of("plork", new ExtrapolationRule.Constant(0.9))));
        return new Setting("C: every trader believes the truth; rules Grounded(0), Constant(0.9), Constant(0.9)", L,
                Vector.of(new SharedConcept("helpful", HELPFUL)), Vector.of(new SharedConcept("plork", PLORK)), truth, traders,
                LinkedHashMap.of("reflector", truth, "confident", truth));
    }

    /** Σ_K: the controls' class. */
    static ScheduleClass controlClass() {
        return ScheduleClass.of("Extend (Observe|Reflect|SimulatedReflection)*", Vector.of(OBSERVE, REFLECT, EXTEND, SIMULATED), 4);
    }

    static ClaimCheck convergePositive() {
        ClaimInfo info = new ClaimInfo("E15.converge.positive", "Positive control of E15.converge: a perfect reflector among confident traders",
                LINES, QUOTE, "setting C, Σ_K = " + controlClass().describe() + ": D_new = 0.12 at the start and ≈ 0.018 ≤ ε after "
                + "Extend · SimulatedReflection(4) (spec/schedule.md §9), so a witness exists",
                ClaimInfo.Role.POSITIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_FOUND, false);
        return ClaimCheck.of(info, (b, seed) -> convergeSearch(Vector.of(reflectionSetting()), controlClass(), Choices.defaults(), b,
                ScheduleSearch.Mechanism.SOUND, false));
    }

    static ClaimCheck convergeNegative() {
        ClaimInfo info = new ClaimInfo("E15.converge.negative", "Negative control of E15.converge: simulated reflection that does nothing",
                LINES, QUOTE, "setting C, Σ_K, SimulatedReflectionMode.NO_OP: no event moves the traders' wealth (equal beliefs), so "
                + "D_new stays 0.12 > ε on every member and none exists",
                ClaimInfo.Role.NEGATIVE_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_NONE, false);
        return ClaimCheck.of(info, (b, seed) -> convergeSearch(Vector.of(reflectionSetting()), controlClass(),
                Choices.defaults().withSimulatedReflection(Choices.SimulatedReflectionMode.NO_OP), b, ScheduleSearch.Mechanism.SOUND, false));
    }

    static ClaimCheck convergeFault() {
        ClaimInfo info = new ClaimInfo("E15.converge.fault-prefix", "Fault control of E15.converge: broken prefix sharing",
                LINES, QUOTE, "the positive control's search with the engine's CHILD_FROM_START fault (a child state is the start plus its "
                + "last event only): the witness needs Extend before SimulatedReflection, so the faulted engine reports NONE",
                ClaimInfo.Role.FAULT_CONTROL, Verdict.Kind.WITNESS, Polarity.EXPECT_NONE, false);
        return ClaimCheck.of(info, (b, seed) -> convergeSearch(Vector.of(reflectionSetting()), controlClass(), Choices.defaults(), b,
                ScheduleSearch.Mechanism.CHILD_FROM_START, false));
    }

    // ---------------------------------------------------------------- searches

    static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }

    static Bound bound(String what, Vector<Setting> settings, ScheduleClass cls, Choices c, double threshold, String cmp) {
        return Bound.ofClass(settings.size() + " setting(s): " + settings.map(Setting::name).mkString("; "),
                "every schedule of " + cls.describe() + ", each run by both agents; figure: the new-concept gap D_new " + cmp + " " + threshold,
                "settings", settings.size(), "pattern", cls.text(), "alphabet", cls.alphabet().map(Event::label).mkString("{", ", ", "}"),
                "horizon", cls.horizon(), "threshold", threshold, "choices", c.describe(), "statement", what);
    }

    static SearchStatistics stats(ScheduleSearch.Outcome o, long start) {
        long members = o.results().map(ScheduleSearch.SettingResult::members).sum().longValue();
        return new SearchStatistics("exhaustive schedule walk (prefix sharing, families)", members, o.nodes(), 0, 0, o.maxDepth(),
                System.nanoTime() - start);
    }

    /** The per-setting survey: smallest and largest gap, members at or below the threshold, fewest counted events. */
    static Survey perSetting(ScheduleSearch.Outcome o, double threshold, String counted) {
        return new Survey("per setting: the smallest and largest new-concept gap over the class, and the members at or below " + fmt(threshold),
                Vector.of("setting", "min D_new", "argmin", "max D_new", "members", "≤ " + fmt(threshold), "fewest " + counted),
                o.results().map(r -> Vector.of(r.setting().name(), fmt(r.min()), r.argmin().map(Schedule::label).getOrElse("—"),
                        fmt(r.max()), Long.toString(r.members()), Long.toString(r.atOrBelow()),
                        r.fewestCounted().map(String::valueOf).getOrElse("—"))));
    }

    static Verdict divergeSearch(Vector<Setting> settings, ScheduleClass cls, Choices c, Budget budget, String id) {
        return divergeSearch(settings, cls, c, budget, new ScheduleSearch.HumanMemo());
    }

    static Verdict divergeSearch(Vector<Setting> settings, ScheduleClass cls, Choices c, Budget budget, ScheduleSearch.HumanMemo memo) {
        long start = System.nanoTime();
        ScheduleSearch.Problem p = new ScheduleSearch.Problem(cls, settings, c, E15::gap, DELTA, EventKind.SIMULATED_REFLECTION);
        ScheduleSearch.Outcome o = ScheduleSearch.run(p, budget.maxNodes(), budget.deadlineNanos(start), ScheduleSearch.Mechanism.SOUND, memo);
        Bound bound = bound("∀ s ∀ σ: D_new ≥ δ", settings, cls, c, DELTA, "≥");
        SearchStatistics st = stats(o, start);
        Option<ScheduleSearch.SettingResult> worst = o.results().filter(r -> r.argmin().isDefined()).minBy(ScheduleSearch.SettingResult::min);
        Margin margin = new Margin("new-concept gap D_new (probability)", Margin.Extremum.MIN,
                worst.map(ScheduleSearch.SettingResult::min).getOrElse(Double.NaN), ">=", DELTA, o.complete(),
                worst.map(r -> r.setting().name() + " / " + r.argmin().get().label()).getOrElse(""));
        if (!o.complete()) {
            return new Verdict.Inconclusive(Verdict.Kind.COUNTEREXAMPLE, bound, st, o.stoppedAt()).withMargin(margin)
                    .withSurvey(perSetting(o, DELTA, "SimulatedReflection"));
        }
        Option<ScheduleSearch.SettingResult> hit = o.results().find(r -> r.min() < DELTA);
        if (hit.isEmpty()) {
            return new Verdict.NoneWithinBound(Verdict.Kind.COUNTEREXAMPLE, bound, st).withMargin(margin)
                    .withSurvey(perSetting(o, DELTA, "SimulatedReflection"));
        }
        Setting s = hit.get().setting();
        java.util.function.Predicate<Schedule> below = x -> ScheduleSearch.figure(p, s, x) < DELTA;
        Schedule shrunk = ScheduleSearch.shrink(hit.get().argmin().get(), cls, below);
        Witness w = witness(s, c, shrunk, cls, below, "the new-concept gap is " + "%s < δ = " + DELTA + " in setting " + s.name(),
                o.results().count(r -> r.min() < DELTA) + " of " + settings.size() + " settings have a member below δ");
        return new Verdict.Found(Verdict.Kind.COUNTEREXAMPLE, bound, st, w).withMargin(margin)
                .withSurvey(perSetting(o, DELTA, "SimulatedReflection"));
    }

    static Verdict convergeSearch(Vector<Setting> settings, ScheduleClass cls, Choices c, Budget budget,
                                  ScheduleSearch.Mechanism mechanism, boolean perSettingSurvey) {
        return convergeSearch(settings, cls, c, budget, mechanism, perSettingSurvey, new ScheduleSearch.HumanMemo());
    }

    static Verdict convergeSearch(Vector<Setting> settings, ScheduleClass cls, Choices c, Budget budget,
                                  ScheduleSearch.Mechanism mechanism, boolean perSettingSurvey, ScheduleSearch.HumanMemo memo) {
        long start = System.nanoTime();
        ScheduleSearch.Problem p = new ScheduleSearch.Problem(cls, settings, c, E15::gap, EPSILON, EventKind.SIMULATED_REFLECTION);
        ScheduleSearch.Outcome o = ScheduleSearch.run(p, budget.maxNodes(), budget.deadlineNanos(start), mechanism, memo);
        Bound bound = bound("∀ s ∃ σ: D_new ≤ ε", settings, cls, c, EPSILON, "≤").with("engine", mechanism);
        SearchStatistics st = stats(o, start);
        Option<ScheduleSearch.SettingResult> hardest = o.results().filter(r -> r.argmin().isDefined()).maxBy(ScheduleSearch.SettingResult::min);
        Margin margin = new Margin("max over settings of the smallest new-concept gap over the schedule class (probability)",
                Margin.Extremum.MAX, hardest.map(ScheduleSearch.SettingResult::min).getOrElse(Double.NaN), "<=", EPSILON, o.complete(),
                hardest.map(r -> r.setting().name() + " / " + r.argmin().get().label()).getOrElse(""));
        Vector<Survey> surveys = perSettingSurvey ? Vector.of(perSetting(o, EPSILON, "SimulatedReflection")) : Vector.empty();
        if (!o.complete()) {
            Verdict v = new Verdict.Inconclusive(Verdict.Kind.WITNESS, bound, st, o.stoppedAt()).withMargin(margin);
            return surveys.foldLeft(v, Verdict::withSurvey);
        }
        Option<ScheduleSearch.SettingResult> failing = o.results().find(r -> r.atOrBelow() == 0);
        if (failing.isDefined()) {
            Verdict v = new Verdict.NoneWithinBound(Verdict.Kind.WITNESS, bound,
                    st).withMargin(margin);
            return surveys.foldLeft(v, Verdict::withSurvey);
        }
        // every setting has a member within ε: the witness is the family of per-setting schedules with the fewest
        // simulated reflections; the table shows the setting that needs the most of them
        ScheduleSearch.SettingResult most = o.results().maxBy(r -> r.fewestCounted().get()).get();
        Setting s = most.setting();
        java.util.function.Predicate<Schedule> within = x -> ScheduleSearch.figure(p, s, x) <= EPSILON
                && x.count(EventKind.SIMULATED_REFLECTION) <= most.fewestCounted().get();
        Schedule shrunk = ScheduleSearch.shrink(most.fewestCountedSchedule().get(), cls, within);
        Witness w = witness(s, c, shrunk, cls, within, "the new-concept gap is %s ≤ ε = " + EPSILON + " in setting " + s.name()
                        + " after " + most.fewestCounted().get() + " SimulatedReflection event(s), the most any setting of the class needs",
                "every setting of the class has a member within ε; fewest SimulatedReflection events per setting: "
                        + o.results().map(r -> r.fewestCounted().get()).mkString(", "));
        Verdict v = new Verdict.Found(Verdict.Kind.WITNESS, bound, st, w).withMargin(margin);
        return surveys.foldLeft(v, Verdict::withSurvey);
    }

    /** The witness: the schedule's snapshots replayed from the start, the gap recomputed, free positions. */
    static Witness witness(Setting s, Choices c, Schedule schedule, ScheduleClass cls, java.util.function.Predicate<Schedule> still,
                           String summaryFormat, String note) {
        Vector<ScheduleRun.Snapshot> run = ScheduleRun.run(s, c, schedule);
        double replayed = run.last().divergence().newConceptGap();
        Vector<String> personas = s.personas();
        Vector<String> columns = Vector.of("step", "event", "LLM P_G(plork)", "human P_G(plork)", "D_new", "TV(G)")
                .appendAll(personas.map(x -> "share " + x));
        Vector<Vector<String>> rows = run.map(snap -> Vector.of(Integer.toString(snap.index()), snap.label(),
                        fmt(snap.readout().llm().newConcepts().get("plork").get()), fmt(snap.readout().human().newConcepts().get("plork").get()),
                        fmt(snap.divergence().newConceptGap()), fmt(snap.divergence().totalVariation()))
                .appendAll(personas.map(x -> fmt(snap.personaShares().get(x).get()))));
        Vector<Integer> free = ScheduleSearch.freePositions(schedule, cls, still);
        ValueDivergence.Comparison values = ValueDivergence.between(run.last().readout(), s, ValueSettings.defaults());
        LinkedHashMap<String, Object> trace = LinkedHashMap.<String, Object>empty()
                .put("setting", s.name()).put("schedule", schedule.events().map(Event::label))
                .put("choices", c.describe()).put("note", note)
                .put("values", LinkedHashMap.<String, Object>empty()
                        .put("llm", values.llm().map(Object::toString).getOrElse(values.llmStatus()))
                        .put("human", values.human().map(Object::toString).getOrElse(values.humanStatus()))
                        .put("distanceBits", values.distanceBits()))
                .put("states", run.map(snap -> (Object) LinkedHashMap.<String, Object>empty()
                        .put("step", snap.index()).put("event", snap.label())
                        .put("llmPlork", snap.readout().llm().newConcepts().get("plork").get())
                        .put("humanPlork", snap.readout().human().newConcepts().get("plork").get())
                        .put("gap", snap.divergence().newConceptGap()).put("totalVariation", snap.divergence().totalVariation())
                        .put("hellinger", snap.divergence().hellinger()).put("kendallTau", snap.divergence().kendallTau())
                        .put("personaShares", snap.personaShares())));
        return new Witness(String.format(Locale.ROOT, summaryFormat, fmt(replayed)) + ": " + schedule.label() + " (" + note + ")",
                columns, rows, trace, "new-concept gap D_new after the schedule", replayed,
                free.map(i -> "event " + (i + 1) + " (" + schedule.events().get(i).label() + ")"));
    }

    // ---------------------------------------------------------------- sensitivity

    /** One row of the sensitivity table. */
    public record Sensitivity(Choices choices, RuleSet rules, Verdict diverge, Verdict converge) {
    }

    /**
     * Both searches under every combination of goal read-out, advantage convention, prior and rule set
     * (16 combinations), two at a time on the machine's cores; each combination is a pure function, so the
     * table does not depend on the order in which they finish. Human read-outs are shared between
     * combinations that differ only in what the human never reads. Each combination gets the whole budget.
     */
    public static Vector<Sensitivity> sensitivity(Budget budget) {
        Vector<Object[]> combos = Vector.empty();
        for (Choices.LlmGoal g : Choices.LlmGoal.values()) {
            for (AdvantageConvention a : Vector.of(AdvantageConvention.POPULATION, AdvantageConvention.TRL)) {
                for (Choices.PriorChoice pr : Choices.PriorChoice.values()) {
                    for (RuleSet r : RuleSet.values()) {
                        combos = combos.append(new Object[] {Choices.defaults().withLlmGoal(g).withConvention(a).withPrior(pr), r});
                    }
                }
            }
        }
        ScheduleSearch.HumanMemo memo = new ScheduleSearch.HumanMemo();
        java.util.List<Sensitivity> rows = combos.toJavaList().parallelStream().map(o -> {
            Choices c = (Choices) o[0];
            RuleSet r = (RuleSet) o[1];
            return new Sensitivity(c, r, divergeSearch(settings(r), divergeClass(), c, budget, memo),
                    convergeSearch(groundedSettings(r), convergeClass(), c, budget, ScheduleSearch.Mechanism.SOUND, false, memo));
        }).collect(java.util.stream.Collectors.toList());
        return Vector.ofAll(rows);
    }

    /** The sensitivity table as a survey. */
    public static Survey sensitivitySurvey(Vector<Sensitivity> rows) {
        return new Survey("E15 under every combination of the modelling choices (spec/schedule.md §4, §9)",
                Vector.of("LLM goal", "advantage", "prior", "rules", "E15.diverge", "min D_new", "E15.converge", "max-min D_new"),
                rows.map(r -> Vector.of(r.choices().llmGoal().name().toLowerCase(Locale.ROOT), r.choices().conventionName(),
                        r.choices().prior().name().toLowerCase(Locale.ROOT), r.rules().name().toLowerCase(Locale.ROOT),
                        r.diverge().headline(), r.diverge().margin().map(m -> fmt(m.value())).getOrElse("—"),
                        r.converge().headline(), r.converge().margin().map(m -> fmt(m.value())).getOrElse("—"))));
    }
}
