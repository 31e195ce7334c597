package org.looplab.ospf;

import org.looplab.sim.SimEvent;

/**
 * When the SPF calculation runs, by IOS's {@code timers throttle spf START HOLD MAX}: a change after a
 * quiet period runs it START ms later; while changes keep coming each run waits at least the current hold
 * after the previous one, the hold doubling up to MAX; after twice MAX without a run the hold is reset.
 */
final class SpfScheduler {
    private static final long MS = 1_000_000L;

    private final OspfProcess process;
    private SimEvent pending;
    private long lastRunNanos = -1;
    private long holdNanos;

    SpfScheduler(OspfProcess process) {
        this.process = process;
    }

    void schedule() {
        if (pending != null || !process.isRunning()) {
            return;
        }
        SpfThrottle throttle = process.spfThrottle();
        long now = process.kernel().now();
        long delay;
        if (lastRunNanos < 0 || now - lastRunNanos >= 2 * throttle.maxMillis() * MS) {
            delay = throttle.startMillis() * MS;
            holdNanos = throttle.holdMillis() * MS;
        } else {
            delay = Math.max(throttle.startMillis() * MS, lastRunNanos + holdNanos - now);
            holdNanos = Math.min(2 * holdNanos, throttle.maxMillis() * MS);
        }
        pending = process.kernel().schedule(delay, this::run);
    }

    /** Virtual time when the next run is due, or -1 when none is scheduled. */
    long dueNanos() {
        return pending == null ? -1 : pending.timeNanos();
    }

    private void run() {
        pending = null;
        lastRunNanos = process.kernel().now();
        process.runSpf();
    }

    void stop() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        lastRunNanos = -1;
    }
}
