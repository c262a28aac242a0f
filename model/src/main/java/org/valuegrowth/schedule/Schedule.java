package org.valuegrowth.schedule;

import io.vavr.collection.Vector;
import org.valuegrowth.numeric.ModelException;

/**
 * A training schedule (curriculum): a finite sequence of events both growth processes run.
 *
 * @param events the events in order (possibly none)
 */
public record Schedule(Vector<Event> events) {
    /** Rejects null. */
    public Schedule {
        if (events == null || events.contains(null)) {
            throw new ModelException("a schedule needs a list of events");
        }
    }

    /** A schedule of these events. */
    public static Schedule of(Event... events) {
        return new Schedule(Vector.of(events));
    }

    /** The number of events. */
    public int length() {
        return events.size();
    }

    /** How many events of the kind. */
    public int count(EventKind kind) {
        return events.count(e -> e.kind() == kind);
    }

    /** "Observe(4) · Task(solved) · Extend(plork)", or "(empty)". */
    public String label() {
        return events.isEmpty() ? "(empty)" : events.map(Event::label).mkString(" · ");
    }

    /** This schedule without the event at {@code i}. */
    public Schedule without(int i) {
        return new Schedule(events.removeAt(i));
    }

    /** This schedule with the event at {@code i} replaced. */
    public Schedule with(int i, Event e) {
        return new Schedule(events.update(i, e));
    }
}
