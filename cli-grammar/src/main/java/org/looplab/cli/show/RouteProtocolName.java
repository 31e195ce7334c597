package org.looplab.cli.show;

import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.Lsa;
import org.looplab.ospf.LsaBody;
import org.looplab.ospf.LsaType;
import org.looplab.ospf.LsdbEntry;
import org.looplab.ospf.Neighbor;
import org.looplab.ospf.OspfArea;
import org.looplab.ospf.OspfProcess;
import org.looplab.ospf.RouterLink;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;

/** How IOS names the process a route came from ("connected", "static", "ospf 1") and who advertised it. */
final class RouteProtocolName {
    private RouteProtocolName() {
    }

    static String of(Router router, Route route) {
        return switch (route.source()) {
            case CONNECTED, LOCAL -> "connected";
            case STATIC -> "static";
            case OSPF, OSPF_INTER_AREA, OSPF_EXTERNAL_1, OSPF_EXTERNAL_2, OSPF_NSSA_1, OSPF_NSSA_2 -> {
                String name = ospfProcessName(router);
                yield name == null ? "ospf" : name;
            }
            case EBGP, IBGP -> {
                org.looplab.bgp.BgpConfig bgp = org.looplab.bgp.Bgp.of(router).config();
                yield bgp == null ? "bgp" : "bgp " + bgp.asNumber();
            }
        };
    }

    /** "ospf 1" when the router runs OSPF (the first process: the RIB does not say which), else null. */
    static String ospfProcessName(Router router) {
        return router.ospf().processes().stream().findFirst().map(process -> "ospf " + process.processId())
                .orElse(null);
    }

    /**
     * IOS's "from": the router that originated the LSA the route was computed from. For a segment with a
     * DR it is the DR (network LSA), for an inter-area route the ABR (summary LSA), for a loopback or a
     * stub network the router that owns it; where several routers advertise the same stub (both ends of
     * a point-to-point link) the neighbour at the path's next hop is preferred, as its stub is reached
     * first. Falls back to the next hop when the database says nothing.
     */
    static Ipv4Address advertisingRouter(Router router, Route path) {
        Ipv4Prefix prefix = path.prefix();
        Ipv4Address neighbor = neighborAt(router, path.nextHop());
        Ipv4Address found = null;
        for (OspfProcess process : router.ospf().processes()) {
            for (OspfArea area : process.areas()) {
                for (LsdbEntry entry : area.lsdb().entries()) {
                    Lsa lsa = entry.lsa();
                    if (!advertises(lsa, prefix, path.source())) {
                        continue;
                    }
                    if (lsa.advertisingRouter().equals(neighbor) || lsa.body() instanceof LsaBody.NetworkBody) {
                        return lsa.advertisingRouter();
                    }
                    if (found == null || lsa.advertisingRouter().compareTo(found) < 0) {
                        found = lsa.advertisingRouter();
                    }
                }
            }
        }
        return found != null ? found : path.nextHop();
    }

    private static boolean advertises(Lsa lsa, Ipv4Prefix prefix, RouteSource source) {
        boolean external = source.isOspfExternal();
        if (lsa.body() instanceof LsaBody.ExternalBody body) {
            return external && lsa.linkStateId().equals(prefix.network()) && body.mask().equals(prefix.mask());
        }
        if (external) {
            return false;
        }
        boolean interArea = source == RouteSource.OSPF_INTER_AREA;
        if (lsa.body() instanceof LsaBody.SummaryBody summary) {
            return interArea && lsa.type() == LsaType.SUMMARY_NETWORK && lsa.linkStateId().equals(prefix.network())
                    && summary.mask().equals(prefix.mask());
        }
        if (interArea) {
            return false;
        }
        if (lsa.body() instanceof LsaBody.NetworkBody network) {
            return Ipv4Prefix.containing(lsa.linkStateId(), Ipv4Prefix.lengthOfMask(network.mask())).equals(prefix);
        }
        if (lsa.body() instanceof LsaBody.RouterBody routerBody) {
            for (RouterLink link : routerBody.links()) {
                if (link.kind() == RouterLink.Kind.STUB && link.linkId().equals(prefix.network())
                        && link.linkData().equals(prefix.mask())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Ipv4Address neighborAt(Router router, Ipv4Address nextHop) {
        for (OspfProcess process : router.ospf().processes()) {
            for (Neighbor neighbor : process.neighbors()) {
                if (neighbor.address().equals(nextHop)) {
                    return neighbor.routerId();
                }
            }
        }
        return null;
    }
}
