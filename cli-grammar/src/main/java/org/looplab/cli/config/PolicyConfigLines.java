package org.looplab.cli.config;

import java.util.List;
import java.util.stream.Collectors;
import org.looplab.bgp.AsNumber;
import org.looplab.policy.AsPathAccessList;
import org.looplab.policy.AsPathEntry;
import org.looplab.policy.Communities;
import org.looplab.policy.CommunityList;
import org.looplab.policy.CommunityListEntry;
import org.looplab.policy.PrefixList;
import org.looplab.policy.PrefixListEntry;
import org.looplab.policy.RouteMap;
import org.looplab.policy.RouteMapEntry;
import org.looplab.policy.RouteMapMatch;
import org.looplab.policy.RouteMapSet;
import org.looplab.policy.RoutingPolicies;
import org.looplab.router.Router;

/**
 * The routing policy lines of the running configuration, where IOS 15 writes them: {@code ip
 * bgp-community new-format}, the community lists and the AS-path access lists before the {@code ip route}
 * lines; the prefix lists after them, then the route-maps, one block per entry.
 */
public final class PolicyConfigLines {
    private PolicyConfigLines() {
    }

    /** The lines before {@code ip route}. */
    static String beforeStaticRoutes(Router router) {
        RoutingPolicies policies = router.attachmentIfPresent(RoutingPolicies.class);
        if (policies == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        if (policies.communityNewFormat()) {
            out.append("ip bgp-community new-format\n");
        }
        for (CommunityList list : policies.communityLists()) {
            String head = list.isNumbered() ? "ip community-list " + list.name() : "ip community-list standard " + list.name();
            for (CommunityListEntry entry : list.entries()) {
                out.append(head).append(entry.permit() ? " permit " : " deny ")
                        .append(communities(entry.communities(), policies.communityNewFormat())).append('\n');
            }
        }
        for (AsPathAccessList list : policies.asPathAccessLists()) {
            for (AsPathEntry entry : list.entries()) {
                out.append("ip as-path access-list ").append(list.number()).append(entry.permit() ? " permit " : " deny ")
                        .append(entry.regex()).append('\n');
            }
        }
        return out.isEmpty() ? "" : out.append("!\n").toString();
    }

    /** The lines after {@code ip route}: prefix lists, then route-maps. */
    static String afterStaticRoutes(Router router) {
        RoutingPolicies policies = router.attachmentIfPresent(RoutingPolicies.class);
        if (policies == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (PrefixList list : policies.prefixLists()) {
            if (list.description() != null) {
                out.append("ip prefix-list ").append(list.name()).append(" description ").append(list.description()).append('\n');
            }
            for (PrefixListEntry entry : list.entries()) {
                out.append("ip prefix-list ").append(list.name()).append(" seq ").append(entry.sequence()).append(' ')
                        .append(entry.ruleText()).append('\n');
            }
        }
        if (!out.isEmpty()) {
            out.append("!\n");
        }
        for (RouteMap map : policies.routeMaps()) {
            for (RouteMapEntry entry : map.entries()) {
                out.append("route-map ").append(map.name()).append(entry.permit() ? " permit " : " deny ")
                        .append(entry.sequence()).append('\n');
                for (RouteMapMatch match : entry.matches()) {
                    out.append(" match ").append(matchText(match)).append('\n');
                }
                for (RouteMapSet set : entry.sets()) {
                    out.append(" set ").append(setText(set, policies.communityNewFormat())).append('\n');
                }
                out.append("!\n");
            }
        }
        return out.toString();
    }

    static String communities(List<Long> values, boolean newFormat) {
        return values.stream().map(value -> Communities.format(value, newFormat)).collect(Collectors.joining(" "));
    }

    /** The words after {@code match}. */
    static String matchText(RouteMapMatch match) {
        if (match instanceof RouteMapMatch.PrefixList list) {
            return "ip address prefix-list " + String.join(" ", list.names());
        }
        if (match instanceof RouteMapMatch.AsPath asPath) {
            return "as-path " + asPath.lists().stream().map(String::valueOf).collect(Collectors.joining(" "));
        }
        RouteMapMatch.Community community = (RouteMapMatch.Community) match;
        return "community " + String.join(" ", community.lists()) + (community.exactMatch() ? " exact-match" : "");
    }

    /** The words after {@code set}: the running-config's and {@code show route-map}'s set clause. */
    public static String setText(RouteMapSet set, boolean newFormat) {
        if (set instanceof RouteMapSet.LocalPreference preference) {
            return "local-preference " + preference.value();
        }
        if (set instanceof RouteMapSet.Weight weight) {
            return "weight " + weight.value();
        }
        if (set instanceof RouteMapSet.Metric metric) {
            return "metric " + metric.value();
        }
        if (set instanceof RouteMapSet.AsPathPrepend prepend) {
            return "as-path prepend " + prepend.asNumbers().stream().map(AsNumber::toString).collect(Collectors.joining(" "));
        }
        if (set instanceof RouteMapSet.Community community) {
            if (community.values().isEmpty()) {
                return "community none";
            }
            return "community " + communities(community.values(), newFormat) + (community.additive() ? " additive" : "");
        }
        if (set instanceof RouteMapSet.SetOrigin origin) {
            return "origin " + origin.origin().word().toLowerCase(java.util.Locale.ROOT);
        }
        return "ip next-hop " + ((RouteMapSet.IpNextHop) set).address();
    }
}
