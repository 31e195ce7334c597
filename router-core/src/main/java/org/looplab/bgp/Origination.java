package org.looplab.bgp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.looplab.bgp.attr.AsPath;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.net.Ipv4Prefix;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.sim.SimEvent;

/**
 * What a router originates into BGP, worked out from its configuration and RIB: {@code network} (the RIB
 * has exactly the prefix from another source; origin IGP, MED the route's metric), {@code redistribute}
 * (origin incomplete, MED the IGP metric), {@code aggregate-address} (while a more specific path is in
 * the table; {@code summary-only} suppresses those); weight 32768 each. Runs after configuration and RIB
 * changes (coalesced per instant) and with the scanner.
 */
final class Origination {
    private final BgpSpeaker speaker;
    private SimEvent pending;

    Origination(BgpSpeaker speaker) {
        this.speaker = speaker;
    }

    /** Works the local paths out again in an event of its own (changes of one instant coalesce). */
    void schedule() {
        if (pending == null && speaker.isRunning()) {
            pending = speaker.kernel().schedule(0, () -> {
                pending = null;
                run();
            });
        }
    }

    void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /**
     * Works out the local paths: {@code network} (the RIB has exactly the prefix from another source;
     * origin IGP, MED the route's metric), {@code redistribute} (origin incomplete, MED the IGP metric),
     * {@code aggregate-address} (while a more specific path is in the table); weight 32768 each.
     */
    void run() {
        if (!speaker.isRunning()) {
            return;
        }
        BgpConfig config = speaker.config();
        Map<Ipv4Prefix, PathAttributes> wanted = new LinkedHashMap<>();
        Map<Ipv4Prefix, Integer> flags = new HashMap<>();
        for (BgpNetwork network : config.networks()) {
            Route route = nonBgpRoute(network.prefix());
            if (route != null) {
                PathAttributes attributes = speaker.outbound().localAttributes(route, Origin.IGP, null, network.routeMap());
                if (attributes != null) {
                    wanted.put(network.prefix(), attributes);
                    flags.put(network.prefix(), 0);
                }
            }
        }
        for (Redistribution redistribution : config.redistributions()) {
            for (Route route : speaker.rib().routes()) {
                if (!redistributes(redistribution, route) || wanted.containsKey(route.prefix())) {
                    continue;
                }
                PathAttributes attributes = speaker.outbound().localAttributes(route, Origin.INCOMPLETE, redistribution.metric(),
                        redistribution.routeMap());
                if (attributes != null) {
                    wanted.put(route.prefix(), attributes);
                    flags.put(route.prefix(), BgpPath.REDISTRIBUTED);
                }
            }
        }
        Set<Ipv4Prefix> suppressedBy = new HashSet<>();
        for (AggregateAddress aggregate : config.aggregates()) {
            List<BgpPath> contributors = new ArrayList<>();
            for (LocRibEntry entry : speaker.allEntries()) {
                if (entry.best != null && !entry.best.isAggregate() && entry.prefix.length() > aggregate.prefix().length()
                        && aggregate.prefix().contains(entry.prefix.network())) {
                    contributors.add(entry.best);
                    if (aggregate.summaryOnly()) {
                        suppressedBy.add(entry.prefix);
                    }
                }
            }
            if (!contributors.isEmpty()) {
                wanted.put(aggregate.prefix(), aggregateAttributes(aggregate, contributors));
                flags.put(aggregate.prefix(), BgpPath.AGGREGATE);
            }
        }
        for (Ipv4Prefix prefix : List.copyOf(speaker.localPrefixes())) {
            if (!wanted.containsKey(prefix)) {
                speaker.setLocalPath(prefix, null, 0);
            }
        }
        for (Map.Entry<Ipv4Prefix, PathAttributes> each : wanted.entrySet()) {
            speaker.setLocalPath(each.getKey(), each.getValue(), flags.get(each.getKey()));
        }
        for (LocRibEntry entry : speaker.allEntries()) {
            boolean suppressed = suppressedBy.contains(entry.prefix);
            if (entry.suppressed != suppressed) {
                entry.suppressed = suppressed;
                speaker.advertiseToAll(entry);
            }
        }
    }

    private Route nonBgpRoute(Ipv4Prefix prefix) {
        for (Route route : speaker.rib().candidates(prefix)) {
            if (route.source() != RouteSource.EBGP && route.source() != RouteSource.IBGP
                    && route.source() != RouteSource.LOCAL) {
                return route;
            }
        }
        return null;
    }

    private static boolean redistributes(Redistribution redistribution, Route route) {
        return switch (redistribution.source()) {
            case CONNECTED -> route.source() == RouteSource.CONNECTED;
            case STATIC -> route.source() == RouteSource.STATIC;
            case OSPF -> route.source() == RouteSource.OSPF || route.source() == RouteSource.OSPF_INTER_AREA;
            case RIP, EIGRP -> false;
        };
    }

    /**
     * RFC 4271 9.2.2.2: an aggregate has origin IGP and ATOMIC_AGGREGATE, AGGREGATOR our AS and router
     * ID; with {@code as-set} the AS numbers of the contributors form an AS_SET (and the worst origin).
     */
    private PathAttributes aggregateAttributes(AggregateAddress aggregate, List<BgpPath> contributors) {
        PathAttributes.Builder b = PathAttributes.builder().origin(Origin.IGP).weight(PathAttributes.LOCAL_WEIGHT)
                .aggregator(speaker.localAs().value(), speaker.routerId());
        if (aggregate.asSet()) {
            java.util.TreeSet<Long> numbers = new java.util.TreeSet<>();
            Origin worst = Origin.IGP;
            for (BgpPath path : contributors) {
                for (long as : path.attributes.asPath().asNumbers()) {
                    numbers.add(as);
                }
                if (path.attributes.origin().ordinal() > worst.ordinal()) {
                    worst = path.attributes.origin();
                }
            }
            if (!numbers.isEmpty()) {
                int[] segment = new int[numbers.size() + 2];
                segment[0] = AsPath.AS_SET;
                segment[1] = numbers.size();
                int i = 2;
                for (long as : numbers) {
                    segment[i++] = (int) as;
                }
                b.asPath(AsPath.ofSegments(segment));
            }
            b.origin(worst);
        } else {
            b.atomicAggregate(true);
        }
        return b.build();
    }
}
