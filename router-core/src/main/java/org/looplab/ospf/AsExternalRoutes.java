package org.looplab.ospf;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.looplab.net.ClassfulNetwork;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.policy.RouteMap;
import org.looplab.policy.RouteMapEntry;
import org.looplab.policy.RouteMapMatch;
import org.looplab.policy.RouteMapSet;
import org.looplab.policy.RoutingPolicies;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;

/**
 * What an AS boundary router advertises in type-5 LSAs (RFC 2328 12.4.4), worked out from its
 * {@code redistribute} and {@code default-information originate} lines and its RIB: the best route of
 * each prefix from the named source, with forwarding address 0.0.0.0 (traffic goes to the ASBR) and tag 0.
 * As IOS: connected networks of interfaces that run in this process are not redistributed (they are in
 * OSPF already), from BGP only the eBGP routes are (no "bgp redistribute-internal"); without {@code subnets} only classful networks are; a route-map's {@code match ip
 * address prefix-list} filters and its {@code set metric} sets the metric.
 */
final class AsExternalRoutes {
    private AsExternalRoutes() {
    }

    static Map<Ipv4Prefix, LsaBody.ExternalBody> of(OspfProcess process) {
        Map<Ipv4Prefix, LsaBody.ExternalBody> wanted = new LinkedHashMap<>();
        RoutingPolicies policies = RoutingPolicies.of(process.router());
        Collection<Route> routes = process.router().rib().routes();
        for (Redistribution redistribution : process.redistributions()) {
            RouteSource source = switch (redistribution.source()) {
                case CONNECTED -> RouteSource.CONNECTED;
                case STATIC -> RouteSource.STATIC;
                case BGP -> RouteSource.EBGP;
                case RIP, EIGRP -> null;
            };
            for (Route route : routes) {
                Ipv4Prefix prefix = route.prefix();
                if (route.source() != source || wanted.containsKey(prefix) || prefix.length() == 0) {
                    continue;
                }
                if (!redistribution.subnets() && !prefix.equals(ClassfulNetwork.of(prefix.network()))) {
                    continue;
                }
                if (source == RouteSource.CONNECTED && runsOspf(process, prefix)) {
                    continue;
                }
                int metric = redistribution.metric() != null ? redistribution.metric() : Redistribution.DEFAULT_METRIC;
                Integer mapped = applyRouteMap(policies, redistribution.routeMap(), prefix, metric);
                if (mapped != null) {
                    wanted.put(prefix, body(prefix, mapped, redistribution.metricType()));
                }
            }
        }
        DefaultInformation origin = process.defaultInformation();
        if (origin != null && (origin.always() || hasOtherDefault(process))) {
            int metric = origin.metric() != null ? origin.metric() : DefaultInformation.DEFAULT_METRIC;
            Integer mapped = applyRouteMap(policies, origin.routeMap(), Ipv4Prefix.DEFAULT_ROUTE, metric);
            if (mapped != null) {
                wanted.put(Ipv4Prefix.DEFAULT_ROUTE, body(Ipv4Prefix.DEFAULT_ROUTE, mapped, origin.metricType()));
            }
        }
        return wanted;
    }

    private static LsaBody.ExternalBody body(Ipv4Prefix prefix, int metric, Integer metricType) {
        return new LsaBody.ExternalBody(prefix.mask(), metricType == null || metricType == 2,
                Math.min(metric, LsaOrigination.LS_INFINITY - 1), Ipv4Address.ANY, 0);
    }

    private static boolean runsOspf(OspfProcess process, Ipv4Prefix prefix) {
        for (OspfInterface each : process.interfaces()) {
            if (each.address.subnet().equals(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** IOS originates the default only while its table has one that OSPF did not put there. */
    private static boolean hasOtherDefault(OspfProcess process) {
        for (Route route : process.router().rib().paths(Ipv4Prefix.DEFAULT_ROUTE)) {
            if (!route.source().isOspf()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The metric a route-map gives the route, or null when it denies it. Entries in sequence order: the
     * first whose {@code match ip address prefix-list} clauses all match decides. A route-map that does not
     * exist denies, as IOS; match clauses about BGP attributes never match a route from the RIB.
     */
    private static Integer applyRouteMap(RoutingPolicies policies, String name, Ipv4Prefix prefix, int metric) {
        if (name == null) {
            return metric;
        }
        RouteMap map = policies.routeMap(name);
        if (map == null) {
            return null;
        }
        for (RouteMapEntry entry : map.entries()) {
            boolean matches = true;
            for (RouteMapMatch match : entry.matches()) {
                matches &= match instanceof RouteMapMatch.PrefixList lists
                        && policies.prefixListsMatch(lists.names(), prefix);
            }
            if (!matches) {
                continue;
            }
            if (!entry.permit()) {
                return null;
            }
            int result = metric;
            for (RouteMapSet set : entry.sets()) {
                if (set instanceof RouteMapSet.Metric value) {
                    result = (int) Math.min(value.value(), LsaOrigination.LS_INFINITY - 1);
                }
            }
            return result;
        }
        return null;
    }
}
