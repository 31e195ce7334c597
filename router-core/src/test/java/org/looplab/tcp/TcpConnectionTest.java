package org.looplab.tcp;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.dataplane.PacketTrace;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;
import org.looplab.scenario.LineLab;

/** Opening, talking and closing over the line r1 - r2 - r3 (3 ms and 5 ms one way). */
class TcpConnectionTest {
    static final long MS = 1_000_000L;
    static final long SECOND = 1_000_000_000L;
    static final int BGP = 179;

    private LineLab line;
    private final List<PacketTrace> traces = new ArrayList<>();

    @BeforeEach
    void line() {
        line = new LineLab(42, 3 * MS, 5 * MS).withEndStatics();
        line.lab.dataPlane().addTracer(traces::add);
    }

    /** A listener on {@code router}; accepted connections get the handlers in the returned list. */
    List<RecordingHandler> listen(Router router, String address) {
        List<RecordingHandler> accepted = new ArrayList<>();
        TcpStack.of(router).listen(address == null ? null : Ipv4Address.of(address), BGP, connection -> {
            RecordingHandler handler = new RecordingHandler(line.kernel);
            accepted.add(handler);
            return handler;
        });
        return accepted;
    }

    TcpConnection connect(Router from, String local, String remote, RecordingHandler handler) {
        return TcpStack.of(from).connect(local == null ? null : Ipv4Address.of(local), Ipv4Address.of(remote), BGP,
                255, handler);
    }

    long wireBytesSentBy(String router, TcpConnection connection) {
        return traces.stream()
                .filter(t -> t.router().equals(router) && t.event().equals("send")
                        && t.packet().payload() instanceof TcpSegment s && s.sourcePort() == connection.localPort())
                .mapToLong(t -> ((TcpSegment) t.packet().payload()).wireLength())
                .sum();
    }

    @Test
    void handshakeThenDataBothWaysCountedAtTheirWireSizes() {
        List<RecordingHandler> server = listen(line.r2, null);
        RecordingHandler client = new RecordingHandler(line.kernel)
                .onConnected(c -> c.send("hello, r2".getBytes(US_ASCII)));
        TcpConnection active = connect(line.r1, null, "10.0.12.2", client);
        assertEquals(TcpState.SYN_SENT, active.state());
        line.kernel.runUntil(100 * MS);

        assertEquals(1, server.size());
        TcpConnection passive = server.get(0).connection;
        assertEquals(6 * MS, client.connectedAtNanos, "SYN and SYN-ACK: one round trip");
        assertEquals(9 * MS, server.get(0).connectedAtNanos, "the ACK crosses once more");
        assertEquals("hello, r2", server.get(0).text());
        passive.send("hello, r1".getBytes(US_ASCII));
        line.kernel.runUntil(200 * MS);
        assertEquals("hello, r1", client.text());

        assertEquals(TcpState.ESTABLISHED, active.state());
        assertEquals(TcpState.ESTABLISHED, passive.state());
        assertEquals(Ipv4Address.of("10.0.12.1"), active.localAddress(), "the outgoing interface's address");
        assertTrue(active.localPort() >= 11000, "ephemeral port " + active.localPort());
        assertEquals(BGP, active.remotePort());
        assertEquals(Ipv4Address.of("10.0.12.2"), passive.localAddress());
        assertEquals(active.localPort(), passive.remotePort());
        assertEquals(1460, active.maxSegmentSize(), "a directly connected peer");
        assertEquals(16384, active.sendWindow());
        assertTrue(active.isActiveOpen() && !passive.isActiveOpen());
        assertEquals(List.of(active), TcpStack.of(line.r1).connections());

        assertEquals(9, active.dataBytesSent());
        assertEquals(9, passive.dataBytesReceived());
        assertEquals(wireBytesSentBy("r1", active), active.bytesSent());
        assertEquals(wireBytesSentBy("r2", passive), passive.bytesSent());
        assertEquals(active.bytesSent(), passive.bytesReceived());
        assertEquals(passive.bytesSent(), active.bytesReceived());
        // r1: SYN with MSS (24), ACK (20), data (29), ACK of r2's data (20).
        assertEquals(24 + 20 + 29 + 20, active.bytesSent());
        assertEquals(4, active.segmentsSent());
        assertEquals(active.segmentsSent(), passive.segmentsReceived());
        assertEquals(0, active.retransmissions());
        assertEquals(6 * MS, active.srttNanos(), "sampled from the SYN");
        assertEquals(SECOND, active.rtoNanos(), "RFC 6298's 1 s floor");
    }

    @Test
    void loopbackToLoopbackTwoHopsAwayUsesTheBoundSourceAndMss536() {
        List<RecordingHandler> server = listen(line.r3, "10.0.0.3");
        RecordingHandler client = new RecordingHandler(line.kernel);
        TcpConnection active = connect(line.r1, "10.0.0.1", "10.0.0.3", client);
        line.kernel.runUntil(100 * MS);
        assertEquals(16 * MS, client.connectedAtNanos);
        TcpConnection passive = server.get(0).connection;
        assertEquals(Ipv4Address.of("10.0.0.1"), active.localAddress());
        assertEquals(Ipv4Address.of("10.0.0.1"), passive.remoteAddress());
        assertEquals(Ipv4Address.of("10.0.0.3"), passive.localAddress(), "answers from the address the SYN was sent to");
        assertEquals(536, active.maxSegmentSize());
        assertEquals(536, passive.maxSegmentSize());
    }

    @Test
    void nothingListeningAnswersRstAndTheCallerIsRefused() {
        RecordingHandler client = new RecordingHandler(line.kernel);
        TcpConnection active = connect(line.r1, null, "10.0.0.3", client);
        line.kernel.runUntil(SECOND / 2);
        assertEquals(TcpCloseReason.REFUSED, client.closedBy);
        assertEquals(16 * MS, client.closedAtNanos);
        assertEquals(TcpState.CLOSED, active.state());
        assertTrue(TcpStack.of(line.r1).connections().isEmpty());
        assertEquals(1, TcpStack.of(line.r3).resetsSent(), "r3 never used TCP itself, yet its stack answers");
        assertTrue(traces.stream().anyMatch(t -> t.router().equals("r3") && t.event().equals("send")
                && t.packet().payload() instanceof TcpSegment s && s.has(TcpSegment.RST)));
    }

    @Test
    void aListenerOnAnotherAddressOrPortDoesNotTake() {
        listen(line.r2, "10.0.23.2");
        RecordingHandler client = new RecordingHandler(line.kernel);
        connect(line.r1, null, "10.0.12.2", client);
        line.kernel.runUntil(SECOND / 2);
        assertEquals(TcpCloseReason.REFUSED, client.closedBy);
    }

    @Test
    void anAcceptHandlerReturningNullRefuses() {
        TcpStack.of(line.r2).listen(null, BGP, connection -> null);
        RecordingHandler client = new RecordingHandler(line.kernel);
        connect(line.r1, null, "10.0.12.2", client);
        line.kernel.runUntil(SECOND / 2);
        assertEquals(TcpCloseReason.REFUSED, client.closedBy);
        assertTrue(TcpStack.of(line.r2).connections().isEmpty());
    }

    @Test
    void noRouteEndsAtOnce() {
        RecordingHandler client = new RecordingHandler(line.kernel);
        TcpConnection active = connect(line.r2, null, "192.0.2.1", client);
        assertNull(client.closedBy, "never from inside the application's own call");
        line.kernel.runUntil(0);
        assertEquals(TcpCloseReason.NO_ROUTE, client.closedBy);
        assertEquals(0, client.closedAtNanos);
        assertEquals(TcpState.CLOSED, active.state());
        assertTrue(TcpStack.of(line.r2).connections().isEmpty());
    }

    @Test
    void gracefulCloseBothSidesThenTimeWaitExpires() {
        List<RecordingHandler> server = listen(line.r2, null);
        RecordingHandler client = new RecordingHandler(line.kernel);
        TcpConnection active = connect(line.r1, null, "10.0.12.2", client);
        line.kernel.runUntil(100 * MS);
        active.send("last words".getBytes(US_ASCII));
        active.close();
        assertNull(client.closedBy);
        line.kernel.runUntil(200 * MS);
        RecordingHandler peer = server.get(0);
        assertEquals("last words", peer.text(), "the data goes before the FIN");
        assertEquals(TcpCloseReason.LOCAL_CLOSE, client.closedBy);
        assertEquals(100 * MS, client.closedAtNanos);
        assertEquals(TcpCloseReason.PEER_CLOSED, peer.closedBy);
        assertEquals(103 * MS, peer.closedAtNanos);
        assertEquals(TcpState.TIME_WAIT, active.state());
        assertEquals(TcpState.CLOSED, peer.connection.state());
        assertTrue(TcpStack.of(line.r2).connections().isEmpty());
        assertEquals(List.of(active), TcpStack.of(line.r1).connections());
        line.kernel.runUntil(106 * MS + TcpConnection.TIME_WAIT_NANOS - 1);
        assertEquals(TcpState.TIME_WAIT, active.state());
        line.kernel.runUntil(106 * MS + TcpConnection.TIME_WAIT_NANOS);
        assertEquals(TcpState.CLOSED, active.state());
        assertTrue(TcpStack.of(line.r1).connections().isEmpty());
    }

    @Test
    void abortSendsRstAndThePeerIsReset() {
        List<RecordingHandler> server = listen(line.r2, null);
        RecordingHandler client = new RecordingHandler(line.kernel);
        TcpConnection active = connect(line.r1, null, "10.0.12.2", client);
        line.kernel.runUntil(100 * MS);
        active.abort();
        assertEquals(TcpState.CLOSED, active.state());
        line.kernel.runUntil(200 * MS);
        assertEquals(TcpCloseReason.LOCAL_CLOSE, client.closedBy);
        assertEquals(TcpCloseReason.RESET, server.get(0).closedBy);
        assertEquals(103 * MS, server.get(0).closedAtNanos);
        assertTrue(TcpStack.of(line.r1).connections().isEmpty());
        assertTrue(TcpStack.of(line.r2).connections().isEmpty());
    }

    @Test
    void aSegmentForAConnectionThePeerForgotIsAnsweredWithRst() {
        List<RecordingHandler> server = listen(line.r2, null);
        RecordingHandler client = new RecordingHandler(line.kernel);
        TcpConnection active = connect(line.r1, null, "10.0.12.2", client);
        line.kernel.runUntil(100 * MS);
        line.lab.setConnected(line.link12, false);
        server.get(0).connection.abort(); // its RST is lost on the pulled cable
        line.lab.setConnected(line.link12, true);
        line.kernel.runUntil(200 * MS);
        assertEquals(TcpState.ESTABLISHED, active.state());
        active.send(new byte[10]);
        line.kernel.runUntil(300 * MS);
        assertEquals(TcpCloseReason.RESET, client.closedBy);
        assertEquals(206 * MS, client.closedAtNanos);
    }

    @Test
    void thePassiveSideMayCloseFirst() {
        List<RecordingHandler> server = listen(line.r2, null);
        RecordingHandler client = new RecordingHandler(line.kernel);
        TcpConnection active = connect(line.r1, null, "10.0.12.2", client);
        line.kernel.runUntil(100 * MS);
        TcpConnection passive = server.get(0).connection;
        passive.send("bye".getBytes(US_ASCII));
        passive.close();
        line.kernel.runUntil(200 * MS);
        assertEquals("bye", client.text());
        assertEquals(TcpCloseReason.PEER_CLOSED, client.closedBy);
        assertEquals(TcpCloseReason.LOCAL_CLOSE, server.get(0).closedBy);
        assertEquals(TcpState.CLOSED, active.state());
        assertEquals(TcpState.TIME_WAIT, passive.state());
    }

    @Test
    void aSecondListenerOnTheSamePortAndAddressIsRefused() {
        TcpListener first = TcpStack.of(line.r2).listen(null, BGP, connection -> null);
        try {
            TcpStack.of(line.r2).listen(null, BGP, connection -> null);
            throw new AssertionError("two listeners on *:179");
        } catch (IllegalStateException expected) {
            assertNotNull(expected.getMessage());
        }
        first.close();
        TcpStack.of(line.r2).listen(null, BGP, connection -> null);
    }
}
