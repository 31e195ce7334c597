package org.looplab.ping;

import java.util.Arrays;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;

/**
 * Echo reachability from a router, decided from its routing table and the state of its links. This first
 * slice reaches the router's own addresses, host loopback (127/8, answered inside the router as RFC 1122
 * says) and directly connected neighbours. Hop-by-hop forwarding on the virtual clock is
 * {@link org.looplab.dataplane.PingSession}; this synchronous form stays for callers that cannot wait.
 */
public final class Ping {
    private Ping() {
    }

    public static PingResult run(Router router, Ipv4Address destination, int repeat) {
        long oneWayNanos = reachability(router, destination);
        boolean[] replies = new boolean[repeat];
        if (oneWayNanos < 0) {
            return new PingResult(replies, 0, 0, 0);
        }
        Arrays.fill(replies, true);
        // IOS prints whole milliseconds and never less than 1 for a reply.
        int millis = (int) Math.max(1, (2 * oneWayNanos + 999_999) / 1_000_000);
        return new PingResult(replies, millis, millis, millis);
    }

    /** One-way delay to the destination in nanoseconds, or -1 when an echo would not come back. */
    private static long reachability(Router router, Ipv4Address destination) {
        if (destination.isThisNetwork()) {
            return -1; // 0.0.0.0/8 is never a destination (RFC 1122 3.2.1.3)
        }
        if (destination.isLoopback()) {
            return 0; // host loopback never leaves the router
        }
        Route route = router.rib().lookup(destination);
        if (route == null) {
            return -1;
        }
        // Recursive and Null0 routes need real forwarding: org.looplab.dataplane.PingSession handles them.
        Interface out = route.outgoing() == null ? null : router.interfaceNamed(route.outgoing());
        if (out == null || out.address() == null) {
            return -1;
        }
        if (route.source() == RouteSource.LOCAL || out.address().address().equals(destination)) {
            return 0;
        }
        if (route.source() != RouteSource.CONNECTED || out.isLoopback()) {
            return -1;
        }
        Interface far = out.farEnd();
        boolean answers = far != null && far.isProtocolUp() && far.address() != null
                && far.address().address().equals(destination);
        return answers ? out.link().delayNanos() : -1;
    }
}
