package org.looplab.ospf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;

/**
 * Originating our own LSAs (RFC 2328 12.4): the router-LSA of each area (12.4.1), a network-LSA for each
 * segment where we are DR with a full adjacency (12.4.2), the type-3 and type-4 summaries of an ABR
 * (12.4.3) and, on an ASBR, the AS-external-LSAs (12.4.4) in every area that carries them (each such
 * area's database holds its own copy of the AS-scope LSAs: the same instances, flooded in each).
 * Any change asks for a sync of the area; the sync runs at the end of the current instant, builds what
 * the LSAs should say, and originates only what differs, no more often than MinLSInterval (5 s, IOS
 * {@code timers throttle lsa} 0 5000 5000) per LSA. LSAs we no longer want are flushed (14.1).
 */
final class LsaOrigination {
    static final long MIN_LS_INTERVAL_NANOS = 5_000_000_000L;
    static final Ipv4Address HOST_MASK = Ipv4Address.of("255.255.255.255");
    /** LSInfinity (B): a summary with this metric is unreachable. */
    static final int LS_INFINITY = 0xFFFFFF;

    private final OspfProcess process;

    LsaOrigination(OspfProcess process) {
        this.process = process;
    }

    void requestSync(OspfArea area) {
        if (area.syncEvent == null && process.isRunning()) {
            area.syncEvent = process.kernel().schedule(0, () -> {
                area.syncEvent = null;
                sync(area);
            });
        }
    }

    /** 13.4: a newer instance of an LSA of ours came back: originate past it, or flush it if we no longer want it. */
    void selfOriginatedReceived(OspfArea area, Lsa lsa) {
        area.forced.add(lsa.key());
        area.own.add(lsa.key());
        requestSync(area);
    }

    /** LSRefreshTime: the LSA is originated again with the next sequence number. */
    void refresh(OspfArea area, LsaKey key) {
        area.forced.add(key);
        requestSync(area);
    }

    void sync(OspfArea area) {
        if (!process.isRunning() || !process.hasArea(area)) {
            return;
        }
        Map<LsaKey, LsaBody> desired = desired(area);
        long now = process.kernel().now();
        long retryAt = Long.MAX_VALUE;
        Flooding flooding = process.flooding();
        for (Map.Entry<LsaKey, LsaBody> wanted : desired.entrySet()) {
            LsaKey key = wanted.getKey();
            LsdbEntry current = area.lsdb.get(key);
            boolean force = area.forced.contains(key);
            if (current != null && !force && !current.lsa.isMaxAge() && current.lsa.body().equals(wanted.getValue())) {
                continue;
            }
            if (current != null && !force && now - current.installedNanos < MIN_LS_INTERVAL_NANOS) {
                retryAt = Math.min(retryAt, current.installedNanos + MIN_LS_INTERVAL_NANOS);
                continue;
            }
            // 12.1.6: the sequence number grows by one per instance. (Wrapping at MaxSequenceNumber would
            // need a flush first; an LSA refreshed every 30 minutes takes 4,000 years to get there.)
            int sequence = current == null ? Lsa.INITIAL_SEQUENCE : current.lsa.sequence() + 1;
            area.forced.remove(key);
            area.own.add(key);
            flooding.originate(area, Lsa.originate(current == null ? key : current.lsa.key(), sequence,
                    wanted.getValue()));
        }
        for (LsaKey key : new ArrayList<>(area.own)) {
            if (desired.containsKey(key)) {
                continue;
            }
            LsdbEntry current = area.lsdb.get(key);
            area.forced.remove(key);
            area.own.remove(key);
            if (current != null && !current.lsa.isMaxAge()) {
                flooding.flush(area, current);
            }
        }
        if (retryAt != Long.MAX_VALUE && area.syncEvent == null) {
            area.syncEvent = process.kernel().schedule(retryAt - now, () -> {
                area.syncEvent = null;
                sync(area);
            });
        }
    }

    private Map<LsaKey, LsaBody> desired(OspfArea area) {
        Ipv4Address rid = process.routerId();
        Map<LsaKey, LsaBody> desired = new LinkedHashMap<>();
        desired.put(new LsaKey(LsaType.ROUTER, rid, rid), routerBody(area));
        for (OspfInterface iface : area.interfaces) {
            if (iface.state == InterfaceState.DR && iface.adjacentCount() > 0) {
                List<Ipv4Address> attached = new ArrayList<>();
                attached.add(rid);
                for (Neighbor neighbor : iface.neighbors.values()) {
                    if (neighbor.state == NeighborState.FULL) {
                        attached.add(neighbor.routerId);
                    }
                }
                desired.put(new LsaKey(LsaType.NETWORK, iface.address.address(), rid),
                        new LsaBody.NetworkBody(iface.address.mask(), attached));
            }
        }
        for (Map.Entry<Ipv4Prefix, Integer> summary : process.summariesFor(area).entrySet()) {
            Ipv4Prefix prefix = summary.getKey();
            desired.put(new LsaKey(LsaType.SUMMARY_NETWORK, prefix.network(), rid),
                    new LsaBody.SummaryBody(prefix.mask(), Math.min(summary.getValue(), LS_INFINITY)));
        }
        for (Map.Entry<Ipv4Address, Integer> summary : process.boundarySummariesFor(area).entrySet()) {
            desired.put(new LsaKey(LsaType.SUMMARY_ASBR, summary.getKey(), rid),
                    new LsaBody.SummaryBody(Ipv4Address.ANY, Math.min(summary.getValue(), LS_INFINITY)));
        }
        AreaSettings settings = process.areaSettings(area.id);
        Map<Ipv4Prefix, LsaBody.ExternalBody> own = process.isAsbr() ? AsExternalRoutes.of(process) : Map.of();
        if (process.carriesExternals(area)) {
            Map<Ipv4Prefix, LsaBody.ExternalBody> all = new LinkedHashMap<>(own);
            process.translations().forEach(all::putIfAbsent);
            for (Map.Entry<Ipv4Prefix, LsaBody.ExternalBody> external : all.entrySet()) {
                desired.put(new LsaKey(LsaType.AS_EXTERNAL, external.getKey().network(), rid), external.getValue());
            }
        } else if (settings.type() == AreaSettings.Type.NSSA) {
            // RFC 3101 2.3: in an NSSA the routes go in type-7 LSAs, forwarding to one of our addresses there.
            Ipv4Address forward = forwardingAddress(area);
            for (Map.Entry<Ipv4Prefix, LsaBody.ExternalBody> external : own.entrySet()) {
                LsaBody.ExternalBody body = external.getValue();
                desired.put(new LsaKey(LsaType.NSSA_EXTERNAL, external.getKey().network(), rid),
                        new LsaBody.ExternalBody(body.mask(), body.type2(), body.metric(), forward, body.tag()));
            }
            if (process.isAbr() && settings.nssaDefaultOriginate()) {
                desired.putIfAbsent(new LsaKey(LsaType.NSSA_EXTERNAL, Ipv4Address.ANY, rid), new LsaBody.ExternalBody(
                        Ipv4Address.ANY, true, DefaultInformation.DEFAULT_METRIC, Ipv4Address.ANY, 0));
            }
        }
        return desired;
    }

    /** The forwarding address of our type-7 LSAs: a loopback of ours in the area, else our highest address there. */
    private static Ipv4Address forwardingAddress(OspfArea area) {
        Ipv4Address best = Ipv4Address.ANY;
        for (OspfInterface iface : area.interfaces) {
            if (!iface.isUp()) {
                continue;
            }
            if (iface.iface.isLoopback()) {
                return iface.address.address();
            }
            if (iface.address.address().compareTo(best) > 0) {
                best = iface.address.address();
            }
        }
        return best;
    }

    /** 12.4.1: one description per interface of the area, by its type and state. */
    private LsaBody.RouterBody routerBody(OspfArea area) {
        List<RouterLink> links = new ArrayList<>();
        for (OspfInterface iface : area.interfaces) {
            if (!iface.isUp()) {
                continue;
            }
            Ipv4Address ours = iface.address.address();
            Ipv4Prefix subnet = iface.address.subnet();
            if (iface.state == InterfaceState.LOOPBACK) {
                // 12.4.1.4 and IOS: a loopback is a host route, whatever its mask.
                links.add(new RouterLink(RouterLink.Kind.STUB, ours, HOST_MASK, iface.cost));
                continue;
            }
            if (iface.networkType == NetworkType.POINT_TO_POINT) {
                for (Neighbor neighbor : iface.neighbors.values()) {
                    if (neighbor.state == NeighborState.FULL) {
                        links.add(new RouterLink(RouterLink.Kind.POINT_TO_POINT, neighbor.routerId, ours, iface.cost));
                    }
                }
                links.add(new RouterLink(RouterLink.Kind.STUB, subnet.network(), subnet.mask(), iface.cost));
                continue;
            }
            // Broadcast (12.4.1.2): a transit link once we are fully adjacent to the DR (or are the DR with a
            // full neighbour), else a stub for the subnet.
            boolean transit = iface.state == InterfaceState.DR ? iface.adjacentCount() > 0 : iface.fullDr() != null;
            if (transit && !iface.passive) {
                links.add(new RouterLink(RouterLink.Kind.TRANSIT, iface.dr, ours, iface.cost));
            } else {
                links.add(new RouterLink(RouterLink.Kind.STUB, subnet.network(), subnet.mask(), iface.cost));
            }
        }
        int flags = process.isAbr() ? LsaBody.RouterBody.FLAG_BORDER : 0;
        // An NSSA translator is the ASBR of its translations for the rest of the AS (RFC 3101 3.1).
        boolean translating = !process.translations().isEmpty() && process.carriesExternals(area);
        if ((process.isAsbr() && process.areaType(area.id) != AreaSettings.Type.STUB) || translating) {
            flags |= LsaBody.RouterBody.FLAG_EXTERNAL;
        }
        return new LsaBody.RouterBody(flags, links);
    }
}
