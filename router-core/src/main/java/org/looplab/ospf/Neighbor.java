package org.looplab.ospf;

import java.util.LinkedHashMap;
import java.util.Map;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.packets.DatabaseDescription;
import org.looplab.sim.SimEvent;

/**
 * A neighbour heard on an OSPF interface (RFC 2328 10): what its hellos declare, the state of the
 * conversation, and the lists of the database exchange and of flooding. Changed by {@link NeighborFsm},
 * {@link DatabaseExchange} and {@link Flooding}; read by {@code show ip ospf neighbor}.
 */
public final class Neighbor {
    final OspfInterface ospfInterface;
    final Ipv4Address routerId;
    Ipv4Address address;
    int priority;
    Ipv4Address declaredDr = Ipv4Address.ANY;
    Ipv4Address declaredBdr = Ipv4Address.ANY;
    NeighborState state = NeighborState.DOWN;
    long stateSinceNanos;
    final long discoveredNanos;
    /** State changes since it was heard ({@code show ip ospf neighbor detail}). */
    int stateChanges;
    /** The options of its last hello (A.2). */
    int options;
    /** When the inactivity timer fires (RFC 10.2 InactivityTimer): the last hello plus the dead interval. */
    long deadlineNanos;
    SimEvent inactivityTimer;

    // Database exchange (10.6, 10.8)
    boolean master;
    int ddSequence;
    boolean summarySent;
    DatabaseDescription lastSent;
    int lastReceivedFlags = -1;
    int lastReceivedSequence;
    SimEvent exchangeRetransmit;

    /** LSAs to ask the neighbour for (10.9), by key, with the header that made us want them. */
    final Map<LsaKey, Lsa> requests = new LinkedHashMap<>();
    /** LSAs flooded to the neighbour and not acknowledged yet (13.3, 13.6). */
    final Map<LsaKey, Lsa> retransmissions = new LinkedHashMap<>();
    SimEvent retransmitTimer;

    Neighbor(OspfInterface ospfInterface, Ipv4Address routerId, Ipv4Address address, long nowNanos) {
        this.ospfInterface = ospfInterface;
        this.routerId = routerId;
        this.address = address;
        this.stateSinceNanos = nowNanos;
        this.discoveredNanos = nowNanos;
    }

    /** When its first hello arrived ({@code Neighbor is up for}). */
    public long discoveredNanos() {
        return discoveredNanos;
    }

    public int stateChanges() {
        return stateChanges;
    }

    /** The options field of its hellos. */
    public int options() {
        return options;
    }

    public Ipv4Address routerId() {
        return routerId;
    }

    /** The neighbour's address on the segment (the source of its hellos). */
    public Ipv4Address address() {
        return address;
    }

    /** The priority from its hellos; IOS shows 0 on point-to-point networks. */
    public int priority() {
        return ospfInterface.networkType() == NetworkType.POINT_TO_POINT ? 0 : priority;
    }

    public NeighborState state() {
        return state;
    }

    public OspfInterface ospfInterface() {
        return ospfInterface;
    }

    /** When the neighbour entered its current state (virtual nanoseconds). */
    public long stateSinceNanos() {
        return stateSinceNanos;
    }

    /** Its role on the segment as IOS prints it after the slash: {@code DR}, {@code BDR}, {@code DROTHER}, or {@code  -} on point-to-point. */
    public String role() {
        if (ospfInterface.networkType() == NetworkType.POINT_TO_POINT) {
            return " -";
        }
        if (address.equals(ospfInterface.dr)) {
            return "DR";
        }
        if (address.equals(ospfInterface.bdr)) {
            return "BDR";
        }
        return "DROTHER";
    }

    /** The State column of {@code show ip ospf neighbor}: {@code FULL/DR}, {@code 2WAY/DROTHER}, {@code FULL/  -}. */
    public String stateText() {
        if (ospfInterface.networkType() == NetworkType.POINT_TO_POINT) {
            return state.text() + "/  -";
        }
        return state.text() + "/" + role();
    }

    /** Time left before the dead timer fires, in nanoseconds ({@code Dead Time 00:00:34}). */
    public long deadTimeRemainingNanos(long nowNanos) {
        return Math.max(0, deadlineNanos - nowNanos);
    }

    /** The DR its hellos declare (0.0.0.0 when none). */
    public Ipv4Address declaredDr() {
        return declaredDr;
    }

    public Ipv4Address declaredBdr() {
        return declaredBdr;
    }

    public int requestCount() {
        return requests.size();
    }

    public int retransmissionCount() {
        return retransmissions.size();
    }

    boolean isDr() {
        return address.equals(ospfInterface.dr);
    }

    boolean isBdr() {
        return address.equals(ospfInterface.bdr);
    }

    @Override
    public String toString() {
        return routerId + "@" + ospfInterface.name().shortName() + " " + state.text();
    }
}
