package org.valuegrowth.schedule;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.function.Consumer;
import org.valuegrowth.numeric.ModelException;

/**
 * A class of schedules ({@code spec/schedule.md} §3): the schedules of at most {@code horizon} events,
 * each drawn from the {@code alphabet} (concrete events with their parameters: the parameter grid), whose
 * sequence of kinds matches the regular expression {@code pattern} and meets every counting constraint.
 *
 * <p>Text syntax: {@code PATTERN [with CONSTRAINT (and CONSTRAINT)*]}, where PATTERN is built from the
 * kind tokens ({@link EventKind#token()}), concatenation by juxtaposition, {@code |}, parentheses and
 * the postfix operators {@code * + ? {n} {n,} {n,m}}, and CONSTRAINT is {@code count(Kind) >= n},
 * {@code <= n} or {@code = n}. Example: {@code (Observe|Task){1,8} Extend Task* with count(Task) >= 3}.
 */
public final class ScheduleClass {
    private final String pattern;
    private final Vector<CountConstraint> counts;
    private final Vector<Event> alphabet;
    private final int horizon;
    private final Automaton automaton;

    private ScheduleClass(String pattern, Vector<CountConstraint> counts, Vector<Event> alphabet, int horizon, Automaton a) {
        this.pattern = pattern;
        this.counts = counts;
        this.alphabet = alphabet;
        this.horizon = horizon;
        this.automaton = a;
    }

    /** The largest horizon a class may have. */
    public static final int MAX_HORIZON = 64;

    /**
     * Parses a class.
     *
     * @param text the pattern and its constraints
     * @param alphabet the concrete events, distinct, at least one
     * @param horizon the largest schedule length, in [0, {@value #MAX_HORIZON}]
     * @return the class, or a message naming the position of the first syntax error
     */
    public static Either<String, ScheduleClass> parse(String text, Vector<Event> alphabet, int horizon) {
        if (text == null || alphabet == null || alphabet.isEmpty()) {
            return Either.left("a schedule class needs a pattern and a non-empty alphabet");
        }
        if (horizon < 0 || horizon > MAX_HORIZON) {
            return Either.left("horizon not in [0, " + MAX_HORIZON + "]: " + horizon);
        }
        if (alphabet.distinct().size() != alphabet.size()) {
            return Either.left("the alphabet lists an event twice");
        }
        int with = indexOfWord(text, "with");
        String pat = (with < 0 ? text : text.substring(0, with)).trim();
        Vector<CountConstraint> counts = Vector.empty();
        if (with >= 0) {
            String rest = text.substring(with + 4);
            int offset = with + 4;
            for (String part : rest.split("\\band\\b", -1)) {
                Either<String, CountConstraint> c = parseCount(part.trim(), offset + part.indexOf(part.trim()));
                if (c.isLeft()) {
                    return Either.left(c.getLeft());
                }
                counts = counts.append(c.get());
                offset += part.length() + 3;
            }
        }
        Parser p = new Parser(pat);
        try {
            Automaton.Regex r = p.alternation();
            p.skipSpace();
            if (p.pos < pat.length()) {
                return Either.left("unexpected '" + pat.charAt(p.pos) + "' at column " + (p.pos + 1) + " of the pattern");
            }
            return Either.right(new ScheduleClass(pat, counts, alphabet, horizon, Automaton.of(r)));
        } catch (ModelException e) {
            return Either.left(e.getMessage());
        }
    }

    /** As {@link #parse}, throwing on a syntax error (for classes written in code). */
    public static ScheduleClass of(String text, Vector<Event> alphabet, int horizon) {
        return parse(text, alphabet, horizon).getOrElseThrow(msg -> new ModelException("schedule class '" + text + "': " + msg));
    }

    private static int indexOfWord(String text, String word) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + word + "\\b").matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static Either<String, CountConstraint> parseCount(String s, int column) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("count\\(\\s*(\\w+)\\s*\\)\\s*(>=|<=|=)\\s*(\\d{1,6})").matcher(s);
        if (!m.matches()) {
            return Either.left("expected count(Kind) >= n, <= n or = n at column " + (column + 1) + ": '" + s + "'");
        }
        return EventKind.ofToken(m.group(1)).<Either<String, CountConstraint>>map(k -> Either.right(
                        new CountConstraint(k, m.group(2), Integer.parseInt(m.group(3)))))
                .getOrElse(Either.left("unknown event kind '" + m.group(1) + "' in a count at column " + (column + 1)
                        + "; kinds: " + Vector.of(EventKind.values()).map(EventKind::token).mkString(", ")));
    }

    /** The regular expression over kinds. */
    public String pattern() {
        return pattern;
    }

    /** The counting constraints. */
    public Vector<CountConstraint> counts() {
        return counts;
    }

    /** The concrete events a position may hold. */
    public Vector<Event> alphabet() {
        return alphabet;
    }

    /** The largest schedule length. */
    public int horizon() {
        return horizon;
    }

    /** The automaton of the pattern. */
    public Automaton automaton() {
        return automaton;
    }

    /** The class with another horizon. */
    public ScheduleClass withHorizon(int h) {
        if (h < 0 || h > MAX_HORIZON) {
            throw new ModelException("horizon not in [0, " + MAX_HORIZON + "]: " + h);
        }
        return new ScheduleClass(pattern, counts, alphabet, h, automaton);
    }

    /** Whether {@code s} is a member. */
    public boolean contains(Schedule s) {
        if (s.length() > horizon || !s.events().forAll(alphabet::contains)) {
            return false;
        }
        if (!automaton.accepts(s.events().map(Event::kind))) {
            return false;
        }
        return counts.forAll(c -> c.holds(s.count(c.kind())));
    }

    /**
     * Whether a prefix can still be completed to a member: its automaton state reaches an accepting
     * state within the positions left, and every counting constraint can still be met.
     */
    public boolean viable(int state, int[] kindCounts, int length) {
        int remaining = horizon - length;
        if (state < 0 || automaton.stepsToAccept(state) > remaining) {
            return false;
        }
        for (CountConstraint c : counts) {
            if (!c.admits(kindCounts[c.kind().ordinal()], remaining)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a prefix in this state with these counts is itself a member. */
    public boolean complete(int state, int[] kindCounts) {
        return automaton.accepting(state) && counts.forAll(c -> c.holds(kindCounts[c.kind().ordinal()]));
    }

    /**
     * Visits every member in canonical order (by length, then lexicographically by alphabet index),
     * stopping after {@code limit} members.
     *
     * @return the number of members visited
     */
    public long forEachMember(long limit, Consumer<Schedule> visitor) {
        long seen = 0;
        for (int len = 0; len <= horizon && seen < limit; len++) {
            seen += enumerate(len, 0, new int[EventKind.values().length], Vector.empty(), limit - seen, visitor);
        }
        return seen;
    }

    private long enumerate(int len, int state, int[] kindCounts, Vector<Event> prefix, long limit, Consumer<Schedule> visitor) {
        if (limit <= 0) {
            return 0;
        }
        if (prefix.size() == len) {
            if (complete(state, kindCounts)) {
                visitor.accept(new Schedule(prefix));
                return 1;
            }
            return 0;
        }
        long seen = 0;
        for (Event e : alphabet) {
            int next = automaton.next(state, e.kind());
            if (next < 0 || automaton.stepsToAccept(next) > len - prefix.size() - 1) {
                continue;
            }
            kindCounts[e.kind().ordinal()]++;
            boolean ok = counts.forAll(c -> c.admits(kindCounts[c.kind().ordinal()], len - prefix.size() - 1));
            if (ok) {
                seen += enumerate(len, next, kindCounts, prefix.append(e), limit - seen, visitor);
            }
            kindCounts[e.kind().ordinal()]--;
            if (seen >= limit) {
                break;
            }
        }
        return seen;
    }

    /** The number of members (capped at {@code limit}). */
    public long size(long limit) {
        return forEachMember(limit, s -> { });
    }

    /** "(Observe|Task){1,8} Extend Task* with count(Task) >= 3, ≤ 8 events over {Observe(4), Task(solved), …}". */
    public String describe() {
        return pattern + (counts.isEmpty() ? "" : " with " + counts.map(CountConstraint::describe).mkString(" and "))
                + ", at most " + horizon + " events, each one of " + alphabet.map(Event::label).mkString("{", ", ", "}");
    }

    /** The text syntax of this class (pattern and constraints). */
    public String text() {
        return pattern + (counts.isEmpty() ? "" : " with " + counts.map(CountConstraint::describe).mkString(" and "));
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean at(char c) {
            skipSpace();
            return pos < s.length() && s.charAt(pos) == c;
        }

        Automaton.Regex alternation() {
            Vector<Automaton.Regex> options = Vector.of(concatenation());
            while (at('|')) {
                pos++;
                options = options.append(concatenation());
            }
            return options.size() == 1 ? options.head() : new Automaton.Alt(options);
        }

        Automaton.Regex concatenation() {
            Vector<Automaton.Regex> parts = Vector.empty();
            while (true) {
                skipSpace();
                if (pos >= s.length() || s.charAt(pos) == '|' || s.charAt(pos) == ')') {
                    break;
                }
                parts = parts.append(repetition());
            }
            if (parts.isEmpty()) {
                return new Automaton.Empty();
            }
            return parts.size() == 1 ? parts.head() : new Automaton.Concat(parts);
        }

        Automaton.Regex repetition() {
            Automaton.Regex a = atom();
            while (true) {
                if (pos < s.length() && s.charAt(pos) == '*') {
                    pos++;
                    a = new Automaton.Star(a);
                } else if (pos < s.length() && s.charAt(pos) == '+') {
                    pos++;
                    a = new Automaton.Concat(Vector.of(a, new Automaton.Star(a)));
                } else if (pos < s.length() && s.charAt(pos) == '?') {
                    pos++;
                    a = new Automaton.Alt(Vector.of(a, new Automaton.Empty()));
                } else if (pos < s.length() && s.charAt(pos) == '{') {
                    a = bounded(a);
                } else {
                    return a;
                }
            }
        }

        Automaton.Regex bounded(Automaton.Regex a) {
            int start = pos;
            int close = s.indexOf('}', pos);
            if (close < 0) {
                throw new ModelException("unclosed '{' at column " + (start + 1) + " of the pattern");
            }
            String body = s.substring(pos + 1, close).replace(" ", "");
            pos = close + 1;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,3})(,(\\d{0,3}))?").matcher(body);
            if (!m.matches()) {
                throw new ModelException("expected {n}, {n,} or {n,m} at column " + (start + 1) + " of the pattern");
            }
            int lo = Integer.parseInt(m.group(1));
            Integer hi = m.group(2) == null ? Integer.valueOf(lo) : m.group(3).isEmpty() ? null : Integer.valueOf(m.group(3));
            if (lo > MAX_HORIZON || hi != null && (hi < lo || hi > MAX_HORIZON)) {
                throw new ModelException("bad repetition bounds {" + body + "} at column " + (start + 1) + " (at most " + MAX_HORIZON + ")");
            }
            Vector<Automaton.Regex> parts = Vector.fill(lo, () -> a);
            if (hi == null) {
                parts = parts.append(new Automaton.Star(a));
            } else {
                for (int i = lo; i < hi; i++) {
                    parts = parts.append(new Automaton.Alt(Vector.of(a, new Automaton.Empty())));
                }
            }
            return parts.isEmpty() ? new Automaton.Empty() : parts.size() == 1 ? parts.head() : new Automaton.Concat(parts);
        }

        Automaton.Regex atom() {
            skipSpace();
            if (pos >= s.length()) {
                throw new ModelException("the pattern ends where an event kind or '(' was expected");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                int open = pos;
                pos++;
                Automaton.Regex inner = alternation();
                if (!at(')')) {
                    throw new ModelException("unclosed '(' at column " + (open + 1) + " of the pattern");
                }
                pos++;
                return inner;
            }
            int start = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw new ModelException("unexpected '" + c + "' at column " + (start + 1) + " of the pattern");
            }
            String word = s.substring(start, pos);
            return EventKind.ofToken(word).<Automaton.Regex>map(Automaton.Symbol::new).getOrElseThrow(() -> new ModelException(
                    "unknown event kind '" + word + "' at column " + (start + 1) + "; kinds: "
                            + Vector.of(EventKind.values()).map(EventKind::token).mkString(", ")));
        }
    }
}
