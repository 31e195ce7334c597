package org.looplab.bgp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.looplab.bgp.PeLab.check;
import static org.looplab.bgp.PeLab.port;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.dataplane.PingSession;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.ping.PingResult;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;
import org.looplab.sim.Kernel;
import org.looplab.vrf.VrfConfig;
import org.looplab.vrf.VrfDefinition;

/**
 * Route targets between the VRFs of one PE (AS 65000), without any VPNv4 neighbour: the shared-services
 * VRF S (ces, 10.100.0.0/24, on Gi0/2) exports 65000:100 and imports A's and B's targets; A (cea,
 * 192.168.1.0/24, on Gi0/0) and B (ceb, 192.168.2.0/24, on Gi0/1) import 65000:100 and export their own.
 */
class VrfImportTest {
    private static final long SECOND = 1_000_000_000L;
    private static final Ipv4Prefix SERVICES = prefix("10.100.0.0", 24);
    private static final Ipv4Prefix SITE_A = prefix("192.168.1.0", 24);
    private static final Ipv4Prefix SITE_B = prefix("192.168.2.0", 24);

    private Kernel kernel;
    private Router pe;
    private Router ces;
    private Router cea;
    private Router ceb;

    @BeforeEach
    void lab() {
        PeLab lab = new PeLab("vrf-import", 11, "cea", "ceb", "ces");
        kernel = lab.kernel;
        pe = lab.pe;
        cea = lab.ces.get(0);
        ceb = lab.ces.get(1);
        ces = lab.ces.get(2);
        vrf("A", "65000:1", 0, "10.1.1");
        vrf("B", "65000:2", 1, "10.2.2");
        vrf("S", "65000:100", 2, "10.3.3");
        target("S", "export", "65000:100");
        target("S", "import", "65000:1");
        target("S", "import", "65000:2");
        for (String customer : new String[] {"A", "B"}) {
            target(customer, "import", "65000:100");
            target(customer, "export", customer.equals("A") ? "65000:1" : "65000:2");
        }
        customer(cea, 65001, "10.1.1", "192.168.1.1");
        customer(ceb, 65002, "10.2.2", "192.168.2.1");
        customer(ces, 65100, "10.3.3", "10.100.0.1");
        Bgp bgp = Bgp.of(pe);
        check(bgp.start(new AsNumber(65000)));
        check(bgp.addVrf("A"));
        check(bgp.addVrf("B"));
        check(bgp.addVrf("S"));
        check(bgp.vrf("A").setRemoteAs("10.1.1.2", new AsNumber(65001)));
        check(bgp.vrf("B").setRemoteAs("10.2.2.2", new AsNumber(65002)));
        check(bgp.vrf("S").setRemoteAs("10.3.3.2", new AsNumber(65100)));
        kernel.runUntil(kernel.now() + 90 * SECOND);
    }

    private void vrf(String name, String rd, int port, String subnet) {
        VrfDefinition vrf = VrfConfig.of(pe).define(name, VrfDefinition.Style.DEFINITION);
        vrf.addAddressFamily("ipv4");
        vrf.setRouteDistinguisher(rd);
        check(VrfConfig.of(pe).join(port(pe, port), name, false));
        pe.setAddress(port(pe, port), Ipv4Address.of(subnet + ".1"), Ipv4Prefix.maskOf(name.equals("S") ? 29 : 30));
    }

    /** As {@code route-target import|export VALUE} in the VRF's ipv4 family does. */
    private void target(String vrf, String direction, String value) {
        VrfConfig.of(pe).get(vrf).addRouteTarget(new VrfDefinition.RouteTarget("ipv4", direction, value));
        Bgp.of(pe).routeTargetsChanged();
    }

    private static void customer(Router ce, int as, String subnet, String site) {
        ce.setAddress(port(ce, 0), Ipv4Address.of(subnet + ".2"), Ipv4Prefix.maskOf(30));
        Interface loopback = ce.enterInterface(InterfaceName.loopback(0));
        ce.setAddress(loopback, Ipv4Address.of(site), Ipv4Prefix.maskOf(24));
        Bgp bgp = Bgp.of(ce);
        check(bgp.start(new AsNumber(as)));
        check(bgp.setRemoteAs(subnet + ".1", new AsNumber(65000)));
        check(bgp.addNetwork(new BgpNetwork(Ipv4Prefix.containing(Ipv4Address.of(site), 24), null)));
    }

    private static Ipv4Prefix prefix(String network, int length) {
        return Ipv4Prefix.containing(Ipv4Address.of(network), length);
    }



    private BgpSpeaker speaker(String vrf) {
        return Bgp.of(pe).vrf(vrf).speaker();
    }

    private PingResult ping(Router from, String vrf, String destination, Ipv4Address source) {
        PingResult[] result = new PingResult[1];
        PingSession.startInVrf(from, vrf, Ipv4Address.of(destination), source, 5, PingSession.DEFAULT_TIMEOUT_NANOS,
                mark -> { }, done -> result[0] = done);
        kernel.runUntil(kernel.now() + 20 * SECOND);
        return result[0];
    }

    @Test
    void theSharedServicesPrefixIsImportedWithItsNextHopInS() {
        for (String customer : new String[] {"A", "B"}) {
            LocRibEntry entry = speaker(customer).entry(SERVICES);
            assertNotNull(entry, customer + ": " + speaker(customer).entries());
            BgpPath path = entry.best();
            assertEquals("S", path.source().importedFrom());
            assertEquals(Ipv4Address.of("10.3.3.2"), path.attributes().nextHop(), "the next hop stays S's");
            assertEquals("65100", path.attributes().asPath().toString());
            Route route = pe.rib(customer).get(SERVICES);
            assertNotNull(route, customer + " installs the imported path");
            assertEquals(RouteSource.EBGP, route.source());
            assertEquals(20, route.distance());
            assertEquals(InterfaceName.gigabitEthernet(2), route.outgoing(), "forwarding leaves by S's interface");
            assertEquals(Ipv4Address.of("10.3.3.2"), route.nextHop());
        }
        assertNotNull(pe.rib("S").get(SITE_A), "S imports A's routes");
        assertNotNull(pe.rib("S").get(SITE_B), "and B's");
        assertNull(pe.rib().get(SERVICES), "nothing reaches the global table");
    }

    @Test
    void aAndBReachTheServicesButNotEachOther() {
        assertNull(pe.rib("A").get(SITE_B), "A does not import B's target");
        assertNull(pe.rib("B").get(SITE_A), "B does not import A's target");
        assertNotNull(cea.rib().get(SERVICES), "cea hears of the services through VRF A");
        assertNull(cea.rib().get(SITE_B));
        assertEquals("65000 65100", Bgp.of(cea).speaker().entry(SERVICES).best().attributes().asPath().toString());
        assertNotNull(ces.rib().get(SITE_A));
        assertEquals("!!!!!", ping(cea, null, "10.100.0.1", Ipv4Address.of("192.168.1.1")).marks(),
                "site A reaches the services across the PE's VRFs");
        assertEquals("!!!!!", ping(ceb, null, "10.100.0.1", Ipv4Address.of("192.168.2.1")).marks());
        assertEquals(".....", ping(cea, null, "192.168.2.1", Ipv4Address.of("192.168.1.1")).marks(),
                "but not site B");
    }

    @Test
    void pingVrfAReachesTheServicesHost() {
        assertEquals("!!!!!", ping(pe, "A", "10.100.0.1", null).marks());
    }

    @Test
    void removingTheImportWithdrawsTheImportedRoutes() {
        VrfConfig.of(pe).get("A").removeRouteTarget(new VrfDefinition.RouteTarget("ipv4", "import", "65000:100"));
        Bgp.of(pe).routeTargetsChanged();
        assertNull(speaker("A").entry(SERVICES), speaker("A").entries().toString());
        assertNull(pe.rib("A").get(SERVICES));
        assertNotNull(pe.rib("B").get(SERVICES), "B still imports");
        kernel.runUntil(kernel.now() + 5 * SECOND);
        assertNull(cea.rib().get(SERVICES), "cea heard the withdraw");
    }

    @Test
    void aWithdrawInTheExportingVrfFollows() {
        check(Bgp.of(ces).removeNetwork(new BgpNetwork(SERVICES, null)));
        kernel.runUntil(kernel.now() + 70 * SECOND);
        assertNull(pe.rib("S").get(SERVICES));
        assertNull(pe.rib("A").get(SERVICES), "the import follows its source");
        assertNull(pe.rib("B").get(SERVICES));
        assertTrue(speaker("B").entries().stream().noneMatch(entry -> entry.prefix().equals(SERVICES)));
    }

    @Test
    void aConnectedRouteRedistributedInSLeaksAsDirectlyConnectedOutOfSsInterface() {
        check(Bgp.of(pe).vrf("S").addRedistribution(new Redistribution(Redistribution.Source.CONNECTED, 0, null, null)));
        kernel.runUntil(kernel.now() + 70 * SECOND);
        Route route = pe.rib("A").get(prefix("10.3.3.0", 29));
        assertNotNull(route, speaker("A").entries().toString());
        assertNull(route.nextHop());
        assertEquals(InterfaceName.gigabitEthernet(2), route.outgoing());
        assertEquals(Ipv4Address.ANY, speaker("A").entry(prefix("10.3.3.0", 29)).best().attributes().nextHop());
    }

    @Test
    void anImportedRouteFollowsItsResolutionInTheExportingVrf() {
        // PE's side of S's link is a /29: a second next hop, .3, on the same cable as ces.
        Ipv4Prefix behind = prefix("10.200.0.0", 24);
        check(pe.addStaticRoute("S", Ipv4Address.of("10.100.0.0"), Ipv4Prefix.maskOf(16), null, Ipv4Address.of("10.3.3.2"), 1));
        check(pe.addStaticRoute("S", behind.network(), Ipv4Prefix.maskOf(24), null, Ipv4Address.of("10.100.0.1"), 1));
        check(Bgp.of(pe).vrf("S").addRedistribution(new Redistribution(Redistribution.Source.STATIC, 0, null, null)));
        kernel.runUntil(kernel.now() + 70 * SECOND);
        Route route = pe.rib("A").get(behind);
        assertNotNull(route, speaker("S").entries() + " " + pe.rib("S").routes());
        assertEquals(InterfaceName.gigabitEthernet(2), route.outgoing(), "resolved through S's BGP route to ces");
        assertEquals(Ipv4Address.of("10.3.3.2"), route.nextHop());

        check(pe.addStaticRoute("S", Ipv4Address.of("10.100.0.1"), Ipv4Prefix.maskOf(32), null,
                Ipv4Address.of("10.3.3.3"), 1));
        kernel.runUntil(kernel.now() + 10 * SECOND);
        assertEquals(Ipv4Address.of("10.3.3.3"), pe.rib("A").get(behind).nextHop(),
                "S now reaches 10.100.0.1 by 10.3.3.3, and so does A's copy, its BGP path unchanged");
        assertEquals(Ipv4Address.of("10.100.0.1"), speaker("A").entry(behind).best().attributes().nextHop());
    }
}
