package org.looplab.tcp;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.dataplane.PacketTrace;
import org.looplab.log.LogMessage;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;
import org.looplab.scenario.LineLab;

/** RFC 2385 between r1 (10.0.12.1) and r2 (10.0.12.2), IOS's {@code neighbor A password}. */
class TcpMd5Test {
    static final long SECOND = TcpConnectionTest.SECOND;
    static final Ipv4Address R1 = Ipv4Address.of("10.0.12.1");
    static final Ipv4Address R2 = Ipv4Address.of("10.0.12.2");

    private LineLab line;
    private final List<PacketTrace> traces = new ArrayList<>();
    private final List<RecordingHandler> accepted = new ArrayList<>();
    private RecordingHandler client;

    @BeforeEach
    void line() {
        line = new LineLab(42, 1_000_000, 1_000_000);
        line.lab.dataPlane().addTracer(traces::add);
        TcpStack.of(line.r2).listen(null, 179, connection -> {
            RecordingHandler handler = new RecordingHandler(line.kernel);
            accepted.add(handler);
            return handler;
        });
        client = new RecordingHandler(line.kernel);
    }

    private TcpConnection connect() {
        TcpConnection connection = TcpStack.of(line.r1).connect(null, R2, 179, 255, client);
        line.kernel.runUntil(line.kernel.now() + 60 * SECOND);
        return connection;
    }

    private static List<String> badAuth(Router router) {
        return router.log().messages().stream().map(LogMessage::text)
                .filter(text -> text.startsWith("%TCP-6-BADAUTH")).toList();
    }

    @Test
    void theSameKeyOnBothSidesConnectsAndSignsEverySegment() {
        TcpStack.of(line.r1).setMd5Key(R2, "cisco".getBytes(US_ASCII));
        TcpStack.of(line.r2).setMd5Key(R1, "cisco".getBytes(US_ASCII));
        client.onConnected(c -> c.send("open".getBytes(US_ASCII)));
        TcpConnection active = connect();
        assertEquals(TcpState.ESTABLISHED, active.state());
        assertEquals("open", accepted.get(0).text());
        List<TcpSegment> sent = traces.stream().filter(t -> t.event().equals("send"))
                .map(t -> (TcpSegment) t.packet().payload()).toList();
        assertTrue(sent.stream().allMatch(s -> s.md5Digest() != null));
        assertEquals(20 + 24, sent.get(0).wireLength(), "SYN: MSS and MD5 options padded to 24 bytes");
        assertEquals(20 + 20, sent.get(sent.size() - 1).wireLength(), "ACK: the MD5 option padded to 20 bytes");
        assertTrue(badAuth(line.r1).isEmpty() && badAuth(line.r2).isEmpty());
    }

    @Test
    void differentKeysNeverConnectAndIosLogsAnInvalidDigest() {
        TcpStack.of(line.r1).setMd5Key(R2, "cisco".getBytes(US_ASCII));
        TcpStack.of(line.r2).setMd5Key(R1, "ciscO".getBytes(US_ASCII));
        TcpConnection active = connect();
        assertEquals(TcpCloseReason.TIMED_OUT, client.closedBy, "dropped silently: no RST, the SYN wait runs out");
        assertTrue(accepted.isEmpty());
        List<String> logged = badAuth(line.r2);
        assertEquals(5, logged.size(), "the SYN and its four retransmissions");
        assertEquals("%TCP-6-BADAUTH: Invalid MD5 digest from 10.0.12.1(" + active.localPort()
                + ") to 10.0.12.2(179) tableid - 0", logged.get(0));
        assertEquals(5, TcpStack.of(line.r2).badAuthentications());
    }

    @Test
    void aKeyOnlyOnTheListenerNeverConnects() {
        TcpStack.of(line.r2).setMd5Key(R1, "cisco".getBytes(US_ASCII));
        TcpConnection active = connect();
        assertEquals(TcpCloseReason.TIMED_OUT, client.closedBy);
        assertEquals("%TCP-6-BADAUTH: No MD5 digest from 10.0.12.1(" + active.localPort()
                + ") to 10.0.12.2(179) tableid - 0", badAuth(line.r2).get(0));
    }

    @Test
    void aKeyOnlyOnTheCallerNeverConnects() {
        TcpStack.of(line.r1).setMd5Key(R2, "cisco".getBytes(US_ASCII));
        TcpConnection active = connect();
        assertEquals(TcpCloseReason.TIMED_OUT, client.closedBy);
        assertEquals("%TCP-6-BADAUTH: Unexpected MD5 digest from 10.0.12.1(" + active.localPort()
                + ") to 10.0.12.2(179) tableid - 0", badAuth(line.r2).get(0));
    }

    @Test
    void removingTheKeysLetsTheNextAttemptConnect() {
        TcpStack.of(line.r1).setMd5Key(R2, "cisco".getBytes(US_ASCII));
        connect();
        TcpStack.of(line.r1).setMd5Key(R2, null);
        client = new RecordingHandler(line.kernel);
        assertEquals(TcpState.ESTABLISHED, connect().state());
    }

    @Test
    void theDigestCoversPseudoHeaderFixedHeaderDataAndKeyAsRfc2385Says() throws Exception {
        byte[] key = "secret".getBytes(US_ASCII);
        TcpSegment syn = new TcpSegment(11000, 179, 1, 0, TcpSegment.SYN, 16384, 536, null, null);
        TcpSegment signed = Md5Signature.sign(R1, R2, syn, key);
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(new byte[] {10, 0, 12, 1, 10, 0, 12, 2, 0, 6, 0, 44}); // pseudo-header, TCP length 44
        md5.update(new byte[] {0x2A, (byte) 0xF8, 0, (byte) 0xB3, 0, 0, 0, 1, 0, 0, 0, 0,
                (byte) 0xB0, 0x02, 0x40, 0, 0, 0, 0, 0}); // header: 11 words, SYN, window 16384, checksum 0
        md5.update(key);
        assertArrayEquals(md5.digest(), signed.md5Digest());
        assertTrue(Md5Signature.verify(R1, R2, signed, key));
        assertTrue(!Md5Signature.verify(R2, R1, signed, key), "the addresses are covered");
    }
}
