package org.looplab.cli.config;

import org.looplab.discovery.Cdp;
import org.looplab.discovery.Lldp;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * CDP and LLDP in the running configuration, only where they differ from IOS's defaults: the global lines
 * ({@code lldp run}, {@code cdp timer N}, {@code no cdp run}...) after the static routes and access lists,
 * and on a port {@code no cdp enable}, {@code no lldp transmit}, {@code no lldp receive} at its end.
 */
final class DiscoveryConfigLines {
    private DiscoveryConfigLines() {
    }

    static String render(Router router) {
        StringBuilder out = new StringBuilder();
        Lldp lldp = Lldp.ifPresent(router);
        if (lldp != null) {
            timers(out, "lldp", lldp.timerSeconds(), Lldp.DEFAULT_TIMER_SECONDS, lldp.holdtimeSeconds(), Lldp.DEFAULT_HOLDTIME_SECONDS);
            if (lldp.isEnabled()) {
                out.append("lldp run\n");
            }
        }
        Cdp cdp = Cdp.ifPresent(router);
        if (cdp != null) {
            timers(out, "cdp", cdp.timerSeconds(), Cdp.DEFAULT_TIMER_SECONDS, cdp.holdtimeSeconds(), Cdp.DEFAULT_HOLDTIME_SECONDS);
            if (!cdp.isEnabled()) {
                out.append("no cdp run\n");
            }
        }
        return out.isEmpty() ? "" : out.append("!\n").toString();
    }

    private static void timers(StringBuilder out, String protocol, int timer, int defaultTimer, int holdtime, int defaultHoldtime) {
        if (timer != defaultTimer) {
            out.append(protocol).append(" timer ").append(timer).append('\n');
        }
        if (holdtime != defaultHoldtime) {
            out.append(protocol).append(" holdtime ").append(holdtime).append('\n');
        }
    }

    static String interfaceLines(Interface iface) {
        StringBuilder out = new StringBuilder();
        Cdp cdp = Cdp.ifPresent(iface.router());
        if (cdp != null && !cdp.transmitsOn(iface.name())) {
            out.append(" no cdp enable\n");
        }
        Lldp lldp = Lldp.ifPresent(iface.router());
        if (lldp != null && !lldp.transmitsOn(iface.name())) {
            out.append(" no lldp transmit\n");
        }
        if (lldp != null && !lldp.receivesOn(iface.name())) {
            out.append(" no lldp receive\n");
        }
        return out.toString();
    }
}
