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
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * BGP in VRFs through the CLI: a PE (AS 65000) with VRFs A and B peers in each with a CE (AS 65001, 65002)
 * on 10.1.1.0/30, both CEs originating 192.168.0.0/24. The config goes in as IOS writes it, comes back
 * in IOS's order, and the reports ({@code show ip bgp vpnv4 vrf NAME [summary | PREFIX]}, {@code show ip
 * route vrf NAME bgp}, {@code clear ip bgp vrf NAME *}) show each VRF apart. Virtual clock only.
 */
class BgpVrfCliTest {
    private static final long SECOND = 1_000_000_000L;
    static final String PE_BGP = """
            router bgp 65000
             bgp log-neighbor-changes
             neighbor 10.255.0.2 remote-as 65000
             neighbor 10.255.0.2 update-source Loopback0
             !
             address-family ipv4
              neighbor 10.255.0.2 activate
             exit-address-family
             !
             address-family vpnv4
              neighbor 10.255.0.2 activate
              neighbor 10.255.0.2 send-community extended
             exit-address-family
             !
             address-family ipv4 vrf A
              redistribute connected
              neighbor 10.1.1.2 remote-as 65001
              neighbor 10.1.1.2 description ce1
              neighbor 10.1.1.2 activate
              neighbor 10.1.1.2 send-community both
             exit-address-family
             !
             address-family ipv4 vrf B
              network 10.1.1.0 mask 255.255.255.252
              neighbor 10.1.1.2 remote-as 65002
              neighbor 10.1.1.2 activate
             exit-address-family
            !
            """;

    private Kernel kernel;
    private Router provider;
    private CliSession pe;

    @BeforeEach
    void lab() {
        kernel = new Kernel(5);
        Lab lab = new Lab("bgp-vrf", kernel);
        provider = lab.addRouter("pe");
        Router ce1 = lab.addRouter("ce1");
        Router ce2 = lab.addRouter("ce2");
        lab.connect(provider, InterfaceName.gigabitEthernet(0), ce1, InterfaceName.gigabitEthernet(0));
        lab.connect(provider, InterfaceName.gigabitEthernet(1), ce2, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(provider, """
                hostname PE
                vrf definition A
                 rd 65000:1
                 route-target export 65000:1
                 route-target import 65000:1
                 address-family ipv4
                 exit-address-family
                ip vrf B
                 rd 65000:2
                interface Loopback0
                 ip address 10.255.0.1 255.255.255.255
                interface GigabitEthernet0/0
                 vrf forwarding A
                 ip address 10.1.1.1 255.255.255.252
                 no shutdown
                interface GigabitEthernet0/1
                 ip vrf forwarding B
                 ip address 10.1.1.1 255.255.255.252
                 no shutdown
                """ + PE_BGP));
        for (Router ce : List.of(ce1, ce2)) {
            int as = ce == ce1 ? 65001 : 65002;
            assertEquals(List.of(), ConfigLoader.apply(ce, """
                    interface Loopback0
                     ip address 192.168.0.1 255.255.255.0
                    interface GigabitEthernet0/0
                     ip address 10.1.1.2 255.255.255.252
                     no shutdown
                    router bgp %d
                     network 192.168.0.0
                     neighbor 10.1.1.1 remote-as 65000
                    """.formatted(as)));
        }
        kernel.runUntil(kernel.now() + 90 * SECOND);
        pe = new CliSession(provider, "admin", 15, "test");
    }

    private String run(String line) {
        CompletableFuture<String> output = pe.submit(line);
        kernel.runUntil(kernel.now() + SECOND);
        assertTrue(output.isDone(), line);
        return output.join();
    }

    @Test
    void runningConfigWritesTheVrfBlocksInIosOrderAndReadsBack() {
        String config = RunningConfigWriter.render(provider);
        assertTrue(config.contains(PE_BGP), config);
        Router copy = new Lab("copy", new Kernel(1)).addRouter("copy");
        assertEquals(List.of(), ConfigLoader.apply(copy, config));
        assertEquals(config.replace("hostname PE", ""), RunningConfigWriter.render(copy).replace("hostname PE", ""));
    }

    @Test
    void eachVrfHasItsOwnSummaryTableAndRoutes() throws Exception {
        String summaryA = run("show ip bgp vpnv4 vrf A summary");
        assertTrue(summaryA.startsWith("BGP router identifier 10.255.0.1, local AS number 65000\n"), summaryA);
        assertTrue(summaryA.contains("\n10.1.1.2        4        65001 "), summaryA);
        assertFalse(summaryA.contains("65002"), summaryA);
        assertTrue(run("show ip bgp vpnv4 vrf B summary").contains("\n10.1.1.2        4        65002 "));

        String tableA = run("show ip bgp vpnv4 vrf A");
        assertTrue(tableA.contains("\nRoute Distinguisher: 65000:1 (default for vrf A)\n"), tableA);
        assertTrue(tableA.contains(" *>   192.168.0.0      10.1.1.2                 0             0 65001 i\n"), tableA);
        List<Map<String, String>> parsed = TextFsmCheck.parse("show ip bgp", tableA);
        assertTrue(parsed.stream().anyMatch(row -> "192.168.0.0".equals(row.get("NETWORK"))
                && "10.1.1.2".equals(row.get("NEXT_HOP"))), parsed.toString());
        String tableB = run("show bgp vpnv4 unicast vrf B");
        assertTrue(tableB.contains("Route Distinguisher: 65000:2 (default for vrf B)"), tableB);
        assertTrue(tableB.contains(" 65002 i\n") && !tableB.contains("65001"), tableB);

        String neighbor = run("show ip bgp vpnv4 vrf B neighbors 10.1.1.2");
        assertTrue(neighbor.startsWith("BGP neighbor is 10.1.1.2,  vrf B,  remote AS 65002, external link\n"), neighbor);
        assertTrue(neighbor.contains("BGP state = Established"), neighbor);

        String entry = run("show ip bgp vpnv4 vrf A 192.168.0.0");
        assertTrue(entry.startsWith("BGP routing table entry for 65000:1:192.168.0.0/24, version "), entry);
        assertTrue(entry.contains("best #1, table A)"), entry);

        String routes = run("show ip route vrf A bgp");
        assertTrue(routes.contains("\nB     192.168.0.0/24 [20/0] via 10.1.1.2, "), routes);
        assertFalse(run("show ip route bgp").contains("192.168.0.0"), "the global table has no BGP route");
        assertTrue(run("show ip bgp").isEmpty(), "the global BGP table is empty");
        assertEquals("% VRF C not configured.\n", run("show ip bgp vpnv4 vrf C"));
    }

    @Test
    void clearOneVrfResetsOnlyItsSessions() {
        assertEquals("", run("clear ip bgp vrf A *"));
        String log = run("show logging");
        assertTrue(log.contains("%BGP-5-ADJCHANGE: neighbor 10.1.1.2 vrf A Down User reset"), log);
        assertFalse(log.contains("neighbor 10.1.1.2 vrf B Down"), log);
        kernel.runUntil(kernel.now() + 60 * SECOND);
        assertTrue(run("show ip bgp vpnv4 vrf A summary").contains(" 65001 "));
    }

    @Test
    void theModesAndIosRefusals() {
        run("configure terminal");
        run("vrf definition NORD");
        run(" address-family ipv4");
        run("router bgp 65000");
        assertEquals("% VRF NORD does not have an RD configured.\n", run("address-family ipv4 vrf NORD"));
        assertEquals("PE(config-router)#", pe.prompt());
        run("address-family ipv4 vrf A");
        assertEquals("PE(config-router-af)#", pe.prompt());
        run("neighbor 10.1.1.6 remote-as 65009");
        run("no neighbor 10.1.1.2 description");
        run("exit-address-family");
        assertEquals("PE(config-router)#", pe.prompt());
        String config = RunningConfigWriter.render(provider);
        assertTrue(config.contains("  neighbor 10.1.1.6 remote-as 65009\n  neighbor 10.1.1.6 activate\n"), config);
        assertFalse(config.contains("description ce1"), config);
        run("no address-family ipv4 vrf B");
        assertFalse(RunningConfigWriter.render(provider).contains("vrf B\n  network"));
        run("address-family vpnv4");
        assertEquals("% Specify remote-as or peer-group commands first\n", run("neighbor 10.0.0.9 activate"));
        run("no neighbor 10.255.0.2 send-community extended");
        run("end");
        String unmodelled = run("show looplab unmodelled");
        assertTrue(unmodelled.contains("router bgp 65000 address-family vpnv4: neighbor 10.255.0.2 activate"), unmodelled);
        assertFalse(unmodelled.contains("send-community extended"), unmodelled);
    }

    @Test
    void configureReplaceTakesBackAVrfBlockAndAVrfNeighbor() {
        String running = RunningConfigWriter.render(provider);
        String target = running.replace("""
                 !
                 address-family ipv4 vrf B
                  network 10.1.1.0 mask 255.255.255.252
                  neighbor 10.1.1.2 remote-as 65002
                  neighbor 10.1.1.2 activate
                 exit-address-family
                """, "").replace("  neighbor 10.1.1.2 description ce1\n", "");
        assertTrue(target.length() < running.length() - 100, target);
        List<String> warnings = org.looplab.cli.config.ConfigReplace.replace(provider, target);
        kernel.runUntil(kernel.now() + SECOND);
        assertEquals(target, RunningConfigWriter.render(provider), warnings.toString());
        assertTrue(run("show ip bgp vpnv4 vrf B").isEmpty(), "VRF B's BGP is gone");
        assertTrue(run("show ip bgp vpnv4 vrf A summary").contains(" 65001 "));
    }
}
