package org.valuegrowth.search;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Vector;
import org.valuegrowth.verdict.Bound;
import org.valuegrowth.verdict.SearchStatistics;
import org.valuegrowth.verdict.Verdict;
import org.valuegrowth.verdict.Witness;
import org.valuegrowth.mind.Mind;

/**
 * Exhaustive search over growth schedules, shortest first, with prefix sharing (each prefix is
 * simulated once by depth-first enumeration at each length). The first schedule found is of
 * minimal length (no shorter schedule exists) and lexicographically first in alphabet order; it is
 * replayed from the start mind outside the search before it is reported, and the positions where
 * every alternative event would also satisfy the query are marked free.
 */
public final class MindScheduleSearch {
    private MindScheduleSearch() {
    }

    private static final class Counter {
        long nodes;
        long candidates;
        boolean exhausted;
        long deadline;
        String why = "";
    }

    /** Runs the query from {@code start} without a time limit (the node budget still applies). */
    public static <S> Verdict search(Mind start, MindScheduleQuery<S> q) {
        return search(start, q, Long.MAX_VALUE / 2_000_000L);
    }

    /** Runs the query from {@code start}; running out of nodes or time gives INCONCLUSIVE. */
    public static <S> Verdict search(Mind start, MindScheduleQuery<S> q, long timeLimitMillis) {
        long t0 = System.nanoTime();
        Bound bound = Bound.of(q.description(), "horizon", q.horizon(), "alphabet",
                q.alphabet().map(q.label()).mkString("{", ", ", "}"), "threshold", q.threshold(),
                "figure", q.figureName());
        Counter c = new Counter();
        c.deadline = t0 + timeLimitMillis * 1_000_000L;
        for (int len = 1; len <= q.horizon(); len++) {
            Vector<Integer> hit = dfs(q, Vector.of(start), Vector.empty(), len, c);
            if (c.exhausted) {
                return new Verdict.Inconclusive(q.kind(), bound, stats(c, q.horizon(), t0),
                        c.why + " at length " + len);
            }
            if (hit != null) {
                return found(start, q, hit, bound, stats(c, len, t0));
            }
        }
        return new Verdict.NoneWithinBound(q.kind(), bound, stats(c, q.horizon(), t0));
    }

    /** The figure of the schedule {@code events} replayed from {@code start}. */
    public static <S> double replay(Mind start, MindScheduleQuery<S> q, Vector<S> events) {
        return q.figure().apply(trajectory(start, q, events), events);
    }

    private static <S> Vector<Mind> trajectory(Mind start, MindScheduleQuery<S> q, Vector<S> events) {
        Vector<Mind> t = Vector.of(start);
        for (S e : events) {
            t = t.append(q.transition().apply(t.last(), e));
        }
        return t;
    }

    private static <S> Vector<Integer> dfs(MindScheduleQuery<S> q, Vector<Mind> traj, Vector<Integer> prefix, int len,
                                           Counter c) {
        if (prefix.size() == len) {
            c.candidates++;
            return q.figure().apply(traj, prefix.map(q.alphabet()::get)) > q.threshold() ? prefix : null;
        }
        for (int i = 0; i < q.alphabet().size(); i++) {
            if (++c.nodes > q.maxNodes()) {
                c.exhausted = true;
                c.why = "node budget " + q.maxNodes() + " exhausted";
                return null;
            }
            if ((c.nodes & 63) == 0 && System.nanoTime() > c.deadline) {
                c.exhausted = true;
                c.why = "time limit reached";
                return null;
            }
            Mind next = q.transition().apply(traj.last(), q.alphabet().get(i));
            Vector<Integer> hit = dfs(q, traj.append(next), prefix.append(i), len, c);
            if (hit != null || c.exhausted) {
                return hit;
            }
        }
        return null;
    }

    private static SearchStatistics stats(Counter c, int depth, long t0) {
        return new SearchStatistics("exhaustive schedules", c.candidates, c.nodes, 0, 0, depth, System.nanoTime() - t0);
    }

    private static <S> Verdict found(Mind start, MindScheduleQuery<S> q, Vector<Integer> hit, Bound bound,
                                     SearchStatistics stats) {
        Vector<S> events = hit.map(q.alphabet()::get);
        Vector<Mind> traj = trajectory(start, q, events);
        double figure = q.figure().apply(traj, events);
        if (!(figure > q.threshold())) {
            throw new AssertionError("replayed schedule no longer satisfies the query: " + figure);
        }
        Vector<String> free = Vector.empty();
        for (int pos = 0; pos < events.size(); pos++) {
            boolean all = true;
            for (S alt : q.alphabet()) {
                if (!(replay(start, q, events.update(pos, alt)) > q.threshold())) {
                    all = false;
                    break;
                }
            }
            if (all) {
                free = free.append(String.valueOf(pos + 1));
            }
        }
        Vector<Vector<String>> rows = Vector.of(Vector.of("0", "start", fmt(traj.get(0).energy().total())));
        for (int i = 0; i < events.size(); i++) {
            rows = rows.append(Vector.of(String.valueOf(i + 1), q.label().apply(events.get(i)),
                    fmt(traj.get(i + 1).energy().total())));
        }
        LinkedHashMap<String, Object> trace = LinkedHashMap.<String, Object>empty()
                .put("schedule", events.map(q.label()))
                .put(q.figureName(), figure);
        Witness w = new Witness(events.size() + "-event schedule " + events.map(q.label()).mkString(", ")
                + " gives " + q.figureName() + " = " + fmt(figure),
                Vector.of("step", "event", "energy after"), rows, trace, q.figureName(), figure, free);
        return new Verdict.Found(q.kind(), bound, stats, w);
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.6g", v);
    }
}
