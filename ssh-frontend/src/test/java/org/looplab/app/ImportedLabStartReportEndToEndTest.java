package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * {@code looplab run} on a CML export as CML writes it: the start report says where the passwords really
 * are (the configurations the export embeds, the kind's login for a router without one) and sets up its
 * desktop node from its boot script.
 */
class ImportedLabStartReportEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void theReportNamesTheEmbeddedConfigsAndTheKindLogin() throws Exception {
        Path file = folder.resolve("branch.yaml");
        Files.writeString(file, """
                lab:
                  title: branch
                  version: 0.2.2
                nodes:
                  - id: n0
                    label: r1
                    node_definition: iosv
                    configuration: |-
                      hostname r1
                      username cisco privilege 15 secret cisco
                      interface GigabitEthernet0/0
                       ip address 10.1.1.1 255.255.255.0
                       no shutdown
                    interfaces: [{id: i0, label: GigabitEthernet0/0, slot: 0, type: physical},
                                 {id: i1, label: GigabitEthernet0/1, slot: 1, type: physical}]
                  - id: n1
                    label: r2
                    node_definition: iosv
                    interfaces: [{id: i0, label: GigabitEthernet0/0, slot: 0, type: physical}]
                  - id: n2
                    label: pc1
                    node_definition: desktop
                    configuration: |-
                      hostname pc1
                      ip address add 10.1.1.10/255.255.255.0 dev eth0
                      route add default gw 10.1.1.1 eth0
                    interfaces: [{id: i0, label: eth0, slot: 0, type: physical}]
                links:
                  - {id: l0, n1: n0, i1: i0, n2: n2, i2: i0}
                  - {id: l1, n1: n0, i1: i1, n2: n1, i2: i0}
                """);
        int port = FreePorts.consecutive(2);
        try (LabProcess lab = LabProcess.start(file, folder.resolve("state"), port, "--console-port", "0",
                "--no-console")) {
            String output = lab.output();
            assertTrue(output.contains("looplab: log in as cisco; the passwords are on the 'username' lines of the node "
                    + "configurations embedded in " + file.toAbsolutePath().normalize() + "; a router whose config has no "
                    + "username takes admin with containerlab's default password for its kind"), output);
            assertTrue(output.contains("pc1: linux host: eth0 10.1.1.10/24, default via 10.1.1.1 dev eth0"), output);
            assertFalse(output.contains("secret cisco"), output);
        }
    }

    @Test
    void everyRefusedLineIsInTheStateFolderAndTheConsoleShowsTenPerRouter() throws Exception {
        StringBuilder config = new StringBuilder("      hostname r1\n      username cisco privilege 15 secret cisco\n");
        for (int i = 1; i <= 12; i++) {
            config.append("      frobnicate ").append(i).append('\n');
        }
        Path file = folder.resolve("refusing.yaml");
        Files.writeString(file, """
                lab:
                  title: refusing
                  version: 0.2.2
                nodes:
                  - id: n0
                    label: r1
                    node_definition: iosv
                    configuration: |-
                """ + config + """
                    interfaces: [{id: i0, label: GigabitEthernet0/0, slot: 0, type: physical}]
                links: []
                """);
        Path state = folder.resolve("state2");
        try (LabProcess lab = LabProcess.start(file, state, FreePorts.consecutive(2), "--console-port", "0",
                "--no-console")) {
            String output = lab.output();
            Path report = state.toAbsolutePath().normalize().resolve("startup-report.txt");
            assertTrue(output.contains("r1: 2 lines applied, 0 kept without behaviour"), output);
            assertTrue(output.contains("r1: line 12: frobnicate 10: % Invalid input detected at '^' marker."), output);
            assertFalse(output.contains("frobnicate 11"), output);
            assertTrue(output.contains("looplab: warning: r1: 2 more lines not applied, all in " + report), output);
            String written = Files.readString(report);
            for (int i = 1; i <= 12; i++) {
                assertTrue(written.contains("frobnicate " + i + ": % Invalid input"), written);
            }
        }
    }
}
