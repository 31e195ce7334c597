package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * write erase over OpenSSH's exec request answers IOS's confirm with its default, and the lab's next start
 * boots that router from the kind's default config, not the topology's file, until a save or --reset.
 */
class EraseThenRestartEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");

    @TempDir
    Path stateDir;

    @BeforeEach
    void needsOpenSsh() {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
    }

    @Test
    void anErasedRouterBootsTheKindsDefaultAtTheNextStart() throws Exception {
        int port = FreePorts.consecutive(3);
        OpenSsh r1 = new OpenSsh(port, stateDir.resolve("known_hosts"));
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port)) {
            OpenSsh.Result erase = r1.execWithStatus("write erase");
            assertEquals(0, erase.status(), erase.output());
            assertEquals("Erasing the nvram filesystem will remove all configuration files! Continue? [confirm]\n"
                    + "[OK]\nErase of nvram: complete\n", erase.output());
            assertEquals("startup-config is not present\n", r1.execWithStatus("show startup-config").output());
            assertTrue(r1.execWithStatus("show running-config").output().contains("router ospf"),
                    "the running-config stays until a reload");
        }
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port)) {
            assertTrue(lab.output().contains("kind's default config (nvram: erased)"), lab.output());
            String running = r1.execWithStatus("show running-config").output();
            assertTrue(running.contains("hostname r1\n") && running.contains("username admin privilege 15"), running);
            assertFalse(running.contains("router ospf"), running);
            assertEquals("startup-config is not present\n", r1.execWithStatus("show startup-config").output());
        }
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port, "--reset")) {
            assertTrue(r1.execWithStatus("show running-config").output().contains("router ospf"));
        }
    }
}
