package org.looplab.ospf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * The AS external routes (RFC 2328 16.4): each type-5 LSA gives a path through its ASBR (forwarding
 * address 0.0.0.0) or through the OSPF route to its forwarding address. A type-1 path costs the distance
 * to the ASBR plus the LSA's metric; a type-2 path costs the metric alone, the distance breaking ties.
 * Intra- and inter-area routes always win over external ones; type 1 wins over type 2. The type-7 LSAs of
 * an NSSA are read the same way through the routers of that area (RFC 3101 2.5), a type-5 path winning a
 * tie.
 */
final class ExternalRouteCalculation {
    /** How this router reaches an AS boundary router: intra-area (16.1) or through a type-4 summary (16.2). */
    record BoundaryRoute(Ipv4Address routerId, int cost, List<NextHop> nextHops, AreaId area, boolean interArea) {
    }

    private ExternalRouteCalculation() {
    }

    /** The LSAs of one type read through one set of reachable routers: type 5 in the normal areas, type 7 per NSSA. */
    record Source(LsaType type, List<OspfArea> areas, Map<Ipv4Address, BoundaryRoute> routers) {
    }

    /**
     * Adds the external routes of the sources' LSAs to {@code table} (intra- and inter-area routes only)
     * and returns those that made it.
     */
    static Map<Ipv4Prefix, OspfRoute> run(Ipv4Address self, List<Source> sources, Map<Ipv4Prefix, OspfRoute> table) {
        Set<LsaKey> seen = new HashSet<>();
        List<OspfRoute> externals = new ArrayList<>();
        for (Source source : sources) {
            for (OspfArea area : source.areas()) {
                for (LsdbEntry entry : area.lsdb.ofType(source.type())) {
                    Lsa lsa = entry.lsa;
                    if (!seen.add(lsa.key()) || lsa.isMaxAge() || lsa.advertisingRouter().equals(self)) {
                        continue;
                    }
                    OspfRoute route = route(lsa, source.routers(), table);
                    if (route != null) {
                        externals.add(route);
                    }
                }
            }
        }
        for (OspfRoute route : externals) {
            OspfRoute existing = table.get(route.prefix());
            if (existing == null) {
                table.put(route.prefix(), route);
            } else if (existing.external()) {
                int better = compare(route, existing);
                if (better < 0) {
                    table.put(route.prefix(), route);
                } else if (better == 0) {
                    List<NextHop> hops = new ArrayList<>(existing.nextHops());
                    for (NextHop hop : route.nextHops()) {
                        if (!hops.contains(hop)) {
                            hops.add(hop);
                        }
                    }
                    table.put(route.prefix(), existing.withNextHops(SpfCalculation.sortedCapped(hops)));
                }
            }
        }
        Map<Ipv4Prefix, OspfRoute> installed = new HashMap<>();
        for (OspfRoute route : externals) {
            OspfRoute kept = table.get(route.prefix());
            if (kept.external()) {
                installed.put(route.prefix(), kept);
            }
        }
        return installed;
    }

    private static OspfRoute route(Lsa lsa, Map<Ipv4Address, BoundaryRoute> boundaryRouters,
                                   Map<Ipv4Prefix, OspfRoute> table) {
        LsaBody.ExternalBody body = (LsaBody.ExternalBody) lsa.body();
        int length = Ipv4Prefix.lengthOfMask(body.mask());
        if (body.metric() >= LsaOrigination.LS_INFINITY || length < 0) {
            return null;
        }
        BoundaryRoute asbr = boundaryRouters.get(lsa.advertisingRouter());
        if (asbr == null) {
            return null; // step 3: the ASBR is unreachable
        }
        int forwardCost = asbr.cost();
        List<NextHop> hops = asbr.nextHops();
        AreaId area = asbr.area();
        if (!body.forwardingAddress().equals(Ipv4Address.ANY)) {
            OspfRoute toAddress = internalRouteTo(body.forwardingAddress(), table);
            if (toAddress == null) {
                return null;
            }
            forwardCost = toAddress.cost();
            area = toAddress.area();
            hops = new ArrayList<>();
            for (NextHop hop : toAddress.nextHops()) {
                hops.add(hop.isDirect() ? new NextHop(hop.outgoing(), body.forwardingAddress()) : hop);
            }
        }
        if (hops.isEmpty()) {
            return null;
        }
        Ipv4Prefix prefix = Ipv4Prefix.containing(lsa.linkStateId(), length);
        boolean nssa = lsa.type() == LsaType.NSSA_EXTERNAL;
        OspfRoute.PathType type = body.type2() ? (nssa ? OspfRoute.PathType.NSSA_2 : OspfRoute.PathType.EXTERNAL_2)
                : (nssa ? OspfRoute.PathType.NSSA_1 : OspfRoute.PathType.EXTERNAL_1);
        return new OspfRoute(prefix, type, area, body.type2() ? body.metric() : forwardCost + body.metric(), forwardCost,
                hops);
    }

    /** The longest intra- or inter-area route containing the address (16.4 step 3), or null. */
    private static OspfRoute internalRouteTo(Ipv4Address address, Map<Ipv4Prefix, OspfRoute> table) {
        for (int length = 32; length >= 0; length--) {
            OspfRoute route = table.get(Ipv4Prefix.containing(address, length));
            if (route != null && !route.external()) {
                return route;
            }
        }
        return null;
    }

    /** Negative when {@code a} is the better path (16.4 step 6, RFC 3101 2.5 step 6). */
    private static int compare(OspfRoute a, OspfRoute b) {
        if (a.externalType1() != b.externalType1()) {
            return a.externalType1() ? -1 : 1;
        }
        if (a.cost() != b.cost()) {
            return Integer.compare(a.cost(), b.cost());
        }
        if (!a.externalType1() && a.forwardCost() != b.forwardCost()) {
            return Integer.compare(a.forwardCost(), b.forwardCost());
        }
        return a.type().compareTo(b.type()); // a type-5 path before a type-7 one
    }
}
