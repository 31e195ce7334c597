package org.looplab.ospf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
import org.looplab.ospf.packets.OspfMessage;
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
    private final java.util.EnumMap<Redistribution.Source, Redistribution> redistributions =
            new java.util.EnumMap<>(Redistribution.Source.class);
    private DefaultInformation defaultInformation;
    private final TreeMap<AreaId, AreaSettings> areaSettings = new TreeMap<>();
    private AdjacencyLogging adjacencyLogging = AdjacencyLogging.ON;
    private int maximumPaths = DEFAULT_MAXIMUM_PATHS;
    private int intraAreaDistance = DISTANCE;
    private int interAreaDistance = DISTANCE;
    private int externalDistance = DISTANCE;
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
    /** Type-4 summaries an ABR originates per area: ASBR router id -> cost. */
    private final Map<AreaId, Map<Ipv4Address, Integer>> boundarySummaries = new HashMap<>();
    /** The external routes of the last calculation, for {@code show ip route}'s forward metric. */
    private Map<Ipv4Prefix, OspfRoute> externalRoutes = Map.of();
    private Map<Ipv4Prefix, LsaBody.ExternalBody> translations = Map.of();
    private int spfRuns;
    private long lastSpfNanos = -1;
    private final NeighborFsm fsm = new NeighborFsm(this);
    private final DatabaseExchange exchange = new DatabaseExchange(this);
    private final Flooding flooding = new Flooding(this);
    private final LsaOrigination origination = new LsaOrigination(this);
    private final LsaAging aging = new LsaAging(this);
    private final SpfScheduler spf = new SpfScheduler(this);
    private boolean wasAbr;
    public static final String CLASSFUL_NOTICE = "% Only classful networks will be redistributed";
    public static final int DEFAULT_MAXIMUM_PATHS = 4;

    /** {@code [no] log-adjacency-changes [detail]}: IOS logs the changes to and from FULL by default. */
    public enum AdjacencyLogging { OFF, ON, DETAIL }

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

    /** The {@code redistribute} lines, connected before static (IOS's order). */
    public List<Redistribution> redistributions() {
        return List.copyOf(redistributions.values());
    }

    /**
     * {@code redistribute connected|static ...}: replaces the line for that source. A notice without
     * {@code subnets}: IOS 15 applies it and warns that only classful networks go.
     */
    public String setRedistribution(Redistribution redistribution) {
        redistributions.put(redistribution.source(), redistribution);
        externalsChanged();
        return redistribution.subnets() ? null : CLASSFUL_NOTICE;
    }

    /** {@code no redistribute connected|static}. */
    public String removeRedistribution(Redistribution.Source source) {
        if (redistributions.remove(source) != null) {
            externalsChanged();
        }
        return null;
    }

    /** The {@code default-information originate} line, or null. */
    public DefaultInformation defaultInformation() {
        return defaultInformation;
    }

    /** {@code default-information originate ...}, or null for {@code no default-information originate}. */
    public String setDefaultInformation(DefaultInformation origin) {
        defaultInformation = origin;
        externalsChanged();
        return null;
    }

    /** An AS boundary router: it redistributes routes or originates a default (RFC 2328 3.3, IOS). */
    public boolean isAsbr() {
        return !redistributions.isEmpty() || defaultInformation != null;
    }

    /** What goes in type-5 LSAs changed: the router-LSAs (E bit) and the externals follow. */
    private void externalsChanged() {
        for (OspfArea area : areas.values()) {
            origination.requestSync(area);
        }
    }

    /** The RIB changed for a prefix: an ASBR looks again at what it redistributes, unless only OSPF offers it. */
    void ribChanged(Ipv4Prefix prefix) {
        if (!running || !isAsbr()) {
            return;
        }
        List<Route> candidates = router.rib().candidates(prefix);
        for (Route candidate : candidates) {
            if (!candidate.source().isOspf()) {
                externalsChanged();
                return;
            }
        }
        if (candidates.isEmpty()) {
            externalsChanged();
        }
    }

    public AdjacencyLogging adjacencyLogging() {
        return adjacencyLogging;
    }

    /** {@code log-adjacency-changes [detail]} or {@code no log-adjacency-changes}. */
    public String setAdjacencyLogging(AdjacencyLogging logging) {
        adjacencyLogging = logging;
        return null;
    }

    public int maximumPaths() {
        return maximumPaths;
    }

    /** {@code maximum-paths N} (1-32); null for the default (4). */
    public String setMaximumPaths(Integer paths) {
        int value = paths == null ? DEFAULT_MAXIMUM_PATHS : paths;
        if (value < 1 || value > SpfCalculation.MAX_PATHS) {
            return Ospf.INVALID_INPUT;
        }
        maximumPaths = value;
        spf.schedule();
        return null;
    }

    public int intraAreaDistance() {
        return intraAreaDistance;
    }

    public int interAreaDistance() {
        return interAreaDistance;
    }

    public int externalDistance() {
        return externalDistance;
    }

    /**
     * {@code distance N} (all three) or {@code distance ospf intra-area N inter-area N external N} (those
     * given); null values leave a distance as it is, and {@code no distance} passes 110 for all.
     */
    public String setDistances(Integer intraArea, Integer interArea, Integer external) {
        for (Integer value : new Integer[] {intraArea, interArea, external}) {
            if (value != null && (value < 1 || value > 255)) {
                return Ospf.INVALID_INPUT;
            }
        }
        intraAreaDistance = intraArea != null ? intraArea : intraAreaDistance;
        interAreaDistance = interArea != null ? interArea : interAreaDistance;
        externalDistance = external != null ? external : externalDistance;
        spf.schedule();
        return null;
    }

    /** Areas that carry type-5 LSAs: every area but stub ones and NSSAs (RFC 2328 3.6, RFC 3101). */
    boolean carriesExternals(OspfArea area) {
        return areaType(area.id) == AreaSettings.Type.NORMAL;
    }

    AreaSettings.Type areaType(AreaId id) {
        AreaSettings settings = areaSettings.get(id);
        return settings == null ? AreaSettings.Type.NORMAL : settings.type;
    }

    /** The {@code area} lines by area id (areas without any are absent). */
    public Map<AreaId, AreaSettings> areaSettings() {
        return java.util.Collections.unmodifiableMap(areaSettings);
    }

    /** The {@code area} lines of one area (defaults when it has none). */
    public AreaSettings areaSettings(AreaId id) {
        AreaSettings settings = areaSettings.get(id);
        return settings != null ? settings : new AreaSettings();
    }

    private AreaSettings editableArea(AreaId id) {
        return areaSettings.computeIfAbsent(id, key -> new AreaSettings());
    }

    private void forgetIfEmpty(AreaId id) {
        AreaSettings settings = areaSettings.get(id);
        if (settings != null && settings.isEmpty()) {
            areaSettings.remove(id);
        }
    }

    /**
     * {@code area N stub [no-summary]} or {@code area N nssa [no-summary] [default-information-originate]};
     * {@code type} NORMAL for {@code no area N stub|nssa}. The backbone cannot be either (IOS's message).
     * The area's adjacencies restart, as on IOS: its hellos now carry other options.
     */
    public String setAreaType(AreaId id, AreaSettings.Type type, boolean noSummary, boolean defaultOriginate) {
        if (id.isBackbone() && type != AreaSettings.Type.NORMAL) {
            return "% OSPF: Backbone can not be configured as " + (type == AreaSettings.Type.STUB ? "stub" : "NSSA")
                    + " area";
        }
        AreaSettings settings = editableArea(id);
        AreaSettings.Type before = settings.type;
        settings.type = type;
        settings.noSummary = type != AreaSettings.Type.NORMAL && noSummary;
        settings.nssaDefaultOriginate = type == AreaSettings.Type.NSSA && defaultOriginate;
        forgetIfEmpty(id);
        OspfArea area = areas.get(id);
        if (area != null && before != type) {
            areaTypeChanged(area);
        }
        spf.schedule();
        return null;
    }

    /**
     * {@code no area N stub no-summary} (and an NSSA's {@code no-summary}, {@code default-information-originate}):
     * only the named options go, the area keeps its type, as IOS.
     */
    public String clearAreaOptions(AreaId id, AreaSettings.Type type, boolean noSummary, boolean defaultOriginate) {
        AreaSettings settings = areaSettings.get(id);
        if (settings != null && settings.type == type) {
            setAreaType(id, type, settings.noSummary && !noSummary, settings.nssaDefaultOriginate && !defaultOriginate);
        }
        return null;
    }

    /** {@code area N authentication [message-digest]} (SIMPLE or MESSAGE_DIGEST), or null for the {@code no} form. */
    public String setAreaAuthentication(AreaId id, AuthenticationType type) {
        editableArea(id).authentication = type;
        forgetIfEmpty(id);
        return null;
    }

    /** {@code no area N}: the area's lines go (it becomes a normal area again). */
    public String removeAreaSettings(AreaId id) {
        setAreaType(id, AreaSettings.Type.NORMAL, false, false);
        areaSettings.remove(id);
        spf.schedule();
        return null;
    }

    /** {@code area N default-cost C} (0-16777215), or null for the {@code no} form. */
    public String setAreaDefaultCost(AreaId id, Integer cost) {
        editableArea(id).defaultCost = cost;
        forgetIfEmpty(id);
        spf.schedule();
        return null;
    }

    /** {@code area N range A M [not-advertise]}; {@code add} false for the {@code no} form. */
    public String setAreaRange(AreaId id, Ipv4Prefix range, boolean advertise, boolean add) {
        if (add) {
            editableArea(id).ranges.put(range, advertise);
        } else if (areaSettings.containsKey(id)) {
            areaSettings.get(id).ranges.remove(range);
            forgetIfEmpty(id);
        }
        spf.schedule();
        return null;
    }

    /**
     * The area is stub, NSSA or normal now: its adjacencies reset, and its database gains or loses the
     * AS-scope LSAs (copied from an area that has them).
     */
    private void areaTypeChanged(OspfArea area) {
        for (OspfInterface each : area.interfaces) {
            if (each.isUp()) {
                each.down(NeighborFsm.FORCED_RESET);
                if (each.iface.isProtocolUp()) {
                    each.up();
                }
            }
        }
        long now = kernel().now();
        for (LsdbEntry entry : area.lsdb.all()) {
            LsaType type = entry.lsa.type();
            if ((!carriesExternals(area) && (type == LsaType.AS_EXTERNAL || type == LsaType.SUMMARY_ASBR))
                    || (areaType(area.id) != AreaSettings.Type.NSSA && type == LsaType.NSSA_EXTERNAL)) {
                area.lsdb.remove(entry.lsa.key());
                area.own.remove(entry.lsa.key());
            }
        }
        if (carriesExternals(area)) {
            for (OspfArea other : areas.values()) {
                if (other != area && carriesExternals(other)) {
                    for (LsdbEntry entry : other.lsdb.ofType(LsaType.AS_EXTERNAL)) {
                        flooding.install(area, entry.lsa.withAge(entry.ageAt(now)), now);
                    }
                    break;
                }
            }
        }
        origination.requestSync(area);
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

    /** The external route to exactly this prefix from the last calculation, or null. */
    public OspfRoute externalRoute(Ipv4Prefix prefix) {
        return externalRoutes.get(prefix);
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

    Map<Ipv4Address, Integer> boundarySummariesFor(OspfArea area) {
        return boundarySummaries.getOrDefault(area.id, Map.of());
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
        boundarySummaries.clear();
        externalRoutes = Map.of();
        translations = Map.of();
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
        Map<InterfaceName, Placement> wanted = new LinkedHashMap<>();
        for (Interface candidate : router.interfaces()) {
            Placement placement = placement(candidate);
            if (placement != null) {
                wanted.put(candidate.name(), placement);
            }
        }
        for (OspfInterface existing : new ArrayList<>(interfaces.values())) {
            if (!fits(existing, wanted.get(existing.name()))) {
                detach(existing);
            }
        }
        for (Map.Entry<InterfaceName, Placement> entry : wanted.entrySet()) {
            if (!interfaces.containsKey(entry.getKey())) {
                attach(entry.getKey(), entry.getValue());
            }
        }
        for (OspfInterface each : interfaces.values()) {
            followLineProtocol(each);
        }
        settle();
    }

    /**
     * One interface changed (address, state, existence): only its OSPF interface is brought in line, so
     * creating the 40,000th loopback costs what the first did.
     */
    void interfaceChanged(InterfaceName name) {
        Interface current = router.interfaceNamed(name);
        if (!running) {
            // Only an up interface with an address can give the process the router id it waits for.
            if (current != null && current.address() != null && current.isProtocolUp()) {
                start();
            }
            return;
        }
        Placement placement = current == null ? null : placement(current);
        OspfInterface existing = interfaces.get(name);
        if (existing != null && !fits(existing, placement)) {
            detach(existing);
            existing = null;
        }
        if (existing == null && placement != null) {
            existing = attach(name, placement);
        }
        if (existing != null) {
            followLineProtocol(existing);
        }
        settle();
    }

    /** The area an interface belongs to in this process, and whether an {@code ip ospf} line put it there. */
    private record Placement(AreaId area, boolean viaInterfaceConfig) {
    }

    /** Where {@code candidate} belongs in this process, or null when it does not run OSPF here. */
    private Placement placement(Interface candidate) {
        if (candidate.address() == null || !java.util.Objects.equals(candidate.vrf(), vrf)) {
            return null; // a process runs on the interfaces of its own VRF only
        }
        OspfInterfaceSettings settings = ospf.settings(candidate.name());
        if (settings.processId() == processId) {
            return new Placement(settings.area(), true);
        }
        if (settings.processId() != 0) {
            return null;
        }
        // The first network statement that matches, in configuration order.
        for (NetworkStatement statement : networks) {
            if (statement.matches(candidate.address().address())) {
                return new Placement(statement.area(), false);
            }
        }
        return null;
    }

    private boolean fits(OspfInterface existing, Placement placement) {
        Interface current = router.interfaceNamed(existing.name());
        return placement != null && placement.area().equals(existing.area.id) && current == existing.iface
                && existing.address.equals(current.address())
                && placement.viaInterfaceConfig() == existing.viaInterfaceConfig;
    }

    private void detach(OspfInterface existing) {
        existing.down(NeighborFsm.INTERFACE_DOWN);
        interfaces.remove(existing.name());
        existing.area.interfaces.remove(existing);
        origination.requestSync(existing.area);
    }

    private OspfInterface attach(InterfaceName name, Placement placement) {
        OspfArea area = areas.computeIfAbsent(placement.area(), OspfArea::new);
        OspfInterface created = new OspfInterface(this, area, router.interfaceNamed(name),
                placement.viaInterfaceConfig());
        interfaces.put(name, created);
        // The area keeps its interfaces in name order (the router LSA's link order).
        int at = Collections.binarySearch(area.interfaces, created, Comparator.comparing(OspfInterface::name));
        area.interfaces.add(-at - 1, created);
        return created;
    }

    private static void followLineProtocol(OspfInterface each) {
        if (each.iface.isProtocolUp()) {
            each.up();
        } else {
            each.down(NeighborFsm.INTERFACE_DOWN);
        }
    }

    /** After interfaces came or went: areas without one go, the ABR status follows, SPF runs. */
    private void settle() {
        areas.values().removeIf(area -> {
            if (area.interfaces.isEmpty()) {
                if (area.syncEvent != null) {
                    area.syncEvent.cancel();
                }
                summaries.remove(area.id);
                boundarySummaries.remove(area.id);
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
    boolean receive(Interface in, Ipv4Address source, Ipv4Address destination, OspfMessage message) {
        OspfInterface iface = interfaces.get(in.name());
        if (iface == null || !running || !iface.isUp() || iface.passive) {
            return false;
        }
        OspfPacket packet = message.packet();
        if (!packet.areaId().equals(iface.area.id.asAddress())) {
            return false; // IOS: "%OSPF-4-ERRRCV: Received invalid packet: mismatched area ID"
        }
        if (!iface.accepts(message)) {
            return true; // IOS logs nothing; "debug ip ospf adj" would say "Mismatched Authentication"
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
            for (LsdbEntry entry : area.lsdb.ofType(LsaType.SUMMARY_NETWORK)) {
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
        // The routers of each tree are built only when asked for: an area without externals never asks.
        boolean externals = false;
        for (OspfArea area : areas.values()) {
            externals |= !area.lsdb.ofType(LsaType.AS_EXTERNAL).isEmpty()
                    || !area.lsdb.ofType(LsaType.NSSA_EXTERNAL).isEmpty();
        }
        Map<Ipv4Address, ExternalRouteCalculation.BoundaryRoute> boundaryRouters = abr || externals
                ? boundaryRouters(abr, results) : Map.of();
        List<OspfArea> external = new ArrayList<>();
        List<ExternalRouteCalculation.Source> sources = new ArrayList<>();
        sources.add(new ExternalRouteCalculation.Source(LsaType.AS_EXTERNAL, external, boundaryRouters));
        for (OspfArea area : areas.values()) {
            if (carriesExternals(area)) {
                external.add(area);
            } else if (areaType(area.id) == AreaSettings.Type.NSSA && externals) {
                sources.add(new ExternalRouteCalculation.Source(LsaType.NSSA_EXTERNAL, List.of(area),
                        routersOf(area, results.get(area.id))));
            }
        }
        externalRoutes = ExternalRouteCalculation.run(routerId, sources, table);
        updateTranslations(abr, results);
        install(table);
        updateSummaries(abr, table);
        updateBoundarySummaries(abr, boundaryRouters);
    }

    /** Every router of an area's tree we have a path to: how type-7 LSAs reach their originator. */
    private static Map<Ipv4Address, ExternalRouteCalculation.BoundaryRoute> routersOf(OspfArea area,
            SpfCalculation.Result result) {
        Map<Ipv4Address, ExternalRouteCalculation.BoundaryRoute> reached = new HashMap<>();
        for (SpfCalculation.ReachedRouter router : result.routers().values()) {
            if (!router.nextHops().isEmpty()) {
                reached.put(router.routerId(), new ExternalRouteCalculation.BoundaryRoute(router.routerId(),
                        router.cost(), router.nextHops(), area.id, false));
            }
        }
        return reached;
    }

    /**
     * RFC 3101 3.2: the NSSA border router with the highest router id translates the area's type-7 LSAs
     * (but the default) into type-5 LSAs of its own for the rest of the AS, forwarding address kept.
     */
    private void updateTranslations(boolean abr, Map<AreaId, SpfCalculation.Result> results) {
        Map<Ipv4Prefix, LsaBody.ExternalBody> wanted = new java.util.LinkedHashMap<>();
        for (OspfArea area : areas.values()) {
            if (!abr || areaType(area.id) != AreaSettings.Type.NSSA) {
                continue;
            }
            SpfCalculation.Result result = results.get(area.id);
            boolean translator = true;
            for (SpfCalculation.ReachedRouter router : result.routers().values()) {
                translator &= !router.border() || router.routerId().compareTo(routerId) <= 0;
            }
            if (!translator) {
                continue;
            }
            for (LsdbEntry entry : area.lsdb.ofType(LsaType.NSSA_EXTERNAL)) {
                Lsa lsa = entry.lsa;
                LsaBody.ExternalBody body = (LsaBody.ExternalBody) lsa.body();
                SpfCalculation.ReachedRouter origin = result.routers().get(lsa.advertisingRouter());
                if (lsa.isMaxAge() || lsa.advertisingRouter().equals(routerId) || origin == null
                        || origin.nextHops().isEmpty() || lsa.linkStateId().equals(Ipv4Address.ANY)) {
                    continue;
                }
                int length = Ipv4Prefix.lengthOfMask(body.mask());
                if (length > 0) {
                    wanted.putIfAbsent(Ipv4Prefix.containing(lsa.linkStateId(), length), body);
                }
            }
        }
        if (!wanted.equals(translations)) {
            translations = wanted;
            externalsChanged();
        }
    }

    /** The type-5 LSAs this NSSA ABR translates from type 7, by prefix. */
    Map<Ipv4Prefix, LsaBody.ExternalBody> translations() {
        return translations;
    }

    /**
     * The AS boundary routers we can reach (16.1, 16.2 for type-4 summaries): the cheapest path, an
     * intra-area one before an inter-area one. An ABR looks only at the backbone's type-4 summaries.
     */
    private Map<Ipv4Address, ExternalRouteCalculation.BoundaryRoute> boundaryRouters(boolean abr,
            Map<AreaId, SpfCalculation.Result> results) {
        Map<Ipv4Address, ExternalRouteCalculation.BoundaryRoute> found = new HashMap<>();
        for (Map.Entry<AreaId, SpfCalculation.Result> each : results.entrySet()) {
            if (areaType(each.getKey()) != AreaSettings.Type.NORMAL) {
                continue; // an NSSA's ASBRs reach the AS through their translator (RFC 3101 2.4)
            }
            for (SpfCalculation.ReachedRouter reached : each.getValue().routers().values()) {
                if (!reached.asBoundary() || reached.nextHops().isEmpty()) {
                    continue;
                }
                ExternalRouteCalculation.BoundaryRoute known = found.get(reached.routerId());
                if (known == null || reached.cost() < known.cost()) {
                    found.put(reached.routerId(), new ExternalRouteCalculation.BoundaryRoute(reached.routerId(),
                            reached.cost(), reached.nextHops(), each.getKey(), false));
                }
            }
        }
        for (OspfArea area : areas.values()) {
            if (abr && !area.id.isBackbone()) {
                continue;
            }
            SpfCalculation.Result result = results.get(area.id);
            for (LsdbEntry entry : area.lsdb.ofType(LsaType.SUMMARY_ASBR)) {
                Lsa lsa = entry.lsa;
                int metric = ((LsaBody.SummaryBody) lsa.body()).metric();
                if (lsa.isMaxAge() || lsa.advertisingRouter().equals(routerId) || metric >= LsaOrigination.LS_INFINITY
                        || lsa.linkStateId().equals(routerId)) {
                    continue;
                }
                SpfCalculation.ReachedRouter border = result.routers().get(lsa.advertisingRouter());
                if (border == null || border.nextHops().isEmpty()) {
                    continue;
                }
                ExternalRouteCalculation.BoundaryRoute known = found.get(lsa.linkStateId());
                int cost = border.cost() + metric;
                if (known == null || (known.interArea() && cost < known.cost())) {
                    found.put(lsa.linkStateId(), new ExternalRouteCalculation.BoundaryRoute(lsa.linkStateId(), cost,
                            border.nextHops(), area.id, true));
                }
            }
        }
        return found;
    }

    /** 12.4.3: an ABR announces into each area that carries externals the ASBRs of its other areas (type 4). */
    private void updateBoundarySummaries(boolean abr, Map<Ipv4Address, ExternalRouteCalculation.BoundaryRoute> found) {
        for (OspfArea area : areas.values()) {
            Map<Ipv4Address, Integer> wanted = new HashMap<>();
            if (abr && carriesExternals(area)) {
                for (ExternalRouteCalculation.BoundaryRoute route : found.values()) {
                    if (route.area().equals(area.id) || (route.interArea() && area.id.isBackbone())) {
                        continue;
                    }
                    wanted.put(route.routerId(), route.cost());
                }
            }
            Map<Ipv4Address, Integer> before = boundarySummaries.getOrDefault(area.id, Map.of());
            if (!before.equals(wanted)) {
                if (wanted.isEmpty()) {
                    boundarySummaries.remove(area.id);
                } else {
                    boundarySummaries.put(area.id, wanted);
                }
                origination.requestSync(area);
            }
        }
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
            for (NextHop hop : installedHops(route)) {
                if (!hop.isDirect()) {
                    paths.add(new Route(route.prefix(), source, distance(route), route.cost(), hop.address(), hop.outgoing()));
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
    private boolean alreadyInstalled(Rib rib, OspfRoute route, RouteSource source) {
        List<Route> candidates = rib.candidates(route.prefix());
        int at = 0;
        int size = candidates.size();
        for (NextHop hop : installedHops(route)) {
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
            if (installed.distance() != distance(route) || installed.metric() != route.cost()
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
        return route.type().source();
    }

    /** The administrative distance of a route of this process ({@code distance ospf ...}). */
    int distance(OspfRoute route) {
        return switch (route.type()) {
            case INTRA_AREA -> intraAreaDistance;
            case INTER_AREA -> interAreaDistance;
            default -> externalDistance;
        };
    }

    /** The next hops installed: at most {@code maximum-paths} of them. */
    private List<NextHop> installedHops(OspfRoute route) {
        List<NextHop> hops = route.nextHops();
        return hops.size() > maximumPaths ? hops.subList(0, maximumPaths) : hops;
    }

    /**
     * 12.4.3: an ABR summarizes into each area the intra-area routes of its other areas (those inside an
     * {@code area range} as the range, at the highest cost among them, or not at all with
     * {@code not-advertise}), and into the non-backbone areas the inter-area routes it learned over the
     * backbone. A stub area (and an NSSA with {@code no-summary}) gets a default route at its
     * {@code default-cost} instead of, with {@code no-summary}, every other summary.
     */
    private void updateSummaries(boolean abr, Map<Ipv4Prefix, OspfRoute> table) {
        for (OspfArea area : areas.values()) {
            Map<Ipv4Prefix, Integer> wanted = new HashMap<>();
            AreaSettings settings = areaSettings(area.id);
            if (abr && !settings.noSummary()) {
                for (OspfRoute route : table.values()) {
                    if (route.area().equals(area.id) || route.external()) {
                        continue;
                    }
                    if (route.interArea() && area.id.isBackbone()) {
                        continue;
                    }
                    Map.Entry<Ipv4Prefix, Boolean> range = route.interArea() ? null : rangeOf(route);
                    if (range == null) {
                        wanted.put(route.prefix(), route.cost());
                    } else if (range.getValue()) {
                        wanted.merge(range.getKey(), route.cost(), Math::max);
                    }
                }
            }
            if (abr && (settings.type() == AreaSettings.Type.STUB
                    || (settings.type() == AreaSettings.Type.NSSA && settings.noSummary()))) {
                wanted.put(Ipv4Prefix.DEFAULT_ROUTE, settings.effectiveDefaultCost());
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

    /** The {@code area range} of the route's own area that contains it, or null. */
    private Map.Entry<Ipv4Prefix, Boolean> rangeOf(OspfRoute route) {
        AreaSettings settings = areaSettings.get(route.area());
        if (settings == null) {
            return null;
        }
        for (Map.Entry<Ipv4Prefix, Boolean> range : settings.ranges.entrySet()) {
            if (range.getKey().length() <= route.prefix().length() && range.getKey().contains(route.prefix().network())) {
                return range;
            }
        }
        return null;
    }
}
