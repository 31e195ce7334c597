package org.looplab.tcp;

import static org.looplab.tcp.TcpSegment.ACK;
import static org.looplab.tcp.TcpSegment.FIN;
import static org.looplab.tcp.TcpSegment.PSH;
import static org.looplab.tcp.TcpSegment.RST;
import static org.looplab.tcp.TcpSegment.SYN;
import static org.looplab.tcp.TcpSegment.before;

import java.util.Arrays;
import org.looplab.net.Ipv4Address;
import org.looplab.sim.Kernel;
import org.looplab.sim.SimEvent;

/**
 * One TCP connection (RFC 9293, RFC 6298 timers), on the kernel thread. The application gives bytes to
 * {@link #send} and gets in-order bytes through its {@link Handler} as they arrive; framing is its business.
 *
 * <p>Kept simple where the lab allows it: every data segment is acknowledged at once (no delayed ACK); the
 * receive window is always {@link #RECEIVE_WINDOW} because received bytes go straight to the application;
 * segments that arrive out of order are dropped and re-ACKed, and after a timeout the sender goes back to
 * the oldest unacknowledged byte with one segment in flight until an ACK comes (go-back-N). There is no
 * congestion control: links neither queue nor lose, except when a cable is pulled.
 *
 * <p>The handler's {@link Handler#closed} is called exactly once per connection and never from inside a
 * call the application made (a close or abort is reported from a kernel event at the same virtual time).
 * After it, no other callback comes.
 */
public final class TcpConnection {
    /** What the application hears. */
    public interface Handler {
        /** The handshake is done (active and passive opens). */
        void connected(TcpConnection connection);

        /** In-order bytes, as they arrive. */
        void received(TcpConnection connection, byte[] data);

        /** The connection ended; see {@link TcpCloseReason}. */
        void closed(TcpConnection connection, TcpCloseReason reason);
    }

    /** IOS's default receive window (its {@code maxrcvwnd: 16384}). */
    public static final int RECEIVE_WINDOW = 16384;
    /** The MSS IOS uses to a peer on a connected subnet: Ethernet's MTU less 40 bytes of headers. */
    public static final int MSS_CONNECTED = 1460;
    /** The MSS to any other peer, and the default when a SYN has no MSS option (RFC 9293 3.7.1). */
    public static final int MSS_DEFAULT = 536;
    /** IOS's {@code ip tcp synwait-time} default: a handshake not done in 30 s is abandoned. */
    public static final long SYN_WAIT_NANOS = 30 * RetransmissionTimer.SECOND;
    /**
     * Retransmissions of one segment before the connection gives up: BSD's TCP_MAXRXTSHIFT. With the RTO
     * doubling from 1 s and capped at 60 s, the last expiry comes 483 s after the first transmission,
     * longer than BGP's 180 s hold time, so BGP notices first as on IOS.
     */
    public static final int MAX_RETRANSMISSIONS = 12;
    /**
     * TIME_WAIT (2 MSL, RFC 9293 3.6.1), and how long FIN_WAIT_2 waits for the peer's FIN: a short MSL of
     * 15 s, as routers use, rather than the RFC's 2 minutes.
     */
    public static final long TIME_WAIT_NANOS = 30 * RetransmissionTimer.SECOND;

    private final TcpStack stack;
    private final Kernel kernel;
    /** The VRF whose table carries the segments (null: the global table). */
    private final String vrf;
    private final Ipv4Address localAddress;
    private final int localPort;
    private final Ipv4Address remoteAddress;
    private final int remotePort;
    private final boolean activeOpen;
    private final int localMss;
    private final RetransmissionTimer retransmissionTimer;
    private final SendBuffer sendBuffer = new SendBuffer();
    private Handler handler;
    private TcpState state = TcpState.CLOSED;
    private int ttl;
    private int maxSegmentSize;

    // Send sequence space (RFC 9293 3.3.1); sendMax is the highest sendNext ever reached.
    private final int initialSendSequence;
    private int sendUnacknowledged;
    private int sendNext;
    private int sendMax;
    private int sendWindow;
    /** The sequence number of the oldest byte in the send buffer. */
    private int bufferSequence;
    private boolean finQueued;
    /** After a timeout, only one segment is in flight until an ACK brings news. */
    private boolean backedOff;

    // Receive sequence space.
    private int initialReceiveSequence;
    private int receiveNext;

    private SimEvent synWait;
    private SimEvent linger;
    private boolean closeReported;
    private int lastAcknowledgmentSent;

    private long bytesSent;
    private long bytesReceived;
    private long dataBytesSent;
    private long dataBytesReceived;
    private long segmentsSent;
    private long segmentsReceived;
    private long dataSegmentsSent;
    private long dataSegmentsReceived;
    private long retransmissions;

    TcpConnection(TcpStack stack, String vrf, Ipv4Address localAddress, int localPort, Ipv4Address remoteAddress,
                  int remotePort, boolean activeOpen, int ttl, int localMss, Handler handler) {
        this.stack = stack;
        this.kernel = stack.kernel();
        this.vrf = vrf;
        this.localAddress = localAddress;
        this.localPort = localPort;
        this.remoteAddress = remoteAddress;
        this.remotePort = remotePort;
        this.activeOpen = activeOpen;
        this.ttl = ttl;
        this.localMss = localMss;
        this.maxSegmentSize = localMss;
        this.handler = handler;
        this.retransmissionTimer = new RetransmissionTimer(kernel, this::retransmissionTimeout);
        // RFC 9293 3.4.1 asks for a clock-driven ISN; a seeded random one keeps runs repeatable.
        this.initialSendSequence = kernel.random().nextInt();
        this.sendUnacknowledged = initialSendSequence;
        this.sendNext = initialSendSequence;
        this.sendMax = initialSendSequence;
        this.bufferSequence = initialSendSequence + 1;
    }

    // ---- opening (called by TcpStack) ----

    /** Active open: the SYN leaves (RFC 9293 3.10.1). */
    void open() {
        state = TcpState.SYN_SENT;
        synWait = kernel.schedule(SYN_WAIT_NANOS, () -> terminate(TcpCloseReason.TIMED_OUT));
        sendSyn();
    }

    /** Passive open: a SYN arrived on a listening port (RFC 9293 3.10.7.2). */
    void synReceived(TcpSegment syn) {
        count(syn);
        state = TcpState.SYN_RCVD;
        takePeerSyn(syn);
    }

    /** The application accepted: the SYN-ACK leaves. */
    void accept(Handler acceptedBy) {
        handler = acceptedBy;
        synWait = kernel.schedule(SYN_WAIT_NANOS, () -> terminate(TcpCloseReason.TIMED_OUT));
        sendSyn();
    }

    /** A connection whose SYN could not leave: it ends at once. */
    void failNoRoute() {
        reportClosedLater(TcpCloseReason.NO_ROUTE);
    }

    private void takePeerSyn(TcpSegment syn) {
        initialReceiveSequence = syn.sequence();
        receiveNext = syn.sequence() + 1;
        sendWindow = syn.window();
        int peerMss = syn.maxSegmentSize() > 0 ? syn.maxSegmentSize() : MSS_DEFAULT;
        maxSegmentSize = Math.min(localMss, peerMss);
    }

    // ---- the application's side ----

    /** Queues bytes; they leave segmented by the MSS, within the peer's window, once the handshake is done. */
    public void send(byte[] data) {
        if (finQueued || closeReported || state == TcpState.CLOSED) {
            throw new IllegalStateException("connection " + this + " is closed");
        }
        sendBuffer.append(data.clone());
        transmitQueued();
    }

    /** Graceful close: the FIN follows the queued bytes (RFC 9293 3.10.4). */
    public void close() {
        if (closeReported || state == TcpState.CLOSED) {
            return;
        }
        switch (state) {
            case SYN_SENT -> terminate(null); // nothing was said yet: the connection just goes
            case SYN_RCVD -> resetAndTerminate();
            case ESTABLISHED -> queueFin(TcpState.FIN_WAIT_1);
            case CLOSE_WAIT -> queueFin(TcpState.LAST_ACK);
            default -> { }
        }
        reportClosedLater(TcpCloseReason.LOCAL_CLOSE);
    }

    /** Abort: a RST to the peer, and the connection is gone (RFC 9293 3.10.5). */
    public void abort() {
        if (state == TcpState.CLOSED) {
            return;
        }
        reportClosedLater(TcpCloseReason.LOCAL_CLOSE);
        if (state == TcpState.SYN_SENT || state == TcpState.TIME_WAIT) {
            terminate(null);
        } else {
            resetAndTerminate();
        }
    }

    /** Sets the IP TTL of the segments sent from now on (eBGP's 1); an accept handler may set it before the SYN-ACK. */
    public void setTtl(int ttl) {
        if (ttl < 1 || ttl > 255) {
            throw new IllegalArgumentException("ttl " + ttl);
        }
        this.ttl = ttl;
    }

    // ---- segments from the peer (RFC 9293 3.10.7) ----

    void segmentArrived(TcpSegment segment) {
        count(segment);
        switch (state) {
            case SYN_SENT -> synSentArrival(segment);
            case CLOSED, LISTEN -> { }
            default -> synchronizedArrival(segment);
        }
    }

    private void count(TcpSegment received) {
        segmentsReceived++;
        bytesReceived += received.wireLength();
        if (received.data().length > 0) {
            dataSegmentsReceived++;
        }
    }

    /** RFC 9293 3.10.7.3. */
    private void synSentArrival(TcpSegment segment) {
        boolean ackAcceptable = segment.has(ACK) && segment.acknowledgment() == initialSendSequence + 1;
        if (segment.has(ACK) && !ackAcceptable) {
            stack.reset(this, segment);
            return;
        }
        if (segment.has(RST)) {
            if (ackAcceptable) {
                terminate(TcpCloseReason.REFUSED);
            }
            return;
        }
        if (!segment.has(SYN)) {
            return;
        }
        takePeerSyn(segment);
        if (ackAcceptable) {
            acknowledge(segment.acknowledgment());
            sendAck();
            establish();
        } else {
            state = TcpState.SYN_RCVD; // simultaneous open: our SYN again, now with an ACK
            resendSyn();
        }
    }

    /** RFC 9293 3.10.7.4: SYN_RCVD and every later state. */
    private void synchronizedArrival(TcpSegment segment) {
        if (!acceptable(segment)) {
            if (!segment.has(RST)) {
                if (state == TcpState.SYN_RCVD) {
                    resendSyn(); // the peer's SYN again: our SYN-ACK was lost
                } else {
                    sendAck(); // an old duplicate: tell the peer where we are
                }
            }
            return;
        }
        if (segment.has(RST)) {
            terminate(TcpCloseReason.RESET);
            return;
        }
        if (segment.has(SYN)) {
            sendAck(); // a SYN in the window: challenge ACK (RFC 5961 4.2) rather than a reset
            return;
        }
        if (!segment.has(ACK)) {
            return;
        }
        long sentBefore = segmentsSent;
        if (!ackArrival(segment)) {
            return;
        }
        boolean mustAck = dataArrival(segment);
        if (segment.has(FIN) && segment.sequence() + segment.data().length == receiveNext) {
            finArrival();
            mustAck = true;
        }
        if (state == TcpState.CLOSED) {
            return; // the application aborted while handling the data or the close
        }
        transmitQueued();
        if (mustAck && (segmentsSent == sentBefore || lastAcknowledgmentSent != receiveNext)) {
            sendAck(); // nothing that left since carried the acknowledgment of this segment
        }
    }

    /** RFC 9293 3.10.7.4 "fifth, check the ACK field"; false when the segment must go no further. */
    private boolean ackArrival(TcpSegment segment) {
        int ack = segment.acknowledgment();
        if (before(sendMax, ack)) {
            sendAck(); // acknowledges something never sent
            return false;
        }
        if (state == TcpState.SYN_RCVD) {
            if (!before(sendUnacknowledged, ack)) {
                stack.reset(this, segment);
                return false;
            }
            acknowledge(ack);
            establish();
            if (state == TcpState.CLOSED) {
                return false;
            }
        } else if (before(sendUnacknowledged, ack)) {
            acknowledge(ack);
        }
        if (!before(ack, sendUnacknowledged)) {
            sendWindow = segment.window();
        }
        if (finQueued && finAcknowledged()) {
            switch (state) {
                case FIN_WAIT_1 -> enterLinger(TcpState.FIN_WAIT_2);
                case CLOSING -> enterLinger(TcpState.TIME_WAIT);
                case LAST_ACK -> {
                    terminate(TcpCloseReason.PEER_CLOSED);
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

    /** Hands in-order data to the application; returns true when the segment carried data to acknowledge. */
    private boolean dataArrival(TcpSegment segment) {
        byte[] data = segment.data();
        if (data.length == 0) {
            return false;
        }
        if (state != TcpState.ESTABLISHED && state != TcpState.FIN_WAIT_1 && state != TcpState.FIN_WAIT_2) {
            return true; // after the peer's FIN no data can come; ACK and ignore
        }
        int skip = receiveNext - segment.sequence();
        if (skip < 0 || skip >= data.length) {
            return true; // out of order (a hole before it) or all old: a duplicate ACK says what we miss
        }
        byte[] fresh = skip == 0 ? data : Arrays.copyOfRange(data, skip, data.length);
        receiveNext += fresh.length;
        dataBytesReceived += fresh.length;
        if (!closeReported) {
            handler.received(this, fresh);
        }
        return true;
    }

    /** The peer's FIN, in order (RFC 9293 3.10.7.4 "eighth, check the FIN bit"). */
    private void finArrival() {
        receiveNext++;
        switch (state) {
            case ESTABLISHED -> {
                // The applications here (BGP, vty sessions) never half-close: tell them, then close our side.
                state = TcpState.CLOSE_WAIT;
                reportClosed(TcpCloseReason.PEER_CLOSED);
                if (state == TcpState.CLOSE_WAIT) {
                    queueFin(TcpState.LAST_ACK);
                }
            }
            case FIN_WAIT_1 -> state = TcpState.CLOSING;
            case FIN_WAIT_2 -> enterLinger(TcpState.TIME_WAIT);
            default -> { }
        }
    }

    /** RFC 9293 3.10.7.4's acceptability test; our receive window is never zero. */
    private boolean acceptable(TcpSegment segment) {
        int length = segment.sequenceLength();
        return inReceiveWindow(segment.sequence())
                || (length > 0 && inReceiveWindow(segment.sequence() + length - 1));
    }

    private boolean inReceiveWindow(int sequence) {
        int offset = sequence - receiveNext;
        return offset >= 0 && offset < RECEIVE_WINDOW;
    }

    /** New data (or our SYN or FIN) is acknowledged up to {@code ack}. */
    private void acknowledge(int ack) {
        int dataAcknowledged = Math.min(Math.max(0, ack - bufferSequence), sendBuffer.size());
        sendBuffer.discard(dataAcknowledged);
        bufferSequence += dataAcknowledged;
        sendUnacknowledged = ack;
        if (before(sendNext, ack)) {
            sendNext = ack; // after a go-back, the peer had more than we resent so far
        }
        backedOff = false;
        retransmissionTimer.acknowledged(ack);
        if (sendUnacknowledged == sendMax) {
            retransmissionTimer.stop();
        } else {
            retransmissionTimer.restart();
        }
    }

    private void establish() {
        state = TcpState.ESTABLISHED;
        synWait.cancel();
        handler.connected(this);
        if (state == TcpState.ESTABLISHED) {
            transmitQueued();
        }
    }

    // ---- sending ----

    private void sendSyn() {
        int flags = state == TcpState.SYN_RCVD ? SYN | ACK : SYN;
        emit(new TcpSegment(localPort, remotePort, initialSendSequence, receiveNext, flags, RECEIVE_WINDOW, localMss,
                null, null));
    }

    private void resendSyn() {
        sendNext = initialSendSequence;
        sendSyn();
    }

    private void sendAck() {
        send(TcpSegment.of(localPort, remotePort, sendNext, receiveNext, ACK, RECEIVE_WINDOW, null));
    }

    private void queueFin(TcpState closingState) {
        finQueued = true;
        state = closingState;
        transmitQueued();
    }

    /** The sequence number our FIN takes: right after the last byte the application gave. */
    private int finSequence() {
        return bufferSequence + sendBuffer.size();
    }

    private boolean finAcknowledged() {
        return before(finSequence(), sendUnacknowledged);
    }

    /**
     * Sends what the window allows of the queued bytes, then the FIN once they are all out. Returns the
     * number of segments sent.
     */
    private int transmitQueued() {
        if (!state.isSynchronized() || state == TcpState.TIME_WAIT) {
            return 0;
        }
        int sent = 0;
        while (true) {
            int inFlight = sendNext - sendUnacknowledged;
            if (backedOff && inFlight > 0) {
                return sent;
            }
            int offset = sendNext - bufferSequence;
            int unsent = sendBuffer.size() - offset;
            int room = sendWindow - inFlight;
            if (unsent > 0 && room > 0) {
                int length = Math.min(maxSegmentSize, Math.min(unsent, room));
                if (length < Math.min(maxSegmentSize, unsent) && inFlight > 0) {
                    return sent; // no runt segment into a nearly full window (RFC 9293 3.8.6.2.1)
                }
                boolean last = length == unsent;
                int flags = ACK | (last ? PSH : 0) | (last && finQueued ? FIN : 0);
                emit(TcpSegment.of(localPort, remotePort, sendNext, receiveNext, flags, RECEIVE_WINDOW,
                        sendBuffer.copy(offset, length)));
            } else if (unsent == 0 && finQueued && !before(finSequence(), sendNext)) {
                emit(TcpSegment.of(localPort, remotePort, sendNext, receiveNext, FIN | ACK, RECEIVE_WINDOW, null));
            } else {
                return sent;
            }
            sent++;
        }
    }

    /** Sends a segment that occupies sequence space (SYN, data, FIN) and keeps the timer running for it. */
    private void emit(TcpSegment segment) {
        int end = segment.sequence() + segment.sequenceLength();
        if (before(segment.sequence(), sendMax)) {
            retransmissions++;
            retransmissionTimer.retransmitted();
        } else {
            retransmissionTimer.sentNew(end);
        }
        if (segment.data().length > 0) {
            dataSegmentsSent++;
            dataBytesSent += segment.data().length;
        }
        sendNext = end;
        if (before(sendMax, end)) {
            sendMax = end;
        }
        send(segment);
        retransmissionTimer.start();
    }

    private void send(TcpSegment segment) {
        segmentsSent++;
        lastAcknowledgmentSent = segment.acknowledgment();
        bytesSent += stack.transmit(this, segment).wireLength();
    }

    /**
     * RFC 6298 5.4-5.6: the oldest unacknowledged segment goes again and the RTO has doubled. A handshake
     * is bounded by the SYN wait instead of a count.
     */
    private void retransmissionTimeout() {
        if (state == TcpState.SYN_SENT || state == TcpState.SYN_RCVD) {
            resendSyn();
            return;
        }
        if (retransmissionTimer.expiries() > MAX_RETRANSMISSIONS) {
            terminate(TcpCloseReason.TIMED_OUT);
            return;
        }
        sendNext = sendUnacknowledged;
        backedOff = true;
        transmitQueued();
    }

    // ---- ending ----

    private void enterLinger(TcpState lingerState) {
        state = lingerState;
        if (linger != null) {
            linger.cancel();
        }
        linger = kernel.schedule(TIME_WAIT_NANOS, () -> terminate(null));
    }

    private void resetAndTerminate() {
        send(TcpSegment.of(localPort, remotePort, sendMax, 0, RST, 0, null));
        terminate(null);
    }

    /** The connection is gone; the application hears {@code reason} unless it heard one already. */
    private void terminate(TcpCloseReason reason) {
        state = TcpState.CLOSED;
        retransmissionTimer.stop();
        if (synWait != null) {
            synWait.cancel();
        }
        if (linger != null) {
            linger.cancel();
        }
        stack.forget(this);
        if (reason != null) {
            reportClosed(reason);
        }
    }

    private void reportClosed(TcpCloseReason reason) {
        if (!closeReported) {
            closeReported = true;
            handler.closed(this, reason);
        }
    }

    private void reportClosedLater(TcpCloseReason reason) {
        if (!closeReported) {
            closeReported = true;
            kernel.schedule(0, () -> handler.closed(this, reason));
        }
    }

    // ---- what show commands read ----

    public TcpState state() {
        return state;
    }

    /** The VRF the connection lives in, or null for the global table. */
    public String vrf() {
        return vrf;
    }

    public Ipv4Address localAddress() {
        return localAddress;
    }

    public int localPort() {
        return localPort;
    }

    public Ipv4Address remoteAddress() {
        return remoteAddress;
    }

    public int remotePort() {
        return remotePort;
    }

    /** The IP TTL of every segment this connection sends. */
    public int ttl() {
        return ttl;
    }

    /** True for the side that sent the first SYN (IOS's "Status Flags: active open"). */
    public boolean isActiveOpen() {
        return activeOpen;
    }

    /** Bytes of segments sent, retransmissions included: TCP header, options and data. */
    public long bytesSent() {
        return bytesSent;
    }

    /** Bytes of segments received for this connection (after the MD5 check): header, options and data. */
    public long bytesReceived() {
        return bytesReceived;
    }

    /** Data bytes sent, retransmissions included (IOS's "Sent: ... total data bytes"). */
    public long dataBytesSent() {
        return dataBytesSent;
    }

    /** New in-order data bytes received (IOS's "Rcvd: ... total data bytes"). */
    public long dataBytesReceived() {
        return dataBytesReceived;
    }

    public long segmentsSent() {
        return segmentsSent;
    }

    public long segmentsReceived() {
        return segmentsReceived;
    }

    /** Segments sent that carried data (IOS's "with data"). */
    public long dataSegmentsSent() {
        return dataSegmentsSent;
    }

    public long dataSegmentsReceived() {
        return dataSegmentsReceived;
    }

    /** Segments sent again (SYN, data or FIN). */
    public long retransmissions() {
        return retransmissions;
    }

    /** The largest data a segment carries: the smaller of our MSS and the peer's. */
    public int maxSegmentSize() {
        return maxSegmentSize;
    }

    /** The peer's advertised window (IOS's {@code sndwnd}). */
    public int sendWindow() {
        return sendWindow;
    }

    /** Our advertised window (IOS's {@code rcvwnd}). */
    public int receiveWindow() {
        return RECEIVE_WINDOW;
    }

    /** Bytes given by the application and not yet acknowledged by the peer. */
    public int queuedBytes() {
        return sendBuffer.size();
    }

    public long rtoNanos() {
        return retransmissionTimer.rtoNanos();
    }

    /** The smoothed round-trip time; 0 until the first sample. */
    public long srttNanos() {
        return retransmissionTimer.srttNanos();
    }

    public long rttVarianceNanos() {
        return retransmissionTimer.rttVarianceNanos();
    }

    /** IOS's {@code iss}, {@code snduna}, {@code sndnxt}, {@code irs}, {@code rcvnxt}: unsigned 32-bit values. */
    public long initialSendSequence() {
        return Integer.toUnsignedLong(initialSendSequence);
    }

    public long sendUnacknowledged() {
        return Integer.toUnsignedLong(sendUnacknowledged);
    }

    public long sendNext() {
        return Integer.toUnsignedLong(sendMax);
    }

    public long initialReceiveSequence() {
        return Integer.toUnsignedLong(initialReceiveSequence);
    }

    public long receiveNext() {
        return Integer.toUnsignedLong(receiveNext);
    }

    @Override
    public String toString() {
        return localAddress + ":" + localPort + " " + remoteAddress + ":" + remotePort + " " + state;
    }
}
