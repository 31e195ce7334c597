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
 * The real OpenSSH client with a PTY ({@code ssh -tt}) on R1, telnetting in-band to R2: '?' inside the
 * session lists R2's configuration commands, Ctrl-Shift-6 x comes back to R1's prompt, {@code show
 * sessions} lists the connection, Enter on an empty line resumes it and {@code exit} closes it.
 */
class InbandSessionEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @Test
    void escapeSequenceSuspendsShowSessionsListsEnterResumesAndHelpComesFromTheFarRouter() throws Exception {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
        Path topology = TwoRouterLabFiles.write(folder, "two", """
                hostname R1
                username admin privilege 15 secret admin
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                 no shutdown
                end
                """, """
                hostname R2
                username admin privilege 15 secret admin
                interface GigabitEthernet0/0
                 ip address 10.0.12.2 255.255.255.0
                 no shutdown
                line vty 0 4
                 login local
                 transport input telnet
                end
                """);
        int port = FreePorts.consecutive(2);
        try (LabProcess lab = LabProcess.start(topology, folder.resolve("state"), port)) {
            Process ssh = OpenSsh.terminal(port);
            try {
                StreamCollector screen = new StreamCollector(ssh.getInputStream());
                OutputStream keys = ssh.getOutputStream();
                int at = screen.await("R1#", 0, WAIT);
                OpenSsh.type(keys, "telnet 10.0.12.2\r");
                at = screen.await("Username: ", at, WAIT);
                OpenSsh.type(keys, "admin\r");
                at = screen.await("Password: ", at, WAIT);
                OpenSsh.type(keys, "admin\r");
                at = screen.await("R2#", at, WAIT);
                OpenSsh.type(keys, "configure terminal\r");
                at = screen.await("R2(config)#", at, WAIT);
                OpenSsh.type(keys, "hostn?");
                at = screen.await("hostname", at, WAIT);
                at = screen.await("R2(config)#hostn", at, WAIT);
                OpenSsh.type(keys, "\u0015end\r"); // Ctrl-U clears the line
                at = screen.await("R2#", at, WAIT);
                OpenSsh.type(keys, "\u001ex");
                at = screen.await("R1#", at, WAIT);
                OpenSsh.type(keys, "show sessions\r");
                at = screen.await("*  1 10.0.12.2           10.0.12.2              0     0 10.0.12.2\r\n", at, WAIT);
                at = screen.await("R1#", at, WAIT);
                OpenSsh.type(keys, "\r");
                at = screen.await("[Resuming connection 1 to 10.0.12.2 ... ]\r\n", at, WAIT);
                at = screen.await("R2#", at, WAIT);
                OpenSsh.type(keys, "exit\r");
                at = screen.await("[Connection to 10.0.12.2 closed by foreign host]\r\n", at, WAIT);
                at = screen.await("R1#", at, WAIT);
                OpenSsh.type(keys, "exit\r");
                assertTrue(ssh.waitFor(20, TimeUnit.SECONDS), screen.text());
            } finally {
                ssh.destroyForcibly();
            }
        }
    }
}
