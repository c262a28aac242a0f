package org.valuegrowth.search;

import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.function.ToDoubleFunction;
import org.valuegrowth.numeric.ModelException;
import org.valuegrowth.schedule.Choices;
import org.valuegrowth.schedule.Divergence;
import org.valuegrowth.schedule.Event;
import org.valuegrowth.schedule.EventKind;
import org.valuegrowth.schedule.Growth;
import org.valuegrowth.schedule.Pair;
import org.valuegrowth.schedule.Readout;
import org.valuegrowth.schedule.Schedule;
import org.valuegrowth.schedule.ScheduleClass;
import org.valuegrowth.schedule.Setting;

/**
 * The exhaustive schedule search ({@code spec/schedule.md} §8): for every setting of an instance class,
 * a depth-first walk over every schedule of a {@link ScheduleClass} that simulates each prefix once
 * (prefix sharing: a child state is one event applied to its parent's), evaluating a figure of the
 * final divergence at every complete schedule. It returns, per setting, the smallest figure and the
 * canonical (shortest, then first in alphabet order) schedule that attains it, plus the count of
 * schedules at or below a threshold and the fewest events of a given kind among them. The verdict
 * logic (which quantifier, which threshold) is the caller's; this engine only measures, exactly, over
 * the whole class, or reports how far it got when the budget ran out.
 */
public final class ScheduleSearch {
    private ScheduleSearch() {
    }

    /**
     * What to search.
     *
     * @param cls the schedule class
     * @param settings the instance class (at least one setting)
     * @param choices the modelling choices
     * @param figure the figure of a pair's final divergence (e.g. the new-concept gap)
     * @param threshold a threshold for the counts ({@code atOrBelow}); the verdict compares with it too
     * @param counted the kind whose fewest occurrences among schedules at or below the threshold is reported
     */
    public record Problem(ScheduleClass cls, Vector<Setting> settings, Choices choices, ToDoubleFunction<Divergence> figure,
                          double threshold, EventKind counted) {
        /** Validates the parts. */
        public Problem {
            if (cls == null || settings == null || settings.isEmpty() || choices == null || figure == null || counted == null) {
                throw new ModelException("a schedule search needs a class, settings, choices, a figure and a counted kind");
            }
        }
    }

    /**
     * What the search found for one setting.
     *
     * @param setting the setting
     * @param min the smallest figure over the class (NaN if the class is empty)
     * @param argmin the canonical schedule attaining it
     * @param max the largest figure over the class
     * @param argmax the canonical schedule attaining it
     * @param members the schedules evaluated
     * @param atOrBelow how many of them have figure ≤ threshold
     * @param fewestCounted the fewest events of the counted kind among those (none if no schedule is at or below)
     * @param fewestCountedSchedule a canonical schedule with that fewest count
     */
    public record SettingResult(Setting setting, double min, Option<Schedule> argmin, double max, Option<Schedule> argmax,
                                long members, long atOrBelow, Option<Integer> fewestCounted, Option<Schedule> fewestCountedSchedule) {
    }

    /**
     * The outcome: every setting's result when the walk finished, else how far it got.
     *
     * @param results one per setting searched to the end, in order
     * @param complete whether every setting was searched to the end
     * @param nodes model steps simulated (events applied to a pair, plus read-outs)
     * @param maxDepth the longest prefix simulated
     * @param stoppedAt a description of where the budget ran out ("" if complete)
     */
    public record Outcome(Vector<SettingResult> results, boolean complete, long nodes, int maxDepth, String stoppedAt) {
    }

    /**
     * Runs the search within {@code maxNodes} model steps and the optional deadline (System.nanoTime units,
     * Long.MAX_VALUE for none). Settings that differ only in the traders' extrapolation rules form one
     * family and share one walk: the human-style agent is simulated once per prefix for the family, and
     * the LLM-style agents, equal until a SimulatedReflection event reads their rules, once per
     * distinct state.
     */
    public static Outcome run(Problem p, long maxNodes, long deadlineNanos) {
        return run(p, maxNodes, deadlineNanos, Mechanism.SOUND);
    }

    /** The mechanism of the walk: sound, or a planted fault for a fault control. */
    public enum Mechanism {
        /** Each child state is its parent's state with one event applied. */
        SOUND,
        /** Planted fault: each child state is the start state with only its last event applied (broken prefix sharing). */
        CHILD_FROM_START
    }

    /** As {@link #run(Problem, long, long)} with the given mechanism. */
    public static Outcome run(Problem p, long maxNodes, long deadlineNanos, Mechanism mechanism) {
        return run(p, maxNodes, deadlineNanos, mechanism, new HumanMemo());
    }

    /**
     * A memo of the human-style agent's read-outs, shared between searches that differ only in choices the
     * human never reads (the advantage convention, the traders' rules): the human's state after a schedule is
     * a function of its starting state, the human's own choices and the schedule alone. Thread-safe.
     */
    public static final class HumanMemo {
        private final java.util.concurrent.ConcurrentHashMap<Object, Readout> map = new java.util.concurrent.ConcurrentHashMap<>();

        Readout get(Pair.HumanAgent start, Choices c, Schedule s, java.util.function.Supplier<Readout> compute) {
            Object key = Vector.of(start, c.humanReadout(), c.reflectionTol(), c.reflectionCap(), c.taskTarget(), c.demonstration(), s);
            Readout r = map.get(key);
            if (r == null) {
                r = compute.get();
                map.putIfAbsent(key, r);
            }
            return r;
        }

        /** How many read-outs are stored. */
        public int size() {
            return map.size();
        }
    }

    /** As {@link #run(Problem, long, long, Mechanism)}, sharing human read-outs through {@code memo}. */
    public static Outcome run(Problem p, long maxNodes, long deadlineNanos, Mechanism mechanism, HumanMemo memo) {
        Walk w = new Walk(p, maxNodes, deadlineNanos, mechanism, memo);
        Vector<SettingResult> out = Vector.empty();
        for (Vector<Setting> family : families(p.settings())) {
            w.begin(family);
            Pair start = Pair.start(family.head(), p.choices());
            Pair.LlmAgent[] llm = new Pair.LlmAgent[family.size()];
            java.util.Arrays.fill(llm, start.llm());
            w.startHuman = start.human();
            w.startLlm = llm.clone();
            boolean done = w.visit(start.human(), llm, 0, new int[EventKind.values().length], Vector.empty());
            if (!done) {
                return new Outcome(out, false, w.nodes, w.maxDepth, "a family of " + family.size() + " setting(s) starting with "
                        + family.head().name() + " (" + out.size() + " of " + p.settings().size() + " settings done), after "
                        + w.members + " of its schedules; " + w.why);
            }
            out = out.appendAll(w.results());
        }
        Vector<SettingResult> done = out;
        return new Outcome(p.settings().map(s -> done.find(r -> r.setting() == s).get()), true, w.nodes, w.maxDepth, "");
    }

    /** Groups settings that differ at most in their traders' rules, keeping first-appearance order. */
    static Vector<Vector<Setting>> families(Vector<Setting> settings) {
        Vector<Vector<Setting>> out = Vector.empty();
        for (Setting s : settings) {
            int i = out.indexWhere(f -> f.head().sameDynamics(s));
            out = i < 0 ? out.append(Vector.of(s)) : out.update(i, out.get(i).append(s));
        }
        return out;
    }

    /** The figure of one schedule, recomputed from the start of the setting with the plain model (the replay). */
    public static double figure(Problem p, Setting s, Schedule schedule) {
        Pair q = Growth.run(schedule, s, p.choices());
        return p.figure().applyAsDouble(Divergence.between(Readout.of(q, s, p.choices())));
    }

    /** Canonical order: shorter first, then by alphabet index, position by position. */
    static int compare(Schedule a, Schedule b, Vector<Event> alphabet) {
        if (a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        for (int i = 0; i < a.length(); i++) {
            int c = Integer.compare(alphabet.indexOf(a.events().get(i)), alphabet.indexOf(b.events().get(i)));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Per-setting running statistics of a walk. */
    private static final class Stats {
        final Setting setting;
        long members;
        long atOrBelow;
        double min = Double.NaN;
        Schedule argmin;
        double max = Double.NaN;
        Schedule argmax;
        int fewest = Integer.MAX_VALUE;
        Schedule fewestSchedule;

        Stats(Setting setting) {
            this.setting = setting;
        }

        void record(Schedule s, double f, Problem p) {
            members++;
            Vector<Event> alphabet = p.cls().alphabet();
            if (argmin == null || f < min || f == min && compare(s, argmin, alphabet) < 0) {
                min = f;
                argmin = s;
            }
            if (argmax == null || f > max || f == max && compare(s, argmax, alphabet) < 0) {
                max = f;
                argmax = s;
            }
            if (f <= p.threshold()) {
                atOrBelow++;
                int c = s.count(p.counted());
                if (fewestSchedule == null || c < fewest || c == fewest && compare(s, fewestSchedule, alphabet) < 0) {
                    fewest = c;
                    fewestSchedule = s;
                }
            }
        }

        SettingResult result() {
            return new SettingResult(setting, min, Option.of(argmin), max, Option.of(argmax), members, atOrBelow,
                    fewestSchedule == null ? Option.none() : Option.some(fewest), Option.of(fewestSchedule));
        }
    }

    private static final class Walk {
        final Problem p;
        final long maxNodes;
        final long deadline;
        final Mechanism mechanism;
        long nodes;
        int maxDepth;
        String why = "";
        Vector<Setting> family;
        Stats[] stats;
        long members;
        Pair.HumanAgent startHuman;
        Pair.LlmAgent[] startLlm;
        final HumanMemo memo;

        Walk(Problem p, long maxNodes, long deadline, Mechanism mechanism, HumanMemo memo) {
            this.p = p;
            this.maxNodes = maxNodes;
            this.deadline = deadline;
            this.mechanism = mechanism;
            this.memo = memo;
        }

        void begin(Vector<Setting> f) {
            family = f;
            stats = new Stats[f.size()];
            for (int i = 0; i < stats.length; i++) {
                stats[i] = new Stats(f.get(i));
            }
            members = 0;
        }

        Vector<SettingResult> results() {
            return Vector.of(stats).map(Stats::result);
        }

        boolean spend() {
            nodes++;
            if (nodes > maxNodes) {
                why = "node budget " + maxNodes + " exhausted";
                return false;
            }
            if (deadline != Long.MAX_VALUE && (nodes & 63) == 0 && System.nanoTime() > deadline) {
                why = "time limit reached";
                return false;
            }
            return true;
        }

        /** Visits the prefix and its extensions; false when the budget ran out. */
        boolean visit(Pair.HumanAgent h, Pair.LlmAgent[] llm, int state, int[] counts, Vector<Event> prefix) {
            ScheduleClass cls = p.cls();
            maxDepth = Math.max(maxDepth, prefix.size());
            if (cls.complete(state, counts)) {
                if (!spend()) {
                    return false;
                }
                Schedule s = new Schedule(prefix);
                boolean mirror = p.choices().process() == Choices.HumanProcess.MIRROR_OF_LLM;
                Readout human = mirror ? null : mechanism == Mechanism.SOUND
                        ? memo.get(startHuman, p.choices(), s, () -> Readout.human(h, family.head(), p.choices()))
                        : Readout.human(h, family.head(), p.choices());
                for (int i = 0; i < llm.length; i++) {
                    Readout l = Readout.llm(llm[i], family.get(i), p.choices());
                    Readout.Both both = new Readout.Both(l, mirror ? l : human);
                    stats[i].record(s, p.figure().applyAsDouble(Divergence.between(both)), p);
                }
                members++;
            }
            if (prefix.size() >= cls.horizon()) {
                return true;
            }
            for (Event e : cls.alphabet()) {
                int next = cls.automaton().next(state, e.kind());
                counts[e.kind().ordinal()]++;
                if (cls.viable(next, counts, prefix.size() + 1)) {
                    if (!spend()) {
                        counts[e.kind().ordinal()]--;
                        return false;
                    }
                    boolean fault = mechanism == Mechanism.CHILD_FROM_START;
                    Pair.HumanAgent hc = Growth.human(fault ? startHuman : h, e, family.head(), p.choices());
                    Pair.LlmAgent[] lc = step(fault ? startLlm : llm, e);
                    if (!visit(hc, lc, next, counts, prefix.append(e))) {
                        counts[e.kind().ordinal()]--;
                        return false;
                    }
                }
                counts[e.kind().ordinal()]--;
            }
            return true;
        }

        /** Steps each distinct LLM state once; members sharing a state share the result unless the event reads the rules. */
        Pair.LlmAgent[] step(Pair.LlmAgent[] llm, Event e) {
            Pair.LlmAgent[] out = new Pair.LlmAgent[llm.length];
            boolean readsRules = e instanceof Event.SimulatedReflection;
            java.util.IdentityHashMap<Pair.LlmAgent, Pair.LlmAgent> done = new java.util.IdentityHashMap<>();
            for (int i = 0; i < llm.length; i++) {
                if (readsRules) {
                    out[i] = Growth.llm(llm[i], e, family.get(i), p.choices());
                } else {
                    out[i] = done.computeIfAbsent(llm[i], a -> Growth.llm(a, e, family.head(), p.choices()));
                }
            }
            return out;
        }
    }

    /**
     * Shrinks a schedule that satisfies {@code stillWitness} to a minimal one: repeatedly drops an event
     * or replaces one by an alphabet event of the same kind listed earlier (a lower parameter), keeping
     * class membership and the property, until neither helps (first improvement, canonical order).
     */
    public static Schedule shrink(Schedule s, ScheduleClass cls, java.util.function.Predicate<Schedule> stillWitness) {
        Schedule cur = s;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < cur.length() && !changed; i++) {
                Schedule d = cur.without(i);
                if (cls.contains(d) && stillWitness.test(d)) {
                    cur = d;
                    changed = true;
                }
            }
            for (int i = 0; i < cur.length() && !changed; i++) {
                Event e = cur.events().get(i);
                int idx = cls.alphabet().indexOf(e);
                for (int j = 0; j < idx && !changed; j++) {
                    Event lower = cls.alphabet().get(j);
                    if (lower.kind() == e.kind()) {
                        Schedule d = cur.with(i, lower);
                        if (cls.contains(d) && stillWitness.test(d)) {
                            cur = d;
                            changed = true;
                        }
                    }
                }
            }
        }
        return cur;
    }

    /**
     * The positions of a witness that could hold any alphabet event (keeping class membership) and still
     * satisfy {@code stillWitness}: "free positions" in the bounded checkers' sense.
     */
    public static Vector<Integer> freePositions(Schedule s, ScheduleClass cls, java.util.function.Predicate<Schedule> stillWitness) {
        Vector<Integer> free = Vector.empty();
        for (int i = 0; i < s.length(); i++) {
            boolean all = true;
            boolean any = false;
            for (Event e : cls.alphabet()) {
                Schedule d = s.with(i, e);
                if (e.equals(s.events().get(i)) || !cls.contains(d)) {
                    continue;
                }
                any = true;
                if (!stillWitness.test(d)) {
                    all = false;
                    break;
                }
            }
            if (all && any) {
                free = free.append(i);
            }
        }
        return free;
    }
}
