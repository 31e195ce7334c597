package org.looplab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.dataplane.GrePacket;
import org.looplab.dataplane.TracerouteHop;
import org.looplab.dataplane.TracerouteSession;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;
import org.looplab.ospf.NeighborState;
import org.looplab.ospf.OspfProcess;
import org.looplab.ping.PingResult;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.scenario.LineLab;

/**
 * A GRE tunnel between r1 and r3 across r2 ({@link LineLab}): Tunnel0 172.16.13.1/30 on r1 (source Gi0/0,
 * destination 10.0.23.3) and 172.16.13.2/30 on r3 (source 10.0.23.3, destination 10.0.12.1); r3's
 * Loopback1 192.168.3.3 is reachable from r1 through the tunnel only. Packets ride inside GRE packets
 * routed hop by hop by the FIBs, so r2 never sees the inner addresses.
 */
class GreTunnelTest {
    private static final InterfaceName TU0 = TunnelEnds.TU0;
    private static final Ipv4Address BEHIND_R3 = TunnelEnds.BEHIND_R3;
    private static final long SECOND = TunnelEnds.SECOND;

    private final TunnelEnds fixture = new TunnelEnds();
    private final LineLab line = fixture.line;

    private Interface tunnel(Router router, TunnelSettings settings, String address) {
        return TunnelEnds.tunnel(router, settings, address);
    }

    private Interface[] bothEnds() {
        return fixture.bothEnds(TunnelEnds.R1_END, TunnelEnds.R3_END);
    }

    private PingResult ping(Router from, Ipv4Address to) {
        return fixture.ping(from, to);
    }

    private List<TracerouteHop> traceroute(Router from, Ipv4Address to) {
        List<TracerouteHop> hops = new ArrayList<>();
        TracerouteSession.start(from, to, null, hops::add, done -> { });
        line.kernel.runUntilIdle();
        return hops;
    }

    private void runFor(long nanos) {
        fixture.runFor(nanos);
    }

    private static boolean logged(Router router, String text) {
        return TunnelEnds.logged(router, text) > 0;
    }

    private static long count(Router router, String text) {
        return TunnelEnds.logged(router, text);
    }

    @Test
    void aPingThroughTheTunnelIsCarriedInGreAndItsTracerouteShowsOneHop() {
        bothEnds();
        LineLab.route(line.r1, "192.168.3.3", LineLab.HOST_MASK.toString(), "172.16.13.2");
        List<String> seenByR2 = new ArrayList<>();
        line.lab.dataPlane().addTracer(trace -> {
            if (trace.router().equals("r2") && trace.event().startsWith("forward")) {
                seenByR2.add(trace.packet().protocol() + " " + trace.packet().source() + ">" + trace.packet().destination());
            }
        });

        assertEquals(5, ping(line.r1, BEHIND_R3).received());
        // r2 forwards GRE between the tunnel ends, both ways, never the inner packets.
        assertTrue(seenByR2.contains(GrePacket.PROTOCOL + " 10.0.12.1>10.0.23.3"));
        assertTrue(seenByR2.contains(GrePacket.PROTOCOL + " 10.0.23.3>10.0.12.1"));
        assertTrue(seenByR2.stream().allMatch(s -> s.startsWith(GrePacket.PROTOCOL + " ")), seenByR2.toString());

        List<TracerouteHop> hops = traceroute(line.r1, BEHIND_R3);
        assertEquals(1, hops.size(), "the tunnel is one hop: r2 decrements the outer TTL only");
        assertTrue(hops.get(0).reachedDestination());
        assertEquals(2, traceroute(line.r1, Ipv4Address.of("10.0.0.3")).size(), "outside the tunnel r2 is a hop");
    }

    @Test
    void theTunnelCountsTheInnerPacketsAndTheCableTheGreOverhead() {
        Interface[] ends = bothEnds();
        LineLab.route(line.r1, "192.168.3.3", LineLab.HOST_MASK.toString(), "172.16.13.2");
        long cableBefore = line.r1.interfaceNamed(LineLab.GI0).counters().sinceClear().outOctets();
        ping(line.r1, BEHIND_R3);
        assertEquals(5, ends[0].counters().sinceClear().outPackets());
        assertEquals(5 * 100, ends[0].counters().sinceClear().outOctets(), "100-byte echoes, no Ethernet header in a tunnel");
        assertEquals(5, ends[1].counters().sinceClear().inPackets());
        long cable = line.r1.interfaceNamed(LineLab.GI0).counters().sinceClear().outOctets() - cableBefore;
        // r1's ARP request for r2 (60 bytes), then each echo in 4 bytes of GRE, a 20-byte outer IP header and
        // 14 bytes of Ethernet.
        assertEquals(60 + 5 * (100 + 4 + 20 + 14), cable);
    }

    @Test
    void lineProtocolNeedsAnUpSourceWithAnAddressAndARouteToTheDestination() {
        Router r1 = line.r1;
        Interface tunnel = r1.enterInterface(TU0);
        assertEquals(InterfaceStatus.UP, tunnel.status());
        assertFalse(tunnel.isProtocolUp());
        assertTrue(logged(r1, "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down"));

        r1.setTunnel(tunnel, new TunnelSettings(LineLab.GI0, null, Ipv4Address.of("10.0.23.3")));
        line.kernel.runUntilIdle();
        assertFalse(tunnel.isProtocolUp(), "no route to 10.0.23.3 yet");
        line.withEndStatics();
        line.kernel.runUntilIdle();
        assertTrue(tunnel.isProtocolUp(), "the default route reaches the destination");
        assertTrue(logged(r1, "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up"));

        r1.setShutdown(r1.interfaceNamed(LineLab.GI0), true);
        line.kernel.runUntilIdle();
        assertFalse(tunnel.isProtocolUp(), "the source went down");
        assertEquals(InterfaceStatus.UP, tunnel.status());
        r1.setShutdown(r1.interfaceNamed(LineLab.GI0), false);
        line.kernel.runUntilIdle();
        assertTrue(tunnel.isProtocolUp());

        r1.setShutdown(tunnel, true);
        assertEquals(InterfaceStatus.ADMINISTRATIVELY_DOWN, tunnel.status());
        assertFalse(tunnel.isProtocolUp());
    }

    @Test
    void greForATunnelTheFarRouterLacksIsDropped() {
        line.withEndStatics();
        LineLab.up(line.r3, TunnelEnds.LO1, "192.168.3.3", "255.255.255.255");
        tunnel(line.r1, new TunnelSettings(LineLab.GI0, null, Ipv4Address.of("10.0.23.3")), "172.16.13.1");
        line.kernel.runUntilIdle();
        LineLab.route(line.r1, "192.168.3.3", LineLab.HOST_MASK.toString(), "172.16.13.2");
        assertEquals(0, ping(line.r1, BEHIND_R3).received(), "r3 has no tunnel from 10.0.12.1");
    }

    @Test
    void ospfFormsAnAdjacencyOverTheTunnelAndRoutesThroughIt() {
        Interface[] ends = bothEnds();
        for (Router router : List.of(line.r1, line.r3)) {
            router.ospf().addProcess(1);
            OspfProcess ospf = router.ospf().process(1);
            ospf.addNetwork(Ipv4Address.of("172.16.13.0"), Ipv4Address.of("0.0.0.3"), AreaId.BACKBONE);
            ospf.addNetwork(Ipv4Address.of("192.168.3.0"), Ipv4Address.of("0.0.0.255"), AreaId.BACKBONE);
        }
        runFor(60 * SECOND);
        OspfProcess r1Ospf = line.r1.ospf().process(1);
        assertEquals(1, r1Ospf.neighbors().size());
        assertEquals(NeighborState.FULL, r1Ospf.neighbors().get(0).state());
        assertEquals(ends[0].name(), r1Ospf.neighbors().get(0).ospfInterface().name());
        Route learned = line.r1.rib().get(new Ipv4Prefix(BEHIND_R3, 32));
        assertEquals(RouteSource.OSPF, learned.source());
        assertEquals(TU0, learned.outgoing());
        assertEquals(1001, learned.metric(), "a tunnel costs 1000 (100 Kbit/sec), a loopback 1");
        assertEquals(5, ping(line.r1, BEHIND_R3).received());
    }

    @Test
    void aRouteToTheDestinationThroughTheTunnelItselfDisablesItForAWhileAndItFlaps() {
        Interface r1End = bothEnds()[0];
        assertTrue(r1End.isProtocolUp());
        // A more specific route to the tunnel's own destination, through the tunnel: recursive routing.
        LineLab.route(line.r1, "10.0.23.3", LineLab.HOST_MASK.toString(), "172.16.13.2");
        runFor(1);
        String recursion = "%TUN-5-RECURDOWN: Tunnel0 temporarily disabled due to recursive routing";
        assertTrue(logged(line.r1, recursion));
        assertFalse(r1End.isProtocolUp());
        assertEquals(InterfaceStatus.UP, r1End.status());
        runFor(TunnelLineProtocol.RECURSION_HOLD_NANOS - 2 * SECOND);
        assertFalse(r1End.isProtocolUp(), "held down although the destination is reachable again");
        runFor(3 * SECOND);
        assertEquals(2, count(line.r1, recursion), "back up, the route through itself returns, down again");
        assertEquals(2, count(line.r1, "%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to up"));
    }
}
