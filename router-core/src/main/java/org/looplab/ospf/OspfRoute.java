package org.looplab.ospf;

import java.util.List;
import org.looplab.net.Ipv4Prefix;

/**
 * One entry of an OSPF routing table (RFC 2328 11): destination, path type (intra- or inter-area), the
 * area it was learned in, cost and equal-cost next hops.
 */
public record OspfRoute(Ipv4Prefix prefix, boolean interArea, AreaId area, int cost, List<NextHop> nextHops) {
    public OspfRoute {
        nextHops = List.copyOf(nextHops);
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
