package org.looplab.cli.show.bgp;

import org.looplab.bgp.AsNumber;

/**
 * {@code show ip bgp summary} ({@code show bgp ipv4 unicast summary} prints the same) and {@code show bgp
 * all summary} (the same under "For address family: IPv4 Unicast"), as IOS 15 prints them: the router
 * identifier and table version, the memory lines and BGP activity (only once the table has a network),
 * then the neighbour table. In that table AS is right-aligned in 12 columns after the version, the
 * counters right-aligned and pushed right when they overflow (as IOS's {@code " %7d"}), Up/Down is
 * {@code 00:01:02} / {@code 1d02h} / {@code 3w0d} / {@code 1y10w} / {@code never}, and State/PfxRcd is the
 * number of prefixes received when Established, else the state ({@code Active}, {@code Idle (Admin)}).
 */
public final class ShowIpBgpSummary {
    /** What IOS answers to the BGP shows when no {@code router bgp} is configured. */
    public static final String NOT_ACTIVE = "% BGP not active\n";
    static final String TABLE_HEADER =
            "Neighbor        V           AS MsgRcvd MsgSent   TblVer  InQ OutQ Up/Down  State/PfxRcd\n";

    private ShowIpBgpSummary() {
    }

    public static String render(BgpSummaryView view, long nowNanos) {
        StringBuilder out = new StringBuilder();
        out.append("BGP router identifier ").append(view.routerId()).append(", local AS number ")
                .append(as(view.localAs(), view.asDot())).append('\n');
        out.append("BGP table version is ").append(view.tableVersion()).append(", main routing table version ")
                .append(view.mainTableVersion()).append('\n');
        BgpMemoryView memory = view.memory();
        if (memory.networkEntries() > 0) {
            memoryLines(memory, out);
            out.append("BGP activity ").append(view.prefixesAdded()).append('/').append(view.prefixesRemoved())
                    .append(" prefixes, ").append(view.pathsAdded()).append('/').append(view.pathsRemoved())
                    .append(" paths, scan interval ").append(view.scanIntervalSeconds()).append(" secs\n");
        }
        if (!view.neighbors().isEmpty()) {
            out.append('\n').append(TABLE_HEADER);
            for (BgpSummaryNeighborView neighbor : view.neighbors()) {
                out.append(String.format("%-15s 4 %12s %7d %7d %8d %4d %4d %-8s ", neighbor.address(),
                        as(neighbor.remoteAs(), view.asDot()), neighbor.messagesReceived(), neighbor.messagesSent(),
                        neighbor.tableVersion(), neighbor.inQueue(), neighbor.outQueue(),
                        BgpUptime.since(neighbor.upDownSinceNanos(), nowNanos)));
                if (neighbor.state() == BgpSessionState.ESTABLISHED) {
                    out.append(String.format("%8d", neighbor.prefixesReceived()));
                } else {
                    out.append(neighbor.state().summaryText());
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** {@code show bgp all summary}: the one address family looplab runs, under its heading. */
    public static String renderAll(BgpSummaryView view, long nowNanos) {
        return "For address family: IPv4 Unicast\n" + render(view, nowNanos);
    }

    private static void memoryLines(BgpMemoryView m, StringBuilder out) {
        out.append(m.networkEntries()).append(" network entries using ").append(m.networkBytes())
                .append(" bytes of memory\n");
        out.append(m.pathEntries()).append(" path entries using ").append(m.pathBytes()).append(" bytes of memory\n");
        if (m.multipathNetworkEntries() > 0) {
            out.append(m.multipathNetworkEntries()).append(" multipath network entries and ")
                    .append(m.multipathPaths()).append(" multipath paths\n");
        }
        out.append(m.attributeEntries()).append('/').append(m.bestpathAttributeEntries())
                .append(" BGP path/bestpath attribute entries using ").append(m.attributeBytes())
                .append(" bytes of memory\n");
        optional(m.rrinfoEntries(), "BGP rrinfo", m.rrinfoBytes(), out);
        out.append(m.asPathEntries()).append(" BGP AS-PATH entries using ").append(m.asPathBytes())
                .append(" bytes of memory\n");
        optional(m.communityEntries(), "BGP community", m.communityBytes(), out);
        optional(m.extendedCommunityEntries(), "BGP extended community", m.extendedCommunityBytes(), out);
        out.append(m.routeMapCacheEntries()).append(" BGP route-map cache entries using ")
                .append(m.routeMapCacheBytes()).append(" bytes of memory\n");
        out.append(m.filterListCacheEntries()).append(" BGP filter-list cache entries using ")
                .append(m.filterListCacheBytes()).append(" bytes of memory\n");
        out.append("BGP using ").append(m.totalBytes()).append(" total bytes of memory\n");
        if (m.softReconfigurationPaths() > 0) {
            out.append(m.softReconfigurationPaths()).append(" received paths for inbound soft reconfiguration\n");
        }
    }

    private static void optional(long entries, String what, long bytes, StringBuilder out) {
        if (entries > 0) {
            out.append(entries).append(' ').append(what).append(" entries using ").append(bytes)
                    .append(" bytes of memory\n");
        }
    }

    static String as(AsNumber as, boolean asDot) {
        return asDot ? as.asDot() : as.toString();
    }
}
