package org.looplab.cli.show.bgp;

import java.util.List;
import java.util.Objects;
import org.looplab.bgp.AsNumber;
import org.looplab.net.Ipv4Address;

/**
 * Everything {@code show ip bgp neighbors [A]} prints about one neighbour. Times are virtual nanoseconds;
 * null means never.
 *
 * @param internal same AS ("internal link") or not ("external link")
 * @param description {@code neighbor A description}, or null
 * @param peerGroup the peer group it is a member of, or null
 * @param remoteRouterId the BGP identifier from the peer's OPEN; 0.0.0.0 before one arrived
 * @param stateSinceNanos when the session entered its current state ("up for" when Established)
 * @param holdTime negotiated hold time and keepalive interval (the configured ones before a session)
 * @param configuredHoldTime {@code neighbor A timers K H}: printed as "Configured hold time is ..." when set
 *     (null: the defaults)
 * @param routeRefresh route refresh capability (RFC 2918); received prints as IOS's "received(new)"
 * @param minAdvertisementIntervalSeconds MRAI: 0 for iBGP, 30 for eBGP
 * @param updateGroup the update group the neighbour belongs to (IOS numbers them from 1)
 * @param ribHasRoute whether the RIB has a route to the neighbour's address (address tracking)
 * @param lastResetReason IOS's wording after "due to", e.g. "BGP Notification sent, hold time expired",
 *     "Admin. shutdown", "Interface flap", "Peer closed the session", "User reset"; null with lastResetNanos
 * @param notDirectlyConnected an eBGP neighbour that is not on a connected network
 * @param tcp the session's TCP connection, null when there is none ("No active TCP connection")
 * @param vrf the VRF of an {@code address-family ipv4 vrf} neighbour ("BGP neighbor is A,  vrf NAME, ..."), else null
 */
public record BgpNeighborView(Ipv4Address address, AsNumber remoteAs, boolean internal, String description,
        String peerGroup, Ipv4Address remoteRouterId, BgpSessionState state, Long stateSinceNanos,
        Long lastReadNanos, Long lastWriteNanos, int holdTime, int keepalive, Integer configuredHoldTime,
        Integer configuredKeepalive, BgpCapability routeRefresh, BgpCapability fourOctetAs,
        BgpCapability ipv4Unicast, BgpCapability enhancedRefresh, int inQueue, int outQueue,
        BgpMessageCountsView sent, BgpMessageCountsView received, int minAdvertisementIntervalSeconds,
        long tableVersion, long neighborVersion, int updateGroup, BgpNeighborPolicyView policy,
        BgpPrefixActivityView prefixes, List<BgpPolicyDeniedView> denied, int maxNlriPerUpdate,
        int minNlriPerUpdate, boolean ribHasRoute, int connectionsEstablished, int connectionsDropped,
        Long lastResetNanos, String lastResetReason, boolean notDirectlyConnected, TcpConnectionView tcp, String vrf) {
    public BgpNeighborView {
        Objects.requireNonNull(address);
        Objects.requireNonNull(remoteAs);
        Objects.requireNonNull(remoteRouterId);
        Objects.requireNonNull(state);
        Objects.requireNonNull(sent);
        Objects.requireNonNull(received);
        Objects.requireNonNull(policy);
        Objects.requireNonNull(prefixes);
        denied = List.copyOf(denied);
    }
}
