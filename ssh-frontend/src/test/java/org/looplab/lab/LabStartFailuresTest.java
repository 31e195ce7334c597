package org.looplab.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyLoader;

/** A lab that cannot start says why in one line naming the file, before anything starts. */
class LabStartFailuresTest {
    @TempDir
    Path temp;

    private LabStartupException refused(Path stateDir) throws Exception {
        Topology topology = TopologyLoader.load(Path.of("../topologies", "triangle"));
        return assertThrows(LabStartupException.class,
                () -> LabStarter.start(topology, new LabOptions(stateDir, null, false, 1, 1.0, true)));
    }

    private static void assertOneLineForAUser(String message) {
        assertFalse(message.contains("\n"), message);
        assertFalse(message.matches("(?s).*\\b(java|org\\.h2|Exception|\\[9\\d{4}-)\\b.*"), message);
    }

    @Test
    void aStateFolderThatIsAFileIsReported() throws Exception {
        Path file = Files.writeString(temp.resolve("state"), "not a folder\n");
        String message = refused(file).getMessage();
        assertEquals("cannot create the state folder " + file + ": it exists and is not a folder", message);
        assertOneLineForAUser(message);
    }

    @Test
    void aStateFolderInsideAFileIsReported() throws Exception {
        Path file = Files.writeString(temp.resolve("state"), "not a folder\n");
        String message = refused(file.resolve("sub")).getMessage();
        assertTrue(message.startsWith("cannot create the state folder " + file.resolve("sub") + ": "), message);
        assertOneLineForAUser(message);
    }

    @Test
    void anImmutableStateFolderIsReported() throws Exception {
        // Tests run as root, whom permission bits do not stop: the immutable attribute does.
        Path state = Files.createDirectories(temp.resolve("state"));
        assumeTrue(new ProcessBuilder("chattr", "+i", state.toString()).start().waitFor() == 0, "chattr +i unavailable");
        try {
            String message = refused(state).getMessage();
            assertEquals("cannot write in the state folder " + state + ": operation not permitted", message);
            assertOneLineForAUser(message);
            try (var files = Files.list(state)) {
                assertEquals(0, files.count(), "nothing was created in it");
            }
        } finally {
            new ProcessBuilder("chattr", "-i", state.toString()).start().waitFor();
        }
    }

    @Test
    void aStateFolderOnAFileSystemThatTakesNoFilesIsReported() throws Exception {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "no /proc");
        String message = refused(proc).getMessage();
        assertTrue(message.startsWith("cannot write in the state folder /proc: "), message);
        assertOneLineForAUser(message);
    }

    @Test
    void aDatabaseFileThatCannotBeWrittenIsReported() throws Exception {
        Path state = Files.createDirectories(temp.resolve("state"));
        Files.createDirectories(state.resolve("looplab.mv.db"));
        String message = refused(state).getMessage();
        assertEquals("cannot write the config store " + state.resolve("looplab.mv.db").toAbsolutePath()
                + ": it is a folder, not a file", message);
        assertOneLineForAUser(message);
    }

    @Test
    void aStartupConfigWithNoUsableLineIsReportedAndItsRouterIsNotReachableByLogin() throws Exception {
        Path lab = Files.createDirectories(temp.resolve("lab"));
        Files.writeString(lab.resolve("r1.cfg"), "this is not IOS\nneither is this\n");
        Files.writeString(lab.resolve("r2.cfg"), "hostname R2\n");
        Files.writeString(lab.resolve("lab.clab.yml"), """
                name: garbage
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                    r2: {kind: cisco_iosv, startup-config: r2.cfg}
                """);
        try (RunningLab running = LabStarter.start(TopologyLoader.load(lab),
                new LabOptions(temp.resolve("state"), null, false, 1, 1.0, true))) {
            String expected = "r1: no usable line in its startup-config " + lab.resolve("r1.cfg").toAbsolutePath().normalize()
                    + ": it boots unconfigured and is not reachable by login (no username)";
            assertTrue(running.warnings().contains(expected), String.join("\n", running.warnings()));
            assertTrue(running.lab().kernel().call(() -> running.lab().router("r1").users().isEmpty()));
            // A config with a usable line and no username still gets containerlab's admin login.
            assertFalse(running.lab().kernel().call(() -> running.lab().router("r2").users().isEmpty()));
        }
    }
}
