package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code looplab validate}: every error with file, line and reason; the exit status; nothing starts. */
class ValidateCommandTest {
    @TempDir
    Path folder;

    private String validate(String... args) {
        StringWriter out = new StringWriter();
        var command = Looplab.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(out));
        List<String> all = new java.util.ArrayList<>(List.of("validate"));
        all.addAll(List.of(args));
        return command.execute(all.toArray(String[]::new)) + "\n" + out;
    }

    @Test
    void everyShippedLabIsValid() throws Exception {
        for (String lab : List.of("triangle", "square", "ring10", "ebgp-vs-ibgp", "route-reflectors", "two-as",
                "dual-homed-management")) {
            String answer = validate("../topologies/" + lab);
            assertTrue(answer.startsWith("0\nlooplab: lab "), answer);
            assertTrue(answer.endsWith(": valid\n"), answer);
        }
        assertTrue(validate("../topologies/triangle", "--scenario", "../topologies/triangle/link-pull.scenario")
                .endsWith(": valid\n"));
    }

    @Test
    void everyErrorOfTheTopologyIsListed() throws Exception {
        Path file = folder.resolve("bad.clab.yml");
        Files.writeString(file, String.join("\n",
                "name: bad",
                "topology:",
                "  nodes:",
                "    r1: {kind: cisco_iosv}",
                "    sw1: {kind: cisco_vios_l2}",
                "    br1: {kind: bridge}",
                "  links:",
                "    - endpoints: [\"r1:Gi0/0\", \"sw1:Gi0/0\"]",
                "    - endpoints: [\"r1:Gi0/1\", \"r9:Gi0/0\"]",
                "    - endpoints: [\"r1:Gi0/99\", \"r1:Gi0/2\"]",
                ""));
        String answer = validate(file.toString());
        String[] lines = answer.split("\n");
        assertEquals("1", lines[0]);
        assertTrue(lines[1].startsWith(file + ":5: "), answer);
        assertTrue(lines[2].startsWith(file + ":6: "), answer);
        assertTrue(lines[3].startsWith(file + ":9: endpoint 'r9:Gi0/0' names unknown node r9"), answer);
        assertTrue(lines[4].startsWith(file + ":10: "), answer);
        assertEquals("looplab: " + file + ": 4 errors; the lab would not start", lines[5]);
    }

    @Test
    void configLinesTheRoutersRefuseAndAddressMistakesAreListed() throws Exception {
        Files.writeString(folder.resolve("r1.cfg"), String.join("\n", "hostname R1", "interface GigabitEthernet0/0",
                " ip address 10.0.12.1 255.255.255.0", " no shutdown", "interface Loopback0",
                " ip address 10.0.0.1 255.255.255.255", "router ospf 1", " netwrk 10.0.0.0 0.255.255.255 area 0", "end", ""));
        Files.writeString(folder.resolve("r2.cfg"), String.join("\n", "hostname R2", "interface GigabitEthernet0/0",
                " ip address 10.0.21.2 255.255.255.0", " no shutdown", "interface Loopback0",
                " ip address 10.0.0.1 255.255.255.255", "end", ""));
        Path file = folder.resolve("lab.clab.yml");
        Files.writeString(file, String.join("\n", "name: lab", "topology:", "  nodes:",
                "    r1: {startup-config: r1.cfg}", "    r2: {startup-config: r2.cfg}", "  links:",
                "    - endpoints: [\"r1:Gi0/0\", \"r2:Gi0/0\"]", ""));
        String answer = validate(file.toString());
        assertTrue(answer.startsWith("1\n" + folder.resolve("r1.cfg") + ":8: r1: netwrk 10.0.0.0 0.255.255.255 area 0: "), answer);
        assertTrue(answer.contains(file + ": link r1:Gi0/0 - r2:Gi0/0: 10.0.12.1/24 and 10.0.21.2/24 are not on one subnet"), answer);
        assertTrue(answer.contains("r2: Loopback0 has 10.0.0.1, already on r1:Lo0"), answer);
        assertTrue(answer.endsWith("looplab: lab lab, 2 routers, 1 links: 3 errors\n"), answer);
    }
}
