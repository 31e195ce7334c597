package org.looplab.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.concurrent.CompletableFuture;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** CML 2 lab exports, written here in the format CML exports (lab, nodes with interfaces, links n1/i1/n2/i2). */
class CmlLabTest {
    @TempDir
    Path folder;

    static final String LAB = """
            annotations: []
            lab:
              description: two routers and the host's network
              notes: ''
              title: Branch Lab
              version: 0.2.2
            links:
              - id: l0
                n1: n0
                n2: n1
                i1: i1
                i2: i2
                label: r1-GigabitEthernet0/0<->r2-GigabitEthernet2
                conditioning: {}
              - id: l1
                n1: n0
                n2: n2
                i1: i2
                i2: i0
                conditioning: {}
              - id: l2
                n1: n1
                n2: n3
                i1: i3
                i2: i1
            nodes:
              - boot_disk_size: null
                configuration: |-
                  hostname r1
                  username cisco privilege 15 secret cisco
                  interface GigabitEthernet0/0
                   ip address 10.0.12.1 255.255.255.0
                   no shutdown
                cpu_limit: null
                cpus: null
                data_volume: null
                hide_links: false
                id: n0
                image_definition: null
                label: r1
                node_definition: iosv
                parameters: {}
                ram: null
                tags: []
                x: -200
                y: 0
                interfaces:
                  - id: i0
                    label: Loopback0
                    type: loopback
                  - id: i1
                    label: GigabitEthernet0/0
                    slot: 0
                    type: physical
                  - id: i2
                    label: GigabitEthernet0/1
                    slot: 1
                    type: physical
              - id: n1
                label: r2
                node_definition: csr1000v
                x: 0
                y: 0
                configuration:
                  - name: iosxe_config.txt
                    content: |-
                      hostname r2
                      interface GigabitEthernet2
                       ip address 10.0.12.2 255.255.255.0
                       no shutdown
                interfaces:
                  - id: i0
                    label: Loopback0
                    type: loopback
                  - id: i1
                    label: GigabitEthernet1
                    slot: 0
                    type: physical
                  - id: i2
                    slot: 1
                    type: physical
                  - id: i3
                    label: GigabitEthernet3
                    slot: 2
                    type: physical
              - id: n2
                label: ext-conn-0
                node_definition: external_connector
                configuration: bridge0
                interfaces:
                  - id: i0
                    label: port
                    slot: 0
                    type: physical
              - id: n3
                label: edge 3
                node_definition: iol-xe
                interfaces:
                  - id: i0
                    label: Ethernet0/0
                    slot: 0
                    type: physical
                  - id: i1
                    label: Ethernet0/1
                    slot: 1
                    type: physical
            """;

    @Test
    void readsNodesPortsAndLinksAsCmlExportsThem() throws Exception {
        Path file = folder.resolve("branch.yaml");
        Files.writeString(file, LAB);
        Topology topology = TopologyLoader.load(file);
        assertEquals("Branch-Lab", topology.name());
        assertEquals(List.of("r1", "r2", "edge-3"), topology.nodes().stream().map(TopologyNode::name).toList());
        assertEquals(List.of(NodeKind.IOSV, NodeKind.CSR, NodeKind.IOL),
                topology.nodes().stream().map(TopologyNode::kind).toList());
        assertEquals(2, topology.links().size(), "the external connector's cable is not simulated");
        TopologyLink first = topology.links().get(0);
        assertEquals(new TopologyEndpoint("r1", InterfaceName.gigabitEthernet(0)), first.a());
        // No label: slot 1 of a CSR is GigabitEthernet2, as CML numbers it.
        assertEquals(new TopologyEndpoint("r2", InterfaceName.of(InterfaceName.Type.GIGABIT_ETHERNET, 2)), first.b());
        assertEquals(new TopologyEndpoint("edge-3", InterfaceName.of(InterfaceName.Type.ETHERNET, 0, 1)),
                topology.links().get(1).b());
        assertTrue(topology.nodes().get(1).bootConfig().contains("interface GigabitEthernet2\n"));
        assertEquals("hostname edge-3\n", topology.nodes().get(2).bootConfig());
        String notes = String.join("\n", topology.notes());
        assertTrue(notes.contains("the link from r1 to ext-conn-0 (a CML external connector) is not simulated"), notes);
        assertTrue(notes.contains("node 'edge 3' is called edge-3"), notes);
    }

    @Test
    void theRoutersBootWithTheirConfigsAndReachEachOtherOverTheCable() throws Exception {
        Path file = folder.resolve("branch.yaml");
        Files.writeString(file, LAB);
        Topology topology = TopologyLoader.load(file);
        Kernel kernel = new Kernel(1);
        Lab lab = new Lab("t", kernel);
        for (TopologyNode node : topology.nodes()) {
            Router router = lab.addRouter(node.name(), node.kind().layout());
            assertEquals(0, ConfigLoader.load(router, node.bootConfig()).refused(), node.name());
        }
        for (TopologyLink link : topology.links()) {
            lab.connect(lab.router(link.a().node()), link.a().port(), lab.router(link.b().node()), link.b().port());
        }
        kernel.runUntilIdle();
        CliSession session = new CliSession(lab.router("r1"), "admin", 15, "127.0.0.1");
        CompletableFuture<String> ping = session.submit("ping 10.0.12.2");
        kernel.runUntilIdle();
        assertTrue(ping.join().contains("Success rate is 100 percent (5/5)"), ping.join());
    }

    @Test
    void refusesSwitchesAndOtherPlatformsWithFileLineAndReason() throws Exception {
        Path file = folder.resolve("switched.yaml");
        Files.writeString(file, """
                lab:
                  title: switched
                  version: 0.2.2
                nodes:
                  - id: n0
                    label: sw1
                    node_definition: iosvl2
                    interfaces: [{id: i0, label: GigabitEthernet0/0, slot: 0, type: physical}]
                  - id: n1
                    label: xr
                    node_definition: iosxrv9000
                  - id: n2
                    label: r1
                    node_definition: iosv
                    interfaces: [{id: i0, label: GigabitEthernet0/0, slot: 0, type: physical}]
                links:
                  - {id: l0, n1: n0, i1: i0, n2: n2, i2: i0}
                """);
        TopologyException error = assertThrows(TopologyException.class, () -> TopologyLoader.load(file));
        assertEquals(List.of(
                file + ":7: node sw1 (node_definition iosvl2): it is a switch; looplab simulates routers, not switching "
                        + "(VLANs, trunks, spanning tree)",
                file + ":11: node xr (node_definition iosxrv9000): looplab simulates IOS routers only (node definitions "
                        + "iosv, csr1000v, cat8000v, iol-xe)"), error.errors());
    }

    @Test
    void importWritesAContainerlabFolderThatLoadsAgain() throws Exception {
        Path file = folder.resolve("branch.yaml");
        Files.writeString(file, LAB);
        Path written = ContainerlabWriter.write(TopologyLoader.load(file), folder.resolve("out"));
        assertEquals(folder.resolve("out/Branch-Lab.clab.yml"), written);
        String yaml = Files.readString(written);
        assertTrue(yaml.contains("    r2: { kind: cisco_csr1000v, startup-config: r2.cfg }\n"), yaml);
        assertTrue(yaml.contains("    - endpoints: [\"r1:GigabitEthernet0/0\", \"r2:GigabitEthernet2\"]\n"), yaml);
        assertTrue(yaml.contains("# the link from r1 to ext-conn-0"), yaml);
        assertTrue(Files.readString(folder.resolve("out/r1.cfg")).startsWith("hostname r1\nusername cisco"));
        Topology again = TopologyLoader.load(folder.resolve("out"));
        assertEquals(TopologyLoader.load(file).links(), again.links());
        assertEquals(3, again.nodes().size());
    }

    @Test
    void linuxMachinesAreEndHostsAndLinkConditioningShapesTheCable() throws Exception {
        Path file = folder.resolve("hosts.yaml");
        Files.writeString(file, """
                lab:
                  title: hosts
                  version: 0.2.2
                nodes:
                  - id: n0
                    label: r1
                    node_definition: iosv
                    interfaces: [{id: i0, label: GigabitEthernet0/0, slot: 0, type: physical}]
                  - id: n1
                    label: pc1
                    node_definition: desktop
                    configuration:
                      - name: node.cfg
                        content: |-
                          # this is a shell script which will be sourced at boot
                          hostname pc1
                          USERNAME=cisco
                          PASSWORD=cisco
                          ip addr add 10.1.1.10/24 dev eth0
                          ip route add default via 10.1.1.1
                          echo nameserver 10.1.1.53 > /etc/resolv.conf
                    interfaces: [{id: i0, label: eth0, slot: 0, type: physical}]
                links:
                  - id: l0
                    n1: n0
                    i1: i0
                    n2: n1
                    i2: i0
                    conditioning: {enabled: true, latency: 40, jitter: 5, loss: 2.5, bandwidth: 2000}
                """);
        Topology topology = TopologyLoader.load(file);
        TopologyNode pc = topology.nodes().get(1);
        assertEquals(NodeKind.LINUX, pc.kind());
        assertEquals("eth0 10.1.1.10/24, default via 10.1.1.1", pc.linuxExec().summary());
        assertEquals(List.of("echo nameserver 10.1.1.53 > /etc/resolv.conf"), pc.linuxExec().notRun());
        TopologyLink cable = topology.links().get(0);
        assertEquals(40_000_000L, cable.delayNanos());
        assertEquals(5_000_000L, cable.jitterNanos());
        assertEquals(2.5, cable.lossPercent());
        assertTrue(topology.notes().contains("link r1 - pc1: conditioning bandwidth 2000 is not simulated (latency, "
                + "jitter and loss are)"), topology.notes().toString());

        Path written = ContainerlabWriter.write(topology, folder.resolve("out"));
        String yaml = Files.readString(written);
        assertTrue(yaml.contains("    pc1: { kind: linux, exec: [\"ip addr add 10.1.1.10/24 dev eth0\", "), yaml);
        assertTrue(yaml.contains("    - endpoints: [\"r1:GigabitEthernet0/0\", \"pc1:eth0\"]\n      delay: 40000us\n"
                + "      jitter: 5000us\n      loss: 2.5%\n"), yaml);
        Topology again = TopologyLoader.load(written);
        assertEquals(topology.links(), again.links());
        assertEquals(pc.exec(), again.nodes().get(1).exec());
    }
}
