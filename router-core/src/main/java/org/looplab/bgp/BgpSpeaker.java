package org.looplab.bgp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.looplab.bgp.attr.AsPath;
import org.looplab.bgp.attr.AttributeInterner;
import org.looplab.bgp.attr.PathAttributes;
import org.looplab.bgp.attr.SharedValues;
import org.looplab.bgp.message.UpdateMessage;
import org.looplab.config.Type7;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.net.PrefixTable;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceListener;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.routing.RouterIdSelection;
import org.looplab.sim.Kernel;
import org.looplab.sim.SimEvent;
import org.looplab.tcp.TcpConnection;
import org.looplab.tcp.TcpListener;
import org.looplab.tcp.TcpStack;

/**
 * The BGP speaker of one router: its neighbors and their sessions, the BGP table (Loc-RIB, one
 * {@link LocRibEntry} per prefix), what it originates, next-hop tracking, and the routes it puts in the
 * router's RIB. {@link Bgp} tells it about configuration changes; the router about interface and RIB
 * changes; TCP about connections. Kernel thread only.
 *
 * <p>Read API for the show commands: {@link #routerId()}, {@link #localAs()}, {@link #tableVersion()},
 * {@link #neighbors()}, {@link #neighbor(Ipv4Address)}, {@link #entries()}, {@link #entry(Ipv4Prefix)},
 * {@link #memory()}; per neighbor see {@link BgpNeighbor}; per path {@link BgpPath}.
 */
public final class BgpSpeaker {
    /** IOS's BGP scanner interval ("scan interval 60 secs"). */
    public static final int SCAN_INTERVAL_SECONDS = 60;
    /** IOS's next-hop tracking trigger delay: re-evaluation 5 s after the IGP changes. */
    public static final int NEXT_HOP_TRIGGER_DELAY_SECONDS = 5;
    static final long SECOND = 1_000_000_000L;

    private final Bgp bgp;
    private final Router router;
    /** The VRF of an {@code address-family ipv4 vrf NAME} speaker (its table and TCP), else null. */
    private final String vrf;
    private boolean running;
    private Ipv4Address routerId;
    private final TreeMap<Ipv4Address, BgpNeighbor> neighbors = new TreeMap<>();
    private final Map<BgpNeighbor, SessionSettings> sessionSettings = new HashMap<>();
    private final BitSet usedIndexes = new BitSet();
    private final PrefixTable<LocRibEntry> table = new PrefixTable<>();
    private final AttributeInterner interner = new AttributeInterner();
    private long tableVersion = 1;
    private long pathCount;
    private long prefixesCreated;
    private long prefixesRemoved;
    private long pathsAdded;
    private long pathsRemoved;
    private int arrivals;
    private TcpListener listener;
    private final NextHopTracker nextHops;
    private SimEvent nextHopCheck;
    /** A route of another source changed since next hops were last looked up. */
    private boolean igpChanged;
    private SimEvent scanner;
    /** Paths this router originates, by prefix. */
    private final Map<Ipv4Prefix, BgpPath> localPaths = new HashMap<>();
    private boolean installing;
    private BestPathSelection.Settings settings;
    private final InboundPolicy inbound = new InboundPolicy(this);
    /** UPDATEs encoded in the current virtual instant, by content (see {@link #encodeUpdates}). */
    private final OutboundPolicy outbound = new OutboundPolicy(this);
    private final Origination origination = new Origination(this);
    private final UpdateSender sender = new UpdateSender(this);

    BgpSpeaker(Bgp bgp) {
        this.bgp = bgp;
        this.router = bgp.router();
        this.vrf = bgp.vrfName();
        this.nextHops = new NextHopTracker(router.rib(vrf));
        router.rib(vrf).addListener(this::ribChanged);
        router.addInterfaceListener(new InterfaceListener() {
            @Override
            public void interfaceChanged(Interface changed) {
                BgpSpeaker.this.interfaceChanged(changed);
            }

            @Override
            public void interfaceRemoved(InterfaceName removed) {
                BgpSpeaker.this.interfaceChanged(null);
            }
        });
    }

    // ---- read API ----

    public boolean isRunning() {
        return running;
    }

    /** The BGP identifier in use, or null when the router has no address to take one from. */
    public Ipv4Address routerId() {
        return routerId;
    }

    /** The VRF whose table and TCP this speaker uses, or null for the global table. */
    public String vrf() {
        return vrf;
    }

    public AsNumber localAs() {
        return bgp.config().asNumber();
    }

    /** The table version: grows with every best-path change ("BGP table version is N"). */
    public long tableVersion() {
        return tableVersion;
    }

    /** Neighbors in address order. */
    public List<BgpNeighbor> neighbors() {
        return List.copyOf(neighbors.values());
    }

    public BgpNeighbor neighbor(Ipv4Address address) {
        return neighbors.get(address);
    }

    /** The BGP table's prefixes in address order, each with its paths ({@code show ip bgp}). */
    public List<LocRibEntry> entries() {
        List<LocRibEntry> all = new ArrayList<>(table.sorted().values());
        all.removeIf(entry -> entry.paths == null);
        return all;
    }

    /** One prefix of the BGP table, or null ({@code show ip bgp PREFIX}). */
    public LocRibEntry entry(Ipv4Prefix prefix) {
        LocRibEntry entry = table.get(prefix);
        return entry == null || entry.paths == null ? null : entry;
    }

    /**
     * What this router advertises to a neighbor now ({@code show ip bgp neighbors A advertised-routes}):
     * each prefix with the attributes it is sent with, in prefix order.
     */
    public Map<Ipv4Prefix, PathAttributes> advertisedRoutes(BgpNeighbor neighbor) {
        Map<Ipv4Prefix, PathAttributes> sent = new java.util.LinkedHashMap<>();
        int index = neighbor.adjRibOut.index;
        for (LocRibEntry entry : table.sorted().values()) {
            if (entry.isAdvertisedTo(index)) {
                PathAttributes attributes = outbound.export(entry, neighbor);
                if (attributes != null) {
                    sent.put(entry.prefix, attributes);
                }
            }
        }
        return sent;
    }

    /**
     * The paths accepted from a neighbor, after inbound policy ({@code show ip bgp neighbors A routes}),
     * in prefix order; {@link AdjRibIn#receivedRoutes()} has the pre-policy copy.
     */
    public List<BgpPath> routesFrom(BgpNeighbor neighbor) {
        List<BgpPath> paths = new ArrayList<>();
        if (neighbor.source != null) {
            for (LocRibEntry entry : entries()) {
                BgpPath path = entry.pathFrom(neighbor.source);
                if (path != null) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    /** The neighbors a prefix is advertised to now ({@code show ip bgp PREFIX}'s "Advertised to"). */
    public List<BgpNeighbor> advertisedTo(LocRibEntry entry) {
        List<BgpNeighbor> to = new ArrayList<>();
        for (BgpNeighbor neighbor : neighbors.values()) {
            if (entry.isAdvertisedTo(neighbor.adjRibOut.index)) {
                to.add(neighbor);
            }
        }
        return to;
    }

    /** "BGP activity N/M prefixes": table entries created and removed since the process started. */
    public long[] prefixActivity() {
        return new long[] {prefixesCreated, prefixesRemoved};
    }

    /** "BGP activity ..., P/Q paths": paths added and removed since the process started. */
    public long[] pathActivity() {
        return new long[] {pathsAdded, pathsRemoved};
    }

    /** The cluster ID: {@code bgp cluster-id}, else the router ID. */
    public Ipv4Address clusterId() {
        Ipv4Address configured = bgp.config().clusterId();
        return configured != null ? configured : routerId;
    }

    /** Memory figures for {@code show ip bgp summary}. */
    public BgpMemory memory() {
        int networks = 0;
        long soft = 0;
        Set<PathAttributes> best = new HashSet<>();
        long advertisedBytes = 0;
        for (LocRibEntry entry : table.unorderedValues()) {
            if (entry.paths != null) {
                networks++;
            }
            if (entry.advertised != null) {
                advertisedBytes += 16 + 8L * entry.advertised.length; // the Adj-RIB-Out bits
            }
            if (entry.best != null) {
                best.add(entry.best.attributes);
            }
        }
        for (BgpNeighbor neighbor : neighbors.values()) {
            soft += neighbor.adjRibIn.receivedRoutes().size();
        }
        Set<AsPath> paths = new HashSet<>();
        long asPathBytes = 0;
        Set<List<Long>> communities = new HashSet<>();
        long communityBytes = 0;
        for (PathAttributes attributes : interner.all()) {
            if (paths.add(attributes.asPath())) {
                asPathBytes += attributes.asPath().memoryBytes();
            }
            if (attributes.hasCommunities()) {
                long[] values = attributes.communities();
                List<Long> key = new ArrayList<>();
                for (long value : values) {
                    key.add(value);
                }
                if (communities.add(key)) {
                    communityBytes += 16 + 4L * values.length;
                }
            }
        }
        long networkBytes = (long) networks * BgpMemory.NETWORK_ENTRY_BYTES + advertisedBytes;
        long pathBytes = pathCount * BgpMemory.PATH_BYTES;
        long total = networkBytes + pathBytes + interner.memoryBytes();
        return new BgpMemory(networks, networkBytes, pathCount, pathBytes, interner.size(), best.size(),
                interner.memoryBytes(), paths.size(), asPathBytes, communities.size(), communityBytes, total, soft);
    }

    // ---- collaborators ----

    Router router() {
        return router;
    }

    Kernel kernel() {
        return router.kernel();
    }

    long now() {
        return router.kernel().now();
    }

    BgpConfig config() {
        return bgp.config();
    }

    TcpStack tcp() {
        return TcpStack.of(router);
    }

    /** The routing table this speaker installs in and originates from: its VRF's, or the global one. */
    org.looplab.routing.Rib rib() {
        return router.rib(vrf);
    }

    AttributeInterner interner() {
        return interner;
    }

    void logNeighborChange(String text) {
        if (bgp.config() != null && bgp.config().logNeighborChanges()) {
            router.log(text);
        }
    }

    // ---- life cycle (from Bgp's hooks) ----

    void start() {
        running = true;
        routerId = chooseRouterId();
        listener = tcp().listen(vrf, null, PeerFsm.BGP_PORT, this::accept);
        settings = null;
        scheduleScanner();
        scheduleOrigination();
    }

    void stop() {
        for (BgpNeighbor neighbor : List.copyOf(neighbors.values())) {
            removeNeighbor(neighbor, DownReason.PROCESS_STOPPED);
        }
        for (Ipv4Prefix prefix : List.copyOf(localPaths.keySet())) {
            removePath(PathSource.LOCAL, prefix);
        }
        removeImportedExcept(Set.of());
        if (listener != null) {
            listener.close();
            listener = null;
        }
        cancel(scanner);
        cancel(nextHopCheck);
        origination.cancel();
        scanner = nextHopCheck = null;
        running = false;
    }

    private static void cancel(SimEvent event) {
        if (event != null) {
            event.cancel();
        }
    }

    /** IOS: {@code bgp router-id}, else the highest address of an up loopback, else of an up interface. */
    private Ipv4Address chooseRouterId() {
        return RouterIdSelection.choose(bgp.config().configuredRouterId(), router);
    }

    void routerIdChanged() {
        Ipv4Address chosen = chooseRouterId();
        if (Objects.equals(chosen, routerId)) {
            return;
        }
        routerId = chosen;
        for (BgpNeighbor neighbor : neighbors.values()) {
            neighbor.fsm.stop(FsmEvent.CONFIGURATION_CHANGED, DownReason.ROUTER_ID_CHANGED,
                    org.looplab.bgp.message.NotificationMessage.OTHER_CONFIGURATION_CHANGE);
        }
    }

    // ---- neighbors ----

    /** The session parameters whose change resets a session (IOS), and the shutdown switch. */
    private record SessionSettings(AsNumber remoteAs, boolean shutdown, InterfaceName updateSource, Integer multihop,
                                   boolean disableConnectedCheck, boolean activated, boolean reflectorClient,
                                   String password) {
        static SessionSettings of(BgpNeighbor n, BgpSpeaker speaker) {
            NeighborConfig c = n.config;
            return new SessionSettings(c.effective(NeighborSetting.REMOTE_AS, null), c.isOn(NeighborSetting.SHUTDOWN),
                    c.effective(NeighborSetting.UPDATE_SOURCE, null), c.effective(NeighborSetting.EBGP_MULTIHOP, null),
                    c.isOn(NeighborSetting.DISABLE_CONNECTED_CHECK), speaker.isActivated(n),
                    c.isOn(NeighborSetting.ROUTE_REFLECTOR_CLIENT), c.effective(NeighborSetting.PASSWORD, null));
        }
    }

    void neighborChanged(NeighborConfig config) {
        Ipv4Address address = Ipv4Address.of(config.name());
        BgpNeighbor neighbor = neighbors.get(address);
        if (neighbor == null) {
            int index = usedIndexes.nextClearBit(0);
            usedIndexes.set(index);
            neighbor = new BgpNeighbor(this, address, config, index);
            neighbors.put(address, neighbor);
            sessionSettings.put(neighbor, SessionSettings.of(neighbor, this));
            applyPassword(neighbor);
            neighbor.fsm.reconsider(FsmEvent.MANUAL_START);
            return;
        }
        neighbor.config = config;
        neighbor.configurationChanged();
        SessionSettings before = sessionSettings.get(neighbor);
        SessionSettings now = SessionSettings.of(neighbor, this);
        sessionSettings.put(neighbor, now);
        if (!Objects.equals(before.password(), now.password())) {
            applyPassword(neighbor); // IOS keeps the session: the new key applies to the next segments
        }
        if (now.shutdown() && !before.shutdown()) {
            neighbor.fsm.stop(FsmEvent.MANUAL_STOP, DownReason.ADMIN_SHUTDOWN,
                    org.looplab.bgp.message.NotificationMessage.ADMINISTRATIVE_SHUTDOWN);
            return;
        }
        DownReason reset = null;
        if (!Objects.equals(before.remoteAs(), now.remoteAs())) {
            reset = DownReason.REMOTE_AS_CHANGED;
        } else if (!Objects.equals(before.updateSource(), now.updateSource())) {
            reset = DownReason.UPDATE_SOURCE_CHANGED;
        } else if (before.reflectorClient() != now.reflectorClient()) {
            reset = DownReason.RR_CLIENT_CHANGED;
        } else if (before.activated() && !now.activated()) {
            reset = DownReason.ADDRESS_FAMILY_DEACTIVATED;
        } else if (!Objects.equals(before.multihop(), now.multihop())
                || before.disableConnectedCheck() != now.disableConnectedCheck()) {
            reset = DownReason.CONFIGURATION_CHANGED;
        }
        if (reset != null && neighbor.state() != BgpState.IDLE) {
            neighbor.fsm.stop(FsmEvent.CONFIGURATION_CHANGED, reset,
                    org.looplab.bgp.message.NotificationMessage.OTHER_CONFIGURATION_CHANGE);
            return;
        }
        if (neighbor.isEstablished()) {
            neighbor.adjRibIn.keepReceivedCopy(neighbor.config.isOn(NeighborSetting.SOFT_RECONFIGURATION_INBOUND));
            advertiseAllTo(neighbor); // outbound settings (next-hop-self, send-community...) apply at once
        }
        neighbor.fsm.reconsider(FsmEvent.MANUAL_START);
    }

    void neighborRemoved(NeighborConfig config) {
        BgpNeighbor neighbor = neighbors.get(Ipv4Address.of(config.name()));
        if (neighbor != null) {
            removeNeighbor(neighbor, DownReason.NEIGHBOR_DELETED);
        }
    }

    private void removeNeighbor(BgpNeighbor neighbor, DownReason reason) {
        neighbor.fsm.stop(FsmEvent.DECONFIGURED, reason, org.looplab.bgp.message.NotificationMessage.PEER_DECONFIGURED);
        neighbors.remove(neighbor.address);
        sessionSettings.remove(neighbor);
        usedIndexes.clear(neighbor.adjRibOut.index);
        tcp().setMd5Key(vrf, neighbor.address, null);
    }

    private void applyPassword(BgpNeighbor neighbor) {
        String encoded = neighbor.config.effective(NeighborSetting.PASSWORD, null);
        String plain = encoded == null ? null : Type7.decode(encoded);
        tcp().setMd5Key(vrf, neighbor.address, plain == null ? null : plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** IPv4 unicast is active for the neighbor ({@code activate}, or the default without {@code no ...}). */
    boolean isActivated(BgpNeighbor neighbor) {
        return bgp.config().isActivated(neighbor.config);
    }

    /**
     * IOS's connected check: an eBGP neighbor without {@code ebgp-multihop} or
     * {@code disable-connected-check} must be on a connected subnet of an up interface, or no session is
     * even attempted.
     */
    boolean passesConnectedCheck(BgpNeighbor neighbor) {
        if (neighbor.isInternal() || neighbor.config.effective(NeighborSetting.EBGP_MULTIHOP, null) != null
                || neighbor.config.isOn(NeighborSetting.DISABLE_CONNECTED_CHECK)) {
            return true;
        }
        return connectedInterface(neighbor.address) != null;
    }

    private Interface connectedInterface(Ipv4Address address) {
        for (Interface candidate : router.interfaces()) {
            if (!candidate.isLoopback() && candidate.isProtocolUp() && candidate.address() != null
                    && Objects.equals(candidate.vrf(), vrf)
                    && candidate.address().subnet().contains(address)) {
                return candidate;
            }
        }
        return null;
    }

    /** The {@code update-source} interface's address, or null (TCP takes the outgoing interface's). */
    Ipv4Address updateSourceAddress(BgpNeighbor neighbor) {
        InterfaceName name = neighbor.config.effective(NeighborSetting.UPDATE_SOURCE, null);
        Interface source = name == null ? null : router.interfaceNamed(name);
        return source == null || source.address() == null ? null : source.address().address();
    }

    private TcpConnection.Handler accept(TcpConnection connection) {
        BgpNeighbor neighbor = running ? neighbors.get(connection.remoteAddress()) : null;
        return neighbor == null ? null : neighbor.fsm.incoming(connection);
    }

    // ---- clear ip bgp ----

    /** {@code clear ip bgp * [soft [in|out]]}. */
    public void clearAll(ClearMode mode) {
        for (BgpNeighbor neighbor : List.copyOf(neighbors.values())) {
            clear(neighbor, mode);
        }
    }

    /** {@code clear ip bgp A [soft [in|out]]}; false when A is no neighbor. */
    public boolean clearNeighbor(Ipv4Address address, ClearMode mode) {
        BgpNeighbor neighbor = neighbors.get(address);
        if (neighbor == null) {
            return false;
        }
        clear(neighbor, mode);
        return true;
    }

    /** {@code clear ip bgp ASN [soft [in|out]]}: every neighbor in that AS; false when none is. */
    public boolean clearAs(AsNumber asNumber, ClearMode mode) {
        boolean any = false;
        for (BgpNeighbor neighbor : List.copyOf(neighbors.values())) {
            if (asNumber.equals(neighbor.configuredRemoteAs())) {
                clear(neighbor, mode);
                any = true;
            }
        }
        return any;
    }

    private void clear(BgpNeighbor neighbor, ClearMode mode) {
        switch (mode) {
            case HARD -> neighbor.fsm.clear();
            case SOFT -> {
                softIn(neighbor);
                advertiseAllTo(neighbor);
            }
            case SOFT_IN -> softIn(neighbor);
            case SOFT_OUT -> advertiseAllTo(neighbor);
        }
    }

    private void softIn(BgpNeighbor neighbor) {
        if (!neighbor.isEstablished()) {
            return;
        }
        inbound.forget();
        if (neighbor.adjRibIn.received != null) {
            for (Map.Entry<Ipv4Prefix, PathAttributes> each : new ArrayList<>(neighbor.adjRibIn.received.entrySet())) {
                acceptPath(neighbor, each.getKey(), each.getValue());
            }
        } else if (neighbor.routeRefresh) {
            neighbor.fsm.sendRouteRefresh();
        }
    }

    // ---- sessions ----

    void sessionEstablished(BgpNeighbor neighbor) {
        bgp.sessionChanged(neighbor, true);
        neighbor.adjRibIn.clear();
        neighbor.adjRibIn.keepReceivedCopy(neighbor.config.isOn(NeighborSetting.SOFT_RECONFIGURATION_INBOUND));
        neighbor.adjRibOut.clear();
        neighbor.adjRibOut.lastFlushNanos = Long.MIN_VALUE / 2; // the first update goes at once
        advertiseAllTo(neighbor);
    }

    void sessionDown(BgpNeighbor neighbor, PathSource source) {
        bgp.sessionChanged(neighbor, false);
        int index = neighbor.adjRibOut.index;
        for (LocRibEntry entry : table.unorderedValues()) {
            entry.setAdvertisedTo(index, false);
            BgpPath path = source == null ? null : entry.pathFrom(source);
            if (path != null) {
                unlink(entry, path);
                decide(entry);
            }
            discardIfEmpty(entry);
        }
        if (neighbor.adjRibIn.received != null) {
            for (PathAttributes attributes : neighbor.adjRibIn.received.values()) {
                interner.release(attributes);
            }
        }
        neighbor.adjRibIn.clear();
        neighbor.adjRibOut.clear();
    }

    void routeRefreshRequested(BgpNeighbor neighbor) {
        advertiseAllTo(neighbor);
    }

    private void advertiseAllTo(BgpNeighbor neighbor) {
        if (!neighbor.isEstablished()) {
            return;
        }
        for (LocRibEntry entry : table.unorderedValues()) {
            if (entry.best != null || entry.isAdvertisedTo(neighbor.adjRibOut.index)) {
                neighbor.adjRibOut.pending.add(entry);
            }
        }
        scheduleFlush(neighbor);
    }

    // ---- routes received ----

    void updateReceived(BgpNeighbor neighbor, UpdateMessage update) {
        inbound.forget();
        PathSource source = neighbor.source;
        AdjRibIn in = neighbor.adjRibIn;
        for (Ipv4Prefix prefix : update.withdrawn()) {
            in.explicitWithdraws++;
            forgetReceived(neighbor, prefix);
            removePath(source, prefix);
        }
        if (update.treatAsWithdraw() != null) {
            // RFC 7606 2: the routes of a malformed UPDATE are withdrawn, the session stays.
            for (Ipv4Prefix prefix : update.nlri()) {
                forgetReceived(neighbor, prefix);
                removePath(source, prefix);
            }
            return;
        }
        PathAttributes attributes = update.attributes();
        for (Ipv4Prefix prefix : update.nlri()) {
            if (in.received != null) {
                PathAttributes kept = interner.intern(attributes);
                PathAttributes old = in.received.put(prefix, kept);
                if (old != null) {
                    interner.release(old);
                }
            }
            acceptPath(neighbor, prefix, attributes);
        }
        Long limit = neighbor.config.effective(NeighborSetting.MAXIMUM_PREFIX, null);
        if (limit != null && in.accepted > limit && neighbor.isEstablished()) {
            router.log("%BGP-3-MAXPFXEXCEED: Number of prefixes received from " + neighbor.address
                    + " (afi 0) reaches " + in.accepted + ", max " + limit);
            neighbor.fsm.prefixLimitExceeded(limit);
        }
    }

    private void forgetReceived(BgpNeighbor neighbor, Ipv4Prefix prefix) {
        if (neighbor.adjRibIn.received != null) {
            PathAttributes old = neighbor.adjRibIn.received.remove(prefix);
            if (old != null) {
                interner.release(old);
            }
        }
    }

    /** A route from a neighbor, before inbound policy: accepted into the table, or its path removed. */
    private void acceptPath(BgpNeighbor neighbor, Ipv4Prefix prefix, PathAttributes received) {
        PathAttributes accepted = inbound.apply(neighbor, prefix, received);
        if (accepted == null) {
            neighbor.adjRibIn.denied++;
            removePath(neighbor.source, prefix);
            return;
        }
        setPath(neighbor.source, prefix, accepted, 0);
    }

    /** Puts (or replaces) the path of {@code source} for a prefix; identical attributes change nothing. */
    private void setPath(PathSource source, Ipv4Prefix prefix, PathAttributes attributes, int flags) {
        LocRibEntry entry = table.get(prefix);
        if (entry == null) {
            entry = new LocRibEntry(SharedValues.share(prefix));
            table.put(entry.prefix, entry);
            prefixesCreated++;
        }
        BgpPath existing = entry.pathFrom(source);
        PathAttributes shared = interner.intern(attributes);
        BgpNeighbor neighbor = source.isLocal() || source.isImported() ? null : neighbors.get(source.peerAddress());
        if (existing != null) {
            if (existing.attributes == shared && (existing.flags & (BgpPath.AGGREGATE | BgpPath.REDISTRIBUTED)) == flags) {
                interner.release(shared);
                return;
            }
            if (neighbor != null) {
                neighbor.adjRibIn.implicitWithdraws++;
            }
            unlink(entry, existing);
        }
        if (neighbor != null) {
            neighbor.adjRibIn.accepted++;
            neighbor.adjRibIn.totalAccepted++;
        }
        BgpPath path = new BgpPath(shared, source, arrivals++);
        path.flags = flags;
        entry.add(path);
        pathCount++;
        pathsAdded++;
        if (source.isLocal()) {
            localPaths.put(prefix, path);
        }
        decide(entry);
    }

    private void removePath(PathSource source, Ipv4Prefix prefix) {
        if (source == null) {
            return;
        }
        LocRibEntry entry = table.get(prefix);
        BgpPath path = entry == null ? null : entry.pathFrom(source);
        if (path == null) {
            return;
        }
        unlink(entry, path);
        decide(entry);
        discardIfEmpty(entry);
    }

    /** Takes a path out of its entry (counts, interned attributes); the caller decides again. */
    private void unlink(LocRibEntry entry, BgpPath path) {
        entry.remove(path);
        interner.release(path.attributes);
        pathCount--;
        pathsRemoved++;
        if (path.source.isLocal()) {
            localPaths.remove(entry.prefix, path);
        } else if (!path.source.isImported()) {
            BgpNeighbor neighbor = neighbors.get(path.source.peerAddress());
            if (neighbor != null && neighbor.source == path.source) {
                neighbor.adjRibIn.accepted--;
            }
        }
    }

    /** An entry with no path, advertised to nobody and awaited by no neighbor, leaves the table. */
    private void discardIfEmpty(LocRibEntry entry) {
        if (entry.paths != null || entry.advertised != null && !allClear(entry.advertised)) {
            return;
        }
        for (BgpNeighbor neighbor : neighbors.values()) {
            if (neighbor.adjRibOut.pending.contains(entry)) {
                return;
            }
        }
        if (table.get(entry.prefix) == entry) {
            table.remove(entry.prefix);
            prefixesRemoved++;
        }
    }

    private static boolean allClear(long[] bits) {
        for (long word : bits) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }

    // ---- the decision ----

    private BestPathSelection.Settings settings() {
        if (settings == null) {
            BgpConfig config = bgp.config();
            settings = new BestPathSelection.Settings(config.defaultLocalPreference(), config.bestpathOptions(),
                    nextHops::metric);
        }
        return settings;
    }

    /** Runs the decision for one prefix; a change goes to the RIB and to the neighbors. */
    private void decide(LocRibEntry entry) {
        BgpConfig config = bgp.config();
        if (!entry.decide(settings(), config.maximumPaths(), config.maximumPathsIbgp())) {
            return;
        }
        tableVersion++;
        entry.version = (int) tableVersion;
        installInRib(entry);
        advertiseToAll(entry);
        if (!config.aggregates().isEmpty()) {
            scheduleOrigination();
        }
        bgp.bestPathChanged(entry);
    }

    // ---- paths imported from the router's other VRFs ({@link VrfImport}) ----

    /**
     * Sets the copy of {@code exported}, the best path of a prefix in VRF {@code from}, or removes it (null).
     * One imported path per prefix and exporting VRF.
     */
    void importPath(String from, Ipv4Prefix prefix, BgpPath exported) {
        LocRibEntry entry = table.get(prefix);
        BgpPath existing = entry == null ? null : importedFrom(entry, from);
        if (exported == null) {
            if (existing != null) {
                removePath(existing.source, prefix);
            }
            return;
        }
        PathSource source = exported.source.importedFrom(from);
        if (existing != null && !existing.source.equals(source)) {
            removePath(existing.source, prefix);
            existing = null;
        }
        setPath(existing != null ? existing.source : source, prefix, exported.attributes,
                exported.flags & (BgpPath.AGGREGATE | BgpPath.REDISTRIBUTED));
    }

    /** Removes every imported path whose VRF is not among {@code from}. */
    void removeImportedExcept(Set<String> from) {
        for (LocRibEntry entry : List.copyOf(table.unorderedValues())) {
            for (BgpPath path : entry.paths()) {
                if (path.source.isImported() && !from.contains(path.source.importedFrom())) {
                    removePath(path.source, entry.prefix);
                }
            }
        }
    }

    /** The exporting VRF's table changed: the routes of its imported paths are resolved there again. */
    void resolveImportedAgain(String from) {
        for (LocRibEntry entry : table.unorderedValues()) {
            if (entry.best != null && from.equals(entry.best.source.importedFrom())) {
                installInRib(entry);
            }
        }
    }

    private static BgpPath importedFrom(LocRibEntry entry, String vrf) {
        for (BgpPath path = entry.paths; path != null; path = path.next) {
            if (vrf.equals(path.source.importedFrom())) {
                return path;
            }
        }
        return null;
    }

    /**
     * The route of an imported path: resolved in the exporting VRF's table, so it leaves by that VRF's
     * interface (toward the path's next hop, or straight onto the subnet for a prefix the VRF originates
     * from a connected route). Null when it resolves to nothing there.
     */
    private Route importedRoute(Ipv4Prefix prefix, BgpPath path, RouteSource source) {
        org.looplab.routing.Fib fib = router.fib(path.source.importedFrom());
        Ipv4Address nextHop = path.attributes.nextHopBits() == 0 ? null : path.attributes.nextHop();
        org.looplab.routing.FibEntry resolved = nextHop == null ? fib.get(prefix) : fib.lookup(nextHop);
        if (resolved == null) {
            return null;
        }
        org.looplab.routing.Adjacency adjacency = resolved.adjacencies().get(0);
        if (adjacency.kind() == org.looplab.routing.Adjacency.Kind.RECEIVE) {
            return null;
        }
        Ipv4Address via = adjacency.kind() == org.looplab.routing.Adjacency.Kind.VIA ? adjacency.nextHop() : nextHop;
        long med = path.attributes.hasMed() ? path.attributes.med() : 0;
        return new Route(prefix, source, source.defaultDistance(), (int) Math.min(med, Integer.MAX_VALUE), via,
                adjacency.outgoing());
    }

    private void decideAll() {
        for (LocRibEntry entry : table.unorderedValues()) {
            decide(entry);
        }
    }

    /**
     * The winners go to the RIB as recursive routes (next hop only): eBGP distance 20, iBGP 200, the MED
     * as metric; multipaths beside the best. Paths originated by {@code network}/{@code redistribute}
     * are not installed (the route is there already); a local aggregate goes to Null0 with distance 200.
     */
    private void installInRib(LocRibEntry entry) {
        List<Route> external = new ArrayList<>(1);
        List<Route> internal = new ArrayList<>(1);
        BgpPath best = entry.best;
        if (best != null && best.isAggregate()) {
            internal.add(new Route(entry.prefix, RouteSource.IBGP, RouteSource.IBGP.defaultDistance(), 0, null,
                    InterfaceName.nullInterface()));
        } else if (best != null && !best.isLocal()) {
            for (BgpPath path : entry.installable()) {
                RouteSource source = path.isInternal() ? RouteSource.IBGP : RouteSource.EBGP;
                long med = path.attributes.hasMed() ? path.attributes.med() : 0;
                Route route = path.source.isImported() ? importedRoute(entry.prefix, path, source)
                        : new Route(entry.prefix, source, source.defaultDistance(), (int) Math.min(med, Integer.MAX_VALUE),
                                path.attributes.nextHop(), null);
                if (route != null) {
                    (path.isInternal() ? internal : external).add(SharedValues.share(route));
                }
            }
        }
        installing = true;
        try {
            // Only the sources this entry has in the RIB or is putting there (a look-up less per route).
            if (!external.isEmpty() || (entry.installed & LocRibEntry.INSTALLED_EXTERNAL) != 0) {
                rib().replace(entry.prefix, RouteSource.EBGP, external);
            }
            if (!internal.isEmpty() || (entry.installed & LocRibEntry.INSTALLED_INTERNAL) != 0) {
                rib().replace(entry.prefix, RouteSource.IBGP, internal);
            }
            entry.installed = (byte) ((external.isEmpty() ? 0 : LocRibEntry.INSTALLED_EXTERNAL)
                    | (internal.isEmpty() ? 0 : LocRibEntry.INSTALLED_INTERNAL));
        } finally {
            installing = false;
        }
        updateRibFailure(entry);
    }

    /** IOS's {@code r}: the best path is not what the RIB selected for the prefix (a lower distance won). */
    private void updateRibFailure(LocRibEntry entry) {
        BgpPath best = entry.best;
        if (best == null) {
            return;
        }
        boolean failed = false;
        if (!best.isLocal() || best.isAggregate()) {
            List<Route> selected = rib().paths(entry.prefix);
            RouteSource wanted = best.isInternal() || best.isAggregate() ? RouteSource.IBGP : RouteSource.EBGP;
            failed = selected.isEmpty() || selected.get(0).source() != wanted;
        }
        if (failed) {
            best.flags |= BgpPath.RIB_FAILURE;
        } else {
            best.flags &= ~BgpPath.RIB_FAILURE;
        }
    }

    void policyChanged() {
        settings = null;
        if (running) {
            decideAll();
        }
    }

    // ---- the router tells ----

    private void ribChanged(Ipv4Prefix prefix) {
        if (!running || installing) {
            return;
        }
        LocRibEntry entry = table.get(prefix);
        if (entry != null) {
            updateRibFailure(entry);
        }
        igpChanged = true;
        if (nextHopCheck == null) {
            nextHopCheck = kernel().schedule(NEXT_HOP_TRIGGER_DELAY_SECONDS * SECOND, this::nextHopTracking);
        }
        BgpConfig config = bgp.config();
        if (!config.networks().isEmpty() || !config.redistributions().isEmpty()) {
            scheduleOrigination();
        }
        for (BgpNeighbor neighbor : neighbors.values()) {
            if (prefix.contains(neighbor.address)) {
                neighbor.fsm.routeToNeighborChanged();
            }
        }
    }

    /** Next-hop tracking: 5 s after an IGP change, every path's next hop is looked up again. */
    private void nextHopTracking() {
        nextHopCheck = null;
        igpChanged = false;
        nextHops.forget();
        decideAll();
        bgp.tableChanged();
    }

    /**
     * IOS's scanner, every 60 s: next hops and {@code network}/{@code redistribute} checked again. The
     * next hops only when the RIB changed since they were last looked up: next-hop tracking has seen every
     * change already, so in a steady lab the scan costs nothing per path.
     */
    private void scheduleScanner() {
        scanner = kernel().schedule(SCAN_INTERVAL_SECONDS * SECOND, () -> {
            if (!running) {
                return;
            }
            if (igpChanged) {
                igpChanged = false;
                nextHops.forget();
                decideAll();
            }
            origination.run();
            scheduleScanner();
        });
    }

    private void interfaceChanged(Interface changed) {
        if (!running) {
            return;
        }
        if (routerId == null || bgp.config().configuredRouterId() == null && !stillOwned(routerId)) {
            Ipv4Address chosen = chooseRouterId();
            if (!Objects.equals(chosen, routerId)) {
                Ipv4Address previous = routerId;
                routerId = chosen;
                if (previous != null) {
                    for (BgpNeighbor neighbor : neighbors.values()) {
                        neighbor.fsm.stop(FsmEvent.CONFIGURATION_CHANGED, DownReason.ROUTER_ID_CHANGED,
                                org.looplab.bgp.message.NotificationMessage.OTHER_CONFIGURATION_CHANGE);
                    }
                }
            }
        }
        for (BgpNeighbor neighbor : List.copyOf(neighbors.values())) {
            boolean fallover = changed != null && !changed.isProtocolUp() && bgp.config().fastExternalFallover()
                    && !neighbor.isInternal() && neighbor.outgoingTtl() == 1 && changed.address() != null
                    && Objects.equals(changed.vrf(), vrf)
                    && changed.address().subnet().contains(neighbor.address);
            if (fallover) {
                neighbor.fsm.interfaceDown();
            } else {
                neighbor.fsm.reconsider(FsmEvent.CONFIGURATION_CHANGED);
            }
        }
    }

    private boolean stillOwned(Ipv4Address address) {
        for (Interface candidate : router.interfaces()) {
            if (candidate.address() != null && candidate.address().address().equals(address)) {
                return true;
            }
        }
        return false;
    }

    // ---- what the router originates ({@link Origination}) ----

    void originationChanged() {
        if (running) {
            origination.schedule();
        }
    }

    private void scheduleOrigination() {
        if (running) {
            origination.schedule();
        }
    }

    /** The prefixes this router originates now. */
    java.util.Set<Ipv4Prefix> localPrefixes() {
        return localPaths.keySet();
    }

    /** Puts, replaces or removes (null attributes) the local path of a prefix. */
    void setLocalPath(Ipv4Prefix prefix, PathAttributes attributes, int flags) {
        if (attributes == null) {
            removePath(PathSource.LOCAL, prefix);
        } else {
            setPath(PathSource.LOCAL, prefix, attributes, flags);
        }
    }

    /** Every entry of the BGP table, in the table's own (deterministic) order. */
    List<LocRibEntry> allEntries() {
        return table.unorderedValues();
    }

    /** Queues an entry for every Established neighbor's next advertisement run. */
    void advertiseToAll(LocRibEntry entry) {
        for (BgpNeighbor neighbor : neighbors.values()) {
            if (neighbor.isEstablished()) {
                neighbor.adjRibOut.pending.add(entry);
                sender.schedule(neighbor);
            }
        }
    }

    OutboundPolicy outbound() {
        return outbound;
    }

    long tableVersionNow() {
        return tableVersion;
    }

    void entrySent(LocRibEntry entry) {
        discardIfEmpty(entry);
    }

    private void scheduleFlush(BgpNeighbor neighbor) {
        sender.schedule(neighbor);
    }
}
