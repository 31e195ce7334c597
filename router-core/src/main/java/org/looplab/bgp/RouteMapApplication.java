package org.looplab.bgp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Prefix;
import org.looplab.policy.AsPathAccessList;
import org.looplab.policy.CommunityList;
import org.looplab.policy.PrefixList;
import org.looplab.policy.RouteMap;
import org.looplab.policy.RouteMapEntry;
import org.looplab.policy.RouteMapMatch;
import org.looplab.policy.RouteMapSet;
import org.looplab.policy.RoutingPolicies;

/**
 * Applies a router's route-maps and prefix lists to BGP routes, as IOS does: entries by sequence, the
 * first whose every match clause matches decides; a permit entry's set clauses change the attributes; no
 * matching entry denies. A route-map that is not defined denies everything; a prefix list that is not
 * defined permits everything, and so does a match clause naming lists that are not defined.
 */
final class RouteMapApplication {
    private RouteMapApplication() {
    }

    /** {@code neighbor A prefix-list NAME in|out}: true when the prefix may pass (null name: no filter). */
    static boolean prefixListPermits(RoutingPolicies policies, String name, Ipv4Prefix prefix) {
        if (name == null) {
            return true;
        }
        PrefixList list = policies.prefixList(name);
        return list == null || list.permits(prefix);
    }

    /**
     * Runs route-map {@code name} over a route; returns false when it denies. Sets are applied to
     * {@code attributes}. A null name permits without change.
     */
    static boolean apply(RoutingPolicies policies, String name, Ipv4Prefix prefix, PathAttributes.Builder attributes,
                         PathAttributes original) {
        if (name == null) {
            return true;
        }
        RouteMap map = policies.routeMap(name);
        if (map == null) {
            return false;
        }
        for (RouteMapEntry entry : map.entries()) {
            if (matches(policies, entry, prefix, original)) {
                if (!entry.permit()) {
                    return false;
                }
                for (RouteMapSet set : entry.sets()) {
                    applySet(set, attributes);
                }
                return true;
            }
        }
        return false;
    }

    private static boolean matches(RoutingPolicies policies, RouteMapEntry entry, Ipv4Prefix prefix,
                                   PathAttributes attributes) {
        for (RouteMapMatch match : entry.matches()) {
            if (!matches(policies, match, prefix, attributes)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(RoutingPolicies policies, RouteMapMatch match, Ipv4Prefix prefix,
                                   PathAttributes attributes) {
        if (match instanceof RouteMapMatch.PrefixList lists) {
            return policies.prefixListsMatch(lists.names(), prefix);
        }
        if (match instanceof RouteMapMatch.AsPath lists) {
            String text = attributes.asPath().toString();
            boolean anyDefined = false;
            for (int number : lists.lists()) {
                AsPathAccessList list = policies.asPathAccessList(number);
                if (list != null) {
                    anyDefined = true;
                    if (list.permits(text)) {
                        return true;
                    }
                }
            }
            return !anyDefined;
        }
        if (match instanceof RouteMapMatch.Community lists) {
            List<Long> values = new ArrayList<>();
            for (long value : attributes.communities()) {
                values.add(value);
            }
            boolean anyDefined = false;
            for (String name : lists.lists()) {
                CommunityList list = policies.communityList(name);
                if (list != null) {
                    anyDefined = true;
                    if (lists.exactMatch() ? list.exactlyMatches(values) : list.permits(values)) {
                        return true;
                    }
                }
            }
            return !anyDefined;
        }
        return false;
    }

    private static void applySet(RouteMapSet set, PathAttributes.Builder b) {
        if (set instanceof RouteMapSet.LocalPreference lp) {
            b.localPref(lp.value());
        } else if (set instanceof RouteMapSet.Weight weight) {
            b.weight(weight.value());
        } else if (set instanceof RouteMapSet.Metric metric) {
            b.med(metric.value());
        } else if (set instanceof RouteMapSet.AsPathPrepend prepend) {
            long[] numbers = new long[prepend.asNumbers().size()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = prepend.asNumbers().get(i).value();
            }
            b.asPath(b.asPath().prepend(numbers));
        } else if (set instanceof RouteMapSet.Community community) {
            if (community.values().isEmpty() && !community.additive()) {
                b.communities(null); // set community none
                return;
            }
            Set<Long> values = new LinkedHashSet<>();
            if (community.additive()) {
                for (long value : b.build().communities()) {
                    values.add(value);
                }
            }
            values.addAll(community.values());
            long[] array = new long[values.size()];
            int i = 0;
            for (long value : values) {
                array[i++] = value;
            }
            b.communities(array);
        } else if (set instanceof RouteMapSet.SetOrigin origin) {
            b.origin(origin.origin());
        } else if (set instanceof RouteMapSet.IpNextHop nextHop) {
            b.nextHop(nextHop.address());
        }
    }
}
