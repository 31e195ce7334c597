package org.looplab.store;

import java.time.Instant;

/**
 * One entry of a lab's timeline: a router's log message ({@code router} set, kind {@link #LOG}) or a lab
 * console action ({@code router} null, kind {@link #CONSOLE}), with the virtual time it happened at and
 * the host's wall-clock time. {@code run} counts the lab's starts; {@code sequence} orders a run.
 */
public record TimelineEvent(int run, long sequence, long virtualNanos, Instant wallTime, String router, String kind,
        String text) {
    public static final String LOG = "log";
    public static final String CONSOLE = "console";
}
