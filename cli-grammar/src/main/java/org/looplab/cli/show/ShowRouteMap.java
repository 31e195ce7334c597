package org.looplab.cli.show;

import java.util.List;
import java.util.stream.Collectors;
import org.looplab.cli.config.PolicyConfigLines;
import org.looplab.policy.RouteMap;
import org.looplab.policy.RouteMapEntry;
import org.looplab.policy.RouteMapMatch;
import org.looplab.policy.RouteMapSet;
import org.looplab.policy.RoutingPolicies;

/**
 * {@code show route-map [NAME]} as IOS 15 prints it: per entry a {@code route-map NAME, permit, sequence
 * N} line, its match and set clauses in IOS's wording, and the policy routing counters (always zero: no
 * policy routing here).
 */
public final class ShowRouteMap {
    private ShowRouteMap() {
    }

    /** {@code name} null for every route-map; an unknown name prints nothing. */
    public static String render(RoutingPolicies policies, String name) {
        List<RouteMap> maps = name == null ? policies.routeMaps()
                : policies.routeMap(name) == null ? List.of() : List.of(policies.routeMap(name));
        StringBuilder out = new StringBuilder();
        for (RouteMap map : maps) {
            for (RouteMapEntry entry : map.entries()) {
                out.append("route-map ").append(map.name()).append(entry.permit() ? ", permit" : ", deny")
                        .append(", sequence ").append(entry.sequence()).append('\n');
                out.append("  Match clauses:\n");
                for (RouteMapMatch match : entry.matches()) {
                    out.append("    ").append(match(match)).append('\n');
                }
                out.append("  Set clauses:\n");
                for (RouteMapSet set : entry.sets()) {
                    out.append("    ").append(PolicyConfigLines.setText(set, policies.communityNewFormat())).append('\n');
                }
                out.append("  Policy routing matches: 0 packets, 0 bytes\n");
            }
        }
        return out.toString();
    }

    private static String match(RouteMapMatch match) {
        if (match instanceof RouteMapMatch.PrefixList list) {
            return "ip address prefix-lists: " + String.join(" ", list.names()) + " ";
        }
        if (match instanceof RouteMapMatch.AsPath asPath) {
            return "as-path (as-path filter): "
                    + asPath.lists().stream().map(String::valueOf).collect(Collectors.joining(" ")) + " ";
        }
        RouteMapMatch.Community community = (RouteMapMatch.Community) match;
        return "community  (community-list filter): " + String.join(" ", community.lists())
                + (community.exactMatch() ? " exact-match" : "") + " ";
    }
}
