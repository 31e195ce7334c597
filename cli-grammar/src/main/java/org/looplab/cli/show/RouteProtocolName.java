package org.looplab.cli.show;

import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;
import org.looplab.routing.Route;

/** How IOS names the process a route came from ("connected", "static", "ospf 1") and who advertised it. */
final class RouteProtocolName {
    private RouteProtocolName() {
    }

    static String of(Router router, Route route) {
        return switch (route.source()) {
            case CONNECTED, LOCAL -> "connected";
            case STATIC -> "static";
            case OSPF, OSPF_INTER_AREA -> "ospf";
            case EBGP, IBGP -> "bgp";
        };
    }

    /** "ospf 1" when the router runs OSPF, else null. */
    static String ospfProcessName(Router router) {
        return null;
    }

    /** The router ID that advertised a dynamic route; the next hop until the protocol says more. */
    static Ipv4Address advertisingRouter(Router router, Route path) {
        return path.nextHop();
    }
}
