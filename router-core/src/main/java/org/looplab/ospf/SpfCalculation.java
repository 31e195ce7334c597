package org.looplab.ospf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.looplab.net.InterfaceAddress;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;

/**
 * The shortest-path tree of one area (RFC 2328 16.1) by Dijkstra over the router- and network-LSAs, with
 * the two-way check on every link and equal-cost next hops merged (16.1.1), then the stub networks added
 * to the tree's routers, then (16.2) the type-3 summaries through the area's border routers. Network
 * vertices are taken before router vertices at equal distance, as step 3 of 16.1 asks.
 */
public final class SpfCalculation {
    /** At most four equal-cost paths, IOS's {@code maximum-paths} default. */
    public static final int MAX_PATHS = 4;

    /** A router reached by the calculation: its distance and next hops (for ABRs and summaries). */
    public record ReachedRouter(Ipv4Address routerId, int cost, List<NextHop> nextHops, boolean border) {
    }

    /** The intra-area routes and the routers of the tree. */
    public record Result(Map<Ipv4Prefix, OspfRoute> routes, Map<Ipv4Address, ReachedRouter> routers) {
    }

    private static final class Vertex {
        final boolean network;
        final Ipv4Address id;
        final LsdbEntry entry;
        int cost = Integer.MAX_VALUE;
        List<NextHop> hops = new ArrayList<>(1);
        boolean done;

        Vertex(boolean network, Ipv4Address id, LsdbEntry entry) {
            this.network = network;
            this.id = id;
            this.entry = entry;
        }
    }

    private record Queued(int cost, Vertex vertex) {
    }

    private final Lsdb lsdb;
    private final Ipv4Address root;
    private final AreaId area;
    private final List<InterfaceAddress> ourAddresses;
    private final List<InterfaceName> ourInterfaces;
    private final Map<Long, Vertex> vertices = new HashMap<>();
    private final List<Vertex> treeRouters = new ArrayList<>();
    private final List<Vertex> treeNetworks = new ArrayList<>();

    private SpfCalculation(Lsdb lsdb, Ipv4Address root, AreaId area, List<InterfaceAddress> ourAddresses,
                           List<InterfaceName> ourInterfaces) {
        this.lsdb = lsdb;
        this.root = root;
        this.area = area;
        this.ourAddresses = ourAddresses;
        this.ourInterfaces = ourInterfaces;
    }

    /**
     * Runs the calculation for one area. {@code ourAddresses} and {@code ourInterfaces} (same order) are the
     * root's interfaces in the area, from which next hops get their outgoing interface.
     */
    public static Result run(Lsdb lsdb, Ipv4Address root, AreaId area, List<InterfaceAddress> ourAddresses,
                             List<InterfaceName> ourInterfaces) {
        return new SpfCalculation(lsdb, root, area, ourAddresses, ourInterfaces).compute();
    }

    private Result compute() {
        Map<Ipv4Prefix, OspfRoute> routes = new HashMap<>();
        Map<Ipv4Address, ReachedRouter> routers = new HashMap<>();
        LsdbEntry rootEntry = lsdb.router(root);
        if (rootEntry == null || rootEntry.lsa.isMaxAge()) {
            return new Result(routes, routers);
        }
        PriorityQueue<Queued> queue = new PriorityQueue<>((a, b) -> {
            int c = Integer.compare(a.cost, b.cost);
            if (c != 0) {
                return c;
            }
            if (a.vertex.network != b.vertex.network) {
                return a.vertex.network ? -1 : 1;
            }
            return a.vertex.id.compareTo(b.vertex.id);
        });
        Vertex start = vertex(false, root, rootEntry);
        start.cost = 0;
        queue.add(new Queued(0, start));
        while (!queue.isEmpty()) {
            Queued next = queue.poll();
            Vertex v = next.vertex;
            if (v.done || next.cost != v.cost) {
                continue;
            }
            v.done = true;
            if (v.network) {
                treeNetworks.add(v);
                LsaBody.NetworkBody body = (LsaBody.NetworkBody) v.entry.lsa.body();
                for (Ipv4Address attached : body.attachedRouters()) {
                    LsdbEntry w = lsdb.router(attached);
                    if (w == null || w.lsa.isMaxAge() || !hasLink(w, RouterLink.Kind.TRANSIT, v.id)) {
                        continue;
                    }
                    relax(queue, v, vertex(false, attached, w), v.cost, null);
                }
            } else {
                treeRouters.add(v);
                LsaBody.RouterBody body = (LsaBody.RouterBody) v.entry.lsa.body();
                for (RouterLink link : body.links()) {
                    switch (link.kind()) {
                        case POINT_TO_POINT -> {
                            LsdbEntry w = lsdb.router(link.linkId());
                            if (w != null && !w.lsa.isMaxAge() && hasLink(w, RouterLink.Kind.POINT_TO_POINT, v.id)) {
                                relax(queue, v, vertex(false, link.linkId(), w), v.cost + link.metric(), link);
                            }
                        }
                        case TRANSIT -> {
                            LsdbEntry w = lsdb.network(link.linkId());
                            if (w != null && !w.lsa.isMaxAge()
                                    && ((LsaBody.NetworkBody) w.lsa.body()).attachedRouters().contains(v.id)) {
                                relax(queue, v, vertex(true, link.linkId(), w), v.cost + link.metric(), link);
                            }
                        }
                        case STUB -> { }
                    }
                }
            }
        }
        // Transit networks are destinations themselves (16.1 step 4 adds them to the routing table).
        for (Vertex n : treeNetworks) {
            LsaBody.NetworkBody body = (LsaBody.NetworkBody) n.entry.lsa.body();
            offer(routes, Ipv4Prefix.containing(n.id, Ipv4Prefix.lengthOfMask(body.mask())), n.cost, n.hops);
        }
        // 16.1 stage 2: the stub links of every router in the tree.
        for (Vertex r : treeRouters) {
            LsaBody.RouterBody body = (LsaBody.RouterBody) r.entry.lsa.body();
            routers.put(r.id, new ReachedRouter(r.id, r.cost, List.copyOf(r.hops),
                    (body.flags() & LsaBody.RouterBody.FLAG_BORDER) != 0));
            for (RouterLink link : body.links()) {
                if (link.kind() != RouterLink.Kind.STUB) {
                    continue;
                }
                int length = Ipv4Prefix.lengthOfMask(link.linkData());
                if (length < 0) {
                    continue;
                }
                Ipv4Prefix prefix = Ipv4Prefix.containing(link.linkId(), length);
                List<NextHop> hops = r.id.equals(root) ? directHops(prefix) : r.hops;
                offer(routes, prefix, r.cost + link.metric(), hops);
            }
        }
        return new Result(routes, routers);
    }

    private void offer(Map<Ipv4Prefix, OspfRoute> routes, Ipv4Prefix prefix, int cost, List<NextHop> hops) {
        if (hops.isEmpty()) {
            return;
        }
        OspfRoute existing = routes.get(prefix);
        if (existing == null || cost < existing.cost()) {
            routes.put(prefix, new OspfRoute(prefix, false, area, cost, sortedCapped(hops)));
        } else if (cost == existing.cost()) {
            List<NextHop> merged = new ArrayList<>(existing.nextHops());
            for (NextHop hop : hops) {
                if (!merged.contains(hop)) {
                    merged.add(hop);
                }
            }
            routes.put(prefix, new OspfRoute(prefix, false, area, cost, sortedCapped(merged)));
        }
    }

    static List<NextHop> sortedCapped(List<NextHop> hops) {
        List<NextHop> sorted = new ArrayList<>(hops);
        sorted.sort(null);
        return sorted.size() > MAX_PATHS ? List.copyOf(sorted.subList(0, MAX_PATHS)) : sorted;
    }

    private List<NextHop> directHops(Ipv4Prefix prefix) {
        List<NextHop> hops = new ArrayList<>(1);
        for (int i = 0; i < ourAddresses.size(); i++) {
            if (prefix.contains(ourAddresses.get(i).address())) {
                hops.add(new NextHop(ourInterfaces.get(i), null));
            }
        }
        return hops;
    }

    private Vertex vertex(boolean network, Ipv4Address id, LsdbEntry entry) {
        long key = ((network ? 1L : 0L) << 32) | (id.bits() & 0xFFFF_FFFFL);
        Vertex v = vertices.get(key);
        if (v == null) {
            v = new Vertex(network, id, entry);
            vertices.put(key, v);
        }
        return v;
    }

    private static boolean hasLink(LsdbEntry router, RouterLink.Kind kind, Ipv4Address linkId) {
        for (RouterLink link : ((LsaBody.RouterBody) router.lsa.body()).links()) {
            if (link.kind() == kind && link.linkId().equals(linkId)) {
                return true;
            }
        }
        return false;
    }

    private void relax(PriorityQueue<Queued> queue, Vertex parent, Vertex w, int cost, RouterLink link) {
        if (w.done || cost > w.cost) {
            return;
        }
        List<NextHop> hops = nextHops(parent, w, link);
        if (cost < w.cost) {
            w.cost = cost;
            w.hops = new ArrayList<>(hops);
            queue.add(new Queued(cost, w));
        } else {
            for (NextHop hop : hops) {
                if (!w.hops.contains(hop)) {
                    w.hops.add(hop);
                }
            }
        }
    }

    /** 16.1.1: next hops from the root, from a network attached to the root, or inherited from the parent. */
    private List<NextHop> nextHops(Vertex parent, Vertex w, RouterLink link) {
        if (parent.id.equals(root) && !parent.network) {
            InterfaceName out = interfaceWithAddress(link.linkData());
            if (out == null) {
                return List.of();
            }
            if (w.network) {
                return List.of(new NextHop(out, null));
            }
            // Point-to-point: the neighbour's address is the Link Data of its link back to us.
            return List.of(new NextHop(out, neighborAddress(w.entry, link.linkData())));
        }
        if (parent.network && parentDirect(parent)) {
            Ipv4Address theirs = transitAddress(w.entry, parent.id);
            List<NextHop> hops = new ArrayList<>(parent.hops.size());
            for (NextHop hop : parent.hops) {
                hops.add(new NextHop(hop.outgoing(), theirs));
            }
            return hops;
        }
        return parent.hops;
    }

    private static boolean parentDirect(Vertex network) {
        for (NextHop hop : network.hops) {
            if (hop.isDirect()) {
                return true;
            }
        }
        return false;
    }

    private InterfaceName interfaceWithAddress(Ipv4Address address) {
        for (int i = 0; i < ourAddresses.size(); i++) {
            if (ourAddresses.get(i).address().equals(address)) {
                return ourInterfaces.get(i);
            }
        }
        return null;
    }

    private Ipv4Address neighborAddress(LsdbEntry neighbor, Ipv4Address ourAddress) {
        Ipv4Address any = null;
        for (RouterLink back : ((LsaBody.RouterBody) neighbor.lsa.body()).links()) {
            if (back.kind() == RouterLink.Kind.POINT_TO_POINT && back.linkId().equals(root)) {
                for (InterfaceAddress ours : ourAddresses) {
                    if (ours.address().equals(ourAddress) && ours.subnet().contains(back.linkData())) {
                        return back.linkData();
                    }
                }
                any = any == null ? back.linkData() : any;
            }
        }
        return any;
    }

    private static Ipv4Address transitAddress(LsdbEntry router, Ipv4Address networkId) {
        for (RouterLink link : ((LsaBody.RouterBody) router.lsa.body()).links()) {
            if (link.kind() == RouterLink.Kind.TRANSIT && link.linkId().equals(networkId)) {
                return link.linkData();
            }
        }
        return null;
    }
}
