package org.looplab.ospf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.looplab.net.InterfaceAddress;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.packets.DatabaseDescription;
import org.looplab.ospf.packets.Hello;
import org.looplab.ospf.packets.LinkStateAck;
import org.looplab.ospf.packets.LinkStateRequest;
import org.looplab.ospf.packets.LinkStateUpdate;
import org.looplab.ospf.packets.OspfPacket;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.routing.Rib;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.routing.RouterIdSelection;
import org.looplab.sim.Kernel;

/**
 * One {@code router ospf N} process: its configuration (router id, network statements, passive
 * interfaces, reference bandwidth, SPF throttle) and its state (interfaces, neighbours, areas and their
 * databases, SPF runs, the routes it put in the RIB). Configuration methods return null when applied,
 * otherwise IOS's message; those documented as notices apply the change and return what IOS prints.
 */
public final class OspfProcess {
    public static final int DISTANCE = 110;
    public static final long DEFAULT_REFERENCE_BANDWIDTH_MBPS = 100;
    public static final long MAX_REFERENCE_BANDWIDTH_MBPS = 4294967;
    public static final String ROUTER_ID_NOTICE =
            "% OSPF: Reload or use \"clear ip ospf process\" command, for this to take effect";
    public static final String REFERENCE_BANDWIDTH_NOTICE = "% OSPF: Reference bandwidth is changed.\n"
            + "        Please ensure reference bandwidth is consistent across all routers.";

    private final Ospf ospf;
    private final int processId;
    private final Router router;
    // configuration
    private Ipv4Address configuredRouterId;
    private final List<NetworkStatement> networks = new ArrayList<>();
    private boolean passiveDefault;
    private final TreeSet<InterfaceName> passiveExceptions = new TreeSet<>();
    private long referenceBandwidthMbps = DEFAULT_REFERENCE_BANDWIDTH_MBPS;
    private SpfThrottle spfThrottle = SpfThrottle.IOS_DEFAULT;
    // state
    private Ipv4Address routerId;
    private boolean running;
    private long startedNanos;
    private final TreeMap<AreaId, OspfArea> areas = new TreeMap<>();
    private final TreeMap<InterfaceName, OspfInterface> interfaces = new TreeMap<>();
    /** What the last run put in the RIB, sorted by prefix: arrays, not a map, to keep a router small. */
    private Ipv4Prefix[] installedPrefixes = new Ipv4Prefix[0];
    private RouteSource[] installedSources = new RouteSource[0];
    private final Map<AreaId, Map<Ipv4Prefix, Integer>> summaries = new HashMap<>();
    private int spfRuns;
    private long lastSpfNanos = -1;
    private final NeighborFsm fsm = new NeighborFsm(this);
    private final DatabaseExchange exchange = new DatabaseExchange(this);
    private final Flooding flooding = new Flooding(this);
    private final LsaOrigination origination = new LsaOrigination(this);
    private final LsaAging aging = new LsaAging(this);
    private final SpfScheduler spf = new SpfScheduler(this);
    private boolean wasAbr;

    /** The VRF whose interfaces and table the process uses ({@code router ospf N vrf NAME}); null: global. */
    private final String vrf;

    OspfProcess(Ospf ospf, int processId, String vrf) {
        this.ospf = ospf;
        this.processId = processId;
        this.router = ospf.router();
        this.vrf = vrf;
    }

    /** The VRF of {@code router ospf N vrf NAME}, or null for the global table. */
    public String vrf() {
        return vrf;
    }

    // ---- configuration ----

    public int processId() {
        return processId;
    }

    public Router router() {
        return router;
    }

    /** The {@code router-id} line, or null. */
    public Ipv4Address configuredRouterId() {
        return configuredRouterId;
    }

    /**
     * {@code router-id A.B.C.D}, or null for {@code no router-id}. With adjacencies up IOS keeps the old id
     * until {@code clear ip ospf process} and prints a notice, which this returns; otherwise the process
     * restarts with the new id at once and this returns null.
     */
    public String setRouterId(Ipv4Address id) {
        if (id != null && (id.equals(Ipv4Address.ANY) || id.isMulticast() || id.isReserved())) {
            return Ospf.INVALID_INPUT;
        }
        configuredRouterId = id;
        Ipv4Address wanted = RouterIdSelection.choose(id, router);
        if (wanted == null || wanted.equals(routerId)) {
            return null;
        }
        if (hasNeighbors()) {
            return ROUTER_ID_NOTICE;
        }
        restart(NeighborFsm.FORCED_RESET);
        return null;
    }

    /** {@code clear ip ospf process}: adjacencies reset, the router id is chosen again. */
    public void clear() {
        restart(NeighborFsm.FORCED_RESET);
    }

    public List<NetworkStatement> networks() {
        return List.copyOf(networks);
    }

    /**
     * {@code network ADDRESS WILDCARD area AREA}. The same range already in another area is refused with
     * IOS's message.
     */
    public String addNetwork(Ipv4Address address, Ipv4Address wildcard, AreaId area) {
        NetworkStatement statement = new NetworkStatement(address, wildcard, area);
        for (NetworkStatement existing : networks) {
            if (existing.sameRange(statement)) {
                if (existing.area().equals(area)) {
                    return null;
                }
                return "% OSPF: \"network " + statement.address() + " " + wildcard + " area " + area
                        + "\" is already configured with area " + existing.area();
            }
        }
        networks.add(statement);
        interfacesChanged();
        return null;
    }

    /** {@code no network ADDRESS WILDCARD area AREA}. */
    public String removeNetwork(Ipv4Address address, Ipv4Address wildcard, AreaId area) {
        NetworkStatement statement = new NetworkStatement(address, wildcard, area);
        boolean removed = networks.removeIf(existing -> existing.sameRange(statement) && existing.area().equals(area));
        if (removed) {
            interfacesChanged();
        }
        return null;
    }

    /** {@code passive-interface default} (true) or {@code no passive-interface default}. */
    public void setPassiveDefault(boolean passive) {
        if (passiveDefault != passive) {
            passiveDefault = passive;
            passiveExceptions.clear();
            for (OspfInterface each : new ArrayList<>(interfaces.values())) {
                interfaceParametersChanged(each.name());
            }
        }
    }

    public boolean passiveDefault() {
        return passiveDefault;
    }

    /** {@code passive-interface NAME} (true) or {@code no passive-interface NAME}. */
    public String setPassive(InterfaceName name, boolean passive) {
        if (name.isNull()) {
            return Ospf.INVALID_INPUT;
        }
        if (passive == passiveDefault) {
            passiveExceptions.remove(name);
        } else {
            passiveExceptions.add(name);
        }
        interfaceParametersChanged(name);
        return null;
    }

    public boolean isPassive(InterfaceName name) {
        return passiveDefault != passiveExceptions.contains(name);
    }

    /**
     * Interfaces whose passive setting differs from the default: with {@code passive-interface default}
     * they are the {@code no passive-interface NAME} lines, otherwise the {@code passive-interface NAME}
     * lines.
     */
    public List<InterfaceName> passiveExceptions() {
        return List.copyOf(passiveExceptions);
    }

    public long referenceBandwidthMbps() {
        return referenceBandwidthMbps;
    }

    /**
     * {@code auto-cost reference-bandwidth N} (1-4294967 Mbit/s); null for the default (100). A notice: IOS
     * applies it and reminds to keep it consistent.
     */
    public String setReferenceBandwidth(Long mbps) {
        long value = mbps == null ? DEFAULT_REFERENCE_BANDWIDTH_MBPS : mbps;
        if (value < 1 || value > MAX_REFERENCE_BANDWIDTH_MBPS) {
            return Ospf.INVALID_INPUT;
        }
        referenceBandwidthMbps = value;
        for (OspfInterface each : new ArrayList<>(interfaces.values())) {
            interfaceParametersChanged(each.name());
        }
        return mbps == null ? null : REFERENCE_BANDWIDTH_NOTICE;
    }

    public SpfThrottle spfThrottle() {
        return spfThrottle;
    }

    /** {@code timers throttle spf START HOLD MAX} (ms: 0-600000, 1-600000, 1-600000); null for the defaults. */
    public String setSpfThrottle(SpfThrottle throttle) {
        if (throttle == null) {
            spfThrottle = SpfThrottle.IOS_DEFAULT;
            return null;
        }
        if (throttle.startMillis() < 0 || throttle.startMillis() > SpfThrottle.MAX_MILLIS
                || throttle.holdMillis() < 1 || throttle.holdMillis() > SpfThrottle.MAX_MILLIS
                || throttle.maxMillis() < 1 || throttle.maxMillis() > SpfThrottle.MAX_MILLIS) {
            return Ospf.INVALID_INPUT;
        }
        spfThrottle = throttle;
        return null;
    }

    // ---- state for show commands ----

    /** The router id in use, or null when the process cannot run (no address to take one from). */
    public Ipv4Address routerId() {
        return routerId;
    }

    public boolean isRunning() {
        return running;
    }

    /** When the process started (virtual nanoseconds), for {@code show ip ospf}'s uptime. */
    public long startedNanos() {
        return startedNanos;
    }

    /** An area border router: attached to two areas or more with an interface up (RFC 2328 3.3). */
    public boolean isAbr() {
        int active = 0;
        for (OspfArea area : areas.values()) {
            if (area.isActive()) {
                active++;
            }
        }
        return active >= 2;
    }

    public List<OspfArea> areas() {
        return List.copyOf(areas.values());
    }

    public OspfArea area(AreaId id) {
        return areas.get(id);
    }

    /** The OSPF interfaces by name ({@code show ip ospf interface}). */
    public List<OspfInterface> interfaces() {
        return List.copyOf(interfaces.values());
    }

    public OspfInterface ospfInterface(InterfaceName name) {
        return interfaces.get(name);
    }

    /** Every neighbour, by interface then router id order of discovery ({@code show ip ospf neighbor}). */
    public List<Neighbor> neighbors() {
        List<Neighbor> all = new ArrayList<>();
        for (OspfInterface each : interfaces.values()) {
            all.addAll(each.neighbors.values());
        }
        return all;
    }

    /** Total SPF runs of the process (each run covers every area). */
    public int spfRuns() {
        return spfRuns;
    }

    /** Virtual time of the last SPF run, -1 when none yet. */
    public long lastSpfNanos() {
        return lastSpfNanos;
    }

    /** Virtual time the next SPF run is scheduled for, -1 when none is. */
    public long spfDueNanos() {
        return spf.dueNanos();
    }

    /**
     * {@code show ip protocols}' "Routing Information Sources": the routers whose router-LSAs we hold (not
     * ours) and when their current instance arrived, by router id.
     */
    public Map<Ipv4Address, Long> informationSources() {
        TreeMap<Ipv4Address, Long> sources = new TreeMap<>();
        for (OspfArea area : areas.values()) {
            for (LsdbEntry entry : area.lsdb.all()) {
                if (entry.lsa.type() == LsaType.ROUTER && !entry.lsa.isMaxAge()
                        && !entry.lsa.advertisingRouter().equals(routerId)) {
                    sources.merge(entry.lsa.advertisingRouter(), entry.installedNanos, Math::max);
                }
            }
        }
        return sources;
    }

    // ---- collaborators ----

    Ospf ospf() {
        return ospf;
    }

    Kernel kernel() {
        return router.kernel();
    }

    NeighborFsm fsm() {
        return fsm;
    }

    DatabaseExchange exchange() {
        return exchange;
    }

    Flooding flooding() {
        return flooding;
    }

    LsaOrigination origination() {
        return origination;
    }

    LsaAging aging() {
        return aging;
    }

    SpfScheduler spf() {
        return spf;
    }

    boolean hasArea(OspfArea area) {
        return areas.get(area.id) == area;
    }

    List<OspfArea> areaList() {
        return new ArrayList<>(areas.values());
    }

    Map<Ipv4Prefix, Integer> summariesFor(OspfArea area) {
        return summaries.getOrDefault(area.id, Map.of());
    }

    private boolean hasNeighbors() {
        for (OspfInterface each : interfaces.values()) {
            if (!each.neighbors.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    // ---- life cycle ----

    void start() {
        running = false;
        routerId = RouterIdSelection.choose(configuredRouterId, router);
        if (routerId == null) {
            return; // IOS: %OSPF-4-NORTRID; the process starts once an interface has an address
        }
        running = true;
        startedNanos = kernel().now();
        interfacesChanged();
    }

    void stop() {
        // Flush our LSAs first (14.1), while the adjacencies can still carry them.
        for (OspfArea area : areas.values()) {
            for (LsaKey key : new ArrayList<>(area.own)) {
                LsdbEntry entry = area.lsdb.get(key);
                if (entry != null && !entry.lsa.isMaxAge()) {
                    flooding.flush(area, entry);
                }
            }
        }
        for (OspfInterface each : interfaces.values()) {
            each.flush(); // the MaxAge copies leave now, before the interfaces go down
        }
        stopWith(NeighborFsm.INTERFACE_DOWN);
    }

    private void stopWith(String reason) {
        for (OspfInterface each : interfaces.values()) {
            each.down(reason);
        }
        running = false;
        interfaces.clear();
        for (OspfArea area : areas.values()) {
            if (area.syncEvent != null) {
                area.syncEvent.cancel();
            }
        }
        areas.clear();
        summaries.clear();
        spf.stop();
        aging.stop();
        Rib rib = router.rib(vrf);
        for (int i = 0; i < installedPrefixes.length; i++) {
            rib.remove(installedPrefixes[i], installedSources[i]);
        }
        installedPrefixes = new Ipv4Prefix[0];
        installedSources = new RouteSource[0];
    }

    private void restart(String reason) {
        stopWith(reason);
        start();
    }

    /** Brings the set of OSPF interfaces in line with the configuration and the router's interfaces. */
    void interfacesChanged() {
        if (!running) {
            start();
            return;
        }
        Map<InterfaceName, AreaId> wanted = new LinkedHashMap<>();
        Map<InterfaceName, Boolean> viaConfig = new HashMap<>();
        for (Interface candidate : router.interfaces()) {
            if (candidate.address() == null || !java.util.Objects.equals(candidate.vrf(), vrf)) {
                continue; // a process runs on the interfaces of its own VRF only
            }
            OspfInterfaceSettings settings = ospf.settings(candidate.name());
            AreaId area = null;
            if (settings.processId() == processId) {
                area = settings.area();
                viaConfig.put(candidate.name(), true);
            } else if (settings.processId() == 0) {
                // The first network statement that matches, in configuration order.
                for (NetworkStatement statement : networks) {
                    if (statement.matches(candidate.address().address())) {
                        area = statement.area();
                        break;
                    }
                }
                viaConfig.put(candidate.name(), false);
            }
            if (area != null) {
                wanted.put(candidate.name(), area);
            }
        }
        for (OspfInterface existing : new ArrayList<>(interfaces.values())) {
            AreaId area = wanted.get(existing.name());
            Interface current = router.interfaceNamed(existing.name());
            boolean keep = area != null && area.equals(existing.area.id) && current == existing.iface
                    && existing.address.equals(current.address())
                    && viaConfig.get(existing.name()) == existing.viaInterfaceConfig;
            if (!keep) {
                existing.down(NeighborFsm.INTERFACE_DOWN);
                interfaces.remove(existing.name());
                existing.area.interfaces.remove(existing);
                origination.requestSync(existing.area);
            }
        }
        for (Map.Entry<InterfaceName, AreaId> entry : wanted.entrySet()) {
            if (interfaces.containsKey(entry.getKey())) {
                continue;
            }
            OspfArea area = areas.computeIfAbsent(entry.getValue(), OspfArea::new);
            OspfInterface created = new OspfInterface(this, area, router.interfaceNamed(entry.getKey()),
                    viaConfig.get(entry.getKey()));
            interfaces.put(entry.getKey(), created);
            area.interfaces.add(created);
            area.interfaces.sort((a, b) -> a.name().compareTo(b.name()));
        }
        for (OspfInterface each : interfaces.values()) {
            if (each.iface.isProtocolUp()) {
                each.up();
            } else {
                each.down(NeighborFsm.INTERFACE_DOWN);
            }
        }
        areas.values().removeIf(area -> {
            if (area.interfaces.isEmpty()) {
                if (area.syncEvent != null) {
                    area.syncEvent.cancel();
                }
                summaries.remove(area.id);
                return true;
            }
            return false;
        });
        abrStatusMayHaveChanged();
        spf.schedule();
    }

    private void abrStatusMayHaveChanged() {
        boolean abr = isAbr();
        if (abr != wasAbr) {
            wasAbr = abr;
            for (OspfArea area : areas.values()) {
                origination.requestSync(area);
            }
            spf.schedule();
        }
    }

    /** An {@code ip ospf} line, a passive setting or the reference bandwidth changed for one interface. */
    void interfaceParametersChanged(InterfaceName name) {
        OspfInterface existing = interfaces.get(name);
        if (existing == null) {
            return;
        }
        boolean wasPassive = existing.passive;
        int oldPriority = existing.priority;
        boolean typeChanged = existing.applySettings();
        if (typeChanged || wasPassive != existing.passive) {
            // IOS resets the interface: adjacencies go, hellos start again.
            existing.down(NeighborFsm.INTERFACE_DOWN);
            if (existing.iface.isProtocolUp()) {
                existing.up();
            }
        } else if (oldPriority != existing.priority) {
            existing.neighborChange();
        }
        origination.requestSync(existing.area);
    }

    void adjacencyChanged(Neighbor neighbor, NeighborState from, NeighborState to) {
        // nothing more for now: the FSM already asked for the LSAs to follow
    }

    // ---- packets ----

    /** A packet for this process when it arrived on one of its interfaces; true when it was ours. */
    boolean receive(Interface in, Ipv4Address source, Ipv4Address destination, OspfPacket packet) {
        OspfInterface iface = interfaces.get(in.name());
        if (iface == null || !running || !iface.isUp() || iface.passive) {
            return false;
        }
        if (!packet.areaId().equals(iface.area.id.asAddress())) {
            return false; // IOS: "%OSPF-4-ERRRCV: Received invalid packet: mismatched area ID"
        }
        if (packet instanceof Hello hello) {
            iface.receiveHello(source, hello);
            return true;
        }
        Neighbor neighbor = iface.neighbors.get(packet.routerId());
        if (neighbor == null) {
            return true;
        }
        if (packet instanceof DatabaseDescription dd) {
            exchange.receive(neighbor, dd);
        } else if (packet instanceof LinkStateRequest request) {
            exchange.receiveRequest(neighbor, request);
        } else if (packet instanceof LinkStateUpdate update) {
            flooding.receiveUpdate(neighbor, update);
        } else if (packet instanceof LinkStateAck ack) {
            flooding.receiveAck(neighbor, ack);
        }
        return true;
    }

    // ---- routing table (RFC 2328 16) ----

    /**
     * Runs the routing table calculation now, whatever the throttle: SPF in every area, inter-area routes,
     * then the RIB and (on an ABR) the summaries follow. The throttle calls it; tests and benchmarks may too.
     */
    public void runSpf() {
        if (!running) {
            return;
        }
        long now = kernel().now();
        spfRuns++;
        lastSpfNanos = now;
        boolean abr = isAbr();
        Map<AreaId, SpfCalculation.Result> results = new TreeMap<>();
        Map<Ipv4Prefix, OspfRoute> table = new HashMap<>();
        for (OspfArea area : areas.values()) {
            List<InterfaceAddress> addresses = new ArrayList<>();
            List<InterfaceName> names = new ArrayList<>();
            for (OspfInterface each : area.interfaces) {
                if (each.isUp()) {
                    addresses.add(each.address);
                    names.add(each.name());
                }
            }
            SpfCalculation.Result result = SpfCalculation.run(area.lsdb, routerId, area.id, addresses, names);
            area.spfRuns++;
            area.lastSpfNanos = now;
            results.put(area.id, result);
            if (table.isEmpty()) {
                // Merging into an empty table keeps every route as it is: take the area's map itself.
                table = result.routes();
                continue;
            }
            for (OspfRoute route : result.routes().values()) {
                merge(table, route);
            }
        }
        // 16.2: an ABR looks only at the backbone's summaries.
        for (OspfArea area : areas.values()) {
            if (abr && !area.id.isBackbone()) {
                continue;
            }
            SpfCalculation.Result result = results.get(area.id);
            for (LsdbEntry entry : area.lsdb.summaries()) {
                Lsa lsa = entry.lsa;
                if (lsa.isMaxAge() || lsa.advertisingRouter().equals(routerId)) {
                    continue;
                }
                LsaBody.SummaryBody body = (LsaBody.SummaryBody) lsa.body();
                if (body.metric() >= LsaOrigination.LS_INFINITY) {
                    continue;
                }
                SpfCalculation.ReachedRouter border = result.routers().get(lsa.advertisingRouter());
                if (border == null || border.nextHops().isEmpty()) {
                    continue;
                }
                int length = Ipv4Prefix.lengthOfMask(body.mask());
                if (length < 0) {
                    continue;
                }
                Ipv4Prefix prefix = Ipv4Prefix.containing(lsa.linkStateId(), length);
                OspfRoute existing = table.get(prefix);
                if (existing != null && !existing.interArea()) {
                    continue;
                }
                merge(table, new OspfRoute(prefix, true, area.id, border.cost() + body.metric(), border.nextHops()));
            }
        }
        install(table);
        updateSummaries(abr, table);
    }

    /** Intra-area beats inter-area (16.4); then the lower cost; equal costs add their next hops. */
    private static void merge(Map<Ipv4Prefix, OspfRoute> table, OspfRoute route) {
        OspfRoute existing = table.get(route.prefix());
        if (existing == null) {
            table.put(route.prefix(), route);
            return;
        }
        if (existing.interArea() != route.interArea()) {
            if (!route.interArea()) {
                table.put(route.prefix(), route);
            }
            return;
        }
        if (route.cost() < existing.cost()) {
            table.put(route.prefix(), route);
        } else if (route.cost() == existing.cost() && !existing.isDirect()) {
            if (route.isDirect()) {
                table.put(route.prefix(), route);
                return;
            }
            List<NextHop> hops = new ArrayList<>(existing.nextHops());
            for (NextHop hop : route.nextHops()) {
                if (!hops.contains(hop)) {
                    hops.add(hop);
                }
            }
            table.put(route.prefix(), new OspfRoute(existing.prefix(), existing.interArea(), existing.area(),
                    existing.cost(), SpfCalculation.sortedCapped(hops)));
        }
    }

    /** Puts the table in the RIB as {@code O} and {@code O IA} routes, [110/cost]; our own networks stay connected. */
    private void install(Map<Ipv4Prefix, OspfRoute> table) {
        Rib rib = router.rib(vrf);
        int kept = 0;
        for (int i = 0; i < installedPrefixes.length; i++) {
            OspfRoute route = table.get(installedPrefixes[i]);
            if (route == null || route.isDirect() || sourceOf(route) != installedSources[i]) {
                rib.remove(installedPrefixes[i], installedSources[i]);
            } else {
                kept++;
            }
        }
        // Most routes survive a run unchanged: only the others are built and offered, in the table's own
        // iteration order (deterministic: the prefixes' hashes are their values); sorting them by prefix
        // on every run cost more than the rest of the installation.
        List<OspfRoute> changed = new ArrayList<>();
        int count = 0;
        for (OspfRoute route : table.values()) {
            if (!route.isDirect()) {
                count++;
                if (!alreadyInstalled(rib, route, sourceOf(route))) {
                    changed.add(route);
                }
            }
        }
        for (OspfRoute route : changed) {
            RouteSource source = sourceOf(route);
            List<Route> paths = new ArrayList<>(route.nextHops().size());
            for (NextHop hop : route.nextHops()) {
                if (!hop.isDirect()) {
                    paths.add(new Route(route.prefix(), source, DISTANCE, route.cost(), hop.address(), hop.outgoing()));
                }
            }
            rib.replace(route.prefix(), source, paths);
        }
        if (kept == installedPrefixes.length && count == kept) {
            return; // the same prefixes from the same sources: the arrays stay as they are
        }
        Ipv4Prefix[] prefixes = new Ipv4Prefix[count];
        RouteSource[] sources = new RouteSource[count];
        int at = 0;
        for (OspfRoute route : table.values()) {
            if (!route.isDirect()) {
                prefixes[at] = route.prefix();
                sources[at++] = sourceOf(route);
            }
        }
        installedPrefixes = prefixes;
        installedSources = sources;
    }

    /**
     * True when the RIB's candidates of {@code source} for the route's prefix are exactly the paths
     * {@link #install} would offer, in the same order: replacing them would change nothing.
     */
    private static boolean alreadyInstalled(Rib rib, OspfRoute route, RouteSource source) {
        List<Route> candidates = rib.candidates(route.prefix());
        int at = 0;
        int size = candidates.size();
        for (NextHop hop : route.nextHops()) {
            if (hop.isDirect()) {
                continue;
            }
            while (at < size && candidates.get(at).source() != source) {
                at++;
            }
            if (at == size) {
                return false;
            }
            Route installed = candidates.get(at++);
            if (installed.distance() != DISTANCE || installed.metric() != route.cost()
                    || !java.util.Objects.equals(installed.nextHop(), hop.address())
                    || !java.util.Objects.equals(installed.outgoing(), hop.outgoing())) {
                return false;
            }
        }
        while (at < size) {
            if (candidates.get(at++).source() == source) {
                return false;
            }
        }
        return true;
    }

    private static RouteSource sourceOf(OspfRoute route) {
        return route.interArea() ? RouteSource.OSPF_INTER_AREA : RouteSource.OSPF;
    }

    /**
     * 12.4.3: an ABR summarizes into each area the intra-area routes of its other areas, and into the
     * non-backbone areas the inter-area routes it learned over the backbone.
     */
    private void updateSummaries(boolean abr, Map<Ipv4Prefix, OspfRoute> table) {
        for (OspfArea area : areas.values()) {
            Map<Ipv4Prefix, Integer> wanted = new HashMap<>();
            if (abr) {
                for (OspfRoute route : table.values()) {
                    if (route.area().equals(area.id)) {
                        continue;
                    }
                    if (route.interArea() && area.id.isBackbone()) {
                        continue;
                    }
                    wanted.put(route.prefix(), route.cost());
                }
            }
            Map<Ipv4Prefix, Integer> before = summaries.getOrDefault(area.id, Map.of());
            if (!before.equals(wanted)) {
                if (wanted.isEmpty()) {
                    summaries.remove(area.id);
                } else {
                    summaries.put(area.id, wanted);
                }
                origination.requestSync(area);
            }
        }
    }
}
