package org.looplab.cli.show.bgp;

import java.util.List;
import java.util.Objects;
import org.looplab.bgp.AsNumber;
import org.looplab.net.Ipv4Address;

/**
 * What {@code show ip bgp summary} shows.
 *
 * @param mainTableVersion the RIB's version as BGP last synced it ("main routing table version")
 * @param memory the memory lines; printed, with the activity line, only when the table has a network
 * @param prefixesAdded "BGP activity A/B prefixes, C/D paths": A, B, C, D count additions and removals
 *     since BGP started
 * @param scanIntervalSeconds 60 by default ({@code bgp scan-time})
 * @param neighbors in address order
 * @param asDot {@code bgp asnotation dot}: four-octet AS numbers as {@code 1.10}
 */
public record BgpSummaryView(Ipv4Address routerId, AsNumber localAs, long tableVersion, long mainTableVersion,
        BgpMemoryView memory, long prefixesAdded, long prefixesRemoved, long pathsAdded, long pathsRemoved,
        int scanIntervalSeconds, List<BgpSummaryNeighborView> neighbors, boolean asDot) {
    public BgpSummaryView {
        Objects.requireNonNull(routerId);
        Objects.requireNonNull(localAs);
        Objects.requireNonNull(memory);
        neighbors = List.copyOf(neighbors);
    }
}
