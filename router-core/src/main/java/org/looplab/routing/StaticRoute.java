package org.looplab.routing;

import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;

/**
 * One {@code ip route PREFIX MASK {NEXT-HOP | INTERFACE [NEXT-HOP]} [DISTANCE]} line: a destination, an
 * outgoing interface or a next hop or both, and an administrative distance (1 unless given; a higher one
 * makes a floating static). Two lines with the same prefix, interface and next hop are the same route:
 * entering it again with another distance replaces it, as IOS does.
 */
public record StaticRoute(Ipv4Prefix prefix, InterfaceName outgoing, Ipv4Address nextHop, int distance) {
    public static final int DEFAULT_DISTANCE = RouteSource.STATIC.defaultDistance();
    public static final int MIN_DISTANCE = 1;
    public static final int MAX_DISTANCE = 255;

    public StaticRoute {
        if (outgoing == null && nextHop == null) {
            throw new IllegalArgumentException("a static route needs an interface or a next hop");
        }
        if (distance < MIN_DISTANCE || distance > MAX_DISTANCE) {
            throw new IllegalArgumentException("distance " + distance + " is not 1-255");
        }
    }

    public static StaticRoute viaNextHop(Ipv4Prefix prefix, Ipv4Address nextHop) {
        return new StaticRoute(prefix, null, nextHop, DEFAULT_DISTANCE);
    }

    public static StaticRoute viaInterface(Ipv4Prefix prefix, InterfaceName outgoing) {
        return new StaticRoute(prefix, outgoing, null, DEFAULT_DISTANCE);
    }

    /** The RIB candidate this line gives while it is usable. */
    public Route toRoute() {
        return new Route(prefix, RouteSource.STATIC, distance, 0, nextHop, outgoing);
    }
}
