package org.looplab.cli.archive;

import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.files.FileUrl;
import org.looplab.cli.files.FlashWrites;
import org.looplab.files.ConfigArchive;
import org.looplab.router.Router;
import org.looplab.sim.SimEvent;

/**
 * The archive's {@code time-period N}: a copy of the running-config every N minutes of the virtual clock,
 * counted from the line (or the boot), into the archive path as {@code archive config} makes it. Without a
 * path nothing is copied; a copy the store refuses is taken back. Kernel thread.
 */
public final class PeriodicArchive {
    /** IOS's range for time-period: a year of minutes. */
    public static final int MAX_MINUTES = 525600;
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private SimEvent timer;

    public static PeriodicArchive of(Router router) {
        return router.attachment(PeriodicArchive.class, r -> new PeriodicArchive());
    }

    /** Starts the period afresh from the archive's configuration now, or stops it. */
    public void update(Router router) {
        stop();
        ConfigArchive archive = router.attachmentIfPresent(ConfigArchive.class);
        if (archive != null && archive.configured() && archive.timePeriodMinutes() > 0) {
            timer = router.kernel().schedule(archive.timePeriodMinutes() * NANOS_PER_MINUTE, () -> {
                timer = null;
                copy(router);
                update(router);
            });
        }
    }

    /** A reload: the timer goes with the power; the boot starts it again. */
    public void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    private static void copy(Router router) {
        if (!router.isPoweredOn()) {
            return;
        }
        ArchiveCopy copy = ArchiveCopy.make(router, RunningConfigWriter.render(router));
        if (copy != null) {
            FlashWrites.persist(router, copy::persist, elapsed -> "", copy::undo,
                    "%Error writing " + FileUrl.parse(copy.url()).display());
        }
    }
}
