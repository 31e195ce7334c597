package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;

/**
 * One host key for all of a user's labs: the real OpenSSH client with StrictHostKeyChecking=yes learns
 * the key from one lab and logs in to another lab on the same port without a complaint, because both
 * take their keys from the user's looplab folder ($LOOPLAB_USER_DIR here), not from their state folders.
 */
class HostKeyAcrossLabsEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");
    private static final Path SQUARE = Path.of("../topologies/square");

    @TempDir
    Path folder;

    @Test
    void anotherLabOnTheSamePortPresentsTheSameKey() throws Exception {
        ExternalTool.require(OpenSsh.available() && ExternalTool.onPath("ssh-keyscan"), "sshpass with the OpenSSH client");
        int port = FreePorts.consecutive(4);
        Path knownHosts = folder.resolve("known_hosts");
        Path triangleState = folder.resolve("triangle-state");
        try (LabProcess lab = LabProcess.start(TRIANGLE, triangleState, port)) {
            String learned = new OpenSsh(port, knownHosts, "accept-new").exec("show running-config | include hostname");
            assertEquals("hostname R1\n", learned);
            // The three key types a current OpenSSH server has.
            String scanned = run("ssh-keyscan", "-p", Integer.toString(port), "-t", "ed25519,rsa,ecdsa", "127.0.0.1");
            assertEquals(3, scanned.lines().filter(line -> line.startsWith("[127.0.0.1]:" + port + " ")).count(), scanned);
            assertEquals(0, lab.quit());
        }

        OpenSsh strict = new OpenSsh(port, knownHosts, "yes");
        try (LabProcess lab = LabProcess.start(SQUARE, folder.resolve("square-state"), port)) {
            OpenSsh.Result square = strict.execWithStatus("show running-config | include hostname");
            assertEquals(new OpenSsh.Result("hostname R1\n", 0), square);
            assertEquals(0, lab.quit());
        }

        Path home = LabProcess.userFolder(triangleState);
        for (String key : List.of("ssh_host_ed25519_key", "ssh_host_rsa_key", "ssh_host_ecdsa_key")) {
            for (String file : List.of(key, key + ".pub")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(file))),
                        file);
            }
            assertFalse(Files.exists(triangleState.resolve(key)), key);
        }
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
        String fingerprint = run("ssh-keygen", "-lf", home.resolve("ssh_host_ed25519_key.pub").toString());
        assertTrue(fingerprint.contains("SHA256:") && fingerprint.contains("(ED25519)"), fingerprint);

        // A lab given keys of its own (--host-keys) is another host to OpenSSH: strict checking refuses it.
        try (LabProcess lab = LabProcess.start(SQUARE, folder.resolve("square-state"), port,
                "--host-keys", folder.resolve("other-keys").toString())) {
            OpenSsh.Result refused = strict.execWithStatus("show clock");
            assertEquals(255, refused.status(), refused.output());
            assertTrue(refused.output().contains("Host key verification failed."), refused.output());
            assertEquals(0, lab.quit());
        }
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return output;
    }
}
