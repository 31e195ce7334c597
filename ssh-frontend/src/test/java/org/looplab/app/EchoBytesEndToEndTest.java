package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes a terminal gets, read from the real OpenSSH client with a PTY ({@code ssh -tt}): the echo of a
 * line with brackets is what was typed, then {@code \r\n}; a question longer than the terminal width
 * (erase's {@code [confirm]}) comes as IOS prints it, without the cursor movements of a wrap; at Netmiko's
 * {@code terminal width 511} a long line comes back exactly. An error in the command before {@code |} is
 * printed whatever the modifier; Ctrl-C at a question abandons its command.
 */
class EchoBytesEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void echoesAndQuestionsCarryNoCursorMovements() throws Exception {
        try (OneRouterTerminal r1 = OneRouterTerminal.start(folder, OneRouterTerminal.R1_ADMIN)) {
            int at = r1.await("R1#", 0);
            r1.type("show clock (utc) [x] {y}\r");
            int end = r1.await("R1#", at);
            String echoed = r1.screen.text().substring(at, end);
            assertTrue(echoed.startsWith("show clock (utc) [x] {y}\r\n ") && !echoed.contains("\u001b"), echoed);

            // An error in the command before '|' is printed whatever the modifier, never filtered away.
            r1.type("show acces-lists | count x\r");
            at = r1.await("% Invalid input detected at '^' marker.\r\n", end);
            r1.type("show ip route vrf NOPE | include x\r");
            end = r1.await("% IP routing table NOPE does not exist\r\nR1#", at);

            r1.type("erase startup-config\r");
            end = r1.await("[confirm]", at = end);
            assertEquals("erase startup-config\r\nErasing the nvram filesystem will remove all configuration files!"
                    + " Continue? [confirm]", r1.screen.text().substring(at, end));
            r1.type("\u0003"); // Ctrl-C abandons the command, as IOS
            at = r1.await("^C\r\nR1#", end);

            r1.type("terminal width 511\r");
            at = r1.await("R1#", at);
            String longLine = "show running-config | include " + "hostname|".repeat(40) + "[R]1";
            r1.type(longLine + "\r");
            end = r1.await("R1#", at);
            assertEquals(longLine + "\r\nhostname R1\r\nR1#", r1.screen.text().substring(at, end));
            r1.type("exit\r");
            assertTrue(r1.ssh.waitFor(20, TimeUnit.SECONDS));
        }
    }
}
