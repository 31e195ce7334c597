package org.looplab.routing;

import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;

/** A route in a router's RIB. {@code nextHop} is null for connected and local routes. */
public record Route(Ipv4Prefix prefix, RouteSource source, int distance, int metric, Ipv4Address nextHop,
                    InterfaceName outgoing) {

    public static Route connected(Ipv4Prefix prefix, InterfaceName outgoing) {
        return new Route(prefix, RouteSource.CONNECTED, 0, 0, null, outgoing);
    }

    public static Route local(Ipv4Address address, InterfaceName outgoing) {
        return new Route(new Ipv4Prefix(address, 32), RouteSource.LOCAL, 0, 0, null, outgoing);
    }
}
