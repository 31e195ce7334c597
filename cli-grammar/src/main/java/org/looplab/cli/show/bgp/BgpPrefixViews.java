package org.looplab.cli.show.bgp;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.bgp.BgpPath;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.LocRibEntry;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.policy.Communities;
import org.looplab.policy.RoutingPolicies;
import org.looplab.router.Router;
import org.looplab.routing.Route;

/**
 * {@code show ip bgp A.B.C.D [MASK] | A.B.C.D/nn} from a speaker: the prefix's paths in IOS's order
 * ({@link BgpPathViews}), each with the peer it came from, the IGP metric to an iBGP path's next hop,
 * communities (in {@code ip bgp-community new-format} when configured), originator and cluster list, and
 * the update groups the prefix is advertised to.
 */
public final class BgpPrefixViews {
    private BgpPrefixViews() {
    }

    /** The entry an address falls in (longest match, as IOS does without a mask), or null. */
    public static LocRibEntry longestMatch(BgpSpeaker speaker, Ipv4Address address) {
        for (int length = 32; length >= 0; length--) {
            LocRibEntry entry = speaker.entry(Ipv4Prefix.containing(address, length));
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    public static BgpPrefixView of(Router router, BgpSpeaker speaker, LocRibEntry entry) {
        boolean newFormat = RoutingPolicies.of(router).communityNewFormat();
        List<BgpPathDetailView> details = new ArrayList<>();
        for (BgpPath path : BgpPathViews.inIosOrder(entry)) {
            PathAttributes a = path.attributes();
            Ipv4Address routerId = speaker.routerId() == null ? Ipv4Address.ANY : speaker.routerId();
            Long igpMetric = null;
            if (path.isInternal() && a.nextHop() != null) {
                Route route = router.rib().lookup(a.nextHop());
                igpMetric = route == null ? null : (long) route.metric();
            }
            List<String> communities = new ArrayList<>();
            for (long community : a.communities()) {
                communities.add(Communities.format(community, newFormat));
            }
            boolean imported = path.source().isImported();
            BgpNeighbor from = path.isLocal() || imported ? null : speaker.neighbor(path.source().peerAddress());
            boolean ours = path.isLocal() || imported && path.source().peerAddress().bits() == 0;
            details.add(new BgpPathDetailView(BgpPathViews.of(entry, path), path.source().peerAddress(),
                    ours ? routerId : path.source().peerRouterId(), igpMetric, path.isValid() || path.isLocal(),
                    path.source().routeReflectorClient(), from != null && from.adjRibIn().keepsReceivedCopy(),
                    communities, a.hasOriginatorId() ? a.originatorId() : null,
                    a.hasClusterList() ? List.of(a.clusterList()) : List.of(), imported ? imported(router, entry, path) : null));
        }
        BgpUpdateGroups groups = BgpUpdateGroups.of(speaker);
        TreeSet<Integer> advertised = new TreeSet<>();
        for (BgpNeighbor neighbor : speaker.neighbors()) {
            if (entry.isAdvertisedTo(neighbor)) {
                advertised.add(groups.groupOf(neighbor));
            }
        }
        return new BgpPrefixView(entry.prefix(), entry.version(), details, List.copyOf(advertised), false);
    }

    /** "65000:100:10.100.0.0/24" and "S": the exporting VRF's route distinguisher, the prefix, the VRF. */
    private static BgpPathDetailView.Imported imported(Router router, LocRibEntry entry, BgpPath path) {
        String vrf = path.source().importedFrom();
        org.looplab.vrf.VrfConfig vrfs = org.looplab.vrf.VrfConfig.ifPresent(router);
        org.looplab.vrf.VrfDefinition definition = vrfs == null ? null : vrfs.get(vrf);
        String rd = definition == null || definition.routeDistinguisher() == null ? "" : definition.routeDistinguisher() + ":";
        return new BgpPathDetailView.Imported(rd + entry.prefix(), vrf);
    }
}
