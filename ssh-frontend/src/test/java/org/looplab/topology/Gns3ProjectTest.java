package org.looplab.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.router.InterfaceName;

/**
 * GNS3 2.x projects, written here as GNS3 saves them: the {@code *.gns3} JSON and the routers' startup-configs
 * under {@code project-files/}. Port names follow GNS3's port factories.
 */
class Gns3ProjectTest {
    private static final String R1 = "5f0c54b0-5d9e-4bd4-9b0b-0a6c6b0e7c01";
    private static final String R2 = "5f0c54b0-5d9e-4bd4-9b0b-0a6c6b0e7c02";
    private static final String R3 = "5f0c54b0-5d9e-4bd4-9b0b-0a6c6b0e7c03";
    private static final String CLOUD = "5f0c54b0-5d9e-4bd4-9b0b-0a6c6b0e7c04";

    @TempDir
    Path folder;

    private static String link(String a, int adapterA, int portA, String b, int adapterB, int portB) {
        return """
                    {"filters": {}, "link_id": "%s", "suspend": false, "nodes": [
                        {"adapter_number": %d, "node_id": "%s", "port_number": %d},
                        {"adapter_number": %d, "node_id": "%s", "port_number": %d}]}""".formatted(
                a + b, adapterA, a, portA, adapterB, b, portB);
    }

    private Path project() throws Exception {
        Path configs = folder.resolve("project-files/dynamips/" + R1 + "/configs");
        Files.createDirectories(configs);
        Files.writeString(configs.resolve("i1_startup-config.cfg"), """
                !
                version 12.4
                hostname R1
                interface FastEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                 no shutdown
                interface Serial0/0
                 ip address 10.0.13.1 255.255.255.252
                """);
        Files.createDirectories(folder.resolve("project-files/iou/" + R3));
        Files.writeString(folder.resolve("project-files/iou/" + R3 + "/startup-config.cfg"), "hostname R3\n");
        Path file = folder.resolve("wan.gns3");
        Files.writeString(file, """
                {
                    "auto_close": true,
                    "auto_open": false,
                    "auto_start": false,
                    "name": "wan",
                    "project_id": "0a9b7c4e-1111-4d2e-8f00-aaaaaaaaaaaa",
                    "revision": 9,
                    "scene_height": 1000,
                    "scene_width": 2000,
                    "topology": {
                        "computes": [],
                        "drawings": [],
                        "links": [
                %s,
                %s,
                %s,
                %s
                        ],
                        "nodes": [
                            {"compute_id": "local", "console": 5000, "console_type": "telnet", "name": "R1",
                             "node_id": "%s", "node_type": "dynamips", "port_name_format": "Ethernet{0}",
                             "properties": {"platform": "c3725", "ram": 128, "dynamips_id": 1, "slot0": "GT96100-FE",
                                            "slot1": "NM-4T", "wic0": "WIC-2T", "wic1": null},
                             "symbol": ":/symbols/router.svg", "x": -100, "y": 0, "z": 1},
                            {"compute_id": "local", "console": 5001, "console_type": "telnet", "name": "R2",
                             "node_id": "%s", "node_type": "qemu", "port_name_format": "Gi0/{0}",
                             "port_segment_size": 0, "first_port_name": "",
                             "properties": {"adapters": 4, "hda_disk_image": "vios-adventerprisek9-m.vmdk.SPA.157-3.M3",
                                            "ram": 512},
                             "symbol": ":/symbols/router.svg", "x": 100, "y": 0, "z": 1},
                            {"compute_id": "local", "console": 5002, "name": "R3", "node_id": "%s", "node_type": "iou",
                             "properties": {"ethernet_adapters": 2, "serial_adapters": 0, "path": "i86bi-linux-l3.bin"},
                             "x": 0, "y": 100, "z": 1},
                            {"compute_id": "local", "name": "Cloud1", "node_id": "%s", "node_type": "cloud",
                             "properties": {"ports_mapping": []}, "x": 0, "y": -100, "z": 1}
                        ]
                    },
                    "type": "topology",
                    "version": "2.2.44"
                }
                """.formatted(link(R1, 0, 0, R2, 1, 0), link(R1, 1, 2, R3, 1, 3), link(R2, 0, 0, CLOUD, 0, 0),
                link(R1, 0, 16, R3, 0, 0),
                R1, R2, R3, CLOUD));
        return file;
    }

    @Test
    void namesPortsAsGnsThreeDoesAndReadsTheStartupConfigs() throws Exception {
        project();
        Topology topology = TopologyLoader.load(folder); // a GNS3 project is a folder
        assertEquals("wan", topology.name());
        assertEquals(List.of(NodeKind.DYNAMIPS, NodeKind.IOSV, NodeKind.IOL),
                topology.nodes().stream().map(TopologyNode::kind).toList());
        assertEquals(3, topology.links().size());
        TopologyLink first = topology.links().get(0);
        assertEquals(InterfaceName.of(InterfaceName.Type.FAST_ETHERNET, 0, 0), first.a().port());
        assertEquals(InterfaceName.gigabitEthernet(1), first.b().port()); // Gi0/{0}, adapter 1
        TopologyLink second = topology.links().get(1);
        assertEquals(InterfaceName.of(InterfaceName.Type.SERIAL, 1, 2), second.a().port()); // NM-4T in slot 1
        assertEquals(InterfaceName.of(InterfaceName.Type.ETHERNET, 1, 3), second.b().port());
        TopologyLink wic = topology.links().get(2);
        assertEquals(InterfaceName.of(InterfaceName.Type.SERIAL, 0, 0), wic.a().port()); // WIC-2T's first port
        assertEquals(InterfaceName.of(InterfaceName.Type.ETHERNET, 0, 0), wic.b().port());
        assertTrue(topology.nodes().get(0).bootConfig().contains("hostname R1\n"));
        assertEquals("hostname R3\n", topology.nodes().get(2).bootConfig());
        String notes = String.join("\n", topology.notes());
        assertTrue(notes.contains("node R2: GNS3 keeps a Qemu router's configuration in its disk image"), notes);
        assertTrue(notes.contains("the link from R2 to Cloud1 (a GNS3 cloud) is not simulated"), notes);
    }

    @Test
    void portNameFormatsAreFilledAsGnsThreeFillsThem() {
        assertEquals("Gi0/3", Gns3Project.format("Gi0/{0}", 3, 3, 3));
        assertEquals("GigabitEthernet2", Gns3Project.format("GigabitEthernet{port1}", 1, 1, 1));
        assertEquals("Ethernet1/2", Gns3Project.format("Ethernet{segment0}/{port0}", 2, 1, 6));
    }

    @Test
    void refusesSwitchesAndHostsWithFileLineAndReason() throws Exception {
        Path file = folder.resolve("lan.gns3");
        Files.writeString(file, """
                {
                    "name": "lan",
                    "topology": {
                        "links": [],
                        "nodes": [
                            {"name": "SW1", "node_id": "a", "node_type": "ethernet_switch", "properties": {}},
                            {"name": "SRV", "node_id": "b", "node_type": "docker", "properties": {}}
                        ]
                    },
                    "type": "topology"
                }
                """);
        TopologyException error = assertThrows(TopologyException.class, () -> TopologyLoader.load(file));
        assertEquals(List.of(
                file + ":6: node SW1 (node_type ethernet_switch): a switch joins many cables into one segment; "
                        + "looplab's links join two ports each",
                file + ":7: node SRV (node_type docker): not an IOS router; looplab runs end hosts only as containerlab "
                        + "linux nodes (exec lines)"), error.errors());
    }

    @Test
    void vpcsNodesAreEndHostsSetUpByTheirStartupScript() throws Exception {
        String pc1 = "5f0c54b0-5d9e-4bd4-9b0b-0a6c6b0e7c11";
        String pc2 = "5f0c54b0-5d9e-4bd4-9b0b-0a6c6b0e7c12";
        Path scripts = folder.resolve("project-files/vpcs");
        Files.createDirectories(scripts.resolve(pc1));
        Files.writeString(scripts.resolve(pc1 + "/startup.vpc"), "set pcname PC1\nip 192.168.1.10 192.168.1.1 24\n");
        Path file = folder.resolve("hosts.gns3");
        Files.writeString(file, """
                {"name": "hosts", "revision": 9, "type": "topology", "topology": {
                    "links": [%s, %s],
                    "nodes": [
                        {"name": "R1", "node_id": "%s", "node_type": "dynamips",
                         "properties": {"platform": "c7200", "dynamips_id": 1, "slot0": "C7200-IO-2FE",
                                        "power_supplies": [1, 1], "sensors": [22, 22, 22, 22]}},
                        {"name": "PC1", "node_id": "%s", "node_type": "vpcs", "properties": {}},
                        {"name": "PC2", "node_id": "%s", "node_type": "vpcs",
                         "properties": {"startup_script": "ip 10.0.2.5/28 10.0.2.1\\ndhcp\\n"}}
                    ]}}
                """.formatted(link(R1, 0, 0, pc1, 0, 0), link(R1, 0, 1, pc2, 0, 0), R1, pc1, pc2));
        Topology topology = TopologyLoader.load(file);
        assertEquals(List.of(NodeKind.DYNAMIPS, NodeKind.LINUX, NodeKind.LINUX),
                topology.nodes().stream().map(TopologyNode::kind).toList());
        assertEquals(List.of("ip addr add 192.168.1.10/24 dev eth0", "ip route add default via 192.168.1.1"),
                topology.nodes().get(1).exec());
        assertEquals("eth0 10.0.2.5/28, default via 10.0.2.1", topology.nodes().get(2).linuxExec().summary());
        assertEquals(List.of("dhcp"), topology.nodes().get(2).linuxExec().notRun());
        assertEquals(InterfaceName.gigabitEthernet(0), topology.links().get(0).b().port());
    }

    @Test
    void vpcsAddressFormsAsVpcsReadsThem() {
        assertEquals(List.of("ip addr add 10.1.1.2/16 dev eth0", "ip route add default via 10.1.0.1"),
                VpcsScript.execLines("ip 10.1.1.2 255.255.0.0 10.1.0.1"));
        assertEquals(List.of("ip addr add 10.1.1.2/24 dev eth0"), VpcsScript.execLines("ip 10.1.1.2"));
        assertEquals(List.of("ip addr add 10.1.1.2/30 dev eth0", "ip route add default via 10.1.1.1"),
                VpcsScript.execLines("ip 10.1.1.2 10.1.1.1 /30"));
        assertEquals(List.of("ip dhcp"), VpcsScript.execLines("# comment\nip dhcp"));
    }

    @Test
    void iouSerialAdaptersAreNumberedAfterTheEthernetOnesAndL2ImagesAreRefused() throws Exception {
        String r4 = "5f0c54b0-5d9e-4bd4-9b0b-0a6c6b0e7c21";
        String r5 = "5f0c54b0-5d9e-4bd4-9b0b-0a6c6b0e7c22";
        Path file = folder.resolve("serial.gns3");
        Files.writeString(file, """
                {"name": "serial", "revision": 9, "type": "topology", "topology": {
                    "links": [%s],
                    "nodes": [
                        {"name": "R4", "node_id": "%s", "node_type": "iou",
                         "properties": {"path": "i86bi-linux-l3-adventerprisek9-15.4.1T.bin", "ethernet_adapters": 1,
                                        "serial_adapters": 1}},
                        {"name": "R5", "node_id": "%s", "node_type": "iou",
                         "properties": {"path": "i86bi-linux-l3-adventerprisek9-15.4.1T.bin"}}
                    ]}}
                """.formatted(link(r4, 1, 2, r5, 2, 0), r4, r5));
        Topology topology = TopologyLoader.load(file);
        TopologyLink serial = topology.links().get(0);
        assertEquals(InterfaceName.of(InterfaceName.Type.SERIAL, 1, 2), serial.a().port());
        assertEquals(InterfaceName.of(InterfaceName.Type.SERIAL, 2, 0), serial.b().port()); // two Ethernet adapters by default
        assertEquals(NodeKind.DYNAMIPS, topology.nodes().get(0).kind()); // the project's hardware: IOL has no serial

        Path l2 = folder.resolve("l2.gns3");
        Files.writeString(l2, """
                {"name": "l2", "revision": 9, "type": "topology", "topology": {"links": [], "nodes": [
                    {"name": "SW1", "node_id": "s", "node_type": "iou",
                     "properties": {"path": "i86bi-linux-l2-adventerprise-15.1b.bin"}}]}}
                """);
        TopologyException error = assertThrows(TopologyException.class, () -> TopologyLoader.load(l2));
        assertTrue(error.getMessage().contains("node SW1 (iou, image i86bi-linux-l2-adventerprise-15.1b.bin): it is a "
                + "switch"), error.getMessage());
    }

    @Test
    void refusesGnsThreeOneProjectsByTheirRevision() throws Exception {
        Path file = folder.resolve("old.gns3");
        Files.writeString(file, """
                {"name": "old", "revision": 4, "type": "topology", "topology": {"nodes": []}}
                """);
        TopologyException error = assertThrows(TopologyException.class, () -> TopologyLoader.load(file));
        assertEquals(List.of(file + ":1: a GNS3 1.x project (revision 4): looplab reads GNS3 2.x projects; open it in "
                + "GNS3 2 and save it to convert it"), error.errors());
    }
}
