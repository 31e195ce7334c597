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
 * SSH exec requests with the real OpenSSH client: each does what the same lines do in a shell, a
 * question left open gets IOS's default answer, and a refused line or an error gives a non-zero exit
 * status with IOS's message: never silently nothing.
 */
class ExecRequestEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");

    @TempDir
    Path stateDir;

    @BeforeEach
    void needsOpenSsh() {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
    }

    @Test
    void execRequestsSaveAnswerDefaultsAndFailLoudly() throws Exception {
        int port = FreePorts.consecutive(3);
        OpenSsh r1 = new OpenSsh(port, stateDir.resolve("known_hosts"));
        try (LabProcess lab = LabProcess.start(TRIANGLE, stateDir, port)) {
            OpenSsh.Result configured = r1.execWithStatus(
                    "configure terminal\ninterface Loopback7\nip address 10.7.7.7 255.255.255.255\nend");
            assertEquals(0, configured.status(), configured.output());

            OpenSsh.Result copy = r1.execWithStatus("copy running-config startup-config");
            assertEquals(0, copy.status(), copy.output());
            assertTrue(copy.output().startsWith("Destination filename [startup-config]? \nBuilding configuration...\n[OK]"),
                    copy.output());
            OpenSsh.Result startup = r1.execWithStatus("show startup-config");
            assertTrue(startup.output().contains("interface Loopback7\n ip address 10.7.7.7 255.255.255.255"),
                    startup.output());

            // The answer on the next line of the request, as typed in a shell.
            OpenSsh.Result answered = r1.execWithStatus("copy running-config startup-config\nstartup-config");
            assertEquals(0, answered.status(), answered.output());
            assertTrue(answered.output().contains("[OK]"), answered.output());

            OpenSsh.Result write = r1.execWithStatus("write memory");
            assertEquals(0, write.status(), write.output());
            assertEquals("Building configuration...\n[OK]\n", write.output());

            OpenSsh.Result refused = r1.execWithStatus("show ip intrface brief");
            assertEquals(1, refused.status(), refused.output());
            assertTrue(refused.output().contains("% Invalid input detected at '^' marker."), refused.output());

            OpenSsh.Result elsewhere = r1.execWithStatus("copy running-config startup-config\nr1.cfg");
            assertEquals(1, elsewhere.status(), elsewhere.output());
            assertTrue(elsewhere.output().contains("%Error opening nvram:r1.cfg (Permission denied)"), elsewhere.output());

            OpenSsh.Result banner = r1.execWithStatus("configure terminal\nbanner motd #\nhello");
            assertEquals(1, banner.status(), banner.output());
            assertTrue(banner.output().contains("% The command waits for more input"), banner.output());
            assertFalse(r1.exec("show running-config").contains("hello"));

            OpenSsh.Result brief = r1.execWithStatus("show ip interface brief | include Loopback7");
            assertEquals(0, brief.status(), brief.output());
            assertTrue(brief.output().startsWith("Loopback7 "), brief.output());
            assertEquals(0, lab.quit());
        }
    }

    /**
     * write erase as an exec request answers IOS's confirm with its default, and the lab's next start boots
     * that router from the kind's default config, not the topology's file, until a save or --reset.
     */
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
