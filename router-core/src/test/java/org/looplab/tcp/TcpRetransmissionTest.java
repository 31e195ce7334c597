package org.looplab.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.dataplane.PacketTrace;
import org.looplab.net.Ipv4Address;
import org.looplab.scenario.LineLab;

/** Loss, give-up, TTL and windows over the line r1 - r2 - r3 (3 ms and 5 ms one way), loopback to loopback. */
class TcpRetransmissionTest {
    static final long MS = TcpConnectionTest.MS;
    static final long SECOND = TcpConnectionTest.SECOND;

    private LineLab line;
    private final List<PacketTrace> traces = new ArrayList<>();
    private final List<RecordingHandler> accepted = new ArrayList<>();
    private RecordingHandler client;

    @BeforeEach
    void line() {
        line = new LineLab(42, 3 * MS, 5 * MS).withEndStatics();
        line.lab.dataPlane().addTracer(traces::add);
        TcpStack.of(line.r3).listen(null, 179, connection -> {
            RecordingHandler handler = new RecordingHandler(line.kernel);
            accepted.add(handler);
            return handler;
        });
        client = new RecordingHandler(line.kernel);
    }

    private TcpConnection connectLoopbacks(int ttl) {
        return TcpStack.of(line.r1).connect(Ipv4Address.of("10.0.0.1"), Ipv4Address.of("10.0.0.3"), 179, ttl, client);
    }

    /** When r1 sent segments with this sequence number. */
    private List<Long> sendTimes(long sequence) {
        return traces.stream()
                .filter(t -> t.router().equals("r1") && t.event().equals("send")
                        && t.packet().payload() instanceof TcpSegment s
                        && Integer.toUnsignedLong(s.sequence()) == sequence && s.sequenceLength() > 0)
                .map(PacketTrace::timeNanos)
                .toList();
    }

    private static byte[] randomBytes(int count, long seed) {
        byte[] bytes = new byte[count];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void segmentsLostOnAPulledCableAreRetransmittedWithBackoffAndArriveInOrder() {
        TcpConnection active = connectLoopbacks(255);
        line.kernel.runUntil(100 * MS);
        assertEquals(TcpState.ESTABLISHED, active.state());
        long firstUnacknowledged = active.sendNext();
        byte[] data = randomBytes(3000, 1);

        line.lab.setConnected(line.link23, false);
        active.send(data);
        line.kernel.runUntil(10 * SECOND);
        assertEquals(0, accepted.get(0).received.size());
        assertEquals(8 * SECOND, active.rtoNanos(), "1 s doubled at each of three expiries");
        assertTrue(TcpStack.of(line.r1).icmpErrorsIgnored() > 0, "r2's unreachables are soft errors");
        assertEquals(TcpState.ESTABLISHED, active.state());

        line.lab.setConnected(line.link23, true);
        line.kernel.runUntil(20 * SECOND);
        assertArrayEquals(data, accepted.get(0).received.toByteArray());
        // Sent at 0.1 s, then again after RTOs of 1, 2, 4 and 8 s; the fourth copy gets through.
        assertEquals(List.of(100 * MS, 1100 * MS, 3100 * MS, 7100 * MS, 15100 * MS), sendTimes(firstUnacknowledged));
        assertTrue(active.retransmissions() >= 4, "retransmissions " + active.retransmissions());
        assertEquals(0, active.queuedBytes(), "everything acknowledged");
        assertEquals(16 * SECOND, active.rtoNanos(), "Karn: no sample from retransmitted data, the RTO stays backed off");
        active.send(new byte[10]);
        line.kernel.runUntil(21 * SECOND);
        assertEquals(SECOND, active.rtoNanos(), "the first new segment's sample brings it back down");
        assertNull(client.closedBy);
    }

    @Test
    void dataRetransmissionsGiveUpAfterTwelve() {
        TcpConnection active = connectLoopbacks(255);
        line.kernel.runUntil(100 * MS);
        line.lab.setConnected(line.link23, false);
        active.send(new byte[100]);
        line.kernel.runUntil(1000 * SECOND);
        assertEquals(TcpCloseReason.TIMED_OUT, client.closedBy);
        // Thirteen RTOs: 1 + 2 + 4 + 8 + 16 + 32 s, then seven at the 60 s ceiling.
        assertEquals(100 * MS + 483 * SECOND, client.closedAtNanos);
        assertEquals(TcpConnection.MAX_RETRANSMISSIONS, active.retransmissions());
        assertTrue(TcpStack.of(line.r1).connections().isEmpty());
    }

    @Test
    void aSynThatNeverGetsThroughGivesUpAfterIosSynWaitTime() {
        line.lab.setConnected(line.link23, false);
        TcpConnection active = connectLoopbacks(255);
        line.kernel.runUntil(100 * SECOND);
        assertEquals(TcpCloseReason.TIMED_OUT, client.closedBy);
        assertEquals(30 * SECOND, client.closedAtNanos);
        long iss = active.initialSendSequence();
        assertEquals(List.of(0L, SECOND, 3 * SECOND, 7 * SECOND, 15 * SECOND), sendTimes(iss));
        assertEquals(4, active.retransmissions());
    }

    @Test
    void ttlOneNeverReachesAPeerTwoHopsAway() {
        connectLoopbacks(1);
        line.kernel.runUntil(100 * SECOND);
        assertEquals(TcpCloseReason.TIMED_OUT, client.closedBy);
        assertTrue(accepted.isEmpty());
        assertEquals(-1, client.connectedAtNanos);
        assertTrue(traces.stream().anyMatch(t -> t.router().equals("r2") && t.event().equals("drop: ttl exceeded")));
        assertTrue(traces.stream().filter(t -> t.router().equals("r1") && t.event().equals("send")
                && t.packet().payload() instanceof TcpSegment).allMatch(t -> t.packet().ttl() == 1));
    }

    @Test
    void ttlOneReachesANeighbour() {
        List<RecordingHandler> neighbour = new ArrayList<>();
        TcpStack.of(line.r2).listen(null, 179, connection -> {
            connection.setTtl(1);
            RecordingHandler handler = new RecordingHandler(line.kernel);
            neighbour.add(handler);
            return handler;
        });
        TcpConnection active = TcpStack.of(line.r1).connect(null, Ipv4Address.of("10.0.12.2"), 179, 1, client);
        line.kernel.runUntil(SECOND);
        assertEquals(TcpState.ESTABLISHED, active.state());
        assertEquals(1, active.ttl());
        assertEquals(1, neighbour.get(0).connection.ttl());
        assertTrue(traces.stream().filter(t -> t.event().equals("send") && t.packet().payload() instanceof TcpSegment)
                .allMatch(t -> t.packet().ttl() == 1));
    }

    @Test
    void a100KilobyteTransferThroughA16KilobyteWindowArrivesIntact() {
        TcpConnection active = connectLoopbacks(255);
        long[] maxInFlight = new long[1];
        line.kernel.setObserver(event -> {
            long inFlight = (active.sendNext() - active.sendUnacknowledged()) & 0xFFFFFFFFL;
            maxInFlight[0] = Math.max(maxInFlight[0], inFlight);
        });
        byte[] data = randomBytes(100 * 1024, 2);
        active.send(data);
        line.kernel.runUntil(10 * SECOND);
        assertArrayEquals(data, accepted.get(0).received.toByteArray());
        assertTrue(maxInFlight[0] <= TcpConnection.RECEIVE_WINDOW, "in flight " + maxInFlight[0]);
        assertTrue(maxInFlight[0] > TcpConnection.RECEIVE_WINDOW - 536, "the window is used: " + maxInFlight[0]);
        assertEquals(0, active.retransmissions());
        assertEquals((data.length + 535) / 536, active.dataSegmentsSent(), "segments of 536 bytes");
        assertEquals(data.length, active.dataBytesSent());
        assertEquals(data.length, accepted.get(0).connection.dataBytesReceived());
    }
}
