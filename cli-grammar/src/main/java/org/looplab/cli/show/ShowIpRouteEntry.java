package org.looplab.cli.show;

import java.util.List;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpPath;
import org.looplab.bgp.BgpSpeaker;
import org.looplab.bgp.LocRibEntry;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Router;
import org.looplab.routing.Rib;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;

/**
 * {@code show ip route ADDRESS [MASK]}: IOS's "Routing entry for" view of one prefix, with one routing
 * descriptor block per path ({@code *} marks the path the next packet takes). A BGP route names the peer
 * it came from, its AS hops (and route tag, the neighbouring AS, when external) as IOS does. Without a mask the longest
 * match is shown (for a classful network address the table has only subnets of, the major network's
 * summary: {@link ShowIpRoute#majorNetwork}); nothing found gives "% Network not in table" (with a mask: "% Subnet not in table").
 */
public final class ShowIpRouteEntry {
    private ShowIpRouteEntry() {
    }

    /** One prefix in a VRF's table (null: the global one), its name first as IOS writes it. */
    public static String render(Router router, String vrf, Ipv4Address address, Ipv4Address mask) {
        String major = vrf == null && mask == null ? ShowIpRoute.majorNetwork(router, address) : null;
        if (major != null) {
            return major;
        }
        return ShowIpRoute.tableHeading(vrf) + entry(router, vrf, address, mask);
    }

    private static String entry(Router router, String vrf, Ipv4Address address, Ipv4Address mask) {
        Rib rib = router.rib(vrf);
        Route best;
        if (mask == null) {
            best = rib.lookup(address);
        } else {
            int length = Ipv4Prefix.lengthOfMask(mask);
            best = length < 0 ? null : rib.get(Ipv4Prefix.containing(address, length));
        }
        if (best == null) {
            return mask == null ? "% Network not in table\n" : "% Subnet not in table\n";
        }
        long age = router.kernel().now() - rib.selectedSince(best.prefix());
        String ago = RouteAge.format(age);
        List<Route> paths = rib.paths(best.prefix());
        StringBuilder out = new StringBuilder();
        out.append("Routing entry for ").append(best.prefix()).append('\n');
        out.append("  Known via \"").append(RouteProtocolName.of(router, best)).append("\", distance ")
                .append(best.distance()).append(", metric ").append(best.metric());
        if (best.source() == RouteSource.CONNECTED || best.source() == RouteSource.LOCAL) {
            out.append(" (connected, via interface)");
        } else if (best.source() == RouteSource.STATIC && best.nextHop() == null) {
            out.append(" (connected)");
        } else if (best.source() == RouteSource.OSPF) {
            out.append(", type intra area");
        } else if (best.source() == RouteSource.OSPF_INTER_AREA) {
            out.append(", type inter area");
        } else if (best.source().isOspfExternal()) {
            boolean nssa = best.source() == RouteSource.OSPF_NSSA_1 || best.source() == RouteSource.OSPF_NSSA_2;
            boolean type1 = best.source() == RouteSource.OSPF_EXTERNAL_1 || best.source() == RouteSource.OSPF_NSSA_1;
            out.append(nssa ? ", type NSSA extern " : ", type extern ").append(type1 ? 1 : 2)
                    .append(", forward metric ").append(forwardMetric(router, best.prefix()));
        } else if (best.source() == RouteSource.IBGP) {
            out.append(", type internal");
        } else if (best.source() == RouteSource.EBGP) {
            out.append(", type external");
        }
        out.append('\n');
        boolean bgp = best.source() == RouteSource.IBGP || best.source() == RouteSource.EBGP;
        if (bgp) {
            String other = ShowIpRoute.otherVrf(router, vrf, best);
            out.append("  Last update from ").append(best.nextHop() == null ? Ipv4Address.ANY : best.nextHop())
                    .append(other == null ? "" : " (" + other + ")").append(' ').append(ago).append(" ago\n");
        }
        boolean dynamic = best.source().isOspf();
        if (dynamic) {
            out.append("  Last update from ").append(best.nextHop()).append(" on ").append(best.outgoing().fullName())
                    .append(", ").append(ago).append(" ago\n");
        }
        out.append("  Routing Descriptor Blocks:\n");
        boolean first = true;
        for (Route path : paths) {
            out.append(first ? "  * " : "    ");
            if (path.nextHop() == null) {
                out.append("directly connected, via ").append(path.outgoing().fullName());
            } else {
                out.append(path.nextHop());
                String other = ShowIpRoute.otherVrf(router, vrf, path);
                if (other != null) {
                    out.append(" (").append(other).append(')');
                }
                if (dynamic) {
                    out.append(", from ").append(RouteProtocolName.advertisingRouter(router, path)).append(", ")
                            .append(ago).append(" ago");
                }
                BgpPath bgpPath = bgp ? bgpPath(router, vrf, path) : null;
                if (bgp) {
                    out.append(", from ").append(bgpPath == null ? path.nextHop() : bgpPath.source().peerAddress())
                            .append(", ").append(ago).append(" ago");
                }
                if (path.outgoing() != null) {
                    out.append(", via ").append(path.outgoing().fullName());
                }
            }
            out.append('\n');
            out.append("      Route metric is ").append(path.metric()).append(", traffic share count is 1\n");
            if (bgp) {
                BgpPath bgpPath = bgpPath(router, vrf, path);
                long[] asPath = bgpPath == null ? new long[0] : bgpPath.attributes().asPath().asNumbers();
                out.append("      AS Hops ").append(asPath.length).append('\n');
                if (path.source() == RouteSource.EBGP && asPath.length > 0) {
                    out.append("      Route tag ").append(asPath[0]).append('\n');
                }
                out.append("      MPLS label: none\n");
            }
            first = false;
        }
        return out.toString();
    }

    /** The BGP path a BGP route of the RIB came from: the prefix's best or multipath with that next hop. */
    private static BgpPath bgpPath(Router router, String vrf, Route route) {
        Bgp family = vrf == null ? Bgp.of(router) : Bgp.of(router).vrf(vrf);
        BgpSpeaker speaker = family == null ? null : family.speaker();
        LocRibEntry entry = speaker == null ? null : speaker.entry(route.prefix());
        if (entry == null) {
            return null;
        }
        for (BgpPath path : entry.paths()) {
            if ((path.isBest() || path.isMultipath()) && path.attributes().nextHop().equals(route.nextHop())) {
                return path;
            }
        }
        return entry.best();
    }

    /** IOS's "forward metric": the cost to the ASBR (or forwarding address) of an external route. */
    private static int forwardMetric(Router router, Ipv4Prefix prefix) {
        for (org.looplab.ospf.OspfProcess process : router.ospf().processes()) {
            org.looplab.ospf.OspfRoute route = process.externalRoute(prefix);
            if (route != null) {
                return route.forwardCost();
            }
        }
        return 0;
    }
}
