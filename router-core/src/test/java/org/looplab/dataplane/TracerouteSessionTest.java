package org.looplab.dataplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.scenario.LineLab;

class TracerouteSessionTest {
    private static final long D12 = 3_000_000;
    private static final long D23 = 5_000_000;

    private LineLab line;

    @BeforeEach
    void line() {
        line = new LineLab(42, D12, D23).withEndStatics();
    }

    @Test
    void aTtlOfOneExpiresAtTheFirstRouter() {
        DataPlane dataPlane = line.lab.dataPlane();
        List<Ipv4Packet> received = new ArrayList<>();
        int identifier = dataPlane.allocateIdentifier();
        dataPlane.bind(line.r1, identifier, received::add);
        dataPlane.originate(line.r1, null, Ipv4Address.of("10.0.0.3"), 1, IcmpMessage.echoRequest(identifier, 0));
        line.kernel.runUntilIdle();
        assertEquals(1, received.size());
        IcmpMessage error = received.get(0).icmp();
        assertEquals(IcmpType.TIME_EXCEEDED, error.type());
        assertEquals(Ipv4Address.of("10.0.12.2"), received.get(0).source());
        assertEquals(Ipv4Address.of("10.0.0.3"), error.quoted().destination());
        assertEquals(2 * D12, line.kernel.now());
    }

    @Test
    void oneLinePerHopUntilTheDestinationAnswers() {
        List<TracerouteHop> lines = new ArrayList<>();
        List<List<TracerouteHop>> done = new ArrayList<>();
        TracerouteSession.start(line.r1, Ipv4Address.of("10.0.0.3"), null, lines::add, done::add);
        line.kernel.runUntilIdle();
        assertEquals(1, done.size());
        assertEquals(lines, done.get(0));
        assertEquals(2, lines.size());

        TracerouteHop first = lines.get(0);
        assertEquals(1, first.hop());
        for (TracerouteProbe probe : first.probes()) {
            assertEquals(Ipv4Address.of("10.0.12.2"), probe.responder());
            assertEquals(2 * D12, probe.rttNanos());
        }
        TracerouteHop last = lines.get(1);
        assertEquals(2, last.hop());
        assertTrue(last.reachedDestination());
        // r3 answers port unreachable, rate-limited to one per 500 ms: IOS's familiar "16 msec * 16 msec".
        assertEquals(2 * (D12 + D23), last.probes().get(0).rttNanos());
        assertTrue(last.probes().get(1).isTimeout());
        assertEquals(Ipv4Address.of("10.0.23.3"), last.probes().get(2).responder());
    }

    @Test
    void aRouterWithoutARouteEndsTheTraceWithUnreachables() {
        List<TracerouteHop> lines = new ArrayList<>();
        TracerouteSession.start(line.r1, Ipv4Address.of("192.0.2.1"), null, 30, 1,
                TracerouteSession.DEFAULT_TIMEOUT_NANOS, lines::add, hops -> { });
        line.kernel.runUntilIdle();
        // TTL 1 expires at r2 before its lookup fails; TTL 2 gets r2's unreachable: "2 10.0.12.2 !H".
        assertEquals(2, lines.size());
        assertEquals("", lines.get(0).probes().get(0).annotation());
        assertEquals(Ipv4Address.of("10.0.12.2"), lines.get(1).probes().get(0).responder());
        assertEquals("!H", lines.get(1).probes().get(0).annotation());
        assertFalse(lines.get(1).reachedDestination());
    }

    @Test
    void aRoutingLoopRunsToTheMaximumTtl() {
        line.r2.removeStaticRoute(Ipv4Address.of("10.0.0.3"), LineLab.HOST_MASK, null, null);
        line.r2.addStaticRoute(Ipv4Address.of("10.0.0.3"), LineLab.HOST_MASK, null, Ipv4Address.of("10.0.12.1"), 1);
        // r1 -> r2 -> r1 -> r2 ...: a loop, so hops alternate until TTL 4.
        List<TracerouteHop> lines = new ArrayList<>();
        TracerouteSession.start(line.r1, Ipv4Address.of("10.0.0.3"), null, 4, 1, 1_000_000_000L, lines::add, hops -> { });
        line.kernel.runUntilIdle();
        assertEquals(4, lines.size());
        assertEquals(Ipv4Address.of("10.0.12.2"), lines.get(0).probes().get(0).responder());
        assertEquals(Ipv4Address.of("10.0.12.1"), lines.get(1).probes().get(0).responder());
        assertNotNull(lines.get(3).probes().get(0).responder());
    }
}
