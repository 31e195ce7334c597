package org.looplab.cli.show.bgp;

import java.util.ArrayList;
import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.tcp.TcpConnection;
import org.looplab.tcp.TcpStack;

/**
 * The simulated TCP's connections as {@code show tcp brief [all]} and the TCP block of {@code show ip bgp
 * neighbors} show them. IOS prints a control block's memory address as the TCB; looplab prints a stable
 * id per connection instead: its initial send sequence number, which the kernel's seeded generator picks,
 * so the same lab and seed give the same ids. A passive open ({@code all}) gets an id from its port.
 *
 * <p>The engine's connections keep no opening or last-segment times and no RTT extremes: the caller
 * passes its best knowledge of the times (BGP: when the session came up and its keepalive rhythm), and
 * the minimum and maximum RTT are shown as the smoothed RTT.
 */
public final class TcpConnectionViews {
    private static final long MILLI = 1_000_000L;
    private static final long LISTENER_TCB_BASE = 0x0E000000L;

    private TcpConnectionViews() {
    }

    /** {@code show tcp brief}: the open connections; with {@code all} the passive opens after them. */
    public static List<TcpConnectionView> brief(TcpStack stack, boolean all) {
        long now = stack.router().kernel().now();
        List<TcpConnectionView> views = new ArrayList<>();
        for (TcpConnection connection : stack.connections()) {
            views.add(of(connection, now, now, now, false));
        }
        if (all) {
            for (TcpStack.ListeningEndpoint listening : stack.listening()) {
                Ipv4Address address = listening.address() == null ? Ipv4Address.ANY : listening.address();
                views.add(new TcpConnectionView(LISTENER_TCB_BASE + listening.port() * 0x100L + (address.bits() & 0xFF),
                        address, listening.port(), Ipv4Address.ANY, 0, TcpState.LISTEN, 255, false, false, 0,
                        new TcpSequenceView(0, 0, 0, 0, 0, 0, TcpConnection.RECEIVE_WINDOW, TcpConnection.RECEIVE_WINDOW, 0),
                        new TcpTimingView(now, now, now, 0, 0, 0, 0, 0, 0, 0, null),
                        new TcpCountersView(0, 0, 0, 0, 0, 0, 0, 0)));
            }
        }
        return views;
    }

    public static TcpConnectionView of(TcpConnection c, long openedAtNanos, long lastSentNanos, long lastReceivedNanos,
            boolean md5) {
        TcpSequenceView sequence = new TcpSequenceView(c.initialSendSequence(), c.sendUnacknowledged(), c.sendNext(),
                c.initialReceiveSequence(), c.receiveNext(), c.sendWindow(), c.receiveWindow(),
                TcpConnection.RECEIVE_WINDOW, 0);
        long srtt = c.srttNanos() / MILLI;
        TcpTimingView timing = new TcpTimingView(openedAtNanos, lastSentNanos, lastReceivedNanos, srtt,
                c.rtoNanos() / MILLI, c.rttVarianceNanos() / MILLI, srtt, srtt, c.retransmissions(), c.retransmissions(),
                null);
        TcpCountersView counters = new TcpCountersView(c.segmentsReceived(), 0, c.dataSegmentsReceived(),
                c.dataBytesReceived(), c.segmentsSent(), c.retransmissions(), c.dataSegmentsSent(), c.dataBytesSent());
        return new TcpConnectionView(c.initialSendSequence(), c.localAddress(), c.localPort(), c.remoteAddress(),
                c.remotePort(), state(c.state()), c.ttl(), c.isActiveOpen(), md5, c.maxSegmentSize(), sequence, timing,
                counters);
    }

    static TcpState state(org.looplab.tcp.TcpState state) {
        return switch (state) {
            case CLOSED -> TcpState.CLOSED;
            case LISTEN -> TcpState.LISTEN;
            case SYN_SENT -> TcpState.SYN_SENT;
            case SYN_RCVD -> TcpState.SYN_RECEIVED;
            case ESTABLISHED -> TcpState.ESTABLISHED;
            case FIN_WAIT_1 -> TcpState.FIN_WAIT_1;
            case FIN_WAIT_2 -> TcpState.FIN_WAIT_2;
            case CLOSE_WAIT -> TcpState.CLOSE_WAIT;
            case CLOSING -> TcpState.CLOSING;
            case LAST_ACK -> TcpState.LAST_ACK;
            case TIME_WAIT -> TcpState.TIME_WAIT;
        };
    }
}
