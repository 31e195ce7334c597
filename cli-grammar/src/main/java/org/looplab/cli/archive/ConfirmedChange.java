package org.looplab.cli.archive;

import org.looplab.cli.config.ConfigReplace;
import org.looplab.router.Router;
import org.looplab.sim.SimEvent;

/**
 * A configuration change that must be confirmed ({@code configure terminal revert timer N},
 * {@code configure replace ... revert timer N} or {@code time N}): the running-config before it is kept
 * in the archive, and unless {@code configure confirm} comes within the time on the virtual clock, it
 * goes back. Kernel thread.
 */
public final class ConfirmedChange {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private SimEvent timer;
    private String backupUrl;
    private String backupText;

    public static ConfirmedChange of(Router router) {
        return router.attachment(ConfirmedChange.class, r -> new ConfirmedChange());
    }

    public boolean pending() {
        return timer != null;
    }

    /** Keeps {@code text} (archived as {@code url}) and reverts to it in {@code minutes} unless confirmed. */
    public void start(Router router, String url, String text, int minutes, String user) {
        cancel();
        backupUrl = url;
        backupText = text;
        router.log("%ARCHIVE_DIFF-5-ROLLBK_CNFMD_CHG_START_ABSTIMER: User: " + user
                + ": Scheduled to rollback to config " + url + " in " + minutes + " minutes");
        schedule(router, minutes);
    }

    /** {@code configure revert timer N}: the same backup, a new time. */
    public void restart(Router router, int minutes) {
        cancel();
        schedule(router, minutes);
    }

    /** {@code configure confirm}: the change stays. */
    public void confirm(Router router, String user) {
        cancel();
        router.log("%ARCHIVE_DIFF-5-ROLLBK_CNFMD_CHG_CONFIRM: User: " + user + ": Confirm the configuration change");
    }

    /** {@code configure revert now}, or the timer running out. */
    public void revert(Router router, String why) {
        cancel();
        router.log("%ARCHIVE_DIFF-5-ROLLBK_CNFMD_CHG_ROLLBACK_START: " + why + ": Start rolling to: " + backupUrl);
        ConfigReplace.replace(router, backupText);
    }

    /** A reload: the timer and its backup are gone with the memory that held them. */
    public void forget() {
        cancel();
        backupUrl = null;
        backupText = null;
    }

    private void schedule(Router router, int minutes) {
        timer = router.kernel().schedule(minutes * NANOS_PER_MINUTE, () -> {
            timer = null;
            revert(router, "Timer expired");
        });
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}
