package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.topology.NodeKind;
import org.looplab.topology.TopologyLoader;

/** {@code looplab import}: a GNS3 project with a VPCS becomes a containerlab folder that loads again. */
class ImportCommandTest {
    @TempDir
    Path folder;

    @Test
    void countsRoutersAndEndHostsApartAndTheFolderLoads() throws Exception {
        Path project = folder.resolve("pc.gns3");
        Files.writeString(project, """
                {"name": "pc", "revision": 9, "type": "topology", "topology": {
                    "links": [{"nodes": [{"node_id": "r", "adapter_number": 0, "port_number": 0},
                                         {"node_id": "p", "adapter_number": 0, "port_number": 0}]}],
                    "nodes": [
                        {"name": "R1", "node_id": "r", "node_type": "dynamips",
                         "properties": {"platform": "c7200", "dynamips_id": 1, "slot0": "C7200-IO-FE"}},
                        {"name": "PC1", "node_id": "p", "node_type": "vpcs",
                         "properties": {"startup_script": "ip 10.0.0.2 10.0.0.1 24"}}]}}
                """);
        StringWriter out = new StringWriter();
        var command = Looplab.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        Path target = folder.resolve("out");
        assertEquals(0, command.execute("import", project.toString(), "--out", target.toString()), out.toString());
        assertTrue(out.toString().contains("looplab: wrote " + target.resolve("pc.clab.yml") + ": 1 routers, 1 end host, "
                + "1 links"), out.toString());
        var again = TopologyLoader.load(target);
        assertEquals(NodeKind.LINUX, again.nodes().get(1).kind());
        assertEquals("eth0 10.0.0.2/24, default via 10.0.0.1", again.nodes().get(1).linuxExec().summary());
    }
}
