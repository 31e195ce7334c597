package org.looplab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
 * Two customers on one router, each in its own VRF with the same subnet (10.0.0.0/24 on both ports) and the
 * same static route: ping and traceroute in each VRF reach that customer only, nothing leaks into the global
 * table or into the other VRF; an OSPF process of a VRF runs on its interfaces only. Virtual clock only.
 */
class VrfScenarioTest {
    private Kernel kernel;
    private Router provider;
    private Router ceA;
    private CliSession pe;

    /** ceA Gi0/0 --- Gi0/0 PE (VRF A) ; PE Gi0/1 (VRF B) --- Gi0/0 ceB. */
    @BeforeEach
    void twoCustomers() {
        kernel = new Kernel(3);
        Lab lab = new Lab("vrfs", kernel);
        provider = lab.addRouter("pe");
        ceA = lab.addRouter("ceA");
        Router ceB = lab.addRouter("ceB");
        lab.connect(provider, InterfaceName.gigabitEthernet(0), ceA, InterfaceName.gigabitEthernet(0));
        lab.connect(provider, InterfaceName.gigabitEthernet(1), ceB, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(provider, """
                hostname PE
                vrf definition A
                 rd 65000:1
                 address-family ipv4
                 exit-address-family
                ip vrf B
                 rd 65000:2
                interface GigabitEthernet0/0
                 vrf forwarding A
                 ip address 10.0.0.1 255.255.255.0
                interface GigabitEthernet0/1
                 ip vrf forwarding B
                 ip address 10.0.0.1 255.255.255.0
                ip route vrf A 172.16.0.0 255.255.0.0 10.0.0.2
                ip route vrf B 172.16.0.0 255.255.0.0 10.0.0.2
                """));
        assertEquals(List.of(), ConfigLoader.apply(ceA, """
                interface Loopback0
                 ip address 172.16.1.1 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.0.2 255.255.255.0
                """));
        assertEquals(List.of(), ConfigLoader.apply(ceB, """
                interface Loopback0
                 ip address 172.16.2.2 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.0.2 255.255.255.0
                """));
        kernel.runUntilIdle();
        pe = new CliSession(provider, "admin", 15, "test");
    }

    private String run(String line) {
        CompletableFuture<String> output = pe.submit(line);
        kernel.runUntilIdle();
        assertTrue(output.isDone(), line);
        return output.join();
    }

    @Test
    void eachVrfReachesItsOwnCustomerOnly() {
        assertTrue(run("ping vrf A 172.16.1.1").contains("Success rate is 100 percent (5/5)"));
        assertTrue(run("ping vrf B 172.16.2.2").contains("Success rate is 100 percent (5/5)"));
        // The same next hop, 10.0.0.2, is a different router in each VRF: A's customer lacks B's loopback.
        String crossed = run("ping vrf A 172.16.2.2");
        assertTrue(crossed.contains("Success rate is 0 percent (0/5)"), crossed);
        String reverse = run("ping vrf B 172.16.1.1");
        assertTrue(reverse.contains("Success rate is 0 percent (0/5)"), reverse);
        String global = run("ping 172.16.1.1");
        assertTrue(global.contains("Success rate is 0 percent (0/5)"), global);
        assertEquals("% VRF C not configured.\n", run("ping vrf C 10.0.0.2"));
    }

    @Test
    void tracerouteAndTablesStayInTheirVrf() {
        String trace = run("traceroute vrf B 172.16.2.2 probe 1");
        assertTrue(trace.endsWith("  1 10.0.0.2 1 msec\n"), trace);
        String tableA = run("show ip route vrf A");
        assertTrue(tableA.contains("C        10.0.0.0/24 is directly connected, GigabitEthernet0/0\n"), tableA);
        assertTrue(tableA.contains("S     172.16.0.0/16 [1/0] via 10.0.0.2\n"), tableA);
        assertFalse(tableA.contains("GigabitEthernet0/1"), tableA);
        String tableB = run("show ip route vrf B");
        assertTrue(tableB.contains("C        10.0.0.0/24 is directly connected, GigabitEthernet0/1\n"), tableB);
        String global = run("show ip route");
        assertFalse(global.contains("10.0.0.0") || global.contains("172.16."), global);
        String brief = run("show ip interface brief");
        assertTrue(brief.contains("GigabitEthernet0/0         10.0.0.1        YES NVRAM  up                    up\n"), brief);
        assertTrue(brief.contains("GigabitEthernet0/1         10.0.0.1        YES NVRAM  up                    up\n"), brief);
    }

    @Test
    void ospfInAVrfRunsOnItsInterfacesAndFillsItsTable() {
        assertEquals(List.of(), ConfigLoader.apply(provider, """
                router ospf 1
                 network 0.0.0.0 255.255.255.255 area 0
                router ospf 10 vrf A
                 network 10.0.0.0 0.0.0.255 area 0
                """));
        assertEquals(List.of(), ConfigLoader.apply(ceA, """
                router ospf 1
                 network 0.0.0.0 255.255.255.255 area 0
                """));
        // OSPF's hellos never let the clock go idle: two minutes of virtual time, then the reports.
        kernel.runUntil(kernel.now() + 2L * 60 * 1_000_000_000L);
        String tableA = pe.execute("show ip route vrf A");
        assertTrue(tableA.contains("O        172.16.1.1/32 [110/2] via 10.0.0.2, "), tableA);
        assertFalse(pe.execute("show ip route").contains("172.16.1.1"), "the global process has no interface in VRF A");
        assertFalse(pe.execute("show ip route vrf B").contains("172.16.1.1"));
        assertTrue(RunningConfigWriter.render(provider).contains("router ospf 10 vrf A\n network 10.0.0.0 0.0.0.255 area 0\n"));
        pe.execute("configure terminal");
        pe.execute("no vrf definition A");
        assertNull(provider.ospf().process(10), "the VRF's OSPF process goes with it");
    }
}
