package org.looplab.lab;

import org.looplab.router.Interface;
import org.looplab.router.InterfaceListener;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;

/**
 * Notices routing activity anywhere in a lab, whatever protocol causes it: a change of selected routes in
 * any router's RIB, an interface change, or a log line (adjacencies and sessions coming up or going down
 * are logged). It names no protocol, so a new one counts as soon as it installs routes or logs. Kernel
 * thread only.
 */
public final class RoutingActivity {
    private final Lab lab;
    private long changes;
    private long lastChangeNanos;
    private String lastRouter;
    private final java.util.Map<String, Long> lastChangeByRouter = new java.util.HashMap<>();

    private RoutingActivity(Lab lab) {
        this.lab = lab;
        this.lastChangeNanos = lab.kernel().now();
    }

    /** Starts watching every router the lab has now. Kernel thread. */
    public static RoutingActivity watch(Lab lab) {
        RoutingActivity activity = new RoutingActivity(lab);
        for (Router router : lab.routers()) {
            router.rib().addListener(prefix -> activity.noted(router));
            router.addInterfaceListener(new InterfaceListener() {
                @Override
                public void interfaceChanged(Interface changed) {
                    activity.noted(router);
                }

                @Override
                public void interfaceRemoved(InterfaceName removed) {
                    activity.noted(router);
                }
            });
            router.log().addListener(message -> activity.noted(router));
        }
        return activity;
    }

    private void noted(Router router) {
        changes++;
        lastChangeNanos = lab.kernel().now();
        lastRouter = router.name();
        lastChangeByRouter.put(router.name(), lastChangeNanos);
    }

    /** Virtual time of a router's last change, or -1 when it had none since watching began. */
    public long lastChangeNanos(String router) {
        return lastChangeByRouter.getOrDefault(router, -1L);
    }

    /** How many changes were seen since watching began. */
    public long changes() {
        return changes;
    }

    /** Virtual time of the last change (of the start of watching when none happened). */
    public long lastChangeNanos() {
        return lastChangeNanos;
    }

    /** The router of the last change, or null when none happened. */
    public String lastRouter() {
        return lastRouter;
    }
}
