package org.looplab.ospf;

import org.looplab.debug.DebugFlag;
import org.looplab.sim.SimEvent;

/**
 * The neighbour state machine of RFC 2328 10.3: one method per event, each transition named by its
 * event. Entering or leaving FULL changes the router-LSA (and the network-LSA on a DR), so it asks for
 * the area's LSAs to be brought up to date. With IOS's default {@code log-adjacency-changes}, transitions
 * to FULL and to DOWN are logged as {@code %OSPF-5-ADJCHG}.
 */
final class NeighborFsm {
    static final String DEAD_TIMER_EXPIRED = "Neighbor Down: Dead timer expired";
    static final String INTERFACE_DOWN = "Neighbor Down: Interface down or detached";
    static final String FORCED_RESET = "Neighbor Down: Adjacency forced to reset";
    static final String LOADING_DONE = "Loading Done";
    static final String EXCHANGE_DONE = "Exchange Done";

    private final OspfProcess process;

    NeighborFsm(OspfProcess process) {
        this.process = process;
    }

    /** HelloReceived: Down -> Init, and the inactivity timer restarts. */
    void helloReceived(Neighbor neighbor) {
        long now = process.kernel().now();
        neighbor.deadlineNanos = now + neighbor.ospfInterface.deadInterval * 1_000_000_000L;
        if (neighbor.inactivityTimer == null) {
            scheduleInactivity(neighbor);
        }
        if (neighbor.state == NeighborState.DOWN) {
            change(neighbor, NeighborState.INIT, null);
        }
    }

    /** The timer fires at the deadline; a hello since then moved the deadline, so it re-arms (no cancel per hello). */
    private void scheduleInactivity(Neighbor neighbor) {
        long delay = neighbor.deadlineNanos - process.kernel().now();
        neighbor.inactivityTimer = process.kernel().schedule(Math.max(0, delay), () -> {
            neighbor.inactivityTimer = null;
            if (neighbor.state == NeighborState.DOWN) {
                return;
            }
            if (process.kernel().now() >= neighbor.deadlineNanos) {
                kill(neighbor, DEAD_TIMER_EXPIRED);
            } else {
                scheduleInactivity(neighbor);
            }
        });
    }

    /** 2-WayReceived: Init -> 2-Way, or straight to ExStart when an adjacency should form (10.4). */
    void twoWayReceived(Neighbor neighbor) {
        if (neighbor.state != NeighborState.INIT) {
            return;
        }
        OspfInterface iface = neighbor.ospfInterface;
        if (iface.shouldBeAdjacent(neighbor)) {
            startExchange(neighbor);
        } else {
            change(neighbor, NeighborState.TWO_WAY, null);
        }
        iface.neighborChange();
    }

    /** 1-WayReceived: the neighbour no longer lists us; back to Init, the adjacency goes. */
    void oneWayReceived(Neighbor neighbor) {
        if (neighbor.state.atLeast(NeighborState.TWO_WAY)) {
            resetAdjacency(neighbor);
            change(neighbor, NeighborState.INIT, null);
            neighbor.ospfInterface.neighborChange();
        }
    }

    /** AdjOK?: after a DR/BDR change, an adjacency forms or goes. */
    void adjacencyOk(Neighbor neighbor) {
        boolean wanted = neighbor.ospfInterface.shouldBeAdjacent(neighbor);
        if (neighbor.state == NeighborState.TWO_WAY && wanted) {
            startExchange(neighbor);
        } else if (neighbor.state.atLeast(NeighborState.EX_START) && !wanted) {
            resetAdjacency(neighbor);
            change(neighbor, NeighborState.TWO_WAY, null);
        }
    }

    /** Enter ExStart: we claim to be master with a fresh DD sequence number (10.8). */
    void startExchange(Neighbor neighbor) {
        resetAdjacency(neighbor);
        change(neighbor, NeighborState.EX_START, null);
        neighbor.ddSequence = neighbor.ddSequence == 0
                ? 1 + process.kernel().random().nextInt(0x7FFF_0000) : neighbor.ddSequence + 1;
        neighbor.master = true;
        neighbor.summarySent = false;
        process.exchange().sendInitial(neighbor);
    }

    /** NegotiationDone: ExStart -> Exchange. */
    void negotiationDone(Neighbor neighbor) {
        change(neighbor, NeighborState.EXCHANGE, null);
    }

    /** ExchangeDone: Loading when LSAs are still to be requested, else Full. */
    void exchangeDone(Neighbor neighbor) {
        cancelExchangeRetransmit(neighbor);
        if (neighbor.requests.isEmpty()) {
            change(neighbor, NeighborState.FULL, EXCHANGE_DONE);
        } else {
            change(neighbor, NeighborState.LOADING, null);
            process.exchange().sendRequests(neighbor);
        }
    }

    /** LoadingDone: the last requested LSA has arrived. */
    void loadingDone(Neighbor neighbor) {
        if (neighbor.state == NeighborState.LOADING) {
            cancelExchangeRetransmit(neighbor);
            change(neighbor, NeighborState.FULL, LOADING_DONE);
        }
    }

    /** SeqNumberMismatch / BadLSReq: the database exchange starts over. */
    void restartExchange(Neighbor neighbor) {
        if (neighbor.state.atLeast(NeighborState.EXCHANGE)) {
            startExchange(neighbor);
        }
    }

    /** KillNbr / InactivityTimer / LLDown: the neighbour goes, whatever its state. */
    void kill(Neighbor neighbor, String reason) {
        OspfInterface iface = neighbor.ospfInterface;
        boolean wasTwoWay = neighbor.state.atLeast(NeighborState.TWO_WAY);
        resetAdjacency(neighbor);
        if (neighbor.inactivityTimer != null) {
            neighbor.inactivityTimer.cancel();
            neighbor.inactivityTimer = null;
        }
        if (neighbor.state != NeighborState.DOWN) {
            change(neighbor, NeighborState.DOWN, reason);
        }
        iface.neighbors.remove(neighbor.routerId);
        if (wasTwoWay) {
            iface.neighborChange();
        }
    }

    /** Clears the exchange and flooding lists (10.3: the adjacency is torn down). */
    private void resetAdjacency(Neighbor neighbor) {
        cancelExchangeRetransmit(neighbor);
        if (neighbor.retransmitTimer != null) {
            neighbor.retransmitTimer.cancel();
            neighbor.retransmitTimer = null;
        }
        neighbor.requests.clear();
        neighbor.retransmissions.clear();
        neighbor.lastSent = null;
        neighbor.lastReceivedFlags = -1;
        neighbor.summarySent = false;
    }

    private static void cancelExchangeRetransmit(Neighbor neighbor) {
        SimEvent event = neighbor.exchangeRetransmit;
        if (event != null) {
            event.cancel();
            neighbor.exchangeRetransmit = null;
        }
    }

    /**
     * {@code debug ip ospf adj}: the step the state machine just took, in IOS 15's words
     * ({@code OSPF-1 ADJ   Gi0/0: Synchronized with 10.0.0.2, state FULL}); null for a step IOS does not
     * report there (the way down is logged by %OSPF-5-ADJCHG).
     */
    private String adjacencyDebug(Neighbor neighbor, NeighborState from, NeighborState to) {
        String what = switch (to) {
            case TWO_WAY -> from == NeighborState.INIT ? "2 Way Communication to " + neighbor.routerId + ", state 2WAY" : null;
            case EX_START -> "Nbr " + neighbor.routerId + ": Prepare dbase exchange";
            case EXCHANGE -> "NBR Negotiation Done. We are the " + (neighbor.master ? "MASTER" : "SLAVE");
            case LOADING -> "Exchange Done with " + neighbor.routerId;
            case FULL -> (from == NeighborState.EXCHANGE ? "Exchange Done with " + neighbor.routerId + "\n" : "")
                    + "Synchronized with " + neighbor.routerId + ", state FULL";
            default -> null;
        };
        if (what == null) {
            return null;
        }
        String prefix = "OSPF-" + process.processId() + " ADJ   " + neighbor.ospfInterface.name().shortName() + ": ";
        return prefix + what.replace("\n", "\n" + prefix);
    }

    private void change(Neighbor neighbor, NeighborState to, String reason) {
        NeighborState from = neighbor.state;
        if (from == to) {
            return;
        }
        neighbor.state = to;
        neighbor.stateChanges++;
        neighbor.stateSinceNanos = process.kernel().now();
        process.router().debug(DebugFlag.OSPF_ADJACENCY, () -> adjacencyDebug(neighbor, from, to));
        // IOS logs the changes to FULL and DOWN; with "log-adjacency-changes detail" every step, with its event.
        OspfProcess.AdjacencyLogging logging = process.adjacencyLogging();
        boolean major = to == NeighborState.FULL || to == NeighborState.DOWN;
        if (reason == null && logging == OspfProcess.AdjacencyLogging.DETAIL && !major) {
            reason = switch (to) {
                case INIT -> from == NeighborState.DOWN ? "Received Hello" : "1-Way";
                case TWO_WAY -> "2-Way Received";
                case EX_START -> "AdjOK?";
                case EXCHANGE -> "Negotiation Done";
                case LOADING -> "Exchange Done";
                default -> null;
            };
        }
        boolean logged = logging == OspfProcess.AdjacencyLogging.DETAIL
                || (logging == OspfProcess.AdjacencyLogging.ON && major);
        if (logged && reason != null) {
            process.router().log("%OSPF-5-ADJCHG: Process " + process.processId() + ", Nbr " + neighbor.routerId
                    + " on " + neighbor.ospfInterface.name().fullName() + " from " + from.text() + " to "
                    + to.text() + ", " + reason);
        }
        if (from == NeighborState.FULL || to == NeighborState.FULL) {
            process.origination().requestSync(neighbor.ospfInterface.area);
        }
        process.adjacencyChanged(neighbor, from, to);
    }
}
