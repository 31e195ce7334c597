package org.looplab.ospf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** Looking at a router's OSPF (running-config, show commands) creates no OSPF state. */
class OspfLazyStateTest {
    @Test
    void readingOspfOfAnUnconfiguredRouterLeavesItUnconfigured() {
        Lab lab = new Lab("lazy", new Kernel(1));
        Router router = lab.addRouter("r1");
        Interface lo = router.enterInterface(InterfaceName.loopback(0));
        router.setAddress(lo, Ipv4Address.of("1.1.1.1"), Ipv4Address.of("255.255.255.255"));
        Ospf ospf = router.ospf();
        // what running-config and the show commands ask
        assertTrue(ospf.processes().isEmpty());
        assertNull(ospf.process(1));
        assertNull(ospf.settings(lo.name()).cost());
        router.setAddress(lo, Ipv4Address.of("1.1.1.2"), Ipv4Address.of("255.255.255.255"));
        assertFalse(ospf.isConfigured());

        ospf.addProcess(1);
        assertTrue(ospf.isConfigured());
        assertEquals(1, ospf.processes().size());
        ospf.removeProcess(1);
        assertTrue(ospf.processes().isEmpty());
    }
}
