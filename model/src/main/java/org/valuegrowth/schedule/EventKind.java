package org.valuegrowth.schedule;

import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * The kinds of schedule events: the alphabet of a schedule class's regular expression
 * ({@code spec/schedule.md} §3). Each kind's {@link #token()} is the word used in the text syntax.
 */
public enum EventKind {
    /** Observations of the true process. */
    OBSERVE("Observe"),
    /** Demonstrations of a persona's conduct. */
    DEMONSTRATE("Demonstrate"),
    /** A task with a verifiable reward. */
    TASK("Task"),
    /** Approval (or disapproval) of a concept. */
    APPROVE("Approve"),
    /** Reflection. */
    REFLECT("Reflect"),
    /** The persona simulated reflecting: demonstrations of grounded verdicts on new concepts. */
    SIMULATED_REFLECTION("SimulatedReflection"),
    /** A new concept enters. */
    EXTEND("Extend"),
    /** More capability without reflection: a new concept and observations. */
    AUGMENT("Augment");

    private final String token;

    EventKind(String token) {
        this.token = token;
    }

    /** The word of the text syntax, e.g. "SimulatedReflection". */
    public String token() {
        return token;
    }

    /** The kind with this token (exact spelling), if any. */
    public static Option<EventKind> ofToken(String token) {
        return Vector.of(values()).find(k -> k.token.equals(token));
    }
}
