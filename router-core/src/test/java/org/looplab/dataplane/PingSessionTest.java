package org.looplab.dataplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.ping.PingResult;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.scenario.LineLab;

class PingSessionTest {
    private static final long D12 = 3_000_000; // 3 ms one way
    private static final long D23 = 5_000_000; // 5 ms one way

    private LineLab line;

    @BeforeEach
    void line() {
        line = new LineLab(42, D12, D23).withEndStatics();
    }

    private PingResult ping(Router from, String destination, String source) {
        PingResult[] result = new PingResult[1];
        PingSession.start(from, Ipv4Address.of(destination), source == null ? null : Ipv4Address.of(source),
                5, PingSession.DEFAULT_TIMEOUT_NANOS, done -> result[0] = done);
        line.kernel.runUntilIdle();
        assertNotNull(result[0], "the result arrives once the kernel has run");
        return result[0];
    }

    @Test
    void echoesCrossTheLineAndTheRoundTripIsTheSumOfTheLinkDelays() {
        long start = line.kernel.now();
        PingResult result = ping(line.r1, "10.0.0.3", null);
        assertEquals("!!!!!", result.marks());
        assertEquals(100, result.successPercent());
        long rtt = 2 * (D12 + D23);
        assertEquals(rtt, result.minRttNanos());
        assertEquals(rtt, result.maxRttNanos());
        assertEquals(16, result.minMillis());
        assertEquals(16, result.avgMillis());
        assertEquals(16, result.maxMillis());
        assertEquals(start + 5 * rtt, line.kernel.now(), "each echo leaves when the previous reply is back");
    }

    @Test
    void loopbackToLoopbackWithASource() {
        PingResult result = ping(line.r3, "10.0.0.1", "10.0.0.3");
        assertEquals("!!!!!", result.marks());
        assertEquals(PingSession.INVALID_SOURCE, PingSession.checkSource(line.r3, Ipv4Address.of("10.0.0.1")));
        assertNull(PingSession.checkSource(line.r3, Ipv4Address.of("10.0.0.3")));
    }

    @Test
    void aRouterWithoutARouteAnswersUnreachableRateLimitedAsIosDoes() {
        // r1's default sends 192.0.2.1 to r2, which has no route: U, then the next unreachable is within
        // 500 ms and suppressed, so that echo times out.
        PingResult result = ping(line.r1, "192.0.2.1", null);
        assertEquals("U.U.U", result.marks());
        assertEquals(0, result.successPercent());
    }

    @Test
    void noRouteAtAllOnTheSendingRouterTimesOut() {
        PingResult result = ping(line.r2, "192.0.2.1", null);
        assertEquals(".....", result.marks());
        assertEquals(5 * PingSession.DEFAULT_TIMEOUT_NANOS, line.kernel.now(), "five 2-second timeouts");
    }

    @Test
    void pingFailsAfterALinkPullAndWorksAfterRestore() {
        line.lab.setConnected(line.link23, false);
        // r2 loses 10.0.23.0/24 and so its static to 10.0.0.3: it answers unreachable.
        assertEquals("U.U.U", ping(line.r1, "10.0.0.3", null).marks());
        line.lab.setConnected(line.link23, true);
        assertEquals("!!!!!", ping(line.r1, "10.0.0.3", null).marks());
    }

    @Test
    void theLargestRepeatCountStartsWithoutMemoryForEveryEcho() {
        StringBuilder echoes = new StringBuilder();
        PingSession.start(line.r1, Ipv4Address.of("10.0.0.3"), null, Integer.MAX_VALUE,
                PingSession.DEFAULT_TIMEOUT_NANOS, echoes::append, done -> { });
        long rtt = 2 * (D12 + D23);
        line.kernel.runUntil(line.kernel.now() + 1000 * rtt);
        assertTrue(echoes.length() > 990 && echoes.chars().allMatch(c -> c == '!'), echoes.toString());
    }

    @Test
    void aCablePulledWhileAnEchoIsInFlightLosesIt() {
        PingResult[] result = new PingResult[1];
        PingSession.start(line.r1, Ipv4Address.of("10.0.0.3"), null, 2, PingSession.DEFAULT_TIMEOUT_NANOS,
                done -> result[0] = done);
        line.kernel.schedule(D12 + D23 / 2, () -> line.lab.setConnected(line.link23, false));
        line.kernel.schedule(1_000_000_000L, () -> line.lab.setConnected(line.link23, true));
        line.kernel.runUntilIdle();
        assertEquals(".!", result[0].marks());
    }

    @Test
    void hostLoopbackAnswersInsideTheRouterWithEveryCablePulled() {
        line.lab.setConnected(line.link12, false);
        line.lab.setConnected(line.link23, false);
        List<PacketTrace> traces = new ArrayList<>();
        line.lab.dataPlane().addTracer(traces::add);
        PingResult result = ping(line.r2, "127.0.0.1", null);
        assertEquals("!!!!!", result.marks());
        assertEquals(0, result.minRttNanos());
        assertEquals(0, result.maxRttNanos());
        assertEquals(1, result.maxMillis(), "IOS never shows less than 1 ms for a reply");
        assertEquals("!!!!!", ping(line.r2, "127.8.9.10", null).marks());
        assertEquals("!!!!!", ping(line.r2, "10.0.0.2", null).marks(), "its own loopback too");
        assertTrue(traces.stream().noneMatch(t -> t.event().startsWith("receive")), "nothing crossed a link");
    }

    @Test
    void zeroZeroZeroZeroIsNeverSent() {
        List<PacketTrace> traces = new ArrayList<>();
        line.lab.dataPlane().addTracer(traces::add);
        assertEquals(".....", ping(line.r1, "0.0.0.0", null).marks());
        assertTrue(traces.stream().allMatch(t -> t.event().equals("drop: unspecified destination")));
    }

    @Test
    void aRoutingLoopRunsTheTtlOutAndThePingShowsAmpersands() {
        // r2 sends 10.0.0.3 back to r1, whose default sends it to r2 again: 255 hops later, time exceeded.
        line.r2.removeStaticRoute(Ipv4Address.of("10.0.0.3"), LineLab.HOST_MASK, null, null);
        line.r2.addStaticRoute(Ipv4Address.of("10.0.0.3"), LineLab.HOST_MASK, null, Ipv4Address.of("10.0.12.1"), 1);
        assertEquals("&&&&&", ping(line.r1, "10.0.0.3", null).marks());
    }

    @Test
    void theSourceOfAnInterface() {
        assertEquals(Ipv4Address.of("10.0.0.1"), PingSession.sourceAddressOf(line.r1, LineLab.LO0));
        line.lab.setConnected(line.link12, false);
        assertNull(PingSession.sourceAddressOf(line.r1, LineLab.GI0));
    }

    @Test
    void aRouteToNull0AnswersUnreachable() {
        line.r2.addStaticRoute(Ipv4Address.of("192.0.2.0"), Ipv4Address.of("255.255.255.0"),
                InterfaceName.nullInterface(), null, 1);
        assertEquals("U.U.U", ping(line.r1, "192.0.2.1", null).marks());
    }

    @Test
    void anInterfaceStaticWorksThroughProxyArp() {
        Router r1 = line.r1;
        r1.removeStaticRoute(Ipv4Address.ANY, Ipv4Address.ANY, null, null);
        assertEquals(".....", ping(r1, "10.0.0.3", null).marks());
        r1.addStaticRoute(Ipv4Address.of("10.0.0.3"), LineLab.HOST_MASK, LineLab.GI0, null, 1);
        assertEquals("!!!!!", ping(r1, "10.0.0.3", null).marks());
        assertEquals(".....", ping(r1, "10.0.12.9", null).marks(), "nobody owns 10.0.12.9: ARP fails");
    }

    @Test
    void theReplyComesFromThePingedAddress() {
        List<PacketTrace> traces = new ArrayList<>();
        line.lab.dataPlane().addTracer(traces::add);
        ping(line.r1, "10.0.0.3", null);
        PacketTrace reply = traces.stream()
                .filter(t -> t.router().equals("r3") && t.event().equals("send")).findFirst().orElseThrow();
        assertEquals(Ipv4Address.of("10.0.0.3"), reply.packet().source());
        assertEquals(Ipv4Address.of("10.0.12.1"), reply.packet().destination(), "r1 sent from its Gi0/0");
        assertEquals(IcmpType.ECHO_REPLY, reply.packet().icmp().type());
    }
}
