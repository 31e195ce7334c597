package org.looplab.bgp;

import java.util.List;
import org.looplab.net.IntKeyedTable;
import org.looplab.net.Ipv4Address;
import org.looplab.routing.Rib;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;

/**
 * Next-hop tracking: the IGP metric to each BGP next hop, looked up in the RIB through routes of other
 * sources than BGP (a next hop never resolves through BGP itself here), -1 when unreachable. Values are
 * kept until {@link #forget}: IOS re-evaluates 5 s after an IGP change and with its 60 s scanner, not at
 * every change, and the speaker calls {@link #forget} at those moments.
 */
final class NextHopTracker {
    /** The routing table next hops are looked up in (the speaker's VRF's, or the global one). */
    private final Rib rib;
    private IntKeyedTable<Long> metrics = new IntKeyedTable<>();

    NextHopTracker(Rib rib) {
        this.rib = rib;
    }

    /** The IGP metric to the next hop (its bits), -1 when no route reaches it. */
    long metric(int nextHop) {
        Long cached = metrics.get(nextHop);
        if (cached != null) {
            return cached;
        }
        long metric = -1;
        List<Route> via = rib.lookupPathsExcluding(new Ipv4Address(nextHop), null,
                route -> route.source() != RouteSource.EBGP && route.source() != RouteSource.IBGP);
        if (!via.isEmpty() && !via.get(0).isDiscard()) {
            metric = via.get(0).metric();
        }
        metrics.put(nextHop, metric);
        return metric;
    }

    /** Looks every next hop up again from now on. */
    void forget() {
        if (metrics.size() > 0) {
            metrics = new IntKeyedTable<>();
        }
    }
}
