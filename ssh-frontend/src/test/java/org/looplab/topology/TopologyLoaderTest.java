package org.looplab.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.router.InterfaceName;

class TopologyLoaderTest {
    @TempDir
    Path folder;

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private String errorOf(String yaml) throws IOException {
        Path file = write("lab.clab.yml", yaml);
        TopologyException error = assertThrows(TopologyException.class, () -> TopologyLoader.load(file));
        return error.getMessage();
    }

    @Test
    void loadsTheShippedTriangleFromItsFolder() throws Exception {
        Topology topology = TopologyLoader.load(Path.of("../topologies/triangle"));
        assertEquals("triangle", topology.name());
        assertEquals(3, topology.nodes().size());
        assertEquals(3, topology.links().size());
        TopologyLink first = topology.links().get(0);
        assertEquals(new TopologyEndpoint("r1", InterfaceName.gigabitEthernet(0)), first.a());
        assertTrue(Files.isRegularFile(topology.nodes().get(0).startupConfig()));
    }

    @Test
    void acceptsAnyInterfaceAbbreviationAndDelay() throws Exception {
        Path file = write("lab.clab.yml", """
                name: two
                topology:
                  nodes:
                    a: {}
                    b:
                  links:
                    - endpoints: ["a:GigabitEthernet0/2", "b:g 0/5"]
                      delay: 2ms
                """);
        Topology topology = TopologyLoader.load(file);
        TopologyLink link = topology.links().get(0);
        assertEquals(InterfaceName.gigabitEthernet(2), link.a().port());
        assertEquals(InterfaceName.gigabitEthernet(5), link.b().port());
        assertEquals(2_000_000L, link.delayNanos());
    }

    @Test
    void aLinkMayLoseAShareOfFrames() throws Exception {
        Path file = write("lab.clab.yml", """
                name: lossy
                topology:
                  nodes: {a: {}, b: {}, c: {}}
                  links:
                    - endpoints: ["a:Gi0/0", "b:Gi0/0"]
                      loss: 2.5%
                    - endpoints: ["a:Gi0/1", "c:Gi0/0"]
                      loss: 10
                    - endpoints: ["b:Gi0/1", "c:Gi0/1"]
                """);
        List<TopologyLink> links = TopologyLoader.load(file).links();
        assertEquals(2.5, links.get(0).lossPercent());
        assertEquals(10, links.get(1).lossPercent());
        assertEquals(0, links.get(2).lossPercent());
        String message = errorOf("""
                name: lossy
                topology:
                  nodes: {a: {}, b: {}}
                  links:
                    - endpoints: ["a:Gi0/0", "b:Gi0/0"]
                      loss: 150%
                """);
        assertTrue(message.endsWith("lab.clab.yml:6: loss '150%' must be a percentage from 0 to 100: 5%, 0.5%"), message);
    }

    @Test
    void brokenYamlNamesFileAndLine() throws Exception {
        String message = errorOf("""
                name: broken
                topology:
                  nodes:
                    r1: { kind: cisco_iosv
                  links: []
                """);
        assertTrue(message.startsWith(folder.resolve("lab.clab.yml") + ":"), message);
        assertTrue(message.matches(".*lab\\.clab\\.yml:[45]: YAML syntax error: .*"), message);
    }

    @Test
    void unknownNodeInALink() throws Exception {
        String message = errorOf("""
                name: lab
                topology:
                  nodes:
                    r1:
                    r2:
                  links:
                    - endpoints: ["r1:Gi0/0", "r9:Gi0/0"]
                """);
        assertTrue(message.endsWith("lab.clab.yml:7: endpoint 'r9:Gi0/0' names unknown node r9 (nodes: r1, r2)"),
                message);
    }

    @Test
    void badInterfaceName() throws Exception {
        String message = errorOf("""
                name: lab
                topology:
                  nodes:
                    r1:
                    r2:
                  links:
                    - endpoints: ["r1:Gi0/0",
                                  "r2:Fa0/0"]
                """);
        assertTrue(message.contains("lab.clab.yml:8: endpoint 'r2:Fa0/0': node r2 (kind cisco_vios) has no interface "
                + "'Fa0/0'; it has GigabitEthernet0/N or Gi0/N (N from 0 to 15)"), message);
    }

    @Test
    void loopbackCannotTakeALink() throws Exception {
        String message = errorOf("""
                name: lab
                topology:
                  nodes: {r1: , r2: }
                  links:
                    - endpoints: ["r1:Lo0", "r2:Gi0/0"]
                """);
        assertTrue(message.contains("lab.clab.yml:5: endpoint 'r1:Lo0': Loopback0 is not a physical port"), message);
    }

    @Test
    void interfaceUsedTwice() throws Exception {
        String message = errorOf("""
                name: lab
                topology:
                  nodes: {r1: , r2: , r3: }
                  links:
                    - endpoints: ["r1:Gi0/0", "r2:Gi0/0"]
                    - endpoints: ["r3:Gi0/0", "r1:GigabitEthernet0/0"]
                """);
        assertTrue(message.contains("lab.clab.yml:6: r1:Gi0/0 is used twice (also at line 5)"), message);
    }

    @Test
    void aLinkFromANodeToItselfIsRefused() throws Exception {
        String message = errorOf("""
                name: lab
                topology:
                  nodes: {r1: , r2: }
                  links:
                    - endpoints: ["r1:Gi0/0", "r2:Gi0/0"]
                    - endpoints: ["r1:Gi0/1", "r1:Gi0/2"]
                """);
        assertEquals(folder.resolve("lab.clab.yml") + ":6: a link from r1 to itself (r1:Gi0/1, r1:Gi0/2): a link joins "
                + "two different nodes", message);
    }

    @Test
    void aBinaryTopologyFileNamesFileAndLineAndSaysItIsNotText() throws Exception {
        Path file = folder.resolve("lab.clab.yml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', 'x', '\n', 0x7f, 'E', 'L', 'F', (byte) 0xff, 0, 1});
        String message = assertThrows(TopologyException.class, () -> TopologyLoader.load(file)).getMessage();
        assertEquals(file + ":2: the topology file is not a text file: byte 0xff is not UTF-8", message);
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', 0, 'x'});
        message = assertThrows(TopologyException.class, () -> TopologyLoader.load(file)).getMessage();
        assertEquals(file + ":1: the topology file is not a text file: a NUL byte", message);
    }

    @Test
    void aBinaryStartupConfigNamesFileAndLineAndSaysItIsNotText() throws Exception {
        Path config = folder.resolve("r1.cfg");
        Files.write(config, new byte[] {'h', 'o', 's', 't', 'n', 'a', 'm', 'e', ' ', 'R', '1', '\n', '!', '\n',
                (byte) 0xc3, '(', 0});
        String message = errorOf("""
                name: lab
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                """);
        assertEquals(config + ":3: startup-config of r1 is not a text file: byte 0xc3 is not UTF-8", message);
    }

    /** One router whose startup-config is r1.cfg beside the topology file (line 6). */
    private static final String R1_WITH_STARTUP_CONFIG = """
                name: lab
                topology:
                  nodes:
                    r1:
                      kind: cisco_iosv
                      startup-config: r1.cfg
                """;

    @Test
    void missingStartupConfig() throws Exception {
        String message = errorOf(R1_WITH_STARTUP_CONFIG);
        assertTrue(message.contains("lab.clab.yml:6: startup-config of r1: no such file "), message);
    }

    @Test
    void unreadableStartupConfigNamesNodeAndFile() throws Exception {
        Path folderAsConfig = Files.createDirectories(folder.resolve("r1.cfg"));
        String topology = R1_WITH_STARTUP_CONFIG;
        assertEquals(folder.resolve("lab.clab.yml") + ":6: startup-config of r1: cannot read " + folderAsConfig
                + ": it is a folder", errorOf(topology));
        Files.delete(folderAsConfig);
        Path locked = write("r1.cfg", "hostname R1\n");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        // Root reads any file whatever its mode: the permission case can only be seen as another user.
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root");
        assertEquals(folder.resolve("lab.clab.yml") + ":6: startup-config of r1: cannot read " + locked, errorOf(topology));
    }

    @Test
    void startupConfigIsRelativeToTheTopologyFile() throws Exception {
        Files.createDirectories(folder.resolve("configs"));
        write("configs/r1.cfg", "hostname R1\n");
        Topology topology = TopologyLoader.load(write("lab.clab.yml", """
                name: lab
                topology:
                  nodes:
                    r1: {startup-config: configs/r1.cfg}
                """));
        assertEquals(folder.resolve("configs/r1.cfg").toAbsolutePath(), topology.nodes().get(0).startupConfig());
    }

    @Test
    void unknownKeysAndKinds() throws Exception {
        assertTrue(errorOf("""
                name: lab
                mgnt: {network: x}
                topology: {nodes: {r1: }}
                """).contains("lab.clab.yml:2: unknown key 'mgnt' in top level"));
        assertTrue(errorOf("""
                name: lab
                topology:
                  nodes:
                    r1: {kind: nokia_srlinux}
                """).contains("lab.clab.yml:4: node r1 has kind 'nokia_srlinux': looplab simulates IOS routers and Linux end hosts only"));
        assertTrue(errorOf("""
                name: lab
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup: r1.cfg}
                """).contains("lab.clab.yml:4: unknown key 'startup' in node r1"));
    }

    @Test
    void missingNameAndEmptyFile() throws Exception {
        assertTrue(errorOf("topology: {nodes: {r1: }}\n").contains("lab.clab.yml:1: missing key 'name'"));
        assertTrue(errorOf("").contains("lab.clab.yml:1: the file is empty"));
    }

    @Test
    void folderNeedsExactlyOneTopologyFile() throws Exception {
        TopologyException none = assertThrows(TopologyException.class, () -> TopologyLoader.load(folder));
        assertTrue(none.getMessage().contains("no *.clab.yml file"), none.getMessage());
        write("a.clab.yml", "name: a\ntopology: {nodes: {r1: }}\n");
        assertEquals("a", TopologyLoader.load(folder).name());
        write("b.clab.yml", "name: b\ntopology: {nodes: {r1: }}\n");
        TopologyException several = assertThrows(TopologyException.class, () -> TopologyLoader.load(folder));
        assertTrue(several.getMessage().contains("several topology files"), several.getMessage());
        TopologyException missing = assertThrows(TopologyException.class,
                () -> TopologyLoader.load(folder.resolve("nope.clab.yml")));
        assertTrue(missing.getMessage().endsWith("nope.clab.yml: no such topology file or folder"));
    }

    @Test
    void aLinkMayAddJitter() throws Exception {
        Path file = write("lab.clab.yml", """
                name: jittery
                topology:
                  nodes: {a: {}, b: {}}
                  links:
                    - endpoints: ["a:Gi0/0", "b:Gi0/0"]
                      delay: 10ms
                      jitter: 2ms
                """);
        TopologyLink link = TopologyLoader.load(file).links().get(0);
        assertEquals(10_000_000L, link.delayNanos());
        assertEquals(2_000_000L, link.jitterNanos());
        String message = errorOf("""
                name: jittery
                topology:
                  nodes: {a: {}, b: {}}
                  links:
                    - endpoints: ["a:Gi0/0", "b:Gi0/0"]
                      jitter: lots
                """);
        assertTrue(message.endsWith("lab.clab.yml:6: jitter 'lots' must be a number and a unit: 500us, 2ms, 1s"), message);
    }
}
