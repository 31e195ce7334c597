package org.looplab.ospf;

import java.util.List;
import org.looplab.net.Ipv4Prefix;
import org.looplab.routing.RouteSource;

/**
 * One entry of an OSPF routing table (RFC 2328 11): destination, path type, the area it was learned in
 * (the backbone for external routes), cost and equal-cost next hops. {@code forwardCost} is the cost to
 * the ASBR (or forwarding address) of an external route, which breaks ties between type-2 paths (16.4
 * step 6); 0 otherwise.
 */
public record OspfRoute(Ipv4Prefix prefix, PathType type, AreaId area, int cost, int forwardCost,
                        List<NextHop> nextHops) {
    /**
     * The path types (11, 16.4, RFC 3101 2.5): intra-area, inter-area, then the externals: type 1 before
     * type 2, a type-5 path before a type-7 one of the same type.
     */
    public enum PathType {
        INTRA_AREA(RouteSource.OSPF),
        INTER_AREA(RouteSource.OSPF_INTER_AREA),
        EXTERNAL_1(RouteSource.OSPF_EXTERNAL_1),
        EXTERNAL_2(RouteSource.OSPF_EXTERNAL_2),
        NSSA_1(RouteSource.OSPF_NSSA_1),
        NSSA_2(RouteSource.OSPF_NSSA_2);

        private final RouteSource source;

        PathType(RouteSource source) {
            this.source = source;
        }

        public RouteSource source() {
            return source;
        }
    }

    public OspfRoute {
        nextHops = List.copyOf(nextHops);
    }

    public OspfRoute(Ipv4Prefix prefix, boolean interArea, AreaId area, int cost, List<NextHop> nextHops) {
        this(prefix, interArea ? PathType.INTER_AREA : PathType.INTRA_AREA, area, cost, 0, nextHops);
    }

    public boolean interArea() {
        return type == PathType.INTER_AREA;
    }

    public boolean external() {
        return type.source().isOspfExternal();
    }

    /** A type-1 external path (E1 or N1): its cost includes the distance to the ASBR. */
    boolean externalType1() {
        return type == PathType.EXTERNAL_1 || type == PathType.NSSA_1;
    }

    /** The same route with other next hops. */
    OspfRoute withNextHops(List<NextHop> hops) {
        return new OspfRoute(prefix, type, area, cost, forwardCost, hops);
    }

    /** True when every next hop is directly attached (one of our own networks). */
    public boolean isDirect() {
        for (NextHop hop : nextHops) {
            if (!hop.isDirect()) {
                return false;
            }
        }
        return true;
    }
}
