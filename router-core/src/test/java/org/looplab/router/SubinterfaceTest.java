package org.looplab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ospf.AreaId;
import org.looplab.ping.PingResult;
import org.looplab.sim.Kernel;

/**
 * Router-on-a-stick between two routers: subinterfaces of one cable, each in its 802.1Q VLAN. Frames carry
 * the tag across the cable and the far port hands each to its subinterface of that VLAN, so a mismatched
 * tag isolates, and the parent's state carries its subinterfaces.
 */
class SubinterfaceTest {
    private static final InterfaceName GI0 = InterfaceName.gigabitEthernet(0);
    private static final Ipv4Address MASK = Ipv4Address.of("255.255.255.0");
    private static final long SECOND = 1_000_000_000L;

    private final Kernel kernel = new Kernel(3);
    private final Lab lab = new Lab("stick", kernel);
    private final Router r1 = lab.addRouter("r1");
    private final Router r2 = lab.addRouter("r2");
    private final Link cable = lab.connect(r1, GI0, r2, GI0);

    SubinterfaceTest() {
        r1.setShutdown(r1.interfaceNamed(GI0), false);
        r2.setShutdown(r2.interfaceNamed(GI0), false);
    }

    private static Interface sub(Router router, String name, int vlan, boolean nativeVlan, String address) {
        Interface sub = router.enterInterface(InterfaceName.parse(name));
        assertNull(router.setEncapsulation(sub, new Dot1qEncapsulation(vlan, nativeVlan)));
        assertNull(router.setAddress(sub, Ipv4Address.of(address), MASK));
        return sub;
    }

    private PingResult ping(Router from, String to) {
        AtomicReference<PingResult> result = new AtomicReference<>();
        PingSession.start(from, Ipv4Address.of(to), null, 5, 2 * SECOND, result::set);
        kernel.runUntilIdle();
        return result.get();
    }

    @Test
    void eachVlanReachesItsOwnSubinterfaceAndAMismatchedTagIsolates() {
        sub(r1, "Gi0/0.10", 10, false, "10.0.10.1");
        sub(r2, "Gi0/0.10", 10, false, "10.0.10.2");
        sub(r1, "Gi0/0.20", 20, false, "10.0.20.1");
        Interface r2Twenty = sub(r2, "Gi0/0.20", 30, false, "10.0.20.2");
        assertEquals(InterfaceStatus.UP, r2Twenty.status(), "a subinterface is up with its parent, whatever the far VLANs");

        assertEquals(5, ping(r1, "10.0.10.2").received());
        assertEquals(0, ping(r1, "10.0.20.2").received(), "VLAN 20 frames find no VLAN 20 on r2");

        assertNull(r2.setEncapsulation(r2Twenty, new Dot1qEncapsulation(20, false)));
        assertEquals(5, ping(r1, "10.0.20.2").received());
        assertEquals(0, ping(r1, "10.0.0.99").received(), "nothing else there");
    }

    @Test
    void framesCarryTheTagAndThePortCountsItsSubinterfacesFrames() {
        Interface r1Ten = sub(r1, "Gi0/0.10", 10, false, "10.0.10.1");
        sub(r2, "Gi0/0.10", 10, false, "10.0.10.2");
        ping(r1, "10.0.10.2");
        // The ARP request (60 bytes), then five echoes of 100 bytes, each in 14 bytes of Ethernet header and
        // the 4-byte 802.1Q tag.
        assertEquals(6, r1Ten.counters().sinceClear().outPackets());
        assertEquals(60 + 5 * 118, r1Ten.counters().sinceClear().outOctets());
        assertTrue(r1.interfaceNamed(GI0).counters().sinceClear().outOctets() >= 5 * 118);
    }

    @Test
    void theNativeVlanCrossesUntaggedToTheFarMainInterface() {
        sub(r1, "Gi0/0.99", 99, true, "10.0.99.1");
        assertNull(r2.setAddress(r2.interfaceNamed(GI0), Ipv4Address.of("10.0.99.2"), MASK));
        assertEquals(5, ping(r1, "10.0.99.2").received());
        assertEquals(5, ping(r2, "10.0.99.1").received());
    }

    @Test
    void theParentsShutdownOrAPulledCableTakesItsSubinterfacesDown() {
        Interface r1Ten = sub(r1, "Gi0/0.10", 10, false, "10.0.10.1");
        Interface r2Ten = sub(r2, "Gi0/0.10", 10, false, "10.0.10.2");
        Ipv4Prefix subnet = new Ipv4Prefix(Ipv4Address.of("10.0.10.0"), 24);
        r1.setShutdown(r1.interfaceNamed(GI0), true);
        assertEquals(InterfaceStatus.DOWN, r1Ten.status());
        assertEquals(InterfaceStatus.DOWN, r2Ten.status(), "the far port lost its carrier, and its subinterfaces with it");
        assertNull(r1.rib().get(subnet));
        assertTrue(r1.log().messages().stream().anyMatch(m -> m.text().equals(
                "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0.10, changed state to down")));
        r1.setShutdown(r1.interfaceNamed(GI0), false);
        assertEquals(InterfaceStatus.UP, r1Ten.status());
        assertEquals(5, ping(r1, "10.0.10.2").received());

        lab.setConnected(cable, false);
        assertEquals(InterfaceStatus.DOWN, r2Ten.status());
        r1.setShutdown(r1Ten, true);
        lab.setConnected(cable, true);
        assertEquals(InterfaceStatus.ADMINISTRATIVELY_DOWN, r1Ten.status(), "its own shutdown stays");
        assertEquals(InterfaceStatus.UP, r2Ten.status());
    }

    @Test
    void anAddressNeedsTheVlanFirstAndAVlanIsOncePerMainInterface() {
        Interface bare = r1.enterInterface(InterfaceName.parse("Gi0/0.10"));
        assertEquals(Router.LAN_SUBINTERFACE_NEEDS_VLAN, r1.setAddress(bare, Ipv4Address.of("10.0.10.1"), MASK));
        assertNull(bare.address());
        assertNull(r1.setEncapsulation(bare, new Dot1qEncapsulation(10, false)));
        Interface other = r1.enterInterface(InterfaceName.parse("Gi0/0.11"));
        assertEquals("% Configuration of multiple subinterfaces of the same main interface with the same VID (10) is not permitted.\n"
                + "This VID is already configured on GigabitEthernet0/0.10.", r1.setEncapsulation(other, new Dot1qEncapsulation(10, false)));
        assertNull(other.encapsulation());
        assertNull(r1.enterInterface(InterfaceName.parse("Gi0/9.10")), "no parent, no subinterface");
    }

    @Test
    void noInterfaceRemovesTheSubinterfaceAndItsRoutes() {
        sub(r1, "Gi0/0.10", 10, false, "10.0.10.1");
        assertTrue(r1.removeLoopback(InterfaceName.parse("Gi0/0.10")));
        assertNull(r1.interfaceNamed(InterfaceName.parse("Gi0/0.10")));
        assertNull(r1.rib().get(new Ipv4Prefix(Ipv4Address.of("10.0.10.0"), 24)));
    }

    @Test
    void ospfFormsAnAdjacencyPerVlanOverOneCable() {
        Interface r1Ten = sub(r1, "Gi0/0.10", 10, false, "10.0.10.1");
        Interface r2Ten = sub(r2, "Gi0/0.10", 10, false, "10.0.10.2");
        Interface r1Twenty = sub(r1, "Gi0/0.20", 20, false, "10.0.20.1");
        Interface r2Twenty = sub(r2, "Gi0/0.20", 21, false, "10.0.20.2");
        for (Router router : new Router[] {r1, r2}) {
            router.ospf().addProcess(1);
        }
        r1.ospf().setInterfaceArea(r1Ten, 1, AreaId.BACKBONE);
        r2.ospf().setInterfaceArea(r2Ten, 1, AreaId.BACKBONE);
        r1.ospf().setInterfaceArea(r1Twenty, 1, AreaId.BACKBONE);
        r2.ospf().setInterfaceArea(r2Twenty, 1, AreaId.BACKBONE);
        kernel.runUntil(kernel.now() + 60 * SECOND);
        assertEquals(1, r1.ospf().process(1).neighbors().size(), "only VLAN 10 meets: 20 and 21 do not");
        assertEquals(GI0.fullName() + ".10", r1.ospf().process(1).neighbors().get(0).ospfInterface().name().fullName());
        assertTrue(r1.ospf().process(1).neighbors().get(0).stateText().startsWith("FULL"));
    }
}
