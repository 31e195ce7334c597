package org.looplab.routing;

import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;

/**
 * One path of a route in a router's RIB. {@code nextHop} is null for connected and local routes and for
 * static routes to an interface; {@code outgoing} is null for a recursive route (a static or BGP route
 * that names only a next hop, resolved through the RIB when the FIB is built). A prefix with equal-cost
 * paths has one {@code Route} per path.
 */
public record Route(Ipv4Prefix prefix, RouteSource source, int distance, int metric, Ipv4Address nextHop,
                    InterfaceName outgoing) {

    public static Route connected(Ipv4Prefix prefix, InterfaceName outgoing) {
        return new Route(prefix, RouteSource.CONNECTED, 0, 0, null, outgoing);
    }

    public static Route local(Ipv4Address address, InterfaceName outgoing) {
        return new Route(new Ipv4Prefix(address, 32), RouteSource.LOCAL, 0, 0, null, outgoing);
    }

    /** True for a route to Null0: matching packets are discarded. */
    public boolean isDiscard() {
        return outgoing != null && outgoing.isNull();
    }
}
