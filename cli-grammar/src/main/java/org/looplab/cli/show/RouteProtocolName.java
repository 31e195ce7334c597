package org.looplab.cli.show;

import org.looplab.net.Ipv4Address;
import org.looplab.ospf.Neighbor;
import org.looplab.ospf.OspfProcess;
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
            case OSPF, OSPF_INTER_AREA -> {
                String name = ospfProcessName(router);
                yield name == null ? "ospf" : name;
            }
            case EBGP, IBGP -> "bgp";
        };
    }

    /** "ospf 1" when the router runs OSPF (the first process: the RIB does not say which), else null. */
    static String ospfProcessName(Router router) {
        return router.ospf().processes().stream().findFirst().map(process -> "ospf " + process.processId())
                .orElse(null);
    }

    /** The router ID of the neighbour at the path's next hop (IOS's "from"), else the next hop itself. */
    static Ipv4Address advertisingRouter(Router router, Route path) {
        for (OspfProcess process : router.ospf().processes()) {
            for (Neighbor neighbor : process.neighbors()) {
                if (neighbor.address().equals(path.nextHop())) {
                    return neighbor.routerId();
                }
            }
        }
        return path.nextHop();
    }
}
