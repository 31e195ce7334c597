package org.looplab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

class AddressRulesTest {
    private static String check(String address, String mask) {
        return AddressRules.checkInterfaceAddress(Ipv4Address.of(address), Ipv4Address.of(mask));
    }

    @Test
    void refusesSpecialAddressesWithIosMessages() {
        assertEquals("Not a valid host address - 127.0.0.1", check("127.0.0.1", "255.0.0.0"));
        assertEquals("Not a valid host address - 0.0.0.0", check("0.0.0.0", "255.255.255.0"));
        assertEquals("Not a valid host address - 0.1.2.3", check("0.1.2.3", "255.255.255.0"));
        assertEquals("Not a valid host address - 224.0.0.5", check("224.0.0.5", "255.255.255.0"));
        assertEquals("Not a valid host address - 255.255.255.255", check("255.255.255.255", "255.255.255.255"));
    }

    @Test
    void refusesNetworkAndBroadcastAddressesBelowSlash31() {
        assertEquals("% Bad mask /30 for address 172.20.100.96", check("172.20.100.96", "255.255.255.252"));
        assertEquals("% Bad mask /24 for address 10.0.12.255", check("10.0.12.255", "255.255.255.0"));
        assertNull(check("10.0.12.0", "255.255.255.254"), "RFC 3021 /31");
        assertNull(check("10.0.0.1", "255.255.255.255"));
        assertNull(check("10.0.12.1", "255.255.255.0"));
        assertEquals("% Bad mask /33 for address 10.0.0.1",
                AddressRules.checkInterfaceAddress(Ipv4Address.of("10.0.0.1"), 33));
    }

    @Test
    void refusesNonContiguousMasks() {
        assertEquals("Bad mask 0xE1E1E100 for address 192.168.1.4", check("192.168.1.4", "225.225.225.0"));
    }

    @Test
    void routerRefusesOverlappingSubnetsAndKeepsTheOldAddress() {
        Router router = new Lab("t", new Kernel(1)).addRouter("r1");
        Interface gi0 = router.interfaceNamed(InterfaceName.gigabitEthernet(0));
        Interface gi1 = router.interfaceNamed(InterfaceName.gigabitEthernet(1));
        assertNull(router.setAddress(gi1, Ipv4Address.of("10.0.12.1"), Ipv4Address.of("255.255.255.0")));
        assertEquals("% 10.0.12.0 overlaps with GigabitEthernet0/1",
                router.setAddress(gi0, Ipv4Address.of("10.0.12.5"), Ipv4Address.of("255.255.255.0")));
        assertNull(gi0.address());
        assertNull(router.setAddress(gi1, Ipv4Address.of("10.0.12.2"), Ipv4Address.of("255.255.255.0")),
                "re-addressing the same interface is no overlap");
        assertEquals("10.0.12.2/24", gi1.address().toString());
    }
}
