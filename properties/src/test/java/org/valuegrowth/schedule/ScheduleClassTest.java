package org.valuegrowth.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.valuegrowth.logic.Language;

/** Schedule classes: the text syntax of spec/schedule.md §3, membership, and the canonical enumeration. */
class ScheduleClassTest {
    static final Language L = Language.ofNames("solved", "kind");
    static final Event OBS = new Event.Observe(4);
    static final Event TASK = new Event.Task(L.var("solved"), 8, 0.5, 0.0, 1);
    static final Event TASK_KIND = new Event.Task(L.var("kind"), 8, 0.5, 0.0, 1);
    static final Event EXT = new Event.Extend("plork");
    static final Event REF = new Event.Reflect();
    static final Event SR = new Event.SimulatedReflection(4);
    static final Vector<Event> ALPHABET = Vector.of(OBS, TASK, TASK_KIND, REF, EXT, SR);

    @Example
    @Label("the examples of spec/schedule.md §3 parse")
    void specExamplesParse() {
        assertThat(ScheduleClass.parse("(Observe|Task){1,8} Extend Task* with count(Task) >= 3", ALPHABET, 10).isRight()).isTrue();
        assertThat(ScheduleClass.parse("(Observe|Task|Reflect)* Extend (Observe|Task|Reflect)* with count(Task) >= 2 and "
                + "count(SimulatedReflection) = 0", ALPHABET, 6).isRight()).isTrue();
    }

    @Example
    @Label("syntax errors name their column, and unknown kinds list the known ones")
    void syntaxErrorsAreLocated() {
        assertThat(ScheduleClass.parse("(Observe|Task", ALPHABET, 4).getLeft()).contains("unclosed '(' at column 1");
        assertThat(ScheduleClass.parse("Observe Tsak", ALPHABET, 4).getLeft()).contains("unknown event kind 'Tsak' at column 9")
                .contains("SimulatedReflection");
        assertThat(ScheduleClass.parse("Observe{2,1}", ALPHABET, 4).getLeft()).contains("bad repetition bounds");
        assertThat(ScheduleClass.parse("Observe with count(Task) > 3", ALPHABET, 4).getLeft()).contains("expected count(Kind)");
        assertThat(ScheduleClass.parse("Observe", ALPHABET, 99).getLeft()).contains("horizon not in [0, 64]");
    }

    @Example
    @Label("membership: pattern, counts, horizon and alphabet all matter")
    void membership() {
        ScheduleClass c = ScheduleClass.of("(Observe|Task)* Extend Task* with count(Task) >= 2", ALPHABET, 5);
        assertThat(c.contains(Schedule.of(TASK, TASK, EXT))).isTrue();
        assertThat(c.contains(Schedule.of(TASK, EXT, TASK_KIND))).isTrue();
        assertThat(c.contains(Schedule.of(TASK, EXT))).as("one Task").isFalse();
        assertThat(c.contains(Schedule.of(EXT, OBS, TASK, TASK))).as("Observe after Extend").isFalse();
        assertThat(c.contains(Schedule.of(TASK, TASK, OBS, OBS, OBS, EXT))).as("longer than the horizon").isFalse();
        assertThat(c.contains(Schedule.of(TASK, TASK, EXT, new Event.Task(L.var("kind"), 4, 0.5, 0.0, 1))))
                .as("not in the alphabet").isFalse();
    }

    /** An independent membership test: every word over the alphabet up to the horizon, filtered by a hand-written predicate. */
    static List<Schedule> allWords(int horizon) {
        List<Schedule> out = new ArrayList<>();
        out.add(Schedule.of());
        List<Schedule> layer = List.of(Schedule.of());
        for (int len = 1; len <= horizon; len++) {
            List<Schedule> next = new ArrayList<>();
            for (Schedule s : layer) {
                for (Event e : ALPHABET) {
                    next.add(new Schedule(s.events().append(e)));
                }
            }
            out.addAll(next);
            layer = next;
        }
        return out;
    }

    @Property(tries = 20)
    @Label("the enumeration lists exactly the words that a hand-written predicate accepts, in canonical order")
    void enumerationMatchesAHandWrittenPredicate(@ForAll @IntRange(min = 0, max = 4) int horizon, @ForAll @IntRange(min = 0, max = 2) int minTasks) {
        ScheduleClass c = ScheduleClass.of("(Observe|Task)* Extend (Task|Reflect)* with count(Task) >= " + minTasks, ALPHABET, horizon);
        List<Schedule> expected = new ArrayList<>();
        for (Schedule s : allWords(horizon)) {
            int ext = s.events().indexOf(EXT);
            boolean shape = ext >= 0 && s.events().lastIndexOf(EXT) == ext
                    && s.events().take(ext).forAll(e -> e.kind() == EventKind.OBSERVE || e.kind() == EventKind.TASK)
                    && s.events().drop(ext + 1).forAll(e -> e.kind() == EventKind.TASK || e.kind() == EventKind.REFLECT);
            if (shape && s.count(EventKind.TASK) >= minTasks) {
                expected.add(s);
            }
        }
        List<Schedule> listed = new ArrayList<>();
        c.forEachMember(Long.MAX_VALUE, listed::add);
        assertThat(listed).containsExactlyElementsOf(expected);
        for (Schedule s : listed) {
            assertThat(c.contains(s)).isTrue();
        }
    }
}
