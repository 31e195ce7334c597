package org.looplab.cli.show;

import org.looplab.discovery.Cdp;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * {@code show cdp}, {@code show cdp interface [IF]} and {@code show cdp traffic} as IOS 15 prints them; the
 * neighbour tables are {@link ShowCdpNeighbors}. With CDP off: {@code % CDP is not enabled}.
 */
public final class ShowCdp {
    public static final String NOT_ENABLED = "% CDP is not enabled\n";

    private ShowCdp() {
    }

    /** The router's CDP when it runs, else null. */
    static Cdp running(Router router) {
        Cdp cdp = Cdp.ifPresent(router);
        return cdp != null && cdp.isRunning() ? cdp : null;
    }

    public static String global(Router router) {
        Cdp cdp = running(router);
        if (cdp == null) {
            return NOT_ENABLED;
        }
        // "is  enabled": IOS's double space.
        return "Global CDP information:\n"
                + "\tSending CDP packets every " + cdp.timerSeconds() + " seconds\n"
                + "\tSending a holdtime value of " + cdp.holdtimeSeconds() + " seconds\n"
                + "\tSending CDPv2 advertisements is  enabled\n";
    }

    /** The ports CDP runs on, each with its state and timers; for all of them, IOS's totals after. */
    public static String interfaces(Router router, Interface only) {
        Cdp cdp = running(router);
        if (cdp == null) {
            return NOT_ENABLED;
        }
        StringBuilder out = new StringBuilder();
        int enabled = 0;
        int up = 0;
        for (Interface port : router.interfaces()) {
            if (!cdp.runsOn(port) || (only != null && port != only)) {
                continue;
            }
            enabled++;
            up += port.isProtocolUp() ? 1 : 0;
            out.append(port.name().fullName()).append(" is ").append(port.status().text())
                    .append(", line protocol is ").append(port.isProtocolUp() ? "up" : "down").append('\n')
                    .append("  Encapsulation ARPA\n")
                    .append("  Sending CDP packets every ").append(cdp.timerSeconds()).append(" seconds\n")
                    .append("  Holdtime is ").append(cdp.holdtimeSeconds()).append(" seconds\n");
        }
        if (only == null) {
            out.append("\n cdp enabled interfaces : ").append(enabled).append('\n')
                    .append(" interfaces up          : ").append(up).append('\n')
                    .append(" interfaces down        : ").append(enabled - up).append('\n');
        }
        return out.toString();
    }

    public static String traffic(Router router) {
        Cdp cdp = running(router);
        if (cdp == null) {
            return NOT_ENABLED;
        }
        return "CDP counters :\n"
                + "\tTotal packets output: " + cdp.framesSent() + ", Input: " + cdp.framesReceived() + "\n"
                + "\tHdr syntax: 0, Chksum error: 0, Encaps failed: 0\n"
                + "\tNo memory: 0, Invalid packet: " + cdp.framesInError() + ", \n"
                + "\tCDP version 1 advertisements output: 0, Input: 0\n"
                + "\tCDP version 2 advertisements output: " + cdp.framesSent() + ", Input: " + cdp.framesReceived() + "\n";
    }
}
