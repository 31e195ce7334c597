package org.looplab.bgp;

import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Prefix;
import org.looplab.policy.RoutingPolicies;

/**
 * What happens to a route a neighbor sends before it enters the BGP table: loop checks (RFC 4271 9.1.2
 * AS_PATH with {@code allowas-in}; RFC 4456 8 ORIGINATOR_ID and CLUSTER_LIST), the external rules
 * (LOCAL_PREF from an eBGP neighbor is ignored, RFC 4271 5.1.5), the neighbor's weight, then
 * {@code prefix-list in} and {@code route-map in}. Returns null for a denied route.
 */
final class InboundPolicy {
    private final BgpSpeaker speaker;

    InboundPolicy(BgpSpeaker speaker) {
        this.speaker = speaker;
    }

    PathAttributes apply(BgpNeighbor neighbor, Ipv4Prefix prefix, PathAttributes received) {
        NeighborConfig config = neighbor.config;
        boolean prefixFree = config.effective(NeighborSetting.PREFIX_LIST_IN, null) == null
                && config.effective(NeighborSetting.ROUTE_MAP_IN, null) == null;
        // Without prefix-dependent policy every prefix of an UPDATE gets the same result: work it out once.
        if (prefixFree && received == lastReceived && neighbor == lastNeighbor && neighbor.source == lastSource) {
            return lastResult;
        }
        PathAttributes result = decide(neighbor, prefix, received);
        if (prefixFree) {
            lastNeighbor = neighbor;
            lastSource = neighbor.source;
            lastReceived = received;
            lastResult = result;
        }
        return result;
    }

    /** Forgets the last result: a new UPDATE or a soft reconfiguration (the configuration may have changed). */
    void forget() {
        lastNeighbor = null;
        lastSource = null;
        lastReceived = null;
        lastResult = null;
    }

    private BgpNeighbor lastNeighbor;
    private PathSource lastSource;
    private PathAttributes lastReceived;
    private PathAttributes lastResult;

    private PathAttributes decide(BgpNeighbor neighbor, Ipv4Prefix prefix, PathAttributes received) {
        PathSource source = neighbor.source;
        NeighborConfig config = neighbor.config;
        if (!source.internal()) {
            Integer allowed = config.effective(NeighborSetting.ALLOWAS_IN, 0);
            if (received.asPath().count(speaker.localAs().value()) > allowed) {
                return null; // our AS in the path: a loop
            }
        } else {
            if (received.hasOriginatorId() && received.originatorId().equals(speaker.routerId())) {
                return null; // our own route reflected back
            }
            if (received.clusterListContains(speaker.clusterId())) {
                return null; // it went round the cluster
            }
        }
        if (received.nextHopBits() != 0 && speaker.router().ownsAddress(received.nextHop())) {
            return null; // IOS drops a path whose next hop is one of our addresses
        }
        PathAttributes.Builder b = received.toBuilder();
        if (!source.internal()) {
            b.localPref(-1).originatorId(null).clusterList(null);
        }
        Integer weight = config.effective(NeighborSetting.WEIGHT, null);
        b.weight(weight == null ? 0 : weight);
        RoutingPolicies policies = RoutingPolicies.of(speaker.router());
        if (!RouteMapApplication.prefixListPermits(policies, config.effective(NeighborSetting.PREFIX_LIST_IN, null), prefix)) {
            return null;
        }
        if (!RouteMapApplication.apply(policies, config.effective(NeighborSetting.ROUTE_MAP_IN, null), prefix, b, received)) {
            return null;
        }
        return b.build();
    }
}
