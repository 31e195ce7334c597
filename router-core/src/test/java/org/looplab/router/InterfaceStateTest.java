package org.looplab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.log.LogMessage;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.routing.RouteSource;
import org.looplab.sim.Kernel;

class InterfaceStateTest {
    private static final InterfaceName GI0 = InterfaceName.gigabitEthernet(0);
    private static final InterfaceName LO0 = InterfaceName.loopback(0);

    private Kernel kernel;
    private Lab lab;
    private Router r1;
    private Router r2;
    private Link link;

    @BeforeEach
    void twoRoutersWithALink() {
        kernel = new Kernel(7);
        lab = new Lab("test", kernel);
        r1 = lab.addRouter("r1");
        r2 = lab.addRouter("r2");
        link = lab.connect(r1, GI0, r2, GI0);
        r1.setAddress(gi0(r1), Ipv4Address.of("10.0.12.1"), Ipv4Address.of("255.255.255.0"));
        r2.setAddress(gi0(r2), Ipv4Address.of("10.0.12.2"), Ipv4Address.of("255.255.255.0"));
        r1.setShutdown(gi0(r1), false);
        r2.setShutdown(gi0(r2), false);
        Interface loopback = r1.enterInterface(LO0);
        r1.setAddress(loopback, Ipv4Address.of("10.0.0.1"), Ipv4Address.of("255.255.255.255"));
    }

    private static Interface gi0(Router router) {
        return router.interfaceNamed(GI0);
    }

    private static List<String> texts(Router router) {
        return router.log().messages().stream().map(LogMessage::text).toList();
    }

    @Test
    void physicalInterfacesStartShutAndComeUpWhenBothEndsAreNoShut() {
        assertEquals(InterfaceStatus.ADMINISTRATIVELY_DOWN, r1.interfaceNamed(InterfaceName.gigabitEthernet(3)).status());
        assertEquals(InterfaceStatus.UP, gi0(r1).status());
        assertTrue(gi0(r1).isProtocolUp());
        assertTrue(texts(r1).contains("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up"));
        assertTrue(texts(r1).contains(
                "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to up"));
    }

    @Test
    void pullingALinkTakesBothEndsDownAtOnceAndLoopbacksStayUp() {
        kernel.schedule(5_000_000_000L, () -> lab.setConnected(link, false));
        kernel.runUntilIdle();
        for (Router router : List.of(r1, r2)) {
            assertEquals(InterfaceStatus.DOWN, gi0(router).status());
            assertFalse(gi0(router).isProtocolUp());
            List<String> log = texts(router);
            assertEquals("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to down", log.get(log.size() - 2));
            assertEquals("%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down",
                    log.get(log.size() - 1));
            assertEquals(5_000_000_000L, router.log().messages().get(log.size() - 1).timeNanos());
        }
        assertEquals(InterfaceStatus.UP, r1.interfaceNamed(LO0).status());
        assertNull(r1.rib().get(Ipv4Prefix.containing(Ipv4Address.of("10.0.12.0"), 24)), "connected route withdrawn");
        assertNotNull(r1.rib().get(new Ipv4Prefix(Ipv4Address.of("10.0.0.1"), 32)), "loopback route stays");

        lab.setConnected(link, true);
        assertEquals(InterfaceStatus.UP, gi0(r1).status());
        assertEquals(InterfaceStatus.UP, gi0(r2).status());
        assertEquals(RouteSource.CONNECTED,
                r1.rib().get(Ipv4Prefix.containing(Ipv4Address.of("10.0.12.0"), 24)).source());
    }

    @Test
    void shuttingTheFarEndTakesThisEndDown() {
        r2.setShutdown(gi0(r2), true);
        assertEquals(InterfaceStatus.ADMINISTRATIVELY_DOWN, gi0(r2).status());
        assertEquals(InterfaceStatus.DOWN, gi0(r1).status());
        assertTrue(texts(r2).contains(
                "%LINK-5-CHANGED: Interface GigabitEthernet0/0, changed state to administratively down"));
        List<String> r1log = texts(r1);
        assertEquals("%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down",
                r1log.get(r1log.size() - 1));
        r2.setShutdown(gi0(r2), false);
        assertEquals(InterfaceStatus.UP, gi0(r1).status());
    }

    @Test
    void aLoopbackGoesDownOnlyWhenShut() {
        Interface loopback = r1.interfaceNamed(LO0);
        lab.setConnected(link, false);
        assertEquals(InterfaceStatus.UP, loopback.status());
        r1.setShutdown(loopback, true);
        assertEquals(InterfaceStatus.ADMINISTRATIVELY_DOWN, loopback.status());
        List<String> log = texts(r1);
        assertEquals("%LINK-5-CHANGED: Interface Loopback0, changed state to administratively down", log.get(log.size() - 2));
        assertEquals("%LINEPROTO-5-UPDOWN: Line protocol on Interface Loopback0, changed state to down",
                log.get(log.size() - 1));
        assertNull(r1.rib().get(new Ipv4Prefix(Ipv4Address.of("10.0.0.1"), 32)));
        r1.setShutdown(loopback, false);
        assertTrue(loopback.isProtocolUp());
    }

    @Test
    void connectedAndLocalRoutesFollowTheAddress() {
        assertEquals(RouteSource.LOCAL, r1.rib().get(new Ipv4Prefix(Ipv4Address.of("10.0.12.1"), 32)).source());
        assertEquals(RouteSource.CONNECTED, r1.rib().get(new Ipv4Prefix(Ipv4Address.of("10.0.0.1"), 32)).source(),
                "a /32 is a connected route with no local route beside it");
        r1.removeAddress(gi0(r1));
        assertNull(r1.rib().get(new Ipv4Prefix(Ipv4Address.of("10.0.12.1"), 32)));
        assertNull(r1.rib().get(Ipv4Prefix.containing(Ipv4Address.of("10.0.12.0"), 24)));
    }

    @Test
    void aRemovedLoopbackStillHeldBySomeoneChangesNoRoute() {
        Interface held = r1.enterInterface(InterfaceName.loopback(5));
        assertTrue(r1.removeLoopback(InterfaceName.loopback(5)));
        r1.setAddress(held, Ipv4Address.of("10.5.5.5"), Ipv4Address.of("255.255.255.255"));
        r1.setShutdown(held, true);
        r1.setShutdown(held, false);
        assertNull(r1.rib().get(new Ipv4Prefix(Ipv4Address.of("10.5.5.5"), 32)));
        assertNull(r1.interfaceNamed(InterfaceName.loopback(5)));
    }

    @Test
    void addressMethodSaysWhereTheAddressCameFrom() {
        assertEquals("unset", r1.interfaceNamed(InterfaceName.gigabitEthernet(3)).addressMethod());
        assertEquals("manual", gi0(r1).addressMethod());
        r1.markAddressesFromStartupConfig();
        assertEquals("NVRAM", gi0(r1).addressMethod());
        assertEquals("unset", r1.interfaceNamed(InterfaceName.gigabitEthernet(3)).addressMethod());
        r1.setAddress(gi0(r1), Ipv4Address.of("10.0.12.9"), Ipv4Address.of("255.255.255.0"));
        assertEquals("manual", gi0(r1).addressMethod());
    }

    @Test
    void linksNeedingMorePortsAddThem() {
        Router r3 = lab.addRouter("r3");
        lab.connect(r1, InterfaceName.gigabitEthernet(6), r3, InterfaceName.gigabitEthernet(0));
        assertNotNull(r1.interfaceNamed(InterfaceName.gigabitEthernet(6)));
        assertSame(lab.linkAt("r3", GI0), lab.linkAt("r1", InterfaceName.gigabitEthernet(6)));
    }
}
