package org.looplab.cli.show.bgp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.looplab.bgp.BgpMemory;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpPath;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.LocRibEntry;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Address;

/**
 * {@code show ip bgp summary} from a speaker: the counts of the memory lines are the table's own (network,
 * path, attribute, AS-path, community entries; route-reflector info as distinct originator and cluster
 * lists), the bytes IOSv's ({@link BgpMemoryView#withIosvSizes}). The neighbour table: messages are all
 * BGP messages each way, TblVer what the neighbour was last sent up to, OutQ the prefixes waiting for the
 * next advertisement run, Up/Down {@code never} until the first Established, PfxRcd the accepted prefixes.
 *
 * <p>The engine keeps no counts of prefixes and paths ever added or removed, so "BGP activity" shows the
 * current counts as added and nothing removed; the main routing table version is shown equal to BGP's.
 */
public final class BgpSummaryViews {
    private BgpSummaryViews() {
    }

    public static BgpSummaryView of(BgpSpeaker speaker) {
        BgpMemory memory = speaker.memory();
        Set<List<Object>> rrinfos = new HashSet<>();
        for (LocRibEntry entry : speaker.entries()) {
            for (BgpPath path : entry.paths()) {
                PathAttributes a = path.attributes();
                if (a.hasOriginatorId() || a.hasClusterList()) {
                    rrinfos.add(List.of(String.valueOf(a.originatorId()), List.of(a.clusterList())));
                }
            }
        }
        BgpMemoryView memoryView = BgpMemoryView.withIosvSizes(memory.networkEntries(), memory.pathEntries(),
                memory.attributeEntries(), memory.bestpathAttributeEntries(), memory.asPathEntries(), rrinfos.size(),
                memory.communityEntries(), memory.receivedPathsForSoftReconfiguration());
        List<BgpSummaryNeighborView> rows = new ArrayList<>();
        for (BgpNeighbor neighbor : speaker.neighbors()) {
            if (neighbor.configuredRemoteAs() == null) {
                continue;
            }
            rows.add(new BgpSummaryNeighborView(neighbor.address(), neighbor.configuredRemoteAs(),
                    neighbor.messages().totalReceived(), neighbor.messages().totalSent(), neighbor.tableVersion(), 0,
                    neighbor.adjRibOut().pendingPrefixes(), neighbor.neverUp() ? null : neighbor.upDownSinceNanos(),
                    BgpSessionStates.of(neighbor), neighbor.adjRibIn().acceptedPrefixes()));
        }
        Ipv4Address routerId = speaker.routerId() == null ? Ipv4Address.ANY : speaker.routerId();
        return new BgpSummaryView(routerId, speaker.localAs(), speaker.tableVersion(), speaker.tableVersion(),
                memoryView, memory.networkEntries(), 0, memory.pathEntries(), 0, BgpSpeaker.SCAN_INTERVAL_SECONDS, rows,
                false);
    }
}
