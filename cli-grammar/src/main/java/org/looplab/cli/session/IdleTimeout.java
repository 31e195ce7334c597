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

    /** Counts the idle time again from the session's last input, with the line's timeout as it is now. */
    void restart() {
        stop();
        long seconds = VtyAccess.execTimeoutSeconds(router, vty.vty());
        if (seconds > 0) {
            long due = vty.lastInputNanos() + seconds * 1_000_000_000L;
            timer = router.kernel().schedule(Math.max(0, due - router.kernel().now()), this::expire);
        }
    }

    void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private void expire() {
        timer = null;
        if (busy.getAsBoolean()) {
            vty.touch(router.kernel().now());
            restart();
        } else {
            hangUp.run();
        }
    }
}
