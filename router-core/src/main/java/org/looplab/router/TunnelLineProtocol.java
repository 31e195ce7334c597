package org.looplab.router;

import org.looplab.routing.Adjacency;
import org.looplab.routing.FibEntry;

/**
 * A tunnel's line protocol as IOS 15 keeps it: up while the tunnel source is an up interface with an address,
 * the FIB of the tunnel's underlay VRF has a route to the destination and, with keepalives, the far end answers. Rechecked after every
 * change of the routing table or of an interface, on the kernel, once per instant.
 * <p>
 * When the route to the destination leaves through the tunnel itself (recursive routing), IOS logs
 * {@code %TUN-5-RECURDOWN} and holds the tunnel down for a while, so that routing can converge without it;
 * with the tunnel down its routes go, the destination is reachable again and the tunnel comes back, so a
 * misconfiguration flaps it for ever, as on IOS.
 */
final class TunnelLineProtocol {
    /** How long a tunnel stays down after recursive routing: Cisco says "a few minutes"; we take one. */
    static final long RECURSION_HOLD_NANOS = 60_000_000_000L;

    private final Router router;
    private boolean checkPending;

    TunnelLineProtocol(Router router) {
        this.router = router;
        router.rib().addListener(prefix -> scheduleCheck());
    }

    /** True when the tunnel's line protocol may be up now. */
    static boolean canBeUp(Interface tunnel) {
        Router router = tunnel.router();
        TunnelSettings settings = tunnel.tunnel();
        if (tunnel.recursionHeldUntil() > router.kernel().now() || settings.destination() == null
                || settings.mode() == TunnelMode.GRE_MULTIPOINT || router.tunnelKeepaliveFailed(tunnel)
                || !settings.underlayExists(router)) {
            return false; // multipoint GRE: without NHRP there is no one to send to
        }
        Interface carrier = settings.sourceCarrier(router);
        if (carrier == null || carrier == tunnel || !carrier.isProtocolUp() || settings.outerSource(router) == null) {
            return false;
        }
        return router.fib(settings.vrf()).lookup(settings.destination()) != null;
    }

    /** Rechecks the router's tunnels at the current instant, after whatever is changing now has settled. */
    void scheduleCheck() {
        if (checkPending || !router.hasTunnels()) {
            return;
        }
        checkPending = true;
        router.kernel().schedule(0, this::check);
    }

    private void check() {
        checkPending = false;
        for (Interface tunnel : router.tunnels()) {
            if (tunnel.isProtocolUp() && routesThroughItself(tunnel)) {
                router.log("%TUN-5-RECURDOWN: " + tunnel.name().fullName() + " temporarily disabled due to recursive routing");
                tunnel.holdForRecursion(router.kernel().now() + RECURSION_HOLD_NANOS);
                router.kernel().schedule(RECURSION_HOLD_NANOS, this::scheduleCheck);
            }
            router.refresh(tunnel);
        }
    }

    private static boolean routesThroughItself(Interface tunnel) {
        if (!tunnel.tunnel().underlayExists(tunnel.router())) {
            return false;
        }
        FibEntry entry = tunnel.router().fib(tunnel.tunnel().vrf()).lookup(tunnel.tunnel().destination());
        if (entry == null) {
            return false;
        }
        for (Adjacency adjacency : entry.adjacencies()) {
            if (adjacency.kind() != Adjacency.Kind.RECEIVE && tunnel.name().equals(adjacency.outgoing())) {
                return true;
            }
        }
        return false;
    }
}
