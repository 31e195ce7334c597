package org.looplab.sim;

/**
 * One scheduled action. Events are ordered by (virtual time, sequence number); the sequence number is
 * given at scheduling, so no two distinct events compare equal and equal-time events run in the order
 * they were scheduled (as ns-3's EventKey).
 */
public final class SimEvent implements Comparable<SimEvent> {
    private final long timeNanos;
    private final long sequence;
    private final Runnable action;
    private boolean cancelled;

    SimEvent(long timeNanos, long sequence, Runnable action) {
        this.timeNanos = timeNanos;
        this.sequence = sequence;
        this.action = action;
    }

    public long timeNanos() {
        return timeNanos;
    }

    public long sequence() {
        return sequence;
    }

    /** Cancels the event if it has not run yet; a cancelled event is skipped when its time comes. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void run() {
        action.run();
    }

    @Override
    public int compareTo(SimEvent other) {
        int byTime = Long.compare(timeNanos, other.timeNanos);
        return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
}
