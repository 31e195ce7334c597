package org.looplab.cli.show.bgp;

import java.util.stream.Collectors;

/**
 * {@code show ip bgp A.B.C.D[/len]}: the entry for one prefix as IOS 15 prints it ("BGP routing table entry
 * for ...", "Paths: (N available, best #K, table default)", the update groups it is advertised to, then
 * each path: AS path or "Local", next hop with IGP metric and the peer it came from, the Origin line ending
 * in "best" for the winner, communities, originator and cluster list, path ids). A prefix not in the table
 * prints IOS's "% Network not in table".
 *
 * <p>IOS does not say why the best path won, and neither does this renderer: the reason belongs to a
 * looplab-only command if one is wanted, so that this output stays what TextFSM and people expect.
 */
public final class ShowIpBgpPrefix {
    public static final String NOT_IN_TABLE = "% Network not in table\n";
    private static final long DEFAULT_LOCAL_PREFERENCE = 100;

    private ShowIpBgpPrefix() {
    }

    public static String render(BgpPrefixView view) {
        return render(view, null, null);
    }

    /**
     * The entry of a VRF's table ({@code show ip bgp vpnv4 vrf NAME PREFIX}): the prefix after the VRF's
     * route distinguisher ("for 65000:1:192.168.0.0/24") and the VRF as the table; both null for the global one.
     */
    public static String render(BgpPrefixView view, String routeDistinguisher, String vrf) {
        StringBuilder out = new StringBuilder();
        out.append("BGP routing table entry for ").append(routeDistinguisher == null ? "" : routeDistinguisher + ":")
                .append(view.prefix()).append(", version ").append(view.version())
                .append('\n');
        int best = 0;
        for (int i = 0; i < view.paths().size() && best == 0; i++) {
            if (view.paths().get(i).path().best()) {
                best = i + 1;
            }
        }
        out.append("Paths: (").append(view.paths().size()).append(" available, ");
        if (best == 0) {
            out.append("no best path)\n");
        } else {
            // A best path the RIB did not take (r>) marks the entry as IOS does: RIB-failure(17).
            boolean ribFailure = view.paths().get(best - 1).path().status() == BgpPathStatus.RIB_FAILURE;
            out.append("best #").append(best).append(", table ").append(vrf == null ? "default" : vrf).append(ribFailure ? ", RIB-failure(17))\n" : ")\n");
        }
        if (view.updateGroups().isEmpty()) {
            out.append("  Not advertised to any peer\n");
        } else {
            out.append("  Advertised to update-groups:\n    ");
            for (int group : view.updateGroups()) {
                out.append(String.format(" %-10d", group));
            }
            out.append('\n');
        }
        for (BgpPathDetailView detail : view.paths()) {
            path(detail, view.asDot(), out);
        }
        return out.toString();
    }

    private static void path(BgpPathDetailView d, boolean asDot, StringBuilder out) {
        BgpPathView p = d.path();
        out.append("  Refresh Epoch 1\n  ");
        out.append(p.asPath().isEmpty() ? "Local"
                : p.asPath().stream().map(as -> asDot ? as.asDot() : as.toString()).collect(Collectors.joining(" ")));
        if (d.fromRrClient()) {
            out.append(", (Received from a RR-client)");
        }
        if (d.receivedAndUsed()) {
            out.append(", (received & used)");
        }
        if (d.imported() != null) {
            out.append(", imported path from ").append(d.imported().route()).append(" (").append(d.imported().vrf()).append(')');
        }
        out.append("\n    ").append(p.nextHop());
        if (d.igpMetric() != null) {
            out.append(" (metric ").append(d.igpMetric()).append(')');
        }
        if (d.imported() != null) {
            out.append(" (via vrf ").append(d.imported().vrf()).append(')');
        }
        if (!d.nextHopAccessible()) {
            out.append(" (inaccessible)");
        }
        out.append(" from ").append(d.from()).append(" (").append(d.fromRouterId()).append(")\n");
        out.append("      Origin ").append(p.origin().word());
        if (p.metric() != null) {
            out.append(", metric ").append(p.metric());
        }
        out.append(", localpref ").append(p.localPref() != null ? p.localPref() : DEFAULT_LOCAL_PREFERENCE);
        if (p.weight() != 0) {
            out.append(", weight ").append(p.weight());
        }
        if (p.status() == BgpPathStatus.VALID || p.status() == BgpPathStatus.RIB_FAILURE) {
            out.append(", valid");
        }
        out.append(d.sourced() ? ", sourced" : p.internal() ? ", internal" : ", external");
        if (p.multipath() && !p.best()) {
            out.append(", multipath");
        }
        if (p.best()) {
            out.append(", best");
        }
        out.append('\n');
        if (!d.communities().isEmpty()) {
            out.append("      Community: ").append(String.join(" ", d.communities())).append('\n');
        }
        if (d.originatorId() != null) {
            out.append("      Originator: ").append(d.originatorId()).append(", Cluster list: ")
                    .append(d.clusterList().stream().map(Object::toString).collect(Collectors.joining(" ")))
                    .append('\n');
        }
        out.append("      rx pathid: 0, tx pathid: ").append(p.best() ? "0x0" : "0").append('\n');
    }
}
