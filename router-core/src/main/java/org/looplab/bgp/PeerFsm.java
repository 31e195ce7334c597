package org.looplab.bgp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.looplab.bgp.message.BgpMessage;
import org.looplab.bgp.message.DecodeResult;
import org.looplab.bgp.message.KeepaliveMessage;
import org.looplab.bgp.message.MessageCodec;
import org.looplab.bgp.message.MessageFramer;
import org.looplab.bgp.message.NotificationMessage;
import org.looplab.bgp.message.OpenMessage;
import org.looplab.bgp.message.RouteRefreshMessage;
import org.looplab.bgp.message.UpdateMessage;
import org.looplab.sim.SimEvent;
import org.looplab.tcp.TcpCloseReason;
import org.looplab.tcp.TcpConnection;

/**
 * RFC 4271 8's finite state machine for one neighbor, over the simulated TCP. Each TCP connection is a
 * {@link Session} with its own state from Connect/Active to Established: two exist only while a
 * connection collision (RFC 4271 6.8) is being resolved. The neighbor's state is its most advanced
 * session's, else Active (waiting to retry) or Idle (not allowed to start: shut down, not directly
 * connected, maximum-prefix, no router ID). Every change is recorded with its {@link FsmEvent}.
 *
 * <p>Timers: ConnectRetry 120 s with RFC 4271 10's jitter (0.75-1.0); a hold time of 240 s while the
 * OPEN is awaited (RFC 4271 8.2.2 "large value"); then the negotiated hold time (the lower of the two
 * OPENs') and a keepalive of the configured interval, or a third of a lower negotiated hold time.
 */
final class PeerFsm {
    static final long SECOND = 1_000_000_000L;
    static final int CONNECT_RETRY_SECONDS = 120;
    static final int OPEN_HOLD_SECONDS = 240;
    static final int BGP_PORT = 179;
    private static final int HISTORY = 32;

    private final BgpNeighbor neighbor;
    private final BgpSpeaker speaker;
    private BgpState state = BgpState.IDLE;
    private final List<Session> sessions = new ArrayList<>(2);
    private SimEvent connectRetry;
    /** The last active open failed for want of a route: a route to the neighbor appearing retries at once. */
    private boolean waitingForRoute;
    /** maximum-prefix tore the session down: Idle (PfxCt) until {@code clear ip bgp}. */
    private boolean prefixLimitIdle;
    private final ArrayDeque<FsmTransition> history = new ArrayDeque<>();
    /** A connection was tried or accepted since the neighbor last started: Active rather than Idle. */
    private boolean attempted;

    PeerFsm(BgpNeighbor neighbor) {
        this.neighbor = neighbor;
        this.speaker = neighbor.speaker;
    }

    // ---- read ----

    BgpState state() {
        return state;
    }

    String stateText() {
        if (state != BgpState.IDLE) {
            return state.text();
        }
        if (neighbor.config.isOn(NeighborSetting.SHUTDOWN)) {
            return "Idle (Admin)";
        }
        return prefixLimitIdle ? "Idle (PfxCt)" : "Idle";
    }

    TcpConnection connection() {
        Session best = mostAdvanced();
        return best == null ? null : best.tcp;
    }

    List<FsmTransition> history() {
        return List.copyOf(history);
    }

    // ---- starting and stopping ----

    /** Why the neighbor may not run now, or null when it may (IOS shows Idle for each). */
    private FsmEvent blocked() {
        if (neighbor.config.isOn(NeighborSetting.SHUTDOWN)) {
            return FsmEvent.MANUAL_STOP;
        }
        if (prefixLimitIdle) {
            return FsmEvent.MAXIMUM_PREFIX;
        }
        if (speaker.routerId() == null || neighbor.configuredRemoteAs() == null || !speaker.isActivated(neighbor)) {
            return FsmEvent.CONFIGURATION_CHANGED;
        }
        if (!speaker.passesConnectedCheck(neighbor)) {
            return FsmEvent.CONNECTED_CHECK;
        }
        return null;
    }

    /**
     * Something the neighbor depends on changed (configuration, an interface, the router ID): starts it
     * when it may run and is not running, stops it when it may no longer.
     */
    void reconsider(FsmEvent event) {
        FsmEvent blocked = blocked();
        if (blocked != null) {
            // A session already open survives a failing connected check (no fast-external-fallover: it
            // lasts until its hold timer expires); only new attempts stop.
            cancelRetry();
            attempted = false;
            settle(blocked);
            return;
        }
        if (sessions.isEmpty() && connectRetry == null) {
            // IOS starts a new neighbor within a second or two, with jitter.
            scheduleRetry(SECOND + speaker.kernel().random().nextInt(1000) * 1_000_000L);
        }
        settle(event);
    }

    /** A route to the neighbor's address appeared: an active open that failed for want of one retries soon. */
    void routeToNeighborChanged() {
        if (waitingForRoute && connectRetry != null && sessions.isEmpty()) {
            cancelRetry();
            scheduleRetry(speaker.kernel().random().nextInt(1000) * 1_000_000L);
        }
    }

    private void scheduleRetry(long delayNanos) {
        cancelRetry();
        connectRetry = speaker.kernel().schedule(delayNanos, this::connectRetryExpires);
    }

    private void cancelRetry() {
        if (connectRetry != null) {
            connectRetry.cancel();
            connectRetry = null;
        }
    }

    /** ConnectRetry with RFC 4271 10's jitter: 0.75 to 1.0 times 120 s. */
    private long connectRetryDelay() {
        long base = CONNECT_RETRY_SECONDS * SECOND;
        return base * 3 / 4 + (long) (speaker.kernel().random().nextDouble() * base / 4);
    }

    private void connectRetryExpires() {
        connectRetry = null;
        if (blocked() != null) {
            settle(blocked());
            return;
        }
        for (Session session : sessions) {
            if (session.outgoing) {
                return;
            }
        }
        // Another connection may be open already (the neighbor's): IOS still opens its own, RFC 4271 6.8
        // sorts the two out.
        if (mostAdvanced() != null && mostAdvanced().state == BgpState.ESTABLISHED) {
            return;
        }
        Session session = new Session(true);
        attempted = true;
        sessions.add(session);
        if (sessions.size() == 1) {
            neighbor.counters.reset();
        }
        settle(FsmEvent.CONNECT_RETRY_TIMER_EXPIRES);
        TcpConnection tcp = speaker.tcp().connect(speaker.vrf(), speaker.updateSourceAddress(neighbor), neighbor.address, BGP_PORT,
                neighbor.outgoingTtl(), session);
        if (!session.closed) {
            session.tcp = tcp;
        }
    }

    /** The listener's question: take this connection from the neighbor's address? Null refuses (RST). */
    TcpConnection.Handler incoming(TcpConnection tcp) {
        if (blocked() != null) {
            return null;
        }
        for (Session session : sessions) {
            if (!session.outgoing) {
                return null; // one passive connection at a time
            }
        }
        Session session = new Session(false);
        attempted = true;
        session.tcp = tcp;
        tcp.setTtl(neighbor.outgoingTtl());
        sessions.add(session);
        if (sessions.size() == 1) {
            neighbor.counters.reset();
        }
        settle(FsmEvent.TCP_CONNECTION_VALID);
        return session;
    }

    /** {@code neighbor A shutdown}, {@code no neighbor}, {@code no router bgp}, a session parameter changed. */
    void stop(FsmEvent event, DownReason reason, int ceaseSubcode) {
        dropAll(event, reason, ceaseSubcode < 0 ? null : NotificationMessage.of(NotificationMessage.CEASE, ceaseSubcode));
        cancelRetry();
        settle(event);
        if (blocked() == null && event != FsmEvent.DECONFIGURED) {
            scheduleRetry(SECOND + speaker.kernel().random().nextInt(1000) * 1_000_000L);
        }
    }

    /** {@code clear ip bgp}: Cease/Administrative Reset, then start again; also leaves Idle (PfxCt). */
    void clear() {
        prefixLimitIdle = false;
        dropAll(FsmEvent.ADMIN_RESET, DownReason.USER_RESET,
                NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.ADMINISTRATIVE_RESET));
        cancelRetry();
        reconsider(FsmEvent.ADMIN_RESET);
    }

    /** fast-external-fallover: the interface toward a directly connected eBGP neighbor went down. */
    void interfaceDown() {
        if (sessions.isEmpty()) {
            reconsider(FsmEvent.INTERFACE_DOWN);
            return;
        }
        dropAll(FsmEvent.INTERFACE_DOWN, DownReason.INTERFACE_FLAP, null);
        reconsider(FsmEvent.INTERFACE_DOWN);
    }

    /** maximum-prefix exceeded: Cease/1 and Idle (PfxCt) until cleared (IOS without restart). */
    void prefixLimitExceeded(long limit) {
        Session established = mostAdvanced();
        prefixLimitIdle = true;
        byte[] data = {0, 1, 1, (byte) (limit >>> 24), (byte) (limit >>> 16), (byte) (limit >>> 8), (byte) limit};
        if (established != null) {
            notifyAndClose(established, NotificationMessage.of(NotificationMessage.CEASE,
                    NotificationMessage.MAXIMUM_PREFIXES_REACHED, data), FsmEvent.MAXIMUM_PREFIX, true);
        }
        dropAll(FsmEvent.MAXIMUM_PREFIX, DownReason.NOTIFICATION_SENT, null);
        cancelRetry();
        settle(FsmEvent.MAXIMUM_PREFIX);
    }

    /** Closes every connection; an Established one goes down with {@code reason} (after {@code cease}). */
    private void dropAll(FsmEvent event, DownReason reason, NotificationMessage cease) {
        for (Session session : List.copyOf(sessions)) {
            boolean wasEstablished = session.state == BgpState.ESTABLISHED;
            if (cease != null && (session.state == BgpState.OPEN_SENT || session.state == BgpState.OPEN_CONFIRM
                    || wasEstablished)) {
                session.send(cease);
                session.finish(false);
            } else {
                session.finish(true);
            }
            if (wasEstablished) {
                down(reason, cease, true, false);
            }
        }
        settle(event);
    }

    // ---- the state shown ----

    private Session mostAdvanced() {
        Session best = null;
        for (Session session : sessions) {
            if (best == null || session.state.ordinal() > best.state.ordinal()) {
                best = session;
            }
        }
        return best;
    }

    /** Brings the neighbor's state in line with its sessions, recording the change with its event. */
    private void settle(FsmEvent event) {
        BgpState next;
        Session best = mostAdvanced();
        if (best != null) {
            next = best.state;
        } else if (blocked() != null || !attempted) {
            next = BgpState.IDLE;
        } else {
            next = BgpState.ACTIVE;
        }
        if (next != state) {
            history.addLast(new FsmTransition(speaker.now(), state, next, event));
            if (history.size() > HISTORY) {
                history.removeFirst();
            }
            state = next;
        }
    }

    // ---- sessions ----

    private void tcpConnected(Session session) {
        session.state = BgpState.OPEN_SENT;
        cancelRetry();
        OpenMessage open = OpenMessage.of(speaker.localAs().value(), neighbor.configuredTimers()[1], speaker.routerId());
        session.send(open);
        session.restartHold(OPEN_HOLD_SECONDS);
        settle(session.outgoing ? FsmEvent.TCP_CR_ACKED : FsmEvent.TCP_CONNECTION_CONFIRMED);
    }

    private void tcpClosed(Session session, TcpCloseReason reason) {
        boolean wasEstablished = session.state == BgpState.ESTABLISHED;
        boolean wasConnecting = session.state == BgpState.CONNECT;
        session.finish(false);
        if (wasEstablished) {
            down(DownReason.PEER_CLOSED, null, false, false);
        }
        if (wasConnecting) {
            waitingForRoute = reason == TcpCloseReason.NO_ROUTE;
        }
        afterSessionGone(FsmEvent.TCP_CONNECTION_FAILS, wasConnecting ? connectRetryDelay() : idleHoldDelay());
    }

    /** After a session ends: retry later (ConnectRetry after a failed open, a short idle hold after a reset). */
    private void afterSessionGone(FsmEvent event, long retryDelay) {
        if (sessions.isEmpty() && blocked() == null && connectRetry == null) {
            scheduleRetry(retryDelay);
        }
        settle(event);
    }

    /** IOS comes back from a reset within seconds. */
    private long idleHoldDelay() {
        return SECOND + speaker.kernel().random().nextInt(2000) * 1_000_000L;
    }

    private void messageArrived(Session session, byte[] bytes) {
        neighbor.lastReadNanos = speaker.now();
        int type = bytes[18] & 0xFF;
        if (type >= BgpMessage.OPEN && type <= BgpMessage.ROUTE_REFRESH) {
            neighbor.counters.received(type);
        }
        DecodeResult result = MessageCodec.decode(bytes, session.fourOctetAs);
        if (result instanceof DecodeResult.Error error) {
            int code = error.notification().code();
            notifyAndClose(session, error.notification(), code == NotificationMessage.MESSAGE_HEADER_ERROR
                    ? FsmEvent.BGP_HEADER_ERROR : code == NotificationMessage.OPEN_MESSAGE_ERROR
                    ? FsmEvent.BGP_OPEN_MESSAGE_ERROR : FsmEvent.UPDATE_MESSAGE_ERROR, true);
            return;
        }
        BgpMessage message = ((DecodeResult.Decoded) result).message();
        if (message instanceof NotificationMessage notification) {
            notificationReceived(session, notification);
        } else if (message instanceof OpenMessage open) {
            if (session.state != BgpState.OPEN_SENT) {
                fsmError(session);
            } else {
                openReceived(session, open);
            }
        } else if (message instanceof KeepaliveMessage) {
            if (session.state == BgpState.OPEN_CONFIRM) {
                establish(session);
            } else if (session.state == BgpState.ESTABLISHED) {
                session.restartHold(neighbor.holdTime);
            } else {
                fsmError(session);
            }
        } else if (message instanceof UpdateMessage update) {
            if (session.state != BgpState.ESTABLISHED) {
                fsmError(session);
                return;
            }
            session.restartHold(neighbor.holdTime);
            speaker.updateReceived(neighbor, update);
        } else if (message instanceof RouteRefreshMessage refresh) {
            if (session.state == BgpState.ESTABLISHED) {
                speaker.routeRefreshRequested(neighbor);
            }
        }
    }

    private void fsmError(Session session) {
        notifyAndClose(session, NotificationMessage.of(NotificationMessage.FSM_ERROR, 0), FsmEvent.FSM_ERROR, true);
    }

    private void openReceived(Session session, OpenMessage open) {
        AsNumber expected = neighbor.configuredRemoteAs();
        if (open.asNumber() != expected.value()) {
            // RFC 4271 6.2: Bad Peer AS; IOS puts the AS it expected in the data.
            long as = expected.value();
            byte[] data = as > 0xFFFF ? new byte[] {(byte) (as >>> 24), (byte) (as >>> 16), (byte) (as >>> 8), (byte) as}
                    : new byte[] {(byte) (as >>> 8), (byte) as};
            notifyAndClose(session, NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR,
                    NotificationMessage.BAD_PEER_AS, data), FsmEvent.BGP_OPEN_MESSAGE_ERROR, true);
            return;
        }
        if (open.bgpIdentifier().equals(speaker.routerId())) {
            int id = open.bgpIdentifier().bits();
            notifyAndClose(session, NotificationMessage.of(NotificationMessage.OPEN_MESSAGE_ERROR,
                    NotificationMessage.BAD_BGP_IDENTIFIER,
                    new byte[] {(byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id}),
                    FsmEvent.BGP_OPEN_MESSAGE_ERROR, true);
            return;
        }
        session.open = open;
        session.fourOctetAs = open.supportsFourOctetAs();
        // RFC 4271 6.8: collision detection against a connection that has its OPEN too.
        for (Session other : List.copyOf(sessions)) {
            if (other == session || other.closed) {
                continue;
            }
            if (other.state == BgpState.ESTABLISHED) {
                collisionDump(session);
                return;
            }
            if (other.state == BgpState.OPEN_CONFIRM) {
                // The side with the higher BGP identifier keeps the connection it opened.
                boolean localHigher = Integer.compareUnsigned(speaker.routerId().bits(), open.bgpIdentifier().bits()) > 0;
                Session loser = localHigher ? (session.outgoing ? other : session) : (session.outgoing ? session : other);
                collisionDump(loser);
                if (loser == session) {
                    return;
                }
            }
        }
        int[] timers = neighbor.configuredTimers();
        int hold = Math.min(timers[1], open.holdTime());
        session.hold = hold;
        // The configured keepalive, or a third of a hold time negotiated lower than ours (IOS).
        session.keepalive = hold == 0 ? 0 : hold < timers[1] ? Math.max(1, hold / 3) : timers[0];
        session.state = BgpState.OPEN_CONFIRM;
        session.send(KeepaliveMessage.INSTANCE);
        session.restartHold(hold);
        session.restartKeepalive();
        settle(FsmEvent.BGP_OPEN);
    }

    private void collisionDump(Session loser) {
        loser.send(NotificationMessage.of(NotificationMessage.CEASE, NotificationMessage.CONNECTION_COLLISION_RESOLUTION));
        loser.finish(false);
        settle(FsmEvent.OPEN_COLLISION_DUMP);
    }

    private void establish(Session session) {
        session.state = BgpState.ESTABLISHED;
        for (Session other : List.copyOf(sessions)) {
            if (other != session) {
                collisionDump(other);
            }
        }
        OpenMessage open = session.open;
        neighbor.remoteRouterId = open.bgpIdentifier();
        neighbor.remoteAs = open.asNumber();
        neighbor.holdTime = session.hold;
        neighbor.keepaliveInterval = session.keepalive;
        neighbor.fourOctetAs = session.fourOctetAs;
        neighbor.routeRefresh = open.supportsRouteRefresh();
        neighbor.connectionsEstablished++;
        neighbor.upDownSinceNanos = speaker.now();
        neighbor.source = new PathSource(neighbor.address, open.bgpIdentifier(), open.asNumber(), neighbor.isInternal(),
                neighbor.isRouteReflectorClient());
        waitingForRoute = false;
        settle(FsmEvent.KEEPALIVE_RECEIVED);
        speaker.logNeighborChange("%BGP-5-ADJCHANGE: neighbor " + neighbor.logName() + " Up ");
        speaker.sessionEstablished(neighbor);
    }

    private void notificationReceived(Session session, NotificationMessage notification) {
        boolean wasEstablished = session.state == BgpState.ESTABLISHED;
        speaker.router().log("%BGP-3-NOTIFICATION: received from neighbor " + neighbor.logName() + " "
                + (wasEstablished ? "" : direction(session)) + notification.logText());
        session.finish(false);
        recordReset(DownReason.NOTIFICATION_RECEIVED, notification, false);
        if (wasEstablished) {
            down(DownReason.NOTIFICATION_RECEIVED, notification, false, false);
        }
        afterSessionGone(FsmEvent.NOTIFICATION_RECEIVED, idleHoldDelay());
    }

    /** Sends a NOTIFICATION and closes the session (RFC 4271 6: the sender closes after it). */
    private void notifyAndClose(Session session, NotificationMessage notification, FsmEvent event, boolean logSent) {
        boolean wasEstablished = session.state == BgpState.ESTABLISHED;
        session.send(notification);
        session.finish(false);
        recordReset(DownReason.NOTIFICATION_SENT, notification, true);
        if (wasEstablished) {
            down(DownReason.NOTIFICATION_SENT, notification, true, logSent);
        } else if (logSent) {
            speaker.router().log("%BGP-3-NOTIFICATION: sent to neighbor " + neighbor.logName() + " " + direction(session)
                    + notification.logText());
        }
        afterSessionGone(event, idleHoldDelay());
    }

    private static String direction(Session session) {
        return session.outgoing ? "active " : "passive ";
    }

    private void recordReset(DownReason reason, NotificationMessage notification, boolean sent) {
        neighbor.lastResetReason = reason;
        neighbor.lastResetNotification = notification;
        neighbor.lastResetNotificationSent = sent;
        neighbor.lastResetNanos = speaker.now();
    }

    /**
     * The Established session ended: the ADJCHANGE lines (gated by {@code bgp log-neighbor-changes}), the
     * NOTIFICATION line when one was sent for a protocol error, and the routes leave.
     */
    private void down(DownReason reason, NotificationMessage notification, boolean sent, boolean logNotification) {
        if (notification == null || reason != DownReason.NOTIFICATION_SENT && reason != DownReason.NOTIFICATION_RECEIVED) {
            recordReset(reason, notification, sent);
        }
        neighbor.connectionsDropped++;
        neighbor.upDownSinceNanos = speaker.now();
        speaker.logNeighborChange("%BGP-5-ADJCHANGE: neighbor " + neighbor.logName() + " Down " + reason.text());
        if (logNotification) {
            speaker.router().log("%BGP-3-NOTIFICATION: sent to neighbor " + neighbor.logName() + " " + notification.logText());
        }
        speaker.logNeighborChange("%BGP_SESSION-5-ADJCHANGE: neighbor " + neighbor.address + " IPv4 Unicast"
                + (speaker.vrf() == null ? "" : " vrf " + speaker.vrf()) + " topology base removed from session  " + reason.text());
        PathSource old = neighbor.source;
        neighbor.source = null;
        attempted = false;
        speaker.sessionDown(neighbor, old);
    }

    private void holdTimerExpires(Session session) {
        notifyAndClose(session, NotificationMessage.of(NotificationMessage.HOLD_TIMER_EXPIRED, 0),
                FsmEvent.HOLD_TIMER_EXPIRES, true);
    }

    /**
     * Sends UPDATEs (already encoded) on the Established session in one write, as a speaker writes its
     * output queue: TCP cuts the stream into segments of its MSS, not one segment per message.
     */
    void sendUpdates(List<byte[]> encoded) {
        Session session = mostAdvanced();
        if (session == null || session.state != BgpState.ESTABLISHED || encoded.isEmpty()) {
            return;
        }
        int total = 0;
        for (byte[] message : encoded) {
            total += message.length;
        }
        byte[] stream = new byte[total];
        int at = 0;
        for (byte[] message : encoded) {
            System.arraycopy(message, 0, stream, at, message.length);
            at += message.length;
        }
        session.sendBytes(stream, BgpMessage.UPDATE, encoded.size());
    }

    void sendRouteRefresh() {
        Session session = mostAdvanced();
        if (session != null && session.state == BgpState.ESTABLISHED) {
            session.send(RouteRefreshMessage.IPV4_UNICAST);
        }
    }

    boolean fourOctetAs() {
        Session session = mostAdvanced();
        return session != null && session.fourOctetAs;
    }

    /** One TCP connection to or from the neighbor and the BGP state it has reached. */
    final class Session implements TcpConnection.Handler {
        final boolean outgoing;
        TcpConnection tcp;
        BgpState state;
        final MessageFramer framer = new MessageFramer();
        OpenMessage open;
        boolean fourOctetAs;
        int hold;
        int keepalive;
        SimEvent holdTimer;
        SimEvent keepaliveTimer;
        boolean closed;

        Session(boolean outgoing) {
            this.outgoing = outgoing;
            this.state = outgoing ? BgpState.CONNECT : BgpState.ACTIVE;
        }

        @Override
        public void connected(TcpConnection connection) {
            if (!closed) {
                tcp = connection;
                tcpConnected(this);
            }
        }

        @Override
        public void received(TcpConnection connection, byte[] data) {
            if (closed) {
                return;
            }
            NotificationMessage headerError = framer.accept(data, bytes -> {
                if (!closed) {
                    messageArrived(this, bytes);
                }
            });
            if (headerError != null && !closed) {
                notifyAndClose(this, headerError, FsmEvent.BGP_HEADER_ERROR, true);
            }
        }

        @Override
        public void closed(TcpConnection connection, TcpCloseReason reason) {
            if (!closed) {
                if (tcp == null) {
                    tcp = connection;
                }
                tcpClosed(this, reason);
            }
        }

        void send(BgpMessage message) {
            sendBytes(MessageCodec.encode(message, fourOctetAs), message.type());
        }

        void sendBytes(byte[] bytes, int type) {
            sendBytes(bytes, type, 1);
        }

        void sendBytes(byte[] bytes, int type, int messages) {
            if (closed || tcp == null) {
                return;
            }
            try {
                tcp.send(bytes);
                neighbor.lastWriteNanos = speaker.now();
                for (int i = 0; i < messages; i++) {
                    neighbor.counters.sent(type);
                }
            } catch (IllegalStateException closedUnderneath) {
                // the connection closed in this same instant; its closed() report follows
            }
        }

        void restartHold(int seconds) {
            if (holdTimer != null) {
                holdTimer.cancel();
                holdTimer = null;
            }
            if (seconds > 0 && !closed) {
                holdTimer = speaker.kernel().schedule(seconds * SECOND, () -> {
                    holdTimer = null;
                    if (!closed) {
                        holdTimerExpires(this);
                    }
                });
            }
        }

        /** Keepalives at the interval with RFC 4271 10's jitter (0.75-1.0). */
        void restartKeepalive() {
            if (keepaliveTimer != null) {
                keepaliveTimer.cancel();
                keepaliveTimer = null;
            }
            if (keepalive > 0 && !closed) {
                long base = keepalive * SECOND;
                long delay = base * 3 / 4 + (long) (speaker.kernel().random().nextDouble() * base / 4);
                keepaliveTimer = speaker.kernel().schedule(delay, () -> {
                    keepaliveTimer = null;
                    if (!closed) {
                        send(KeepaliveMessage.INSTANCE);
                        restartKeepalive();
                    }
                });
            }
        }

        /** Leaves the session: timers stop, the connection closes (gracefully, or at once with a RST). */
        void finish(boolean abort) {
            if (closed) {
                return;
            }
            closed = true;
            framer.stop();
            restartHold(0);
            if (keepaliveTimer != null) {
                keepaliveTimer.cancel();
                keepaliveTimer = null;
            }
            sessions.remove(this);
            if (tcp != null) {
                if (abort) {
                    tcp.abort();
                } else {
                    tcp.close();
                }
            }
        }
    }
}
