package org.looplab.cli.show.bgp;

import java.util.Objects;
import org.looplab.bgp.AsNumber;
import org.looplab.net.Ipv4Address;

/**
 * One row of {@code show ip bgp summary}'s neighbour table.
 *
 * @param upDownSinceNanos virtual time of the last change into or out of Established; null: never up
 * @param prefixesReceived accepted prefixes, shown instead of the state when Established
 */
public record BgpSummaryNeighborView(Ipv4Address address, AsNumber remoteAs, long messagesReceived,
        long messagesSent, long tableVersion, int inQueue, int outQueue, Long upDownSinceNanos,
        BgpSessionState state, long prefixesReceived) {
    public BgpSummaryNeighborView {
        Objects.requireNonNull(address);
        Objects.requireNonNull(remoteAs);
        Objects.requireNonNull(state);
    }
}
