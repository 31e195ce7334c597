package org.looplab.cli.session;

import org.looplab.router.Router;
import org.looplab.router.VtySessions;
import org.looplab.sim.SimEvent;
import org.looplab.vty.VtyAccess;

/**
 * IOS's {@code exec-timeout} on a vty session: when no line has been typed for the line's timeout
 * (10 minutes unless configured; {@code 0 0} never), EXEC ends the session and the connection closes,
 * without a message. Measured on the virtual clock from the last input; a command still running is not
 * idle. Kernel thread only.
 */
final class IdleTimeout {
    private final Router router;
    private final VtySessions.Session vty;
    private final Runnable hangUp;
    private final java.util.function.BooleanSupplier busy;
    private SimEvent timer;

    IdleTimeout(Router router, VtySessions.Session vty, Runnable hangUp,
            java.util.function.BooleanSupplier busy) {
        this.router = router;
        this.vty = vty;
        this.hangUp = hangUp;
        this.busy = busy;
    }

    /**
     * Counts the idle time again from the session's last input, with the line's timeout as it is now. A
     * timer already set for no later than that stays and looks at the last input again when it fires, so
     * a typed line costs no event (a 40,000-line paste scheduled and cancelled 40,000 timers).
     */
    void restart() {
        long due = due();
        if (due < 0) {
            stop();
            return;
        }
        if (timer != null && timer.timeNanos() <= due) {
            return;
        }
        stop();
        schedule(due);
    }

    void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** When the session is idle for its line's timeout, counted from its last input; -1 for never. */
    private long due() {
        long seconds = VtyAccess.execTimeoutSeconds(router, vty.vty());
        return seconds > 0 ? vty.lastInputNanos() + seconds * 1_000_000_000L : -1;
    }

    private void schedule(long due) {
        timer = router.kernel().schedule(Math.max(0, due - router.kernel().now()), this::expire);
    }

    private void expire() {
        timer = null;
        long due = due();
        if (due < 0) {
            return;
        }
        if (due > router.kernel().now()) {
            schedule(due); // input came since the timer was set
        } else if (busy.getAsBoolean()) {
            vty.touch(router.kernel().now());
            restart();
        } else {
            hangUp.run();
        }
    }
}
