package org.looplab.cli.command;

import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.LocRibEntry;
import org.looplab.cli.show.bgp.BgpNeighborViews;
import org.looplab.cli.show.bgp.BgpPrefixViews;
import org.looplab.cli.show.bgp.BgpSummaryViews;
import org.looplab.cli.show.bgp.BgpTableViews;
import org.looplab.cli.show.bgp.ShowIpBgp;
import org.looplab.cli.show.bgp.ShowIpBgpNeighbors;
import org.looplab.cli.show.bgp.ShowIpBgpPrefix;
import org.looplab.cli.show.bgp.ShowIpBgpSummary;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Router;

/**
 * The BGP reports: {@code show ip bgp [A.B.C.D [MASK] | P/L | summary | neighbors [A [advertised-routes |
 * received-routes | routes]]]}, the same under {@code show bgp ipv4 unicast}, and {@code show bgp all
 * summary}; with {@code vrf} (non-null) the same reports of that VRF's address family ({@code show ip bgp
 * vpnv4 vrf NAME ...}, {@code show bgp vpnv4 unicast vrf NAME ...}), where the table and an entry carry the
 * VRF's route distinguisher and a VRF without BGP shows nothing. {@code neighbor} is the neighbour of the per-neighbour reports (null: all); {@code prefix} the
 * exact prefix of an entry, or null with {@code address} for the longest match. Without {@code router bgp}
 * IOS answers "% BGP not active".
 */
public record ShowBgp(Report report, String vrf, Ipv4Address neighbor, Ipv4Address address, Ipv4Prefix prefix)
        implements Command {
    public enum Report {
        TABLE,
        /** {@code show ip bgp vpnv4 all}: every VRF's table, each under its route distinguisher. */
        ALL_VRFS,
        ENTRY,
        SUMMARY,
        SUMMARY_ALL,
        NEIGHBORS,
        ADVERTISED_ROUTES,
        RECEIVED_ROUTES,
        ROUTES
    }

    public static ShowBgp of(Report report) {
        return new ShowBgp(report, null, null, null, null);
    }

    @Override
    public void run(CommandContext context) {
        Router router = context.router();
        Bgp bgp = Bgp.of(router);
        if (!bgp.isRunning() || bgp.speaker() == null) {
            context.print(ShowIpBgpSummary.NOT_ACTIVE);
            return;
        }
        String routeDistinguisher = null;
        if (vrf != null) {
            org.looplab.vrf.VrfConfig vrfs = org.looplab.vrf.VrfConfig.ifPresent(router);
            if (vrfs == null || vrfs.get(vrf) == null) {
                context.print(noSuchVrf(vrf));
                return;
            }
            routeDistinguisher = vrfs.get(vrf).routeDistinguisher();
            bgp = bgp.vrf(vrf);
            if (bgp == null) {
                return; // a VRF without BGP: an empty table
            }
        }
        BgpSpeaker speaker = bgp.speaker();
        long now = router.kernel().now();
        BgpNeighbor only = neighbor == null ? null : speaker.neighbor(neighbor);
        if (neighbor != null && (only == null || only.configuredRemoteAs() == null)) {
            context.print(ShowIpBgpNeighbors.noSuchNeighbor());
            return;
        }
        context.print(switch (report) {
            case TABLE -> vrf == null ? ShowIpBgp.render(BgpTableViews.table(speaker))
                    : ShowIpBgp.renderVrf(BgpTableViews.table(speaker), routeDistinguisher, vrf);
            case ALL_VRFS -> allVrfs(router, bgp);
            case ENTRY -> entry(router, speaker, routeDistinguisher);
            case SUMMARY -> ShowIpBgpSummary.render(BgpSummaryViews.of(speaker), now);
            case SUMMARY_ALL -> ShowIpBgpSummary.renderAll(BgpSummaryViews.of(speaker), now);
            case NEIGHBORS -> ShowIpBgpNeighbors.render(only == null ? BgpNeighborViews.all(router, speaker)
                    : java.util.List.of(BgpNeighborViews.of(router, speaker, only)), now);
            case ADVERTISED_ROUTES -> ShowIpBgp.renderNeighborRoutes(BgpTableViews.advertisedTo(speaker, only));
            case RECEIVED_ROUTES -> only.adjRibIn().keepsReceivedCopy()
                    ? ShowIpBgp.renderNeighborRoutes(BgpTableViews.receivedFrom(speaker, only))
                    : ShowIpBgp.softReconfigurationNotEnabled(neighbor);
            case ROUTES -> ShowIpBgp.renderNeighborRoutes(BgpTableViews.acceptedFrom(speaker, only));
        });
    }

    private String entry(Router router, BgpSpeaker speaker, String routeDistinguisher) {
        LocRibEntry entry = prefix != null ? speaker.entry(prefix) : BgpPrefixViews.longestMatch(speaker, address);
        return entry == null ? ShowIpBgpPrefix.NOT_IN_TABLE
                : ShowIpBgpPrefix.render(BgpPrefixViews.of(router, speaker, entry), routeDistinguisher, vrf);
    }

    /** Each VRF's table under its route distinguisher, one header for all (the highest table version). */
    private static String allVrfs(Router router, Bgp bgp) {
        java.util.List<ShowIpBgp.VrfTable> tables = new java.util.ArrayList<>();
        org.looplab.vrf.VrfConfig vrfs = org.looplab.vrf.VrfConfig.ifPresent(router);
        for (Bgp family : bgp.vrfs()) {
            org.looplab.vrf.VrfDefinition definition = vrfs == null ? null : vrfs.get(family.vrfName());
            if (definition != null && family.speaker() != null) {
                tables.add(new ShowIpBgp.VrfTable(BgpTableViews.table(family.speaker()),
                        definition.routeDistinguisher(), family.vrfName()));
            }
        }
        return ShowIpBgp.renderVrfs(tables);
    }

    /** IOS's answer for a VRF name that no {@code vrf definition} or {@code ip vrf} defined. */
    static String noSuchVrf(String vrf) {
        return "% VRF " + vrf + " not configured.\n";
    }
}
