package org.looplab.ospf;

import java.util.ArrayList;
import java.util.List;
import org.looplab.ospf.packets.LinkStateAck;
import org.looplab.ospf.packets.LinkStateUpdate;

/**
 * The flooding procedure (RFC 2328 13): receiving updates (13, 13.1 which instance is newer, 13.2
 * installing, 13.4 our own LSAs coming back), flooding out (13.3) with a retransmission list per
 * neighbour, acknowledgments (13.5, 13.7), and MaxAge LSAs leaving the database once every neighbour has
 * acknowledged them (14).
 */
final class Flooding {
    /** IOS {@code timers lsa arrival 1000}: a newer instance arriving within a second of the last is dropped (MinLSArrival). */
    static final long MIN_LS_ARRIVAL_NANOS = 1_000_000_000L;

    private final OspfProcess process;

    Flooding(OspfProcess process) {
        this.process = process;
    }

    /** 13: an update from a neighbour. */
    void receiveUpdate(Neighbor from, LinkStateUpdate update) {
        if (!from.state.atLeast(NeighborState.EXCHANGE)) {
            return;
        }
        OspfInterface in = from.ospfInterface;
        OspfArea area = in.area;
        long now = process.kernel().now();
        for (Lsa lsa : update.lsas()) {
            if ((lsa.type() == LsaType.AS_EXTERNAL && !process.carriesExternals(area))
                    || (lsa.type() == LsaType.NSSA_EXTERNAL && process.areaType(area.id) != AreaSettings.Type.NSSA)) {
                continue; // step 3: no AS-external-LSAs in a stub area or NSSA, type 7 only in an NSSA
            }
            LsaKey key = lsa.key();
            LsdbEntry current = area.lsdb.get(key);
            // Step 4: a MaxAge LSA we do not have, with nobody exchanging databases: acknowledge and drop.
            if (lsa.isMaxAge() && current == null && !anyExchanging(area)) {
                in.queueAck(lsa);
                continue;
            }
            int newer = current == null ? 1 : Lsa.compareInstances(lsa.sequence(), lsa.checksum(), lsa.age(),
                    current.lsa.sequence(), current.lsa.checksum(), current.ageAt(now));
            if (newer > 0) {
                // Step 5a: MinLSArrival.
                if (current != null && now - current.installedNanos < MIN_LS_ARRIVAL_NANOS
                        && !current.lsa.advertisingRouter().equals(process.routerId())) {
                    continue;
                }
                boolean floodedBack = floodOut(area, lsa, from);
                removeFromRetransmissions(area, key);
                install(area, lsa, now, current);
                if (lsa.type() == LsaType.AS_EXTERNAL) {
                    copyToOtherAreas(area, lsa, now);
                }
                // Step 5e: flooding back out the receiving interface acknowledges implicitly.
                if (!floodedBack) {
                    in.queueAck(lsa);
                }
                // Step 5f / 13.4: a newer instance of one of our own LSAs.
                if (isSelfOriginated(lsa)) {
                    process.origination().selfOriginatedReceived(area, lsa);
                }
                if (from.state == NeighborState.LOADING && from.requests.isEmpty()) {
                    process.fsm().loadingDone(from);
                }
                continue;
            }
            // Step 6: an instance we asked for that is not newer than ours: the exchange went wrong.
            Lsa requested = from.requests.get(key);
            if (requested != null) {
                process.fsm().restartExchange(from);
                return;
            }
            if (newer == 0) {
                // Step 7: the same instance; an implied acknowledgment if we were waiting for one.
                if (from.retransmissions.remove(key) == null) {
                    in.queueAck(lsa);
                }
                continue;
            }
            // Step 8: ours is newer; send it back unless it is at MaxAge with the highest sequence number.
            if (!(current.lsa.isMaxAge() && current.lsa.sequence() == Lsa.MAX_SEQUENCE)
                    && now - current.installedNanos >= MIN_LS_ARRIVAL_NANOS) {
                in.send(from.address, new LinkStateUpdate(process.routerId(), area.id().asAddress(),
                        List.of(area.ageForTransmission(current.lsa, now))));
            }
        }
    }

    /**
     * AS-external-LSAs are flooded through the whole AS (3.6): each other area that carries them installs
     * the instance in its own database and floods it on, as if it had arrived there.
     */
    private void copyToOtherAreas(OspfArea from, Lsa lsa, long now) {
        for (OspfArea other : process.areaList()) {
            if (other == from || !process.carriesExternals(other)) {
                continue;
            }
            LsdbEntry current = other.lsdb.get(lsa.key());
            if (current != null && Lsa.compareInstances(lsa.sequence(), lsa.checksum(), lsa.age(),
                    current.lsa.sequence(), current.lsa.checksum(), current.ageAt(now)) <= 0) {
                continue;
            }
            removeFromRetransmissions(other, lsa.key());
            floodOut(other, lsa, null);
            install(other, lsa, now, current);
            if (isSelfOriginated(lsa)) {
                process.origination().selfOriginatedReceived(other, lsa);
            }
        }
    }

    private static boolean anyExchanging(OspfArea area) {
        for (OspfInterface iface : area.interfaces) {
            for (Neighbor neighbor : iface.neighbors.values()) {
                if (neighbor.state == NeighborState.EXCHANGE || neighbor.state == NeighborState.LOADING) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean isSelfOriginated(Lsa lsa) {
        return lsa.advertisingRouter().equals(process.routerId());
    }

    /**
     * 13.3: puts the LSA on the retransmission list of every neighbour that should get it and queues it on
     * their interfaces. {@code from} is null for our own LSAs. Returns true when it went back out the
     * interface it came in on.
     */
    boolean floodOut(OspfArea area, Lsa lsa, Neighbor from) {
        LsaKey key = lsa.key();
        boolean floodedBack = false;
        for (OspfInterface iface : area.interfaces) {
            if (!iface.isUp() || iface.passive || iface.neighbors.isEmpty()) {
                continue;
            }
            boolean added = false;
            for (Neighbor neighbor : iface.neighbors.values()) {
                if (!neighbor.state.atLeast(NeighborState.EXCHANGE)) {
                    continue;
                }
                if (neighbor.state != NeighborState.FULL) {
                    Lsa requested = neighbor.requests.get(key);
                    if (requested != null) {
                        int cmp = Lsa.compareInstances(lsa.sequence(), lsa.checksum(), lsa.age(),
                                requested.sequence(), requested.checksum(), requested.age());
                        if (cmp < 0) {
                            continue;
                        }
                        neighbor.requests.remove(key);
                        if (neighbor.state == NeighborState.LOADING && neighbor.requests.isEmpty()) {
                            process.fsm().loadingDone(neighbor);
                        }
                        if (cmp == 0) {
                            continue;
                        }
                    }
                }
                if (neighbor == from) {
                    continue;
                }
                neighbor.retransmissions.put(key, lsa);
                armRetransmit(neighbor);
                added = true;
            }
            if (!added) {
                continue;
            }
            if (from != null && iface == from.ospfInterface) {
                if (iface.networkType == NetworkType.BROADCAST && (from.isDr() || from.isBdr())) {
                    continue; // the DR floods it to the segment; the neighbours heard it already
                }
                if (iface.state == InterfaceState.BACKUP) {
                    continue; // the DR will flood it; the BDR only listens
                }
                floodedBack = true;
            }
            iface.queueFlood(lsa);
        }
        return floodedBack;
    }

    private void removeFromRetransmissions(OspfArea area, LsaKey key) {
        for (OspfInterface iface : area.interfaces) {
            for (Neighbor neighbor : iface.neighbors.values()) {
                neighbor.retransmissions.remove(key);
            }
        }
    }

    /** 13.2: installs an instance; a change in contents schedules the SPF calculation. */
    void install(OspfArea area, Lsa lsa, long now) {
        install(area, lsa, now, area.lsdb.get(lsa.key()));
    }

    /** {@code current} is the database's entry for the LSA's key, or null. */
    private void install(OspfArea area, Lsa lsa, long now, LsdbEntry current) {
        boolean changed = current == null || current.lsa.isMaxAge() != lsa.isMaxAge()
                || (current.lsa.body() != lsa.body() && !current.lsa.body().equals(lsa.body()));
        area.lsdb.install(lsa, now, current);
        if (changed) {
            process.spf().schedule();
        }
        if (lsa.isMaxAge()) {
            process.aging().noteMaxAge(area, lsa.key());
        } else {
            process.aging().noteInstalled(now, lsa.age(), isSelfOriginated(lsa));
        }
    }

    /** Installs and floods one of our own new instances (12.4). */
    void originate(OspfArea area, Lsa lsa) {
        long now = process.kernel().now();
        removeFromRetransmissions(area, lsa.key());
        install(area, lsa, now);
        floodOut(area, lsa, null);
    }

    /** 14.1: premature aging: the LSA at MaxAge, flooded so that every router removes it. */
    void flush(OspfArea area, LsdbEntry entry) {
        if (entry.lsa.isMaxAge() && entry.installedNanos == process.kernel().now()) {
            return;
        }
        Lsa aged = entry.lsa.withAge(Lsa.MAX_AGE);
        originate(area, aged);
        process.aging().noteMaxAge(area, aged.key());
    }

    /** 13.7: acknowledgments remove LSAs from the neighbour's retransmission list. */
    void receiveAck(Neighbor from, LinkStateAck ack) {
        if (!from.state.atLeast(NeighborState.EXCHANGE)) {
            return;
        }
        long now = process.kernel().now();
        OspfArea area = from.ospfInterface.area;
        for (Lsa header : ack.headers()) {
            LsaKey key = header.key();
            Lsa listed = from.retransmissions.get(key);
            if (listed != null && Lsa.compareInstances(header.sequence(), header.checksum(), header.age(),
                    listed.sequence(), listed.checksum(), area.ageForTransmission(listed, now).age()) == 0) {
                from.retransmissions.remove(key);
                if (listed.isMaxAge()) {
                    process.aging().noteMaxAge(area, key);
                }
            }
        }
    }

    /** Resends unacknowledged LSAs to the neighbour every RxmtInterval (13.6), directly to its address. */
    private void armRetransmit(Neighbor neighbor) {
        if (neighbor.retransmitTimer != null) {
            return;
        }
        neighbor.retransmitTimer = process.kernel().schedule(OspfInterface.RETRANSMIT_INTERVAL * 1_000_000_000L, () -> {
            neighbor.retransmitTimer = null;
            if (neighbor.retransmissions.isEmpty() || !neighbor.state.atLeast(NeighborState.EXCHANGE)) {
                return;
            }
            OspfArea area = neighbor.ospfInterface.area;
            long now = process.kernel().now();
            List<Lsa> again = new ArrayList<>(neighbor.retransmissions.size());
            for (Lsa lsa : neighbor.retransmissions.values()) {
                again.add(area.ageForTransmission(lsa, now));
            }
            neighbor.ospfInterface.send(neighbor.address, new LinkStateUpdate(process.routerId(),
                    area.id().asAddress(), again));
            armRetransmit(neighbor);
        });
    }

    /** True when some neighbour still has to acknowledge the LSA, or a database exchange may need it (14). */
    boolean stillNeeded(OspfArea area, LsaKey key) {
        for (OspfInterface iface : area.interfaces) {
            for (Neighbor neighbor : iface.neighbors.values()) {
                if (neighbor.retransmissions.containsKey(key)) {
                    return true;
                }
            }
        }
        return anyExchanging(area);
    }
}
