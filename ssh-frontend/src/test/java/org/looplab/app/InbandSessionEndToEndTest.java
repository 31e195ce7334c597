package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        Files.writeString(folder.resolve("r1.cfg"), """
                hostname R1
                username admin privilege 15 secret admin
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                 no shutdown
                end
                """);
        Files.writeString(folder.resolve("r2.cfg"), """
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
        Files.writeString(folder.resolve("two.clab.yml"), """
                name: two
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                    r2: {kind: cisco_iosv, startup-config: r2.cfg}
                  links:
                    - endpoints: ["r1:Gi0/0", "r2:Gi0/0"]
                """);
        int port = FreePorts.consecutive(2);
        try (LabProcess lab = LabProcess.start(folder, folder.resolve("state"), port)) {
            Process ssh = new ProcessBuilder(List.of("sshpass", "-p", "admin", "ssh", "-tt",
                    "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                    "-o", "PubkeyAuthentication=no", "-p", Integer.toString(port), "admin@127.0.0.1"))
                    .redirectErrorStream(true).start();
            try {
                StreamCollector screen = new StreamCollector(ssh.getInputStream());
                OutputStream keys = ssh.getOutputStream();
                int at = screen.await("R1#", 0, WAIT);
                type(keys, "telnet 10.0.12.2\r");
                at = screen.await("Username: ", at, WAIT);
                type(keys, "admin\r");
                at = screen.await("Password: ", at, WAIT);
                type(keys, "admin\r");
                at = screen.await("R2#", at, WAIT);
                type(keys, "configure terminal\r");
                at = screen.await("R2(config)#", at, WAIT);
                type(keys, "hostn?");
                at = screen.await("hostname", at, WAIT);
                at = screen.await("R2(config)#hostn", at, WAIT);
                type(keys, "\u0015end\r"); // Ctrl-U clears the line
                at = screen.await("R2#", at, WAIT);
                type(keys, "\u001ex");
                at = screen.await("R1#", at, WAIT);
                type(keys, "show sessions\r");
                at = screen.await("*  1 10.0.12.2           10.0.12.2              0     0 10.0.12.2\r\n", at, WAIT);
                at = screen.await("R1#", at, WAIT);
                type(keys, "\r");
                at = screen.await("[Resuming connection 1 to 10.0.12.2 ... ]\r\n", at, WAIT);
                at = screen.await("R2#", at, WAIT);
                type(keys, "exit\r");
                at = screen.await("[Connection to 10.0.12.2 closed by foreign host]\r\n", at, WAIT);
                at = screen.await("R1#", at, WAIT);
                type(keys, "exit\r");
                assertTrue(ssh.waitFor(20, TimeUnit.SECONDS), screen.text());
            } finally {
                ssh.destroyForcibly();
            }
        }
    }

    private static void type(OutputStream keys, String text) throws java.io.IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }
}
