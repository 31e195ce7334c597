package org.looplab.ospf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.net.InterfaceAddress;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.packets.Hello;
import org.looplab.ospf.packets.LinkStateAck;
import org.looplab.ospf.packets.LinkStateUpdate;
import org.looplab.ospf.packets.Authentication;
import org.looplab.ospf.packets.OspfMessage;
import org.looplab.ospf.packets.OspfPacket;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.sim.SimEvent;

/**
 * An interface running OSPF in one process and area (RFC 2328 9): its parameters, its state (9.1), the
 * DR and BDR of its segment, its neighbours, and its hello and wait timers. Hellos go to 224.0.0.5 every
 * hello interval; IOS sends them without jitter.
 */
public final class OspfInterface {
    public static final int DEFAULT_HELLO = 10;
    public static final int RETRANSMIT_INTERVAL = 5;
    public static final int TRANSMIT_DELAY = 1;
    public static final int DEFAULT_PRIORITY = 1;
    /** Hello options (A.2): E, external routing capable (not in a stub area or NSSA); N, an NSSA (RFC 3101). */
    static final int OPTION_E = 0x02;
    static final int OPTION_NP = 0x08;

    final OspfProcess process;
    final OspfArea area;
    final Interface iface;
    final InterfaceAddress address;
    final boolean viaInterfaceConfig;
    NetworkType networkType;
    InterfaceState state = InterfaceState.DOWN;
    boolean passive;
    int cost;
    int priority;
    int helloInterval;
    int deadInterval;
    Ipv4Address dr = Ipv4Address.ANY;
    Ipv4Address bdr = Ipv4Address.ANY;
    final Map<Ipv4Address, Neighbor> neighbors = new LinkedHashMap<>();
    SimEvent helloTimer;
    long nextHelloNanos;
    SimEvent waitTimer;
    final List<Lsa> pendingFlood = new ArrayList<>();
    final List<Lsa> pendingAcks = new ArrayList<>();
    boolean flushScheduled;
    private long duplicateLoggedNanos = -1;
    private static final long DUPLICATE_LOG_INTERVAL_NANOS = 60_000_000_000L;

    OspfInterface(OspfProcess process, OspfArea area, Interface iface, boolean viaInterfaceConfig) {
        this.process = process;
        this.area = area;
        this.iface = iface;
        this.address = iface.address();
        this.viaInterfaceConfig = viaInterfaceConfig;
        applySettings();
    }

    /** Reads the {@code ip ospf} lines and the process's reference bandwidth; true when the network type changed. */
    boolean applySettings() {
        OspfInterfaceSettings settings = process.ospf().settings(iface.name());
        NetworkType before = networkType;
        if (iface.isLoopback()) {
            networkType = settings.networkType() == NetworkType.POINT_TO_POINT ? NetworkType.POINT_TO_POINT
                    : NetworkType.LOOPBACK;
        } else {
            // IOS: a GRE tunnel is point-to-point by default, hellos to 224.0.0.5 through the tunnel.
            NetworkType byDefault = iface.isTunnel() ? NetworkType.POINT_TO_POINT : NetworkType.BROADCAST;
            networkType = settings.networkType() != null ? settings.networkType() : byDefault;
        }
        if (settings.cost() != null) {
            cost = settings.cost();
        } else {
            // IOS: reference bandwidth / interface bandwidth, at least 1 (auto-cost).
            long kbps = iface.bandwidthKbps();
            cost = (int) Math.max(1, Math.min(65535, process.referenceBandwidthMbps() * 1000 / kbps));
        }
        priority = settings.priority() != null ? settings.priority() : DEFAULT_PRIORITY;
        helloInterval = settings.helloInterval() != null ? settings.helloInterval() : DEFAULT_HELLO;
        // IOS: the dead interval follows the hello interval (four times) unless it is set itself.
        deadInterval = settings.deadInterval() != null ? settings.deadInterval() : 4 * helloInterval;
        passive = process.isPassive(iface.name());
        return before != null && before != networkType;
    }

    // ---- what show ip ospf interface prints ----

    public InterfaceName name() {
        return iface.name();
    }

    public Interface routerInterface() {
        return iface;
    }

    public OspfProcess process() {
        return process;
    }

    public AreaId areaId() {
        return area.id();
    }

    public InterfaceAddress address() {
        return address;
    }

    /** True when enabled by {@code ip ospf N area X} ("Attached via Interface Enable"), false by a network statement. */
    public boolean attachedViaInterfaceConfig() {
        return viaInterfaceConfig;
    }

    public NetworkType networkType() {
        return networkType;
    }

    public InterfaceState state() {
        return state;
    }

    public boolean isPassive() {
        return passive;
    }

    public int cost() {
        return cost;
    }

    public int priority() {
        return priority;
    }

    public int helloInterval() {
        return helloInterval;
    }

    public int deadInterval() {
        return deadInterval;
    }

    /** The wait timer equals the dead interval (RFC 2328 9). */
    public int waitInterval() {
        return deadInterval;
    }

    public int retransmitInterval() {
        return RETRANSMIT_INTERVAL;
    }

    public int transmitDelay() {
        return TRANSMIT_DELAY;
    }

    /** The DR's interface address, 0.0.0.0 when none. */
    public Ipv4Address drAddress() {
        return dr;
    }

    public Ipv4Address bdrAddress() {
        return bdr;
    }

    /** The DR's router id, or null when there is none or it is not known. */
    public Ipv4Address drId() {
        return routerIdAt(dr);
    }

    public Ipv4Address bdrId() {
        return routerIdAt(bdr);
    }

    private Ipv4Address routerIdAt(Ipv4Address segmentAddress) {
        if (segmentAddress.equals(Ipv4Address.ANY)) {
            return null;
        }
        if (segmentAddress.equals(address.address())) {
            return process.routerId();
        }
        for (Neighbor neighbor : neighbors.values()) {
            if (neighbor.address.equals(segmentAddress)) {
                return neighbor.routerId;
            }
        }
        return null;
    }

    /** Nanoseconds until the next hello ({@code Hello due in 00:00:03}), or -1 when none is sent. */
    public long helloDueNanos(long nowNanos) {
        return helloTimer == null || helloTimer.isCancelled() ? -1 : Math.max(0, nextHelloNanos - nowNanos);
    }

    public Collection<Neighbor> neighbors() {
        return List.copyOf(neighbors.values());
    }

    public int neighborCount() {
        return neighbors.size();
    }

    /** Neighbours in state FULL ({@code Adjacent neighbor count}, the F of {@code F/C}). */
    public int adjacentCount() {
        int full = 0;
        for (Neighbor neighbor : neighbors.values()) {
            if (neighbor.state == NeighborState.FULL) {
                full++;
            }
        }
        return full;
    }

    // ---- interface state machine (RFC 2328 9.3) ----

    boolean isUp() {
        return state != InterfaceState.DOWN;
    }

    /** InterfaceUp. */
    void up() {
        if (isUp()) {
            return;
        }
        long now = process.kernel().now();
        if (networkType == NetworkType.LOOPBACK) {
            state = InterfaceState.LOOPBACK;
        } else if (networkType == NetworkType.POINT_TO_POINT) {
            state = InterfaceState.POINT_TO_POINT;
        } else if (priority == 0) {
            state = InterfaceState.DR_OTHER;
        } else {
            state = InterfaceState.WAITING;
            waitTimer = process.kernel().schedule(deadInterval * 1_000_000_000L, this::waitTimerFired);
        }
        OspfDebug.interfaceGoing(this, true);
        if (networkType != NetworkType.LOOPBACK && !passive) {
            nextHelloNanos = now;
            helloTimer = process.kernel().schedule(0, this::helloTimerFired);
        }
        process.origination().requestSync(area);
    }

    /** InterfaceDown: every neighbour goes (KillNbr), the timers stop. */
    void down(String reason) {
        if (!isUp()) {
            return;
        }
        OspfDebug.interfaceGoing(this, false);
        for (Neighbor neighbor : new ArrayList<>(neighbors.values())) {
            process.fsm().kill(neighbor, reason);
        }
        cancel(helloTimer);
        cancel(waitTimer);
        helloTimer = null;
        waitTimer = null;
        state = InterfaceState.DOWN;
        dr = Ipv4Address.ANY;
        bdr = Ipv4Address.ANY;
        pendingFlood.clear();
        pendingAcks.clear();
        process.origination().requestSync(area);
    }

    private static void cancel(SimEvent event) {
        if (event != null) {
            event.cancel();
        }
    }

    private void waitTimerFired() {
        waitTimer = null;
        if (state == InterfaceState.WAITING) {
            electDr();
        }
    }

    /** BackupSeen (9.2): the segment already has a DR or BDR, no need to wait. */
    void backupSeen() {
        if (state == InterfaceState.WAITING) {
            cancel(waitTimer);
            waitTimer = null;
            electDr();
        }
    }

    /** NeighborChange (9.2): re-run the election unless still waiting. */
    void neighborChange() {
        if (state == InterfaceState.DR || state == InterfaceState.BACKUP || state == InterfaceState.DR_OTHER) {
            electDr();
        }
    }

    private void electDr() {
        Ipv4Address oldDr = dr;
        Ipv4Address oldBdr = bdr;
        InterfaceState oldState = state;
        DrElection.elect(this);
        if (oldDr.equals(dr) && oldBdr.equals(bdr) && oldState == state) {
            return;
        }
        // AdjOK? on every neighbour in 2-Way or above (10.4): adjacencies form or go with the new roles.
        for (Neighbor neighbor : new ArrayList<>(neighbors.values())) {
            process.fsm().adjacencyOk(neighbor);
        }
        process.origination().requestSync(area);
    }

    /** Whether an adjacency should form with this neighbour (10.4). */
    boolean shouldBeAdjacent(Neighbor neighbor) {
        if (networkType == NetworkType.POINT_TO_POINT) {
            return true;
        }
        return state == InterfaceState.DR || state == InterfaceState.BACKUP || neighbor.isDr() || neighbor.isBdr();
    }

    Neighbor fullDr() {
        for (Neighbor neighbor : neighbors.values()) {
            if (neighbor.isDr() && neighbor.state == NeighborState.FULL) {
                return neighbor;
            }
        }
        return null;
    }

    // ---- hellos (RFC 2328 9.5, 10.5) ----

    private void helloTimerFired() {
        if (!isUp()) {
            return;
        }
        sendHello();
        nextHelloNanos = process.kernel().now() + helloInterval * 1_000_000_000L;
        helloTimer = process.kernel().schedule(helloInterval * 1_000_000_000L, this::helloTimerFired);
    }

    void sendHello() {
        List<Ipv4Address> heard = new ArrayList<>(neighbors.size());
        for (Neighbor neighbor : neighbors.values()) {
            if (neighbor.state.atLeast(NeighborState.INIT)) {
                heard.add(neighbor.routerId);
            }
        }
        Hello hello = new Hello(process.routerId(), area.id().asAddress(), address.mask(), helloInterval,
                helloOptions(), priority, deadInterval, dr, bdr, heard);
        send(OspfPacket.ALL_SPF_ROUTERS, hello);
        OspfDebug.helloSent(this, OspfPacket.ALL_SPF_ROUTERS);
    }

    private int helloOptions() {
        return switch (process.areaType(area.id)) {
            case NORMAL -> OPTION_E;
            case STUB -> 0;
            case NSSA -> OPTION_NP;
        };
    }

    void receiveHello(Ipv4Address source, Hello hello) {
        if (passive || !isUp() || networkType == NetworkType.LOOPBACK) {
            return;
        }
        OspfDebug.helloReceived(this, source, hello);
        // 10.5: the parameters must match, the mask too except on point-to-point networks.
        if (hello.helloInterval() != helloInterval || hello.deadInterval() != deadInterval
                || networkType == NetworkType.BROADCAST && !hello.networkMask().equals(address.mask())) {
            OspfDebug.helloMismatch(this, source, hello);
            return;
        }
        // 10.5: the E bit (and RFC 3101's N bit) must agree: both ends stub, NSSA or neither. IOS drops the
        // hello without a log message (debug ip ospf hello: "mismatched Stub/Transit area option bit").
        if (((hello.options() ^ helloOptions()) & (OPTION_E | OPTION_NP)) != 0) {
            OspfDebug.helloOptionMismatch(this, source);
            return;
        }
        if (hello.routerId().equals(process.routerId())) {
            // Our own router id from another router: IOS ignores the hello and says so, once a minute here.
            long now = process.kernel().now();
            if (duplicateLoggedNanos < 0 || now - duplicateLoggedNanos >= DUPLICATE_LOG_INTERVAL_NANOS) {
                duplicateLoggedNanos = now;
                process.router().log("%OSPF-4-DUP_RTRID_NBR: OSPF detected duplicate router-id " + hello.routerId()
                        + " from " + source + " on interface " + iface.name().fullName());
            }
            return;
        }
        long now = process.kernel().now();
        Neighbor neighbor = neighbors.get(hello.routerId());
        if (neighbor == null) {
            neighbor = new Neighbor(this, hello.routerId(), source, now);
            neighbor.priority = hello.priority();
            neighbors.put(hello.routerId(), neighbor);
        }
        int oldPriority = neighbor.priority;
        Ipv4Address oldDr = neighbor.declaredDr;
        Ipv4Address oldBdr = neighbor.declaredBdr;
        neighbor.address = source;
        neighbor.options = hello.options();
        neighbor.priority = hello.priority();
        neighbor.declaredDr = hello.designatedRouter();
        neighbor.declaredBdr = hello.backupDesignatedRouter();
        NeighborFsm fsm = process.fsm();
        fsm.helloReceived(neighbor);
        if (!hello.neighbors().contains(process.routerId())) {
            fsm.oneWayReceived(neighbor);
            return;
        }
        fsm.twoWayReceived(neighbor);
        if (networkType != NetworkType.BROADCAST || neighbor.state == NeighborState.DOWN) {
            return;
        }
        boolean declaresDr = source.equals(neighbor.declaredDr);
        boolean declaredDr = source.equals(oldDr);
        boolean declaresBdr = source.equals(neighbor.declaredBdr);
        boolean declaredBdr = source.equals(oldBdr);
        if (state == InterfaceState.WAITING
                && ((declaresDr && neighbor.declaredBdr.equals(Ipv4Address.ANY)) || declaresBdr)) {
            backupSeen();
        } else if (declaresDr != declaredDr || declaresBdr != declaredBdr || oldPriority != neighbor.priority) {
            neighborChange();
        }
    }

    // ---- sending ----

    void send(Ipv4Address destination, OspfPacket packet) {
        // The cryptographic sequence number only has to grow (D.3): the virtual seconds do.
        long sequence = process.kernel().now() / 1_000_000_000L;
        Authentication authentication = OspfAuthentication.sign(packet, authenticationType(), settings(), sequence);
        process.router().lab().dataPlane().sendOnLink(process.router(), iface, destination,
                new OspfMessage(packet, authentication));
    }

    private OspfInterfaceSettings settings() {
        return process.ospf().settings(iface.name());
    }

    /** The authentication in force: {@code ip ospf authentication}, else the area's. */
    public AuthenticationType authenticationType() {
        return OspfAuthentication.effectiveType(settings(), process.areaSettings(area.id));
    }

    /** The youngest {@code message-digest-key} (the one we send with), or 0 when none. */
    public int youngestKeyId() {
        var keys = settings().messageDigestKeys();
        return keys.isEmpty() ? 0 : java.util.Collections.max(keys.keySet());
    }

    /** 8.2 and D: a packet whose authentication does not match ours is dropped. */
    boolean accepts(OspfMessage message) {
        return OspfAuthentication.accepts(message.packet(), message.authentication(), authenticationType(), settings());
    }

    /** The flooding destination (13.3): AllSPFRouters, or AllDRouters from a DR-other on a broadcast segment. */
    Ipv4Address floodDestination() {
        return networkType == NetworkType.BROADCAST && state == InterfaceState.DR_OTHER
                ? OspfPacket.ALL_D_ROUTERS : OspfPacket.ALL_SPF_ROUTERS;
    }

    /** Queues an LSA to flood on this interface; all queued in one event leave in one update. */
    void queueFlood(Lsa lsa) {
        pendingFlood.add(lsa);
        scheduleFlush();
    }

    void queueAck(Lsa header) {
        pendingAcks.add(header);
        scheduleFlush();
    }

    private void scheduleFlush() {
        if (!flushScheduled) {
            flushScheduled = true;
            process.kernel().schedule(0, this::flush);
        }
    }

    void flush() {
        flushScheduled = false;
        if (!isUp()) {
            pendingFlood.clear();
            pendingAcks.clear();
            return;
        }
        Ipv4Address rid = process.routerId();
        Ipv4Address areaAddress = area.id().asAddress();
        if (!pendingFlood.isEmpty()) {
            // The age grows by InfTransDelay on the way out (13.3). No database look-up is needed for the
            // current age: an LSA is queued only by Flooding.floodOut, in the event that installs it (13.2,
            // 12.4), and this flush runs at that same virtual time, so its age in the database is the age
            // it was installed with (or, replaced meanwhile, the instance's own age: the same number).
            List<Lsa> out = new ArrayList<>(pendingFlood.size());
            for (Lsa lsa : pendingFlood) {
                out.add(lsa.withAge(Math.min(Lsa.MAX_AGE, lsa.age() + TRANSMIT_DELAY)));
            }
            pendingFlood.clear();
            send(floodDestination(), new LinkStateUpdate(rid, areaAddress, out));
        }
        if (!pendingAcks.isEmpty()) {
            List<Lsa> acks = new ArrayList<>(pendingAcks);
            pendingAcks.clear();
            send(floodDestination(), new LinkStateAck(rid, areaAddress, acks));
        }
    }

    @Override
    public String toString() {
        return iface + " area " + area.id() + " " + state.text();
    }
}
