package org.looplab.cli.show.bgp;

/**
 * The per-neighbour IPv4 unicast settings {@code show ip bgp neighbors} lists in its address-family block
 * (names null when not configured).
 */
public record BgpNeighborPolicyView(boolean routeReflectorClient, boolean nextHopSelf, boolean sendCommunity,
        boolean softReconfigurationInbound, String inboundPrefixList, String outboundPrefixList,
        String inboundRouteMap, String outboundRouteMap) {
    public static final BgpNeighborPolicyView NONE =
            new BgpNeighborPolicyView(false, false, false, false, null, null, null, null);
}
