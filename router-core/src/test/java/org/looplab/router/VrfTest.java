package org.looplab.router;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ping.PingResult;
import org.looplab.sim.Kernel;

/**
 * VRF-lite as on IOS: an interface in a VRF has its connected routes in that VRF's table only, the same
 * subnet may sit in two VRFs, a static route of a VRF resolves in it, packets that come in on a VRF
 * interface are forwarded by the VRF's table, and a management VRF's routes never reach the global table.
 */
class VrfTest {
    private Kernel kernel;
    private Router r1;
    private Router mgmt;
    private Router r2;

    @BeforeEach
    void lab() {
        kernel = new Kernel(1);
        Lab lab = new Lab("vrf", kernel);
        r1 = lab.addRouter("r1");
        mgmt = lab.addRouter("mgmt");
        r2 = lab.addRouter("r2");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), mgmt, InterfaceName.gigabitEthernet(0));
        lab.connect(r1, InterfaceName.gigabitEthernet(1), r2, InterfaceName.gigabitEthernet(0));
        for (Router router : lab.routers()) {
            for (Interface each : router.interfaces()) {
                router.setShutdown(each, false);
            }
        }
        mgmt.setAddress(port(mgmt, 0), Ipv4Address.of("10.0.0.2"), Ipv4Address.of("255.255.255.0"));
        r2.setAddress(port(r2, 0), Ipv4Address.of("10.0.0.3"), Ipv4Address.of("255.255.255.0"));
        mgmt.addStaticRoute(Ipv4Address.of("0.0.0.0"), Ipv4Address.of("0.0.0.0"), null, Ipv4Address.of("10.0.0.15"), 1);
        kernel.runUntilIdle();
    }

    private static Interface port(Router router, int number) {
        return router.interfaceNamed(InterfaceName.gigabitEthernet(number));
    }

    private PingResult ping(Router from, String vrf, String destination) {
        PingResult[] result = new PingResult[1];
        PingSession.startInVrf(from, vrf, Ipv4Address.of(destination), null, 5, PingSession.DEFAULT_TIMEOUT_NANOS,
                mark -> { }, done -> result[0] = done);
        kernel.runUntilIdle();
        return result[0];
    }

    @Test
    void changingTheVrfRemovesTheAddressWithIosMessage() {
        Interface gi0 = port(r1, 0);
        assertEquals("% VRF Mgmt-intf not configured.", r1.vrfRefusal("Mgmt-intf"));
        r1.setAddress(gi0, Ipv4Address.of("10.0.0.15"), Ipv4Address.of("255.255.255.0"));
        r1.defineVrf("Mgmt-intf");
        assertNull(r1.vrfRefusal("Mgmt-intf"));
        assertEquals("% Interface GigabitEthernet0/0 IPv4 disabled and address(es) removed due to enabling VRF Mgmt-intf",
                r1.setVrf(gi0, "Mgmt-intf"));
        assertNull(gi0.address());
        assertNull(r1.rib().get(new Ipv4Prefix(Ipv4Address.of("10.0.0.0"), 24)), "the global table lost the connected route");
        assertNull(r1.setVrf(gi0, "Mgmt-intf"), "the same VRF again changes nothing");
        r1.setAddress(gi0, Ipv4Address.of("10.0.0.15"), Ipv4Address.of("255.255.255.0"));
        assertEquals("% Interface GigabitEthernet0/0 IPv4 disabled and address(es) removed due to disabling VRF Mgmt-intf",
                r1.setVrf(gi0, null));
    }

    @Test
    void theManagementVrfKeepsItsRoutesAndTheSameSubnetLivesInBothTables() {
        r1.defineVrf("Mgmt-intf");
        r1.setVrf(port(r1, 0), "Mgmt-intf");
        assertNull(r1.setAddress(port(r1, 0), Ipv4Address.of("10.0.0.15"), Ipv4Address.of("255.255.255.0")));
        // The same subnet in the global table: no overlap across VRFs; within one it is refused.
        assertNull(r1.setAddress(port(r1, 1), Ipv4Address.of("10.0.0.1"), Ipv4Address.of("255.255.255.0")));
        assertEquals("% 10.0.0.0 overlaps with GigabitEthernet0/1",
                r1.setAddress(port(r1, 2), Ipv4Address.of("10.0.0.9"), Ipv4Address.of("255.255.255.0")));
        assertNull(r1.addStaticRoute("Mgmt-intf", Ipv4Address.of("0.0.0.0"), Ipv4Address.of("0.0.0.0"), null,
                Ipv4Address.of("10.0.0.2"), 1));
        assertEquals("% IP routing table nope does not exist. Create first", r1.addStaticRoute("nope", Ipv4Address.of("0.0.0.0"),
                Ipv4Address.of("0.0.0.0"), null, Ipv4Address.of("10.0.0.2"), 1));
        kernel.runUntilIdle();

        assertEquals(InterfaceName.gigabitEthernet(0), r1.rib("Mgmt-intf").get(new Ipv4Prefix(Ipv4Address.of("10.0.0.0"), 24))
                .outgoing());
        assertEquals(InterfaceName.gigabitEthernet(1), r1.rib().get(new Ipv4Prefix(Ipv4Address.of("10.0.0.0"), 24))
                .outgoing());
        assertNotNull(r1.rib("Mgmt-intf").get(Ipv4Prefix.DEFAULT_ROUTE));
        assertNull(r1.rib().get(Ipv4Prefix.DEFAULT_ROUTE), "the management default stays in its VRF");

        // 10.0.0.2 is the management station in the VRF, nobody in the global table.
        assertEquals("!!!!!", ping(r1, "Mgmt-intf", "10.0.0.2").marks());
        assertEquals(".....", ping(r1, null, "10.0.0.2").marks());
        assertEquals("!!!!!", ping(r1, null, "10.0.0.3").marks());
        assertEquals(".....", ping(r1, "Mgmt-intf", "10.0.0.3").marks());
        // The management station reaches r1's VRF address. Its packets elsewhere are routed by the VRF's
        // table, whose default points back at the station: they loop until their TTL runs out (the global
        // table, with no default, would have answered unreachable).
        assertEquals("!!!!!", ping(mgmt, null, "10.0.0.15").marks());
        assertEquals("&&&&&", ping(mgmt, null, "192.0.2.1").marks());
    }
}
