package org.looplab.cli.show.bgp;

import java.util.List;
import java.util.Objects;
import org.looplab.net.Ipv4Address;

/**
 * One path as {@code show ip bgp PREFIX} details it: the table row's fields plus where it came from.
 *
 * @param from the peer that sent it; 0.0.0.0 for a locally originated path ("sourced")
 * @param fromRouterId that peer's BGP identifier (this router's for a local path)
 * @param igpMetric the IGP metric to the next hop, printed "(metric N)" for iBGP paths; null for none
 * @param nextHopAccessible false prints "(inaccessible)" after the next hop
 * @param fromRrClient received from a route-reflector client: "(Received from a RR-client)"
 * @param receivedAndUsed kept for soft reconfiguration and used: "(received & used)"
 * @param communities standard communities as IOS prints them ("65000:100", "no-export"); empty for none
 * @param originatorId ORIGINATOR_ID (RFC 4456), or null
 * @param clusterList CLUSTER_LIST, nearest first; empty for none
 * @param imported where a path imported from another VRF of the router came from; null for the others
 */
public record BgpPathDetailView(BgpPathView path, Ipv4Address from, Ipv4Address fromRouterId, Long igpMetric,
        boolean nextHopAccessible, boolean fromRrClient, boolean receivedAndUsed, List<String> communities,
        Ipv4Address originatorId, List<Ipv4Address> clusterList, Imported imported) {
    /**
     * A path imported by route target: "imported path from 65000:100:10.100.0.0/24 (S)" after its AS path,
     * "(via vrf S)" after its next hop.
     *
     * @param route the exporting VRF's route distinguisher and the prefix, "65000:100:10.100.0.0/24"
     * @param vrf the exporting VRF
     */
    public record Imported(String route, String vrf) {
    }

    public BgpPathDetailView(BgpPathView path, Ipv4Address from, Ipv4Address fromRouterId, Long igpMetric,
            boolean nextHopAccessible, boolean fromRrClient, boolean receivedAndUsed, List<String> communities,
            Ipv4Address originatorId, List<Ipv4Address> clusterList) {
        this(path, from, fromRouterId, igpMetric, nextHopAccessible, fromRrClient, receivedAndUsed, communities,
                originatorId, clusterList, null);
    }

    public BgpPathDetailView {
        Objects.requireNonNull(path);
        Objects.requireNonNull(from);
        Objects.requireNonNull(fromRouterId);
        communities = List.copyOf(communities);
        clusterList = List.copyOf(clusterList);
    }

    /** Originated here; an imported copy of a path the other VRF originated is "external", as IOS says. */
    boolean sourced() {
        return from.bits() == 0 && imported == null;
    }
}
