package org.looplab.cli.show.bgp;

import java.util.List;
import org.looplab.net.Ipv4Prefix;

/**
 * {@code show ip bgp} as IOS 15 (IOSv 15.x with the RPKI legend and the wider status column) prints it:
 * the table version and router ID, the status and origin code legends, then one row per path. The
 * first path of a prefix carries the Network column, the prefix's other paths leave it blank. A network
 * of 17 characters or more takes a line of its own and the rest of the row goes on the next line, under
 * the Next Hop column. Metric and LocPrf are blank when the path has none. An empty table prints nothing.
 *
 * <p>The same body serves {@code show ip bgp neighbors A advertised-routes | received-routes | routes}
 * ({@link #renderNeighborRoutes}), which end with "Total number of prefixes N".
 */
public final class ShowIpBgp {
    static final String LEGEND = """
            Status codes: s suppressed, d damped, h history, * valid, > best, i - internal,\s
                          r RIB-failure, S Stale, m multipath, b backup-path, f RT-Filter,\s
                          x best-external, a additional-path, c RIB-compressed,\s
                          t secondary path,\s
            Origin codes: i - IGP, e - EGP, ? - incomplete
            RPKI validation codes: V valid, I invalid, N Not found

                 Network          Next Hop            Metric LocPrf Weight Path
            """;
    /** Status codes take 6 columns (RPKI slot, three codes, two spaces); the Network column 17. */
    private static final String STATUS_AND_NETWORK_BLANK = " ".repeat(23);
    private static final int NETWORK_WIDTH = 17;

    private ShowIpBgp() {
    }

    public static String render(BgpTableView table) {
        if (table.paths().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        header(table, out);
        rows(table, out);
        return out.toString();
    }

    /**
     * {@code show ip bgp vpnv4 vrf NAME}: the same with the VRF's route distinguisher line above its rows,
     * "Route Distinguisher: 65000:1 (default for vrf NAME)".
     */
    public static String renderVrf(BgpTableView table, String routeDistinguisher, String vrf) {
        return renderVrfs(List.of(new VrfTable(table, routeDistinguisher, vrf)));
    }

    /** One VRF's table with its route distinguisher. */
    public record VrfTable(BgpTableView table, String routeDistinguisher, String vrf) {
    }

    /**
     * {@code show ip bgp vpnv4 all}: one header (the highest table version), then each VRF's rows under its
     * route distinguisher line; VRFs with an empty table are left out, and nothing at all prints nothing.
     */
    public static String renderVrfs(List<VrfTable> tables) {
        List<VrfTable> shown = tables.stream().filter(each -> !each.table().paths().isEmpty()).toList();
        if (shown.isEmpty()) {
            return "";
        }
        BgpTableView first = shown.get(0).table();
        long version = shown.stream().mapToLong(each -> each.table().tableVersion()).max().orElse(0);
        StringBuilder out = new StringBuilder();
        header(new BgpTableView(version, first.routerId(), List.of(), first.asDot()), out);
        for (VrfTable each : shown) {
            out.append("Route Distinguisher: ").append(each.routeDistinguisher()).append(" (default for vrf ")
                    .append(each.vrf()).append(")\n");
            rows(each.table(), out);
        }
        return out.toString();
    }

    /**
     * {@code show ip bgp neighbors A advertised-routes | received-routes | routes}: the table restricted to
     * what was sent to, received from (before inbound policy) or accepted from the neighbour, then the
     * number of prefixes.
     */
    public static String renderNeighborRoutes(BgpTableView routes) {
        StringBuilder out = new StringBuilder();
        if (!routes.paths().isEmpty()) {
            header(routes, out);
            rows(routes, out);
        }
        long prefixes = routes.paths().stream().map(BgpPathView::prefix).distinct().count();
        return out.append("\nTotal number of prefixes ").append(prefixes).append('\n').toString();
    }

    /** IOS's refusal of {@code received-routes} for a neighbour without {@code soft-reconfiguration inbound}. */
    public static String softReconfigurationNotEnabled(org.looplab.net.Ipv4Address neighbor) {
        return "% Inbound soft reconfiguration not enabled on " + neighbor + "\n";
    }

    static void header(BgpTableView table, StringBuilder out) {
        out.append("BGP table version is ").append(table.tableVersion()).append(", local router ID is ")
                .append(table.routerId()).append('\n').append(LEGEND);
    }

    private static void rows(BgpTableView table, StringBuilder out) {
        Ipv4Prefix previous = null;
        for (BgpPathView path : table.paths()) {
            out.append(' ').append(path.statusCodes()).append("  ");
            if (path.prefix().equals(previous)) {
                out.append(" ".repeat(NETWORK_WIDTH));
            } else {
                String network = BgpNetworkText.of(path.prefix());
                if (network.length() >= NETWORK_WIDTH) {
                    out.append(network).append('\n').append(STATUS_AND_NETWORK_BLANK);
                } else {
                    out.append(String.format("%-17s", network));
                }
            }
            previous = path.prefix();
            out.append(String.format("%-16s%10s%7s%7d ", path.nextHop(), blankIfNull(path.metric()),
                    blankIfNull(path.localPref()), path.weight()));
            out.append(path.pathText(table.asDot())).append('\n');
        }
    }

    private static String blankIfNull(Long value) {
        return value == null ? "" : value.toString();
    }
}
