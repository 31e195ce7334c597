package org.looplab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.sim.Kernel;

/** IOS's overlap check on {@code ip address} through the router's index of connected subnets. */
class ConnectedSubnetsTest {
    private final Router router = new Lab("t", new Kernel(1)).addRouter("r1");

    private Interface port(int number) {
        return router.interfaceNamed(InterfaceName.gigabitEthernet(number));
    }

    private Interface loopback(int number) {
        return router.enterInterface(InterfaceName.loopback(number));
    }

    private String address(Interface target, String address, String mask) {
        return router.setAddress(target, Ipv4Address.of(address), Ipv4Address.of(mask));
    }

    private String secondary(Interface target, String address, String mask) {
        return router.addSecondaryAddress(target, Ipv4Address.of(address), Ipv4Address.of(mask));
    }

    @Test
    void aSupernetAndASubnetOfAnotherInterfaceAreRefused() {
        assertNull(address(port(1), "10.1.2.1", "255.255.255.0"));
        assertEquals("% 10.0.0.0 overlaps with GigabitEthernet0/1", address(port(0), "10.0.0.1", "255.0.0.0"));
        assertEquals("% 10.1.2.128 overlaps with GigabitEthernet0/1", address(port(0), "10.1.2.129", "255.255.255.128"));
        assertNull(address(port(0), "10.1.3.1", "255.255.255.0"), "the neighbouring /24 is free");
    }

    @Test
    void theFirstInterfaceInIosOrderIsNamedAndItsPrimaryBeforeItsSecondaries() {
        assertNull(address(loopback(5), "10.5.0.1", "255.255.255.255"));
        assertNull(address(port(3), "10.3.0.1", "255.255.255.0"));
        assertNull(secondary(port(2), "10.2.1.1", "255.255.255.0"));
        assertNull(address(port(2), "10.2.0.1", "255.255.255.0"));
        assertEquals("% 10.0.0.0 overlaps with GigabitEthernet0/2", address(port(0), "10.0.0.1", "255.0.0.0"));
        assertEquals("% 10.2.1.0 is assigned as a secondary address on GigabitEthernet0/2",
                address(port(0), "10.2.1.9", "255.255.255.0"));
        assertEquals("% 10.2.1.0 overlaps with secondary address on GigabitEthernet0/2",
                address(port(0), "10.2.1.9", "255.255.255.128"));
        assertEquals("% 10.5.0.0 overlaps with Loopback5", address(port(0), "10.5.0.2", "255.255.255.0"));
    }

    @Test
    void aSubnetIsFreeAgainOnceItsAddressInterfaceOrVrfIsGone() {
        Interface gi1 = port(1);
        assertNull(address(gi1, "10.0.1.1", "255.255.255.0"));
        assertNull(address(gi1, "10.0.9.1", "255.255.255.0"), "a new primary replaces the old one");
        assertNull(address(port(0), "10.0.1.2", "255.255.255.0"));
        router.removeAddress(port(0));

        Interface lo7 = loopback(7);
        assertNull(address(port(2), "10.0.6.1", "255.255.255.0"));
        assertNull(secondary(port(2), "10.0.7.1", "255.255.255.0"));
        assertNull(router.removeSecondaryAddress(port(2), Ipv4Address.of("10.0.7.1"), Ipv4Address.of("255.255.255.0")));
        assertNull(address(lo7, "10.0.7.1", "255.255.255.0"));
        assertTrue(router.removeLoopback(lo7.name()));
        assertNull(address(port(0), "10.0.7.2", "255.255.255.0"));

        router.defineVrf("A");
        router.setVrf(port(0), "A");
        assertNull(address(port(3), "10.0.7.3", "255.255.255.0"), "the address left with the VRF move");
        assertEquals("% 10.0.7.0 overlaps with GigabitEthernet0/3", address(port(2), "10.0.7.4", "255.255.255.0"));
        assertNull(address(port(0), "10.0.7.4", "255.255.255.0"), "in VRF A the subnet is free");
    }

    @Test
    void ownsAddressSeesEveryConfiguredAddressAndNoOther() {
        assertNull(address(port(0), "10.0.0.1", "255.255.255.0"));
        assertNull(secondary(port(0), "10.0.1.1", "255.255.255.0"));
        router.defineVrf("A");
        router.setVrf(port(1), "A");
        assertNull(address(port(1), "192.168.0.1", "255.255.255.252"));
        assertTrue(router.ownsAddress(Ipv4Address.of("10.0.0.1")));
        assertTrue(router.ownsAddress(Ipv4Address.of("10.0.1.1")));
        assertTrue(router.ownsAddress(Ipv4Address.of("192.168.0.1")));
        assertFalse(router.ownsAddress(Ipv4Address.of("10.0.0.2")), "a neighbour on the subnet is not us");
        router.removeAddress(port(0));
        assertFalse(router.ownsAddress(Ipv4Address.of("10.0.1.1")));
    }
}
