package org.looplab.ospf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.looplab.net.InterfaceAddress;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;

/**
 * The shortest-path tree of one area (RFC 2328 16.1) by Dijkstra over the router- and network-LSAs, with
 * the two-way check on every link and equal-cost next hops merged (16.1.1), then the stub networks added
 * to the tree's routers, then (16.2) the type-3 summaries through the area's border routers. Network
 * vertices are taken before router vertices at equal distance, as step 3 of 16.1 asks.
 *
 * <p>Vertices live in int-indexed arrays (found through an open-addressing table keyed by type and id),
 * and the candidate list is a binary heap of vertex indices with decrease-key, ordered by (distance,
 * network first, id): a total order, so vertices leave the candidate list in the same order whatever the
 * heap's shape, and the next hops come out the same run after run.
 */
public final class SpfCalculation {
    /**
     * Equal-cost paths kept by the calculation: IOS's {@code maximum-paths} ceiling; the process installs
     * as many as its own {@code maximum-paths} says (4 by default).
     */
    public static final int MAX_PATHS = 32;

    /** A router reached by the calculation: its distance and next hops (for ABRs, ASBRs and summaries). */
    public record ReachedRouter(Ipv4Address routerId, int cost, List<NextHop> nextHops, boolean border,
                                boolean asBoundary) {
    }

    /** The intra-area routes and the routers of the tree (the latter built when first asked for). */
    public static final class Result {
        private final Map<Ipv4Prefix, OspfRoute> routes;
        private SpfCalculation calculation;
        private Map<Ipv4Address, ReachedRouter> routers;

        Result(Map<Ipv4Prefix, OspfRoute> routes, SpfCalculation calculation) {
            this.routes = routes;
            this.calculation = calculation;
        }

        public Map<Ipv4Prefix, OspfRoute> routes() {
            return routes;
        }

        public Map<Ipv4Address, ReachedRouter> routers() {
            if (routers == null) {
                routers = calculation == null ? new HashMap<>() : calculation.reachedRouters();
                calculation = null;
            }
            return routers;
        }
    }

    private final Lsdb lsdb;
    private final Ipv4Address root;
    private final AreaId area;
    private final List<InterfaceAddress> ourAddresses;
    private final List<InterfaceName> ourInterfaces;

    // ---- vertices, by index ----
    private int count;
    private long[] keys;
    private LsdbEntry[] entries;
    private int[] cost;
    private boolean[] done;
    @SuppressWarnings("unchecked")
    private List<NextHop>[] hops;
    /** Open addressing: slot -> vertex index + 1 (0 empty). */
    private int[] table;
    private int tableMask;

    // ---- candidate list: binary heap of vertex indices ----
    private int[] heap;
    private int[] heapPos; // index in heap + 1, 0 when not queued
    private int heapSize;

    /** The vertices in the order they joined the tree. */
    private int[] tree;
    private int treeSize;

    private SpfCalculation(Lsdb lsdb, Ipv4Address root, AreaId area, List<InterfaceAddress> ourAddresses,
                           List<InterfaceName> ourInterfaces) {
        this.lsdb = lsdb;
        this.root = root;
        this.area = area;
        this.ourAddresses = ourAddresses;
        this.ourInterfaces = ourInterfaces;
        int capacity = Math.max(16, lsdb.size() + 1);
        keys = new long[capacity];
        entries = new LsdbEntry[capacity];
        cost = new int[capacity];
        done = new boolean[capacity];
        hops = newHopsArray(capacity);
        heap = new int[capacity];
        heapPos = new int[capacity];
        tree = new int[capacity];
        int slots = Integer.highestOneBit(capacity * 2 - 1) << 1;
        table = new int[slots];
        tableMask = slots - 1;
    }

    @SuppressWarnings("unchecked")
    private static List<NextHop>[] newHopsArray(int size) {
        return (List<NextHop>[]) new List[size];
    }

    /**
     * Runs the calculation for one area. {@code ourAddresses} and {@code ourInterfaces} (same order) are the
     * root's interfaces in the area, from which next hops get their outgoing interface.
     */
    public static Result run(Lsdb lsdb, Ipv4Address root, AreaId area, List<InterfaceAddress> ourAddresses,
                             List<InterfaceName> ourInterfaces) {
        return new SpfCalculation(lsdb, root, area, ourAddresses, ourInterfaces).compute();
    }

    private static boolean isNetwork(long key) {
        return (key >>> 32) != 0;
    }

    private static int idBits(long key) {
        return (int) key;
    }

    private Result compute() {
        Map<Ipv4Prefix, OspfRoute> routes = new HashMap<>(Math.max(16, lsdb.size() * 2));
        LsdbEntry rootEntry = lsdb.router(root);
        if (rootEntry == null || rootEntry.lsa.isMaxAge()) {
            return new Result(routes, null);
        }
        int start = vertex(false, root.bits(), rootEntry);
        cost[start] = 0;
        hops[start] = new ArrayList<>(1);
        push(start);
        int rootBits = root.bits();
        while (heapSize > 0) {
            int v = pop();
            done[v] = true;
            tree[treeSize++] = v;
            LsaLinks links = entries[v].lsa.links();
            int vId = idBits(keys[v]);
            if (isNetwork(keys[v])) {
                int[] attached = links.attached;
                for (int i = 0; i < attached.length; i++) {
                    LsdbEntry w = lsdb.routerById(attached[i]);
                    if (w == null || w.lsa.isMaxAge() || !hasLink(w, LsaLinks.TRANSIT, vId)) {
                        continue;
                    }
                    relax(v, vertex(false, attached[i], w), cost[v], -1, rootBits);
                }
            } else {
                int[] kind = links.kind;
                for (int i = 0; i < kind.length; i++) {
                    switch (kind[i]) {
                        case LsaLinks.P2P -> {
                            LsdbEntry w = lsdb.routerById(links.linkId[i]);
                            if (w != null && !w.lsa.isMaxAge() && hasLink(w, LsaLinks.P2P, vId)) {
                                relax(v, vertex(false, links.linkId[i], w), cost[v] + links.metric[i], links.linkData[i],
                                        rootBits);
                            }
                        }
                        case LsaLinks.TRANSIT -> {
                            LsdbEntry w = lsdb.networkById(links.linkId[i]);
                            if (w != null && !w.lsa.isMaxAge() && attachedTo(w, vId)) {
                                relax(v, vertex(true, links.linkId[i], w), cost[v] + links.metric[i], links.linkData[i],
                                        rootBits);
                            }
                        }
                        default -> { }
                    }
                }
            }
        }
        // Transit networks are destinations themselves (16.1 step 4 adds them to the routing table).
        for (int t = 0; t < treeSize; t++) {
            int n = tree[t];
            if (!isNetwork(keys[n])) {
                continue;
            }
            Ipv4Prefix prefix = entries[n].lsa.links().networkPrefix;
            if (prefix == null) {
                LsaBody.NetworkBody body = (LsaBody.NetworkBody) entries[n].lsa.body();
                prefix = Ipv4Prefix.containing(new Ipv4Address(idBits(keys[n])), Ipv4Prefix.lengthOfMask(body.mask()));
            }
            offer(routes, prefix, cost[n], hops[n]);
        }
        // 16.1 stage 2: the stub links of every router in the tree.
        for (int t = 0; t < treeSize; t++) {
            int r = tree[t];
            if (isNetwork(keys[r])) {
                continue;
            }
            LsaLinks links = entries[r].lsa.links();
            Ipv4Prefix[] stubs = links.stubPrefix;
            for (int i = 0; i < stubs.length; i++) {
                Ipv4Prefix prefix = stubs[i];
                if (prefix == null) {
                    continue; // not a stub, or a mask with holes
                }
                List<NextHop> via = idBits(keys[r]) == rootBits ? directHops(prefix) : hops[r];
                offer(routes, prefix, cost[r] + links.metric[i], via);
            }
        }
        return new Result(routes, this);
    }

    /** The routers of the tree, with their distance and next hops, by router id. */
    private Map<Ipv4Address, ReachedRouter> reachedRouters() {
        Map<Ipv4Address, ReachedRouter> routers = new HashMap<>();
        for (int t = 0; t < treeSize; t++) {
            int r = tree[t];
            if (isNetwork(keys[r])) {
                continue;
            }
            LsaBody.RouterBody body = (LsaBody.RouterBody) entries[r].lsa.body();
            Ipv4Address id = new Ipv4Address(idBits(keys[r]));
            routers.put(id, new ReachedRouter(id, cost[r], List.copyOf(hops[r]),
                    (body.flags() & LsaBody.RouterBody.FLAG_BORDER) != 0,
                    (body.flags() & LsaBody.RouterBody.FLAG_EXTERNAL) != 0));
        }
        return routers;
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
        if (hops.size() == 1) {
            return List.of(hops.get(0));
        }
        NextHop[] sorted = hops.toArray(new NextHop[0]);
        Arrays.sort(sorted);
        return sorted.length > MAX_PATHS ? List.of(Arrays.copyOf(sorted, MAX_PATHS)) : List.of(sorted);
    }

    private List<NextHop> directHops(Ipv4Prefix prefix) {
        List<NextHop> direct = new ArrayList<>(1);
        for (int i = 0; i < ourAddresses.size(); i++) {
            if (prefix.contains(ourAddresses.get(i).address())) {
                direct.add(new NextHop(ourInterfaces.get(i), null));
            }
        }
        return direct;
    }

    // ---- vertices ----

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    private int vertex(boolean network, int idBits, LsdbEntry entry) {
        long key = ((network ? 1L : 0L) << 32) | (idBits & 0xFFFF_FFFFL);
        int slot = mix(key) & tableMask;
        while (true) {
            int found = table[slot];
            if (found == 0) {
                break;
            }
            if (keys[found - 1] == key) {
                return found - 1;
            }
            slot = (slot + 1) & tableMask;
        }
        if (count == keys.length) {
            grow();
            return vertex(network, idBits, entry);
        }
        int v = count++;
        keys[v] = key;
        entries[v] = entry;
        cost[v] = Integer.MAX_VALUE;
        table[slot] = v + 1;
        return v;
    }

    private void grow() {
        int capacity = keys.length * 2;
        keys = Arrays.copyOf(keys, capacity);
        entries = Arrays.copyOf(entries, capacity);
        cost = Arrays.copyOf(cost, capacity);
        done = Arrays.copyOf(done, capacity);
        hops = Arrays.copyOf(hops, capacity);
        heap = Arrays.copyOf(heap, capacity);
        heapPos = Arrays.copyOf(heapPos, capacity);
        tree = Arrays.copyOf(tree, capacity);
        int slots = Integer.highestOneBit(capacity * 2 - 1) << 1;
        table = new int[slots];
        tableMask = slots - 1;
        for (int v = 0; v < count; v++) {
            int slot = mix(keys[v]) & tableMask;
            while (table[slot] != 0) {
                slot = (slot + 1) & tableMask;
            }
            table[slot] = v + 1;
        }
    }

    private static boolean hasLink(LsdbEntry router, int kind, int linkIdBits) {
        LsaLinks links = router.lsa.links();
        int[] kinds = links.kind;
        int[] ids = links.linkId;
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == kind && ids[i] == linkIdBits) {
                return true;
            }
        }
        return false;
    }

    private static boolean attachedTo(LsdbEntry network, int routerBits) {
        int[] attached = network.lsa.links().attached;
        for (int i = 0; i < attached.length; i++) {
            if (attached[i] == routerBits) {
                return true;
            }
        }
        return false;
    }

    /** {@code linkData} is the Link Data of the router link followed (our address when the parent is the root). */
    private void relax(int parent, int w, int newCost, int linkData, int rootBits) {
        if (done[w] || newCost > cost[w]) {
            return;
        }
        List<NextHop> via = nextHops(parent, w, linkData, rootBits);
        if (newCost < cost[w]) {
            cost[w] = newCost;
            hops[w] = new ArrayList<>(via);
            if (heapPos[w] == 0) {
                push(w);
            } else {
                siftUp(heapPos[w] - 1);
            }
        } else {
            List<NextHop> current = hops[w];
            for (int i = 0, n = via.size(); i < n; i++) {
                NextHop hop = via.get(i);
                if (!current.contains(hop)) {
                    current.add(hop);
                }
            }
        }
    }

    /** 16.1.1: next hops from the root, from a network attached to the root, or inherited from the parent. */
    private List<NextHop> nextHops(int parent, int w, int linkData, int rootBits) {
        boolean parentNetwork = isNetwork(keys[parent]);
        if (!parentNetwork && idBits(keys[parent]) == rootBits) {
            InterfaceName out = interfaceWithAddress(linkData);
            if (out == null) {
                return List.of();
            }
            if (isNetwork(keys[w])) {
                return List.of(new NextHop(out, null));
            }
            // Point-to-point: the neighbour's address is the Link Data of its link back to us.
            return List.of(new NextHop(out, neighborAddress(entries[w], linkData)));
        }
        List<NextHop> parentHops = hops[parent];
        if (parentNetwork && parentDirect(parentHops)) {
            Ipv4Address theirs = transitAddress(entries[w], idBits(keys[parent]));
            List<NextHop> result = new ArrayList<>(parentHops.size());
            for (NextHop hop : parentHops) {
                result.add(new NextHop(hop.outgoing(), theirs));
            }
            return result;
        }
        return parentHops;
    }

    private static boolean parentDirect(List<NextHop> networkHops) {
        for (int i = 0, n = networkHops.size(); i < n; i++) {
            if (networkHops.get(i).isDirect()) {
                return true;
            }
        }
        return false;
    }

    private InterfaceName interfaceWithAddress(int addressBits) {
        for (int i = 0; i < ourAddresses.size(); i++) {
            if (ourAddresses.get(i).address().bits() == addressBits) {
                return ourInterfaces.get(i);
            }
        }
        return null;
    }

    private Ipv4Address neighborAddress(LsdbEntry neighbor, int ourAddressBits) {
        Ipv4Address any = null;
        for (RouterLink back : ((LsaBody.RouterBody) neighbor.lsa.body()).links()) {
            if (back.kind() == RouterLink.Kind.POINT_TO_POINT && back.linkId().equals(root)) {
                for (InterfaceAddress ours : ourAddresses) {
                    if (ours.address().bits() == ourAddressBits && ours.subnet().contains(back.linkData())) {
                        return back.linkData();
                    }
                }
                any = any == null ? back.linkData() : any;
            }
        }
        return any;
    }

    private static Ipv4Address transitAddress(LsdbEntry router, int networkIdBits) {
        for (RouterLink link : ((LsaBody.RouterBody) router.lsa.body()).links()) {
            if (link.kind() == RouterLink.Kind.TRANSIT && link.linkId().bits() == networkIdBits) {
                return link.linkData();
            }
        }
        return null;
    }

    // ---- the candidate list ----

    /** True when vertex a comes out before b: lower distance, then networks first, then lower id. */
    private boolean before(int a, int b) {
        if (cost[a] != cost[b]) {
            return cost[a] < cost[b];
        }
        boolean na = isNetwork(keys[a]);
        if (na != isNetwork(keys[b])) {
            return na;
        }
        return Integer.compareUnsigned(idBits(keys[a]), idBits(keys[b])) < 0;
    }

    private void push(int v) {
        heap[heapSize] = v;
        heapPos[v] = heapSize + 1;
        siftUp(heapSize++);
    }

    private int pop() {
        int top = heap[0];
        heapPos[top] = 0;
        int last = heap[--heapSize];
        if (heapSize > 0) {
            heap[0] = last;
            heapPos[last] = 1;
            siftDown(0);
        }
        return top;
    }

    private void siftUp(int at) {
        int v = heap[at];
        while (at > 0) {
            int up = (at - 1) >>> 1;
            int parent = heap[up];
            if (!before(v, parent)) {
                break;
            }
            heap[at] = parent;
            heapPos[parent] = at + 1;
            at = up;
        }
        heap[at] = v;
        heapPos[v] = at + 1;
    }

    private void siftDown(int at) {
        int v = heap[at];
        int half = heapSize >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int right = child + 1;
            if (right < heapSize && before(heap[right], heap[child])) {
                child = right;
            }
            if (!before(heap[child], v)) {
                break;
            }
            heap[at] = heap[child];
            heapPos[heap[at]] = at + 1;
            at = child;
        }
        heap[at] = v;
        heapPos[v] = at + 1;
    }
}
