package org.looplab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.access.AccessPlan;
import org.looplab.access.HostAccess;
import org.looplab.console.LabConsole;
import org.looplab.topology.NodeKind;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLoader;
import org.looplab.topology.TopologyNode;

/**
 * containerlab's linux nodes as end hosts: their exec lines give the addresses and routes (the PC lines
 * of a public containerlab course lab, tjbalzer's lankurs lab-2, with the PCs cabled to the routers),
 * they answer ping and ARP, do not forward, and the console pings and traceroutes from them as Linux
 * prints it.
 */
class LinuxHostLabTest {
    @TempDir
    Path folder;

    private Topology topology() throws Exception {
        Files.writeString(folder.resolve("r1.cfg"), """
                hostname R1
                interface Ethernet0/0
                 ip address 10.0.12.1 255.255.255.252
                 no shutdown
                interface Ethernet0/1
                 ip address 192.168.11.1 255.255.255.0
                 no shutdown
                ip route 192.168.12.0 255.255.255.0 10.0.12.2
                ip route 172.16.0.0 255.255.0.0 192.168.11.11
                """);
        Files.writeString(folder.resolve("r2.cfg"), """
                hostname R2
                interface Ethernet0/0
                 ip address 10.0.12.2 255.255.255.252
                 no shutdown
                interface Ethernet0/1
                 ip address 192.168.12.1 255.255.255.0
                 no shutdown
                ip route 192.168.11.0 255.255.255.0 10.0.12.1
                """);
        Files.writeString(folder.resolve("lab.clab.yml"), """
                name: lab2
                mgmt: {network: lankurs, ipv4-subnet: auto}
                topology:
                  nodes:
                    R1: {kind: cisco_iol, image: ghcr.io/tjbalzer/cisco_iol:17.15.01, startup-config: r1.cfg}
                    R2: {kind: cisco_iol, image: ghcr.io/tjbalzer/cisco_iol:17.15.01, startup-config: r2.cfg}
                    PC1:
                      kind: linux
                      image: ghcr.io/srl-labs/network-multitool
                      exec:
                        - ip address add 192.168.11.11/24 dev eth1
                        - ip route add 192.168.0.0/16 via 192.168.11.1 dev eth1
                    PC3:
                      kind: linux
                      image: ghcr.io/srl-labs/network-multitool
                      exec:
                        - ip addr add 192.168.12.11/24 dev eth1
                        - ip route del default
                        - ip route replace default via 192.168.12.1
                        - apk add iperf3
                  links:
                    - endpoints: ["R1:e0/0", "R2:e0/0"]
                    - endpoints: ["R1:e0/1", "PC1:eth1"]
                    - endpoints: ["R2:e0/1", "PC3:eth1"]
                """);
        return TopologyLoader.load(folder.resolve("lab.clab.yml"));
    }

    @Test
    void aLabWithLinuxPcsLoadsAndThePcsPingAndTraceroute() throws Exception {
        Topology topology = topology();
        assertEquals(NodeKind.LINUX, topology.nodes().get(2).kind());
        assertFalse(String.join("\n", topology.notes()).contains("'exec'"), topology.notes().toString());
        // Hosts have no SSH endpoint: the inventory lists the routers only.
        assertEquals(List.of("R1", "R2"), AccessPlan.of(topology, 2201, false, null).stream().map(HostAccess::name).toList());

        try (RunningLab running = LabStarter.start(topology, new LabOptions(folder.resolve("state"), null, true, 1,
                200.0, false))) {
            String warnings = String.join("\n", running.warnings());
            assertTrue(warnings.contains("PC1: linux host: eth1 192.168.11.11/24, 192.168.0.0/16 via 192.168.11.1 dev eth1"),
                    warnings);
            assertTrue(warnings.contains("PC3: linux host: eth1 192.168.12.11/24, default via 192.168.12.1"), warnings);
            assertTrue(warnings.contains("PC3: exec line not run (a simulated host runs no programs): apk add iperf3"),
                    warnings);
            assertFalse(warnings.contains("PC1: no username"), warnings);

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            LabConsole console = new LabConsole(running.lab(), List.of(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
            console.execute("host PC1 ping 192.168.12.11");
            String ping = printed.toString(StandardCharsets.UTF_8);
            assertTrue(ping.startsWith("PING 192.168.12.11 (192.168.12.11) 56(84) bytes of data.\n"
                    + "64 bytes from 192.168.12.11: icmp_seq=1 ttl=62 time="), ping);
            assertTrue(ping.contains("\n--- 192.168.12.11 ping statistics ---\n"
                    + "4 packets transmitted, 4 received, 0% packet loss, time 3001ms\nrtt min/avg/max/mdev = "), ping);

            printed.reset();
            console.execute("host PC1 traceroute 192.168.12.11");
            String trace = printed.toString(StandardCharsets.UTF_8);
            assertTrue(trace.startsWith("traceroute to 192.168.12.11 (192.168.12.11), 30 hops max, 60 byte packets\n"
                    + " 1  192.168.11.1 (192.168.11.1)  "), trace);
            assertTrue(trace.contains("\n 2  10.0.12.2 (10.0.12.2)  "), trace);
            assertTrue(trace.contains("\n 3  192.168.12.11 (192.168.12.11)  "), trace);
            assertEquals(4, trace.lines().count(), trace);

            printed.reset();
            console.execute("host PC1 ping -c 2 8.8.8.8"); // PC1 has no default route
            assertEquals("ping: connect: Network is unreachable\n", printed.toString(StandardCharsets.UTF_8));
            printed.reset();
            console.execute("host R1 ping 192.168.11.11");
            assertEquals("no linux host R1 (it is a router: attach R1)\n", printed.toString(StandardCharsets.UTF_8));

            // From a router: the host answers (TTL 64 as Linux), and does not forward what is not its own.
            printed.reset();
            console.execute("attach R1");
            console.execute("ping 192.168.11.11");
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("!!!!!"), printed.toString());
            printed.reset();
            console.execute("ping 172.16.0.1 repeat 2");
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("Success rate is 0 percent (0/2)"),
                    printed.toString());
        }
    }

    @Test
    void aLongBootScriptListsItsFirstLinesNotRunAndCountsTheRest() throws Exception {
        List<String> script = new java.util.ArrayList<>(List.of("ip addr add 10.0.0.5/24 dev eth0"));
        for (int n = 1; n <= LinuxHosts.LISTED_NOT_RUN + 3; n++) {
            script.add("echo 10.0.9." + n + " host" + n + " >> /etc/hosts");
        }
        TopologyNode host = new TopologyNode("dns", NodeKind.LINUX, null, null, false, script);
        Topology topology = new Topology("t", folder.resolve("t.clab.yml"), List.of(host), List.of());
        org.looplab.router.Router router = new org.looplab.router.Lab("t", new org.looplab.sim.Kernel(1)).addRouter("dns");
        List<String> report = LinuxHosts.boot(router, host, host.bootConfig(), topology);
        assertEquals(1 + LinuxHosts.LISTED_NOT_RUN + 1, report.size(), report.toString());
        assertEquals("dns: exec line not run (a simulated host runs no programs): echo 10.0.9.1 host1 >> /etc/hosts",
                report.get(1));
        assertEquals("dns: 3 more exec lines not run", report.get(report.size() - 1));
    }
}
