package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * Route targets between a PE's VRFs through the CLI: the shared-services VRF S (ces, 10.100.0.0/24 on Gi0/2,
 * its connected routes redistributed) exports 65000:100 and imports A's and B's targets; A (cea on Gi0/0) and
 * B (ceb on Gi0/1) import 65000:100 and export their own. The imported routes show as IOS 15 prints them.
 */
class VrfImportCliTest {
    private static final long SECOND = 1_000_000_000L;

    private Kernel kernel;
    private Router provider;
    private CliSession pe;

    @BeforeEach
    void lab() {
        kernel = new Kernel(5);
        Lab lab = new Lab("vrf-import", kernel);
        provider = lab.addRouter("pe");
        Router cea = lab.addRouter("cea");
        Router ceb = lab.addRouter("ceb");
        Router ces = lab.addRouter("ces");
        lab.connect(provider, InterfaceName.gigabitEthernet(0), cea, InterfaceName.gigabitEthernet(0));
        lab.connect(provider, InterfaceName.gigabitEthernet(1), ceb, InterfaceName.gigabitEthernet(0));
        lab.connect(provider, InterfaceName.gigabitEthernet(2), ces, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(provider, """
                hostname PE
                vrf definition A
                 rd 65000:1
                 address-family ipv4
                  route-target export 65000:1
                  route-target import 65000:100
                 exit-address-family
                vrf definition B
                 rd 65000:2
                 route-target export 65000:2
                 route-target import 65000:100
                 address-family ipv4
                 exit-address-family
                ip vrf S
                 rd 65000:100
                 route-target export 65000:100
                 route-target import 65000:1
                 route-target import 65000:2
                interface GigabitEthernet0/0
                 vrf forwarding A
                 ip address 10.1.1.1 255.255.255.252
                 no shutdown
                interface GigabitEthernet0/1
                 vrf forwarding B
                 ip address 10.2.2.1 255.255.255.252
                 no shutdown
                interface GigabitEthernet0/2
                 ip vrf forwarding S
                 ip address 10.3.3.1 255.255.255.252
                 no shutdown
                router bgp 65000
                 address-family ipv4 vrf A
                  neighbor 10.1.1.2 remote-as 65001
                  neighbor 10.1.1.2 activate
                 exit-address-family
                 address-family ipv4 vrf B
                  neighbor 10.2.2.2 remote-as 65002
                  neighbor 10.2.2.2 activate
                 exit-address-family
                 address-family ipv4 vrf S
                  redistribute connected
                  neighbor 10.3.3.2 remote-as 65100
                  neighbor 10.3.3.2 activate
                 exit-address-family
                """));
        customer(cea, 65001, "10.1.1", "192.168.1");
        customer(ceb, 65002, "10.2.2", "192.168.2");
        customer(ces, 65100, "10.3.3", "10.100.0");
        kernel.runUntil(kernel.now() + 120 * SECOND);
        pe = new CliSession(provider, "admin", 15, "test");
    }

    private static void customer(Router ce, int as, String link, String site) {
        assertEquals(List.of(), ConfigLoader.apply(ce, """
                interface Loopback0
                 ip address %s.1 255.255.255.0
                interface GigabitEthernet0/0
                 ip address %s.2 255.255.255.252
                 no shutdown
                router bgp %d
                 network %s.0 mask 255.255.255.0
                 neighbor %s.1 remote-as 65000
                """.formatted(site, link, as, site, link)));
    }

    private String run(String line) {
        CompletableFuture<String> output = pe.submit(line);
        kernel.runUntil(kernel.now() + 10 * SECOND);
        assertTrue(output.isDone(), line);
        return output.join();
    }

    @Test
    void theRoutingTableNamesTheVrfOfTheNextHop() throws Exception {
        String routes = run("show ip route vrf A");
        assertTrue(routes.contains("\nB        10.100.0.0/24 [20/0] via 10.3.3.2 (S), 00:0"), routes);
        assertTrue(routes.contains("\nB        10.3.3.0/30 is directly connected, 00:0"), routes);
        assertTrue(routes.contains(", GigabitEthernet0/2\n"), routes);
        assertFalse(routes.contains("192.168.2.0"), "B's routes stay out of A: " + routes);
        List<Map<String, String>> parsed = TextFsmCheck.parse("show ip route", routes);
        assertTrue(parsed.stream().anyMatch(row -> "10.100.0.0".equals(row.get("NETWORK"))
                && row.get("NEXTHOP_IP").contains("10.3.3.2")), parsed.toString());
        String entry = run("show ip route vrf A 10.100.0.0");
        assertTrue(entry.contains("  * 10.3.3.2 (S), from 10.3.3.2, "), entry);
        String shared = run("show ip route vrf S bgp");
        assertTrue(shared.contains("B     192.168.1.0/24 [20/0] via 10.1.1.2 (A), "), shared);
        assertTrue(shared.contains("B     192.168.2.0/24 [20/0] via 10.2.2.2 (B), "), shared);
    }

    @Test
    void theBgpTableShowsTheImportedPaths() {
        String table = run("show ip bgp vpnv4 vrf A");
        assertTrue(table.contains(" *>   10.100.0.0/24    10.3.3.2                 0             0 65100 i\n"), table);
        String entry = run("show ip bgp vpnv4 vrf A 10.100.0.0");
        assertTrue(entry.contains("  65100, imported path from 65000:100:10.100.0.0/24 (S)\n"
                + "    10.3.3.2 (via vrf S) from 10.3.3.2 (10.100.0.1)\n"), entry);
        String connected = run("show ip bgp vpnv4 vrf A 10.3.3.0/30");
        assertTrue(connected.contains("  Local, imported path from 65000:100:10.3.3.0/30 (S)\n"
                + "    0.0.0.0 (via vrf S) from 0.0.0.0 ("), connected);
        assertTrue(connected.contains("weight 32768, valid, external, best"), connected);

        String all = run("show ip bgp vpnv4 all");
        assertTrue(all.startsWith("BGP table version is "), all);
        int a = all.indexOf("Route Distinguisher: 65000:1 (default for vrf A)\n");
        int b = all.indexOf("Route Distinguisher: 65000:2 (default for vrf B)\n");
        int s = all.indexOf("Route Distinguisher: 65000:100 (default for vrf S)\n");
        assertTrue(a > 0 && b > a && s > b, all);
        assertTrue(all.substring(s).contains(" *>   192.168.1.0      10.1.1.2                 0             0 65001 i\n"), all);
        assertEquals(1, all.split("Status codes").length - 1, "one header for every VRF");
        assertTrue(run("show ip bgp vpnv4 all summary").contains("% Invalid input detected at '^' marker."),
                "only the table of all VRFs is modelled");
    }

    @Test
    void pingVrfAReachesTheSharedServicesAndRemovingTheImportWithdraws() {
        assertTrue(run("ping vrf A 10.100.0.1").contains("Success rate is 100 percent (5/5)"));
        assertTrue(run("ping vrf A 192.168.2.1").contains("Success rate is 0 percent"), "A cannot reach B");
        run("configure terminal");
        run("vrf definition A");
        run("address-family ipv4");
        run("no route-target import 65000:100");
        run("end");
        String routes = run("show ip route vrf A");
        assertFalse(routes.contains("10.100.0.0"), routes);
        assertTrue(run("show ip route vrf B").contains("10.100.0.0/24 [20/0] via 10.3.3.2 (S)"));
        assertTrue(run("ping vrf A 10.100.0.1").contains("Success rate is 0 percent"));
    }

    @Test
    void anImportMapFiltersWhatTheVrfImportsAndIsWrittenBeforeItsRouteTargets() {
        run("configure terminal");
        run("ip prefix-list SERVICES seq 5 permit 10.100.0.0/24");
        run("route-map SERVICES_ONLY permit 10");
        run("match ip address prefix-list SERVICES");
        run("vrf definition A");
        run("address-family ipv4");
        assertEquals("", run("import map SERVICES_ONLY"));
        run("ip vrf S");
        assertEquals("", run("import map NOTHING"));
        run("end");
        String routes = run("show ip route vrf A");
        assertTrue(routes.contains("10.100.0.0/24 [20/0] via 10.3.3.2 (S)"), routes);
        assertFalse(routes.contains("10.3.3.0/30"), "the import map keeps S's connected subnet out: " + routes);
        assertFalse(run("show ip route vrf S").contains("192.168."), "a route-map not defined denies everything");
        String config = org.looplab.cli.config.RunningConfigWriter.render(provider);
        assertTrue(config.contains(" address-family ipv4\n  import map SERVICES_ONLY\n  route-target export 65000:1\n"), config);
        assertTrue(config.contains("ip vrf S\n rd 65000:100\n import map NOTHING\n route-target export 65000:100\n"), config);
        Router copy = new Lab("copy", new Kernel(1)).addRouter("copy");
        assertEquals(List.of(), ConfigLoader.apply(copy, config));
        assertEquals(config, org.looplab.cli.config.RunningConfigWriter.render(copy));

        run("configure terminal");
        run("vrf definition A");
        run("address-family ipv4");
        run("no import map SERVICES_ONLY");
        run("end");
        assertTrue(run("show ip route vrf A").contains("10.3.3.0/30 is directly connected"));
    }
}
