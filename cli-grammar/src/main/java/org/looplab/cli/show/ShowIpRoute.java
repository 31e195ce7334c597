package org.looplab.cli.show;

import org.looplab.net.ClassfulNetwork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Router;
import org.looplab.routing.Rib;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;

/**
 * {@code show ip route [static | connected | ospf | bgp]} as IOS 15 prints it: the codes legend, the gateway of
 * last resort, then every prefix by address, subnets grouped under their classful network with an
 * "is subnetted" (one mask: lines without it) or "is variably subnetted" header, and equal-cost paths on
 * continuation lines aligned under the first path's bracket.
 */
public final class ShowIpRoute {
    public enum Filter {
        ALL,
        CONNECTED,
        STATIC,
        OSPF,
        BGP;

        boolean accepts(RouteSource source) {
            return switch (this) {
                case ALL -> true;
                case CONNECTED -> source == RouteSource.CONNECTED || source == RouteSource.LOCAL;
                case STATIC -> source == RouteSource.STATIC;
                case OSPF -> source.isOspf();
                case BGP -> source == RouteSource.EBGP || source == RouteSource.IBGP;
            };
        }
    }

    static final String LEGEND = """
            Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP
                   D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area\s
                   N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2
                   E1 - OSPF external type 1, E2 - OSPF external type 2
                   i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2
                   ia - IS-IS inter area, * - candidate default, U - per-user static route
                   o - ODR, P - periodic downloaded static route, H - NHRP, l - LISP
                   a - application route
                   + - replicated route, % - next hop override, p - overrides from PfR
            """;

    private static final String HEADER_INDENT = "      ";
    /** Width of the code column: routes grouped under a classful header are indented further. */
    private static final int GROUPED_CODE_WIDTH = 9;
    private static final int TOP_CODE_WIDTH = 6;

    private ShowIpRoute() {
    }

    /** The table of a VRF ({@code show ip route vrf NAME}: its name first), or the global one (null). */
    public static String render(Router router, String vrf, Filter filter) {
        return render(router, vrf, route -> filter.accepts(route.source()));
    }

    /**
     * {@code show ip route [vrf NAME] A M longer-prefixes}: the routes within A/M, under the same legend and
     * headers (a classful header still counts every subnet of its network, as IOS's does).
     */
    public static String longerPrefixes(Router router, String vrf, Ipv4Address address, Ipv4Address mask) {
        int length = Ipv4Prefix.lengthOfMask(mask);
        Ipv4Prefix within = Ipv4Prefix.containing(address, Math.max(0, length));
        return render(router, vrf, route -> route.prefix().length() >= within.length() && within.contains(route.prefix().network()));
    }

    private static String render(Router router, String vrf, Predicate<Route> shows) {
        Rib rib = router.rib(vrf);
        long now = router.kernel().now();
        StringBuilder out = new StringBuilder(tableHeading(vrf)).append(LEGEND);
        out.append('\n').append(gatewayOfLastResort(rib)).append("\n\n");
        for (Map.Entry<Ipv4Prefix, List<Route>> group : groups(rib).entrySet()) {
            List<Route> members = group.getValue();
            List<Route> shown = members.stream().filter(shows).toList();
            if (shown.isEmpty()) {
                continue;
            }
            boolean grouped = members.stream().anyMatch(route -> ClassfulNetwork.isSubnet(route.prefix()));
            if (!grouped) {
                for (Route best : shown) {
                    appendRoute(out, router, vrf, best, TOP_CODE_WIDTH, true, now);
                }
                continue;
            }
            TreeSet<Integer> masks = new TreeSet<>();
            members.forEach(route -> masks.add(route.prefix().length()));
            Ipv4Prefix classful = group.getKey();
            out.append(HEADER_INDENT).append(classful.network());
            if (masks.size() == 1) {
                out.append('/').append(masks.first()).append(" is subnetted, ").append(members.size()).append(" subnets\n");
            } else {
                out.append('/').append(classful.length()).append(" is variably subnetted, ").append(members.size())
                        .append(" subnets, ").append(masks.size()).append(" masks\n");
            }
            for (Route best : shown) {
                appendRoute(out, router, vrf, best, GROUPED_CODE_WIDTH, masks.size() > 1, now);
            }
        }
        return out.toString();
    }

    /** IOS names a VRF's table before the legend, after an empty line: "\nRouting Table: NAME\n". */
    static String tableHeading(String vrf) {
        return vrf == null ? "" : "\nRouting Table: " + vrf + "\n";
    }

    /**
     * {@code show ip route 10.0.0.0} for a classful network the table has only subnets of: IOS's summary of
     * the major network ("Routing entry for 10.0.0.0/8, 5 known subnets", the connected ones, the masks)
     * and its routes; null when {@code address} is not such a network.
     */
    static String majorNetwork(Router router, Ipv4Address address) {
        Rib rib = router.rib();
        Ipv4Prefix classful = ClassfulNetwork.of(address);
        if (!classful.network().equals(address) || rib.get(classful) != null) {
            return null;
        }
        List<Route> subnets = groups(rib).getOrDefault(classful, List.of());
        if (subnets.isEmpty()) {
            return null;
        }
        TreeSet<Integer> masks = new TreeSet<>();
        subnets.forEach(route -> masks.add(route.prefix().length()));
        long attached = subnets.stream()
                .filter(route -> route.source() == RouteSource.CONNECTED || route.source() == RouteSource.LOCAL).count();
        StringBuilder out = new StringBuilder("Routing entry for ").append(classful).append(", ").append(subnets.size())
                .append(subnets.size() == 1 ? " known subnet\n" : " known subnets\n");
        if (attached > 0) {
            out.append("  Attached (").append(attached).append(attached == 1 ? " connection)\n" : " connections)\n");
        }
        if (masks.size() > 1) {
            out.append("  Variably subnetted with ").append(masks.size()).append(" masks\n");
        }
        long now = router.kernel().now();
        for (Route best : subnets) {
            appendRoute(out, router, null, best, GROUPED_CODE_WIDTH, masks.size() > 1, now);
        }
        return out.toString();
    }

    /** "Gateway of last resort is 10.0.12.2 to network 0.0.0.0", or "... is not set". */
    static String gatewayOfLastResort(Rib rib) {
        Route best = rib.get(Ipv4Prefix.DEFAULT_ROUTE);
        if (best == null) {
            return "Gateway of last resort is not set";
        }
        String gateway = best.nextHop() != null ? best.nextHop().toString() : "0.0.0.0";
        return "Gateway of last resort is " + gateway + " to network 0.0.0.0";
    }

    /** The best route of every prefix, by classful network (supernets and the default route alone). */
    private static Map<Ipv4Prefix, List<Route>> groups(Rib rib) {
        Map<Ipv4Prefix, List<Route>> groups = new LinkedHashMap<>();
        for (Route best : rib.routes()) {
            Ipv4Prefix classful = ClassfulNetwork.of(best.prefix().network());
            Ipv4Prefix key = best.prefix().length() >= classful.length() ? classful : best.prefix();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(best);
        }
        return groups;
    }

    private static void appendRoute(StringBuilder out, Router router, String vrf, Route best, int codeWidth,
                                    boolean withLength, long now) {
        Rib rib = router.rib(vrf);
        boolean candidateDefault = best.prefix().equals(Ipv4Prefix.DEFAULT_ROUTE);
        String line = padded(code(best.source(), candidateDefault), codeWidth) + best.prefix().network()
                + (withLength ? "/" + best.prefix().length() : "") + " ";
        out.append(line);
        long age = now - rib.selectedSince(best.prefix());
        boolean first = true;
        for (Route path : rib.paths(best.prefix())) {
            if (!first) {
                out.append(" ".repeat(line.length()));
            }
            out.append(describePath(path, age, otherVrf(router, vrf, path))).append('\n');
            first = false;
        }
    }

    /** "O", "S*", "O IA": the source's code with IOS's candidate-default star after its first letter. */
    private static String code(RouteSource source, boolean candidateDefault) {
        String code = source.code();
        if (!candidateDefault) {
            return code;
        }
        return code.charAt(0) + "*" + code.substring(1).strip();
    }

    private static String padded(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    /**
     * "is directly connected, Gi0/0" or "[110/2] via 10.0.12.2, 00:01:05, GigabitEthernet0/0". A path that
     * leaves by an interface of another VRF (a BGP route imported by route target) names that VRF after
     * its next hop instead of the interface, as IOS: "[20/0] via 10.1.1.2 (A), 00:00:10"; imported from a
     * connected route, "is directly connected, 00:00:10, GigabitEthernet0/0".
     */
    static String describePath(Route path, long ageNanos, String otherVrf) {
        if (path.nextHop() == null) {
            return otherVrf == null ? "is directly connected, " + path.outgoing().fullName()
                    : "is directly connected, " + RouteAge.format(ageNanos) + ", " + path.outgoing().fullName();
        }
        StringBuilder text = new StringBuilder();
        text.append('[').append(path.distance()).append('/').append(path.metric()).append("] via ").append(path.nextHop());
        if (otherVrf != null) {
            return text.append(" (").append(otherVrf).append("), ").append(RouteAge.format(ageNanos)).toString();
        }
        // Static routes carry no age in IOS's table; dynamic ones do.
        if (path.source() != RouteSource.STATIC) {
            text.append(", ").append(RouteAge.format(ageNanos));
        }
        if (path.outgoing() != null) {
            text.append(", ").append(path.outgoing().fullName());
        }
        return text.toString();
    }

    /** The VRF of the interface a path of table {@code vrf} leaves by, when it is another one; else null. */
    static String otherVrf(Router router, String vrf, Route path) {
        if (path.outgoing() == null || path.outgoing().isNull()) {
            return null;
        }
        org.looplab.router.Interface out = router.interfaceNamed(path.outgoing());
        if (out == null || java.util.Objects.equals(out.vrf(), vrf)) {
            return null;
        }
        return out.vrf() == null ? "default" : out.vrf();
    }
}
