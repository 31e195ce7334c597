package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;
import org.looplab.ssh.StreamCollector;

/**
 * The real OpenSSH client with a PTY ({@code ssh -tt}) idle past the vty's {@code exec-timeout}: the router
 * ends the session and the client exits, as with IOS, instead of staying connected to a session that no
 * longer answers. The lab runs in real time, so the 2 s timeout is 2 s of wall time; the bound is about a
 * hang.
 */
class ExecTimeoutEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @Test
    void anIdleSessionEndsAndTheClientExits() throws Exception {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
        OneRouterLabFiles.write(folder, """
                hostname R1
                username admin privilege 15 secret admin
                line vty 0 4
                 exec-timeout 0 2
                 login local
                end
                """);
        int port = FreePorts.consecutive(1);
        try (LabProcess lab = LabProcess.start(folder, folder.resolve("state"), port)) {
            Process ssh = OpenSsh.terminal(port);
            try {
                StreamCollector screen = new StreamCollector(ssh.getInputStream());
                OutputStream keys = ssh.getOutputStream();
                int at = screen.await("R1#", 0, WAIT);
                OpenSsh.type(keys, "show users\r");
                screen.await("R1#", at, WAIT);
                assertTrue(ssh.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS), "the client is still connected: " + screen.text());
            } finally {
                ssh.destroyForcibly();
            }
        }
    }
}
