package org.looplab.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.router.InterfaceName;

/** containerlab's topology form as its documentation writes it: kinds, defaults, aliases, link forms. */
class ContainerlabFormTest {
    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private String errorOf(String yaml) throws IOException {
        Path file = write("lab.clab.yml", yaml);
        return assertThrows(TopologyException.class, () -> TopologyLoader.load(file)).getMessage();
    }

    private static String port(TopologyEndpoint end) {
        return end.node() + ":" + end.port().fullName();
    }

    @Test
    void iolLabWithKindsDefaultsAndBothLinkForms() throws Exception {
        write("configs/r1.partial.cfg", "interface Loopback0\n ip address 10.0.0.1 255.255.255.255\n");
        write("configs/r2.cfg", "hostname R2\n");
        Topology topology = TopologyLoader.load(write("lab.clab.yml", """
                name: iol-lab
                prefix: ""
                mgmt:
                  network: iol-mgmt
                  ipv4-subnet: 172.100.100.0/24
                topology:
                  defaults:
                    kind: cisco_iol
                  kinds:
                    cisco_iol:
                      image: vrnetlab/cisco_iol:17.12.01
                      startup-config: configs/__clabNodeName__.partial.cfg
                  nodes:
                    r1:
                      mgmt-ipv4: 172.100.100.11
                      labels: {graph-level: 1}
                    r2:
                      startup-config: configs/r2.cfg
                      binds: [a:b]
                      env: {X: "1"}
                      exec: ["ip link"]
                    r3:
                      kind: cisco_csr1000v
                      startup-config: |
                        hostname CSR3
                        username u privilege 15 secret 0 p
                  links:
                    - endpoints: ["r1:Ethernet0/1", "r2:e0/1"]
                    - endpoints: ["r1:eth4", "r3:eth1"]
                      mtu: 1500
                    - type: veth
                      endpoints:
                        - node: r2
                          interface: Ethernet1/3
                        - node: r3
                          interface: Gi3
                """));
        assertEquals(List.of("r1", "r2", "r3"), topology.nodes().stream().map(TopologyNode::name).toList());
        TopologyNode r1 = topology.nodes().get(0);
        assertEquals(NodeKind.IOL, r1.kind());
        assertTrue(r1.partial());
        assertTrue(r1.bootConfig().startsWith("hostname r1\nusername admin privilege 15 secret 0 admin\n"), r1.bootConfig());
        assertTrue(r1.bootConfig().endsWith("interface Loopback0\n ip address 10.0.0.1 255.255.255.255\n"));
        TopologyNode r2 = topology.nodes().get(1);
        assertFalse(r2.partial());
        assertEquals("hostname R2\n", r2.bootConfig());
        TopologyNode r3 = topology.nodes().get(2);
        assertEquals(NodeKind.CSR, r3.kind());
        assertEquals("hostname CSR3\nusername u privilege 15 secret 0 p\n", r3.bootConfig());
        assertNull(r3.startupConfig());

        assertEquals("r1:Ethernet0/1", port(topology.links().get(0).a()));
        assertEquals("r2:Ethernet0/1", port(topology.links().get(0).b()));
        assertEquals("r1:Ethernet1/0", port(topology.links().get(1).a())); // eth4: the fifth port, slot 1
        assertEquals("r3:GigabitEthernet2", port(topology.links().get(1).b())); // eth1: Gi1 is management
        assertEquals("r2:Ethernet1/3", port(topology.links().get(2).a()));
        assertEquals("r3:GigabitEthernet3", port(topology.links().get(2).b()));

        String notes = String.join("\n", topology.notes());
        for (String key : List.of("'binds' (r2)", "'env' (r2)", "'exec' (r2)", "'image' (r1, r2)",
                "'labels' (r1)", "'mgmt' (top level)", "'mgmt-ipv4' (r1)", "'mtu' (links)", "'prefix' (top level)")) {
            assertTrue(notes.contains("topology key " + key + " accepted and not used: "), key + " in\n" + notes);
        }
        assertEquals(9, topology.notes().size(), notes);
    }

    @Test
    void viosAliasesAndNodeWithoutStartupConfigGetsTheDefaultLogin() throws Exception {
        Topology topology = TopologyLoader.load(write("lab.clab.yml", """
                name: vios
                topology:
                  nodes:
                    a: {kind: cisco_vios, image: vrnetlab/cisco_vios:159-3.M10}
                    b: {kind: cisco_vios}
                  links:
                    - endpoints: ["a:Gi0/1", "b:eth2"]
                    - endpoints: ["a:Gi1", "b:GigabitEthernet0/3"]
                """));
        assertEquals(InterfaceName.gigabitEthernet(1), topology.links().get(0).a().port());
        assertEquals(InterfaceName.gigabitEthernet(2), topology.links().get(0).b().port());
        assertEquals(InterfaceName.gigabitEthernet(2), topology.links().get(1).a().port()); // Gi1: second data port
        assertEquals(InterfaceName.gigabitEthernet(3), topology.links().get(1).b().port());
        assertEquals(NodeKind.IOSV.defaultConfig("a"), topology.nodes().get(0).bootConfig());
    }

    @Test
    void refusalsNameFileLineAndReason() throws Exception {
        assertTrue(errorOf("""
                name: l2
                topology:
                  nodes:
                    sw:
                      kind: cisco_iol
                      type: L2
                """).contains("lab.clab.yml:6: node sw (kind cisco_iol): IOL-L2 (type L2) is a switch"));
        assertTrue(errorOf("""
                name: l
                topology:
                  nodes: {r1: {kind: cisco_iol}, r2: {kind: cisco_iol}}
                  links:
                    - endpoints: ["r1:Gi0/1", "r2:e0/1"]
                """).contains("lab.clab.yml:5: endpoint 'r1:Gi0/1': node r1 (kind cisco_iol) has no interface "
                + "'Gi0/1'; it has Ethernet S/P or eS/P"));
        assertTrue(errorOf("""
                name: l
                topology:
                  nodes: {r1: {kind: cisco_iol}}
                  links:
                    - endpoints: ["r1:e0/1", "host:r1-eth1"]
                """).contains("lab.clab.yml:5: endpoint 'host:r1-eth1' joins the lab to the host"));
        assertTrue(errorOf("""
                name: l
                topology:
                  nodes: {r1: {kind: cisco_iol}}
                  links:
                    - type: vxlan
                      endpoint: {node: r1, interface: e0/1}
                """).contains("lab.clab.yml:5: link type 'vxlan' is not simulated"));
        assertTrue(errorOf("""
                name: l
                topology:
                  nodes: {r1: {kind: cisco_csr1000v}, r2: {kind: cisco_csr1000v}}
                  links:
                    - endpoints: ["r1:Gi2", "r2:Gi0/0"]
                """).contains("lab.clab.yml:5: endpoint 'r2:Gi0/0': node r2 (kind cisco_csr1000v) has no interface 'Gi0/0'"));
    }
}
