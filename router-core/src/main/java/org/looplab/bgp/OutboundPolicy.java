package org.looplab.bgp;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.policy.RoutingPolicies;
import org.looplab.routing.Route;
import org.looplab.tcp.TcpConnection;

/**
 * What a neighbor is sent for a prefix (RFC 4271 9.1.3, 5.1; RFC 4456 for reflection), or null for
 * nothing (a withdrawal if it had been sent):
 * <ul>
 *   <li>no best path, a suppressed prefix ({@code aggregate-address ... summary-only}), or a best path
 *       learned from that same neighbor: nothing;</li>
 *   <li>iBGP split horizon: a path learned over iBGP goes to no iBGP neighbor, unless this router
 *       reflects it: from a client to everyone, from a non-client to clients (RFC 4456 6);</li>
 *   <li>to eBGP: NEXT_HOP our address on the session, no LOCAL_PREF, the MED only when we originated
 *       the route (RFC 4271 5.1.4), no ORIGINATOR_ID/CLUSTER_LIST; our AS prepended after the outbound
 *       route-map ran (its {@code set as-path prepend} ends up behind our AS, as on IOS);</li>
 *   <li>to iBGP: LOCAL_PREF (the default when absent), NEXT_HOP kept unless {@code next-hop-self} or the
 *       route is ours; a reflected route gets ORIGINATOR_ID and our cluster ID in front of CLUSTER_LIST;</li>
 *   <li>communities only with {@code send-community}; then {@code prefix-list out} and
 *       {@code route-map out}.</li>
 * </ul>
 */
final class OutboundPolicy {
    private final BgpSpeaker speaker;

    OutboundPolicy(BgpSpeaker speaker) {
        this.speaker = speaker;
    }

    /**
     * What decides the export of a best path to a neighbor when no outbound prefix-list or route-map is
     * configured: the same key gives the same attributes, so a route reflector works them out once for all
     * its clients (IOS's update groups). {@code self} is null when the result does not use it.
     */
    private record ExportKey(PathAttributes attributes, PathSource from, boolean toInternal, boolean toClient,
                             boolean nextHopSelf, boolean sendCommunity, Ipv4Address self) {
    }

    private Map<ExportKey, Optional<PathAttributes>> exported = new HashMap<>();
    private long exportedAt = -1;

    PathAttributes export(LocRibEntry entry, BgpNeighbor neighbor) {
        BgpPath best = entry.best;
        if (best == null || entry.suppressed || !neighbor.isEstablished()) {
            return null;
        }
        PathSource from = best.source;
        if (from == neighbor.source) {
            return null;
        }
        NeighborConfig config = neighbor.config;
        if (config.effective(NeighborSetting.PREFIX_LIST_OUT, null) != null
                || config.effective(NeighborSetting.ROUTE_MAP_OUT, null) != null) {
            return compute(entry, best, neighbor);
        }
        if (exportedAt != speaker.now() || exported.size() > 4096) {
            exported = exported.isEmpty() ? exported : new HashMap<>(); // clear() would walk the whole table
            exportedAt = speaker.now();
        }
        boolean toInternal = neighbor.isInternal();
        boolean nextHopSelf = config.isOn(NeighborSetting.NEXT_HOP_SELF);
        boolean usesSelf = !toInternal || best.attributes.nextHopBits() == 0 || nextHopSelf;
        ExportKey key = new ExportKey(best.attributes, from, toInternal, neighbor.isRouteReflectorClient(), nextHopSelf,
                config.effective(NeighborSetting.SEND_COMMUNITY, null) != null, usesSelf ? localAddress(neighbor) : null);
        return exported.computeIfAbsent(key, k -> Optional.ofNullable(compute(entry, best, neighbor))).orElse(null);
    }

    private PathAttributes compute(LocRibEntry entry, BgpPath best, BgpNeighbor neighbor) {
        PathSource from = best.source;
        boolean toInternal = neighbor.isInternal();
        boolean reflecting = false;
        if (from.internal() && toInternal) {
            if (!from.routeReflectorClient() && !neighbor.isRouteReflectorClient()) {
                return null; // RFC 4271 9.2.1: iBGP routes are not passed to iBGP peers
            }
            reflecting = true;
        }
        PathAttributes a = best.attributes;
        PathAttributes.Builder b = a.toBuilder().weight(0);
        Ipv4Address self = localAddress(neighbor);
        if (toInternal) {
            b.localPref(a.hasLocalPref() ? a.localPref() : speaker.config().defaultLocalPreference());
            boolean nextHopSelf = neighbor.config.isOn(NeighborSetting.NEXT_HOP_SELF) && !reflecting;
            if (a.nextHopBits() == 0 || nextHopSelf) {
                b.nextHop(self);
            }
            if (reflecting) {
                if (!a.hasOriginatorId()) {
                    b.originatorId(from.peerRouterId());
                }
                b.prependClusterId(speaker.clusterId());
            }
        } else {
            b.nextHop(self).localPref(-1).originatorId(null).clusterList(null);
            if (!from.isLocal()) {
                b.med(-1);
            }
        }
        RoutingPolicies policies = RoutingPolicies.of(speaker.router());
        Ipv4Prefix prefix = entry.prefix;
        if (!RouteMapApplication.prefixListPermits(policies, neighbor.config.effective(NeighborSetting.PREFIX_LIST_OUT, null),
                prefix)) {
            return null;
        }
        if (!RouteMapApplication.apply(policies, neighbor.config.effective(NeighborSetting.ROUTE_MAP_OUT, null), prefix,
                b, a)) {
            return null;
        }
        if (!toInternal) {
            // Our AS goes in front last, as IOS formats the update: after what the route-map prepended.
            b.asPath(b.asPath().prepend(speaker.localAs().value()));
        }
        if (neighbor.config.effective(NeighborSetting.SEND_COMMUNITY, null) == null) {
            b.communities(null); // also those an outbound route-map set, as on IOS
        }
        return b.weight(0).build();
    }

    private static Ipv4Address localAddress(BgpNeighbor neighbor) {
        TcpConnection connection = neighbor.connection();
        return connection == null ? Ipv4Address.ANY : connection.localAddress();
    }

    /**
     * The attributes of a route this router originates from its RIB ({@code network}, {@code redistribute}):
     * weight 32768, the route's metric as MED (or the configured one), its next hop (0.0.0.0 for a
     * connected route), then the route-map; null when the route-map denies it.
     */
    PathAttributes localAttributes(Route route, Origin origin, Long metric, String routeMap) {
        PathAttributes.Builder b = PathAttributes.builder().origin(origin).weight(PathAttributes.LOCAL_WEIGHT)
                .med(metric != null ? metric : route.metric());
        if (route.nextHop() != null) {
            b.nextHop(route.nextHop());
        }
        PathAttributes plain = b.build();
        if (!RouteMapApplication.apply(RoutingPolicies.of(speaker.router()), routeMap, route.prefix(), b, plain)) {
            return null;
        }
        return b.build();
    }
}
