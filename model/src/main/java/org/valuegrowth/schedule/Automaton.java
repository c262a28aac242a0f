package org.valuegrowth.schedule;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * A deterministic finite automaton over the event kinds, built from a schedule class's regular
 * expression (Thompson's construction, then the subset construction; Hopcroft, Motwani &amp; Ullman,
 * 3rd ed., §2.3, §3.2.3). State 0 is the start; −1 is the dead state.
 */
public final class Automaton {
    private final int[][] next;
    private final boolean[] accepting;
    private final int[] toAccept;

    Automaton(int[][] next, boolean[] accepting) {
        this.next = next;
        this.accepting = accepting;
        this.toAccept = distances(next, accepting);
    }

    /** The number of states. */
    public int states() {
        return next.length;
    }

    /** The state after reading {@code kind} in {@code state}, or −1 (dead). */
    public int next(int state, EventKind kind) {
        if (state < 0) {
            return -1;
        }
        return next[state][kind.ordinal()];
    }

    /** Whether {@code state} accepts. */
    public boolean accepting(int state) {
        return state >= 0 && accepting[state];
    }

    /** The fewest further events that reach an accepting state from {@code state} (Integer.MAX_VALUE if none). */
    public int stepsToAccept(int state) {
        return state < 0 ? Integer.MAX_VALUE : toAccept[state];
    }

    /** Whether the automaton accepts this sequence of kinds. */
    public boolean accepts(Vector<EventKind> word) {
        int s = 0;
        for (EventKind k : word) {
            s = next(s, k);
            if (s < 0) {
                return false;
            }
        }
        return accepting(s);
    }

    /** The transition table as a copy: next[state][kind ordinal], −1 for none. */
    public int[][] table() {
        int[][] t = new int[next.length][];
        for (int i = 0; i < next.length; i++) {
            t[i] = next[i].clone();
        }
        return t;
    }

    /** Which states accept, as a copy. */
    public boolean[] acceptingStates() {
        return accepting.clone();
    }

    private static int[] distances(int[][] next, boolean[] accepting) {
        int n = next.length;
        int[] d = new int[n];
        java.util.Arrays.fill(d, Integer.MAX_VALUE);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (accepting[s]) {
                d[s] = 0;
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int t = queue.poll();
            for (int s = 0; s < n; s++) {
                if (d[s] == Integer.MAX_VALUE) {
                    for (int k = 0; k < next[s].length; k++) {
                        if (next[s][k] == t) {
                            d[s] = d[t] + 1;
                            queue.add(s);
                            break;
                        }
                    }
                }
            }
        }
        return d;
    }

    /** The automaton of a parsed expression. */
    static Automaton of(Regex r) {
        Nfa nfa = new Nfa();
        int[] frag = r.build(nfa);
        nfa.accept = frag[1];
        return nfa.determinise(frag[0]);
    }

    /** A regular expression over event kinds (the parser's output). */
    sealed interface Regex permits Symbol, Concat, Alt, Star, Empty {
        /** Adds this expression's fragment to the NFA; returns {start, end}. */
        int[] build(Nfa nfa);
    }

    record Symbol(EventKind kind) implements Regex {
        @Override
        public int[] build(Nfa nfa) {
            int a = nfa.state();
            int b = nfa.state();
            nfa.edge(a, kind.ordinal(), b);
            return new int[] {a, b};
        }
    }

    record Empty() implements Regex {
        @Override
        public int[] build(Nfa nfa) {
            int a = nfa.state();
            int b = nfa.state();
            nfa.edge(a, -1, b);
            return new int[] {a, b};
        }
    }

    record Concat(Vector<Regex> parts) implements Regex {
        @Override
        public int[] build(Nfa nfa) {
            int[] first = parts.head().build(nfa);
            int end = first[1];
            for (Regex p : parts.tail()) {
                int[] f = p.build(nfa);
                nfa.edge(end, -1, f[0]);
                end = f[1];
            }
            return new int[] {first[0], end};
        }
    }

    record Alt(Vector<Regex> options) implements Regex {
        @Override
        public int[] build(Nfa nfa) {
            int a = nfa.state();
            int b = nfa.state();
            for (Regex o : options) {
                int[] f = o.build(nfa);
                nfa.edge(a, -1, f[0]);
                nfa.edge(f[1], -1, b);
            }
            return new int[] {a, b};
        }
    }

    record Star(Regex inner) implements Regex {
        @Override
        public int[] build(Nfa nfa) {
            int a = nfa.state();
            int b = nfa.state();
            int[] f = inner.build(nfa);
            nfa.edge(a, -1, f[0]);
            nfa.edge(a, -1, b);
            nfa.edge(f[1], -1, f[0]);
            nfa.edge(f[1], -1, b);
            return new int[] {a, b};
        }
    }

    /** A Thompson NFA under construction; symbol −1 is ε. */
    static final class Nfa {
        private final java.util.List<java.util.List<int[]>> edges = new java.util.ArrayList<>();
        private int accept = -1;
        private static final int MAX_STATES = 100_000;

        int state() {
            if (edges.size() >= MAX_STATES) {
                throw new ModelException("schedule class expression too large: more than " + MAX_STATES + " automaton states");
            }
            edges.add(new java.util.ArrayList<>());
            return edges.size() - 1;
        }

        void edge(int from, int symbol, int to) {
            edges.get(from).add(new int[] {symbol, to});
        }

        private java.util.BitSet closure(java.util.BitSet set) {
            java.util.BitSet out = (java.util.BitSet) set.clone();
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            set.stream().forEach(stack::push);
            while (!stack.isEmpty()) {
                int s = stack.pop();
                for (int[] e : edges.get(s)) {
                    if (e[0] == -1 && !out.get(e[1])) {
                        out.set(e[1]);
                        stack.push(e[1]);
                    }
                }
            }
            return out;
        }

        Automaton determinise(int start) {
            int symbols = EventKind.values().length;
            java.util.Map<java.util.BitSet, Integer> index = new java.util.HashMap<>();
            java.util.List<java.util.BitSet> sets = new java.util.ArrayList<>();
            java.util.List<int[]> table = new java.util.ArrayList<>();
            java.util.BitSet s0 = new java.util.BitSet();
            s0.set(start);
            s0 = closure(s0);
            index.put(s0, 0);
            sets.add(s0);
            for (int i = 0; i < sets.size(); i++) {
                if (sets.size() > 10_000) {
                    throw new ModelException("schedule class expression too large: more than 10000 deterministic states");
                }
                int[] row = new int[symbols];
                java.util.Arrays.fill(row, -1);
                for (int k = 0; k < symbols; k++) {
                    java.util.BitSet to = new java.util.BitSet();
                    final int kk = k;
                    sets.get(i).stream().forEach(s -> {
                        for (int[] e : edges.get(s)) {
                            if (e[0] == kk) {
                                to.set(e[1]);
                            }
                        }
                    });
                    if (to.isEmpty()) {
                        continue;
                    }
                    java.util.BitSet c = closure(to);
                    Integer j = index.get(c);
                    if (j == null) {
                        j = sets.size();
                        index.put(c, j);
                        sets.add(c);
                    }
                    row[k] = j;
                }
                table.add(row);
            }
            boolean[] acc = new boolean[sets.size()];
            for (int i = 0; i < acc.length; i++) {
                acc[i] = sets.get(i).get(accept);
            }
            return new Automaton(table.toArray(new int[0][]), acc);
        }
    }
}
