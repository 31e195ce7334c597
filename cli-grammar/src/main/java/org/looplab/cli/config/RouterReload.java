package org.looplab.cli.config;

import org.looplab.cli.archive.ConfirmedChange;
import org.looplab.cli.archive.PeriodicArchive;
import org.looplab.files.ConfigArchive;
import org.looplab.router.Router;

/**
 * {@code router R reload}: a reboot as IOS does it. The router logs {@code %SYS-5-RELOAD}, loses power
 * (its interfaces go down, its neighbours lose carrier, and whatever lived only in memory is gone: TCP
 * connections, so BGP sessions, and OSPF adjacencies), boots for {@link #BOOT_NANOS} of virtual time,
 * reads its startup-config (what was not saved is gone: {@link ConfigReplace}) and comes back with
 * {@code %SYS-5-RESTART}; adjacencies and sessions then form again through the protocols themselves. The lab console's {@code router R reload} and the exec
 * command {@code reload} both come here. Kernel thread.
 */
public final class RouterReload {
    /** Virtual time between the reload request and the router's restart. */
    public static final long BOOT_NANOS = 30_000_000_000L;

    private RouterReload() {
    }

    /**
     * What a reload boots the router from: its startup-config, or after {@code erase startup-config} its
     * kind's default; null (a router of a test, with neither) keeps the configuration it has.
     */
    public static String bootConfig(Router router) {
        return router.startupConfigText() != null ? router.startupConfigText() : router.defaultConfigText();
    }

    /**
     * Starts the reload; {@code startupConfig} is what the router boots from (null: the configuration it
     * has). What lived in memory goes with the power: a pending {@code configure confirm} timer (the
     * router boots from its startup-config, not the backup), the archive's time-period timer (counted
     * again from the boot) and the list of archive copies, which IOS starts afresh at each boot (the files
     * stay on flash).
     */
    public static void reload(Router router, String startupConfig, String requestedBy) {
        router.log("%SYS-5-RELOAD: Reload requested by " + requestedBy + ". Reload Reason: Reload Command.");
        router.setPoweredOn(false);
        ConfirmedChange.of(router).forget();
        PeriodicArchive.of(router).stop();
        ConfigArchive archive = router.attachmentIfPresent(ConfigArchive.class);
        if (archive != null) {
            archive.forgetCopies();
        }
        router.kernel().schedule(BOOT_NANOS, () -> {
            if (router.isPoweredOn()) {
                return; // booted by hand meanwhile
            }
            if (startupConfig != null) {
                // What was not saved is lost: the running-config becomes the startup-config.
                ConfigReplace.replace(router, startupConfig);
            }
            router.setPoweredOn(true);
            PeriodicArchive.of(router).update(router); // time-period counts from the boot
        });
    }
}
