package org.looplab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.dataplane.GrePacket;
import org.looplab.dataplane.IpInIpPacket;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;
import org.looplab.ospf.NeighborState;
import org.looplab.ospf.OspfProcess;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.scenario.LineLab;

/** {@code tunnel key}, {@code tunnel mode ipip} and {@code tunnel mode gre multipoint} on {@link TunnelEnds}. */
class TunnelEncapsulationTest {
    private final TunnelEnds fixture = new TunnelEnds();
    private final LineLab line = fixture.line;

    private List<String> seenByR2() {
        List<String> seen = new ArrayList<>();
        line.lab.dataPlane().addTracer(trace -> {
            if (trace.router().equals("r2") && trace.event().startsWith("forward")) {
                seen.add(trace.packet().protocol() + " " + trace.packet().payload().wireLength());
            }
        });
        return seen;
    }

    @Test
    void equalKeysCarryTheKeyInTheGreHeaderAndAMismatchDropsSilentlyWithLineProtocolUp() {
        Interface[] ends = fixture.bothEnds(TunnelEnds.R1_END.withKey(1234L), TunnelEnds.R3_END.withKey(1234L));
        LineLab.route(line.r1, "192.168.3.3", LineLab.HOST_MASK.toString(), "172.16.13.2");
        List<String> seen = seenByR2();
        assertEquals(5, fixture.ping(line.r1, TunnelEnds.BEHIND_R3).received());
        // 100-byte echoes in 4 bytes of GRE and 4 of key.
        assertTrue(seen.contains(GrePacket.PROTOCOL + " 108"), seen.toString());

        line.r3.setTunnel(ends[1], ends[1].tunnel().withKey(99L));
        fixture.runFor(TunnelEnds.SECOND);
        assertEquals(0, fixture.ping(line.r1, TunnelEnds.BEHIND_R3).received(), "r3 has no tunnel with key 1234");
        assertTrue(ends[0].isProtocolUp() && ends[1].isProtocolUp(), "without keepalives nothing notices");
        line.r3.setTunnel(ends[1], ends[1].tunnel().withKey(null));
        assertEquals(0, fixture.ping(line.r1, TunnelEnds.BEHIND_R3).received(), "a key at one end only");
    }

    @Test
    void ipInIpCarriesOspfWithoutAGreHeaderAndDoesNotMeetAGreEnd() {
        Interface[] ends = fixture.bothEnds(TunnelEnds.R1_END.withMode(TunnelMode.IPIP), TunnelEnds.R3_END.withMode(TunnelMode.IPIP));
        for (Router router : List.of(line.r1, line.r3)) {
            router.ospf().addProcess(1);
            OspfProcess ospf = router.ospf().process(1);
            ospf.addNetwork(Ipv4Address.of("172.16.13.0"), Ipv4Address.of("0.0.0.3"), AreaId.BACKBONE);
            ospf.addNetwork(Ipv4Address.of("192.168.3.0"), Ipv4Address.of("0.0.0.255"), AreaId.BACKBONE);
        }
        List<String> seen = seenByR2();
        fixture.runFor(60 * TunnelEnds.SECOND);
        OspfProcess r1Ospf = line.r1.ospf().process(1);
        assertEquals(NeighborState.FULL, r1Ospf.neighbors().get(0).state());
        Route learned = line.r1.rib().get(new Ipv4Prefix(TunnelEnds.BEHIND_R3, 32));
        assertEquals(RouteSource.OSPF, learned.source());
        assertEquals(TunnelEnds.TU0, learned.outgoing());
        assertEquals(5, fixture.ping(line.r1, TunnelEnds.BEHIND_R3).received());
        assertTrue(seen.contains(IpInIpPacket.PROTOCOL + " 100"), "a 100-byte echo is the whole payload, no header of its own: " + seen);
        assertTrue(seen.stream().allMatch(s -> s.startsWith(IpInIpPacket.PROTOCOL + " ")), seen.toString());

        line.r3.setTunnel(ends[1], ends[1].tunnel().withMode(TunnelMode.GRE_IP));
        fixture.runFor(60 * TunnelEnds.SECOND);
        assertTrue(r1Ospf.neighbors().isEmpty() || r1Ospf.neighbors().get(0).state() != NeighborState.FULL,
                "GRE and IP-in-IP ends do not understand each other: the dead interval expires");
    }

    @Test
    void aMultipointGreTunnelWithoutNhrpHasNoDestinationAndStaysDown() {
        Interface[] ends = fixture.bothEnds(TunnelEnds.R1_END.withMode(TunnelMode.GRE_MULTIPOINT), TunnelEnds.R3_END);
        assertFalse(ends[0].isProtocolUp());
        assertEquals(InterfaceStatus.UP, ends[0].status());
        line.r1.setTunnel(ends[0], ends[0].tunnel().withMode(TunnelMode.GRE_IP));
        fixture.runFor(TunnelEnds.SECOND);
        assertTrue(ends[0].isProtocolUp());
    }
}
