package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;
import org.looplab.ssh.StreamCollector;

/**
 * The bytes a terminal gets, read from the real OpenSSH client with a PTY ({@code ssh -tt}): the echo of a
 * line with brackets is what was typed, then {@code \r\n}; a question longer than the terminal width
 * (erase's {@code [confirm]}) comes as IOS prints it, without the cursor movements of a wrap; at Netmiko's
 * {@code terminal width 511} a long line comes back exactly. An error in the command before {@code |} is
 * printed whatever the modifier; Ctrl-C at a question abandons its command.
 */
class EchoBytesEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @Test
    void echoesAndQuestionsCarryNoCursorMovements() throws Exception {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
        OneRouterLabFiles.write(folder, """
                hostname R1
                username admin privilege 15 secret admin
                end
                """);
        int port = FreePorts.consecutive(1);
        try (LabProcess lab = LabProcess.start(folder, folder.resolve("state"), port)) {
            Process ssh = OpenSsh.terminal(port);
            try {
                StreamCollector screen = new StreamCollector(ssh.getInputStream());
                OutputStream keys = ssh.getOutputStream();
                int at = screen.await("R1#", 0, WAIT);
                OpenSsh.type(keys, "show clock (utc) [x] {y}\r");
                int end = screen.await("R1#", at, WAIT);
                String echoed = screen.text().substring(at, end);
                assertTrue(echoed.startsWith("show clock (utc) [x] {y}\r\n ") && !echoed.contains("\u001b"), echoed);

                // An error in the command before '|' is printed whatever the modifier, never filtered away.
                OpenSsh.type(keys, "show acces-lists | count x\r");
                at = screen.await("% Invalid input detected at '^' marker.\r\n", end, WAIT);
                OpenSsh.type(keys, "show ip route vrf NOPE | include x\r");
                end = screen.await("% IP routing table NOPE does not exist\r\nR1#", at, WAIT);

                OpenSsh.type(keys, "erase startup-config\r");
                end = screen.await("[confirm]", at = end, WAIT);
                assertEquals("erase startup-config\r\nErasing the nvram filesystem will remove all configuration files!"
                        + " Continue? [confirm]", screen.text().substring(at, end));
                OpenSsh.type(keys, "\u0003"); // Ctrl-C abandons the command, as IOS
                at = screen.await("^C\r\nR1#", end, WAIT);

                OpenSsh.type(keys, "terminal width 511\r");
                at = screen.await("R1#", at, WAIT);
                String longLine = "show running-config | include " + "hostname|".repeat(40) + "[R]1";
                OpenSsh.type(keys, longLine + "\r");
                end = screen.await("R1#", at, WAIT);
                assertEquals(longLine + "\r\nhostname R1\r\nR1#", screen.text().substring(at, end));
                OpenSsh.type(keys, "exit\r");
                assertTrue(ssh.waitFor(20, TimeUnit.SECONDS));
            } finally {
                ssh.destroyForcibly();
            }
        }
    }
}
