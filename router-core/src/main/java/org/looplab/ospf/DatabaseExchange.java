package org.looplab.ospf;

import java.util.ArrayList;
import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.ospf.packets.DatabaseDescription;
import org.looplab.ospf.packets.LinkStateRequest;
import org.looplab.ospf.packets.LinkStateUpdate;

/**
 * Database exchange (RFC 2328 10.6-10.9): master/slave negotiation in ExStart, the database summary in
 * Database Description packets, then Link State Requests for what the neighbour has newer. Our whole
 * summary fits in one packet here (the lab carries a DBD of any size), so the master sends it in the
 * packet after the negotiation and the exchange ends when the slave acknowledges it; the sequence numbers,
 * the M/MS/I bits, duplicates and retransmission still follow the RFC.
 */
final class DatabaseExchange {
    private final OspfProcess process;

    DatabaseExchange(OspfProcess process) {
        this.process = process;
    }

    /** ExStart: the empty packet with I, M and MS set, retransmitted until the neighbour answers. */
    void sendInitial(Neighbor neighbor) {
        DatabaseDescription packet = new DatabaseDescription(process.routerId(),
                neighbor.ospfInterface.area.id().asAddress(), ipMtu(neighbor),
                DatabaseDescription.INIT | DatabaseDescription.MORE | DatabaseDescription.MASTER,
                neighbor.ddSequence, List.of());
        sendDd(neighbor, packet, true);
    }

    private void sendDd(Neighbor neighbor, DatabaseDescription packet, boolean retransmit) {
        neighbor.lastSent = packet;
        neighbor.ospfInterface.send(neighbor.address, packet);
        if (neighbor.exchangeRetransmit != null) {
            neighbor.exchangeRetransmit.cancel();
            neighbor.exchangeRetransmit = null;
        }
        if (retransmit) {
            armRetransmit(neighbor);
        }
    }

    /** The master (and ExStart) resends its last packet every RxmtInterval until answered (10.8). */
    private void armRetransmit(Neighbor neighbor) {
        neighbor.exchangeRetransmit = process.kernel().schedule(OspfInterface.RETRANSMIT_INTERVAL * 1_000_000_000L,
                () -> {
                    neighbor.exchangeRetransmit = null;
                    boolean exchanging = neighbor.state == NeighborState.EX_START
                            || (neighbor.state == NeighborState.EXCHANGE && neighbor.master);
                    if (exchanging && neighbor.lastSent != null) {
                        neighbor.ospfInterface.send(neighbor.address, neighbor.lastSent);
                        armRetransmit(neighbor);
                    } else if (neighbor.state == NeighborState.LOADING || neighbor.state == NeighborState.EXCHANGE) {
                        if (!neighbor.requests.isEmpty()) {
                            sendRequests(neighbor);
                        }
                    }
                });
    }

    /** Headers of every LSA in the area but those at MaxAge (10.3, ExchangeStart). */
    private List<Lsa> summary(Neighbor neighbor) {
        OspfArea area = neighbor.ospfInterface.area;
        long now = process.kernel().now();
        List<Lsa> headers = new ArrayList<>(area.lsdb.size());
        for (LsdbEntry entry : area.lsdb.all()) {
            int age = entry.ageAt(now);
            if (age < Lsa.MAX_AGE) {
                headers.add(entry.lsa.withAge(age));
            }
        }
        return headers;
    }

    /** The Interface MTU field (10.6): the IP MTU of the interface the neighbour is on. */
    private static int ipMtu(Neighbor neighbor) {
        return neighbor.ospfInterface.routerInterface().ipMtu();
    }

    void receive(Neighbor neighbor, DatabaseDescription packet) {
        OspfInterface on = neighbor.ospfInterface;
        if (packet.interfaceMtu() > ipMtu(neighbor) && !process.ospf().settings(on.name()).mtuIgnore()) {
            // 10.6: a DBD announcing bigger packets than we take unfragmented is rejected, so the exchange
            // never completes (stuck in EXSTART/EXCHANGE) until "ip ospf mtu-ignore".
            OspfDebug.largerMtu(on, neighbor.routerId);
            return;
        }
        NeighborFsm fsm = process.fsm();
        if (neighbor.state == NeighborState.INIT) {
            fsm.twoWayReceived(neighbor);
        }
        switch (neighbor.state) {
            case DOWN, INIT, TWO_WAY -> { }
            case EX_START -> negotiate(neighbor, packet);
            case EXCHANGE -> exchange(neighbor, packet);
            case LOADING, FULL -> {
                if (isDuplicate(neighbor, packet)) {
                    if (!neighbor.master && neighbor.lastSent != null) {
                        neighbor.ospfInterface.send(neighbor.address, neighbor.lastSent);
                    }
                } else {
                    fsm.restartExchange(neighbor);
                }
            }
        }
    }

    private static boolean isDuplicate(Neighbor neighbor, DatabaseDescription packet) {
        return packet.flags() == neighbor.lastReceivedFlags && packet.sequence() == neighbor.lastReceivedSequence;
    }

    private void negotiate(Neighbor neighbor, DatabaseDescription packet) {
        Ipv4Address ours = process.routerId();
        if (packet.init() && packet.more() && packet.master() && packet.headers().isEmpty()
                && neighbor.routerId.compareTo(ours) > 0) {
            // The neighbour is master: we adopt its sequence number and answer with our whole summary.
            neighbor.master = false;
            neighbor.ddSequence = packet.sequence();
            remember(neighbor, packet);
            process.fsm().negotiationDone(neighbor);
            List<Lsa> headers = summary(neighbor);
            neighbor.summarySent = true;
            sendDd(neighbor, new DatabaseDescription(ours, neighbor.ospfInterface.area.id().asAddress(), ipMtu(neighbor), 0,
                    neighbor.ddSequence, headers), false);
        } else if (!packet.init() && !packet.master() && packet.sequence() == neighbor.ddSequence
                && neighbor.routerId.compareTo(ours) < 0) {
            // We are master; this packet is the slave's first, acknowledging our ExStart packet.
            neighbor.master = true;
            process.fsm().negotiationDone(neighbor);
            exchange(neighbor, packet);
        }
    }

    private void exchange(Neighbor neighbor, DatabaseDescription packet) {
        if (isDuplicate(neighbor, packet)) {
            if (!neighbor.master && neighbor.lastSent != null) {
                neighbor.ospfInterface.send(neighbor.address, neighbor.lastSent);
            }
            return;
        }
        if (packet.master() == neighbor.master || packet.init()) {
            process.fsm().restartExchange(neighbor);
            return;
        }
        Ipv4Address ours = process.routerId();
        Ipv4Address area = neighbor.ospfInterface.area.id().asAddress();
        if (neighbor.master) {
            if (packet.sequence() != neighbor.ddSequence) {
                process.fsm().restartExchange(neighbor);
                return;
            }
            remember(neighbor, packet);
            note(neighbor, packet.headers());
            if (neighbor.summarySent && !packet.more()) {
                process.fsm().exchangeDone(neighbor);
                return;
            }
            neighbor.ddSequence++;
            neighbor.summarySent = true;
            sendDd(neighbor, new DatabaseDescription(ours, area, ipMtu(neighbor), DatabaseDescription.MASTER,
                    neighbor.ddSequence, summary(neighbor)), true);
        } else {
            if (packet.sequence() != neighbor.ddSequence + 1) {
                process.fsm().restartExchange(neighbor);
                return;
            }
            remember(neighbor, packet);
            neighbor.ddSequence = packet.sequence();
            note(neighbor, packet.headers());
            sendDd(neighbor, new DatabaseDescription(ours, area, ipMtu(neighbor), 0, neighbor.ddSequence, List.of()), false);
            if (!packet.more()) {
                process.fsm().exchangeDone(neighbor);
            }
        }
    }

    private static void remember(Neighbor neighbor, DatabaseDescription packet) {
        neighbor.lastReceivedFlags = packet.flags();
        neighbor.lastReceivedSequence = packet.sequence();
    }

    /** 10.6: every header newer than our copy (or that we lack) goes on the request list. */
    private void note(Neighbor neighbor, List<Lsa> headers) {
        OspfArea area = neighbor.ospfInterface.area;
        long now = process.kernel().now();
        for (Lsa header : headers) {
            LsdbEntry ours = area.lsdb.get(header.key());
            if (ours == null || Lsa.compareInstances(header.sequence(), header.checksum(), header.age(),
                    ours.lsa.sequence(), ours.lsa.checksum(), ours.ageAt(now)) > 0) {
                neighbor.requests.put(header.key(), header);
            }
        }
    }

    /** Loading: one request for everything still missing, repeated every RxmtInterval (10.9). */
    void sendRequests(Neighbor neighbor) {
        neighbor.ospfInterface.send(neighbor.address, new LinkStateRequest(process.routerId(),
                neighbor.ospfInterface.area.id().asAddress(), new ArrayList<>(neighbor.requests.keySet())));
        if (neighbor.exchangeRetransmit != null) {
            neighbor.exchangeRetransmit.cancel();
        }
        armRetransmit(neighbor);
    }

    /** 10.7: answer with the LSAs asked for; one we do not have is BadLSReq. */
    void receiveRequest(Neighbor neighbor, LinkStateRequest request) {
        if (!neighbor.state.atLeast(NeighborState.EXCHANGE)) {
            return;
        }
        OspfArea area = neighbor.ospfInterface.area;
        long now = process.kernel().now();
        List<Lsa> answer = new ArrayList<>(request.requests().size());
        for (LsaKey key : request.requests()) {
            LsdbEntry entry = area.lsdb.get(key);
            if (entry == null) {
                process.fsm().restartExchange(neighbor);
                return;
            }
            answer.add(area.ageForTransmission(entry.lsa, now));
        }
        if (!answer.isEmpty()) {
            neighbor.ospfInterface.send(neighbor.address, new LinkStateUpdate(process.routerId(),
                    area.id().asAddress(), answer));
        }
    }
}
