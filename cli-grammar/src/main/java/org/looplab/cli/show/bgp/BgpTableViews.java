package org.looplab.cli.show.bgp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpPath;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.LocRibEntry;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * The BGP table of a speaker as {@code show ip bgp} shows it, and the three per-neighbour lists of
 * {@code show ip bgp neighbors A advertised-routes | received-routes | routes}: prefixes ascending, the
 * paths of a prefix in IOS's order ({@link BgpPathViews}).
 */
public final class BgpTableViews {
    private BgpTableViews() {
    }

    /** {@code show ip bgp}: every path of every prefix. */
    public static BgpTableView table(BgpSpeaker speaker) {
        List<BgpPathView> rows = new ArrayList<>();
        for (LocRibEntry entry : speaker.entries()) {
            rows.addAll(BgpPathViews.rows(entry));
        }
        return view(speaker, rows);
    }

    /**
     * {@code advertised-routes}: the prefixes in the neighbour's Adj-RIB-Out, each shown by its best path
     * with this router's attributes (next hop 0.0.0.0 for its own, as IOS shows them, not as sent).
     */
    public static BgpTableView advertisedTo(BgpSpeaker speaker, BgpNeighbor neighbor) {
        List<BgpPathView> rows = new ArrayList<>();
        for (LocRibEntry entry : speaker.entries()) {
            if (entry.best() != null && entry.isAdvertisedTo(neighbor)) {
                rows.add(BgpPathViews.of(entry, entry.best()));
            }
        }
        return view(speaker, rows);
    }

    /** {@code routes}: the paths accepted from the neighbour (after inbound policy) that are in the table. */
    public static BgpTableView acceptedFrom(BgpSpeaker speaker, BgpNeighbor neighbor) {
        List<BgpPathView> rows = new ArrayList<>();
        for (LocRibEntry entry : speaker.entries()) {
            for (BgpPath path : BgpPathViews.inIosOrder(entry)) {
                if (!path.isLocal() && path.source().peerAddress().equals(neighbor.address())) {
                    rows.add(BgpPathViews.of(entry, path));
                }
            }
        }
        return view(speaker, rows);
    }

    /**
     * {@code received-routes}: what the neighbour sent, before inbound policy (the soft-reconfiguration
     * copy; the caller checks {@link org.looplab.bgp.AdjRibIn#keepsReceivedCopy()}). A route is marked
     * best when the path it became is the best.
     */
    public static BgpTableView receivedFrom(BgpSpeaker speaker, BgpNeighbor neighbor) {
        Map<Ipv4Prefix, PathAttributes> sorted = new TreeMap<>(neighbor.adjRibIn().receivedRoutes());
        List<BgpPathView> rows = new ArrayList<>();
        for (Map.Entry<Ipv4Prefix, PathAttributes> received : sorted.entrySet()) {
            LocRibEntry entry = speaker.entry(received.getKey());
            BgpPath used = entry == null ? null : entry.best();
            boolean best = used != null && !used.isLocal() && used.source().peerAddress().equals(neighbor.address());
            rows.add(BgpPathViews.of(received.getKey(), BgpPathStatus.VALID, best, false, neighbor.isInternal(),
                    received.getValue()));
        }
        return view(speaker, rows);
    }

    private static BgpTableView view(BgpSpeaker speaker, List<BgpPathView> rows) {
        Ipv4Address routerId = speaker.routerId() == null ? Ipv4Address.ANY : speaker.routerId();
        return new BgpTableView(speaker.tableVersion(), routerId, rows, false);
    }
}
