package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OpenSSH client with a PTY ({@code ssh -tt}): a mistyped word is a host name, and with IOS's default
 * {@code ip domain lookup} the router broadcasts DNS queries and waits (9 s, three tries); Ctrl-Shift-6 then x
 * ends the wait and the prompt comes back before the lookup would have ended; the screen holds nothing
 * between the query line and the abort's answer. After {@code no ip domain-lookup} the answer
 * comes at once.
 */
class NameLookupAbortEndToEndTest {
    private static final String NOT_FOUND = "% Unknown command or computer name, or unable to find computer address\r\n";

    @TempDir
    Path folder;

    @Test
    void theEscapeSequenceEndsALookupAndNoIpDomainLookupSkipsIt() throws Exception {
        try (OneRouterTerminal r1 = OneRouterTerminal.start(folder, OneRouterTerminal.ONE_LINK)) {
            int at = r1.await("R1#", 0);
            r1.type("shwo\r");
            at = r1.await("shwo\r\nTranslating \"shwo\"...domain server (255.255.255.255)\r\n", at);
            r1.type("\u001ex");
            // The prompt within 5 s of the abort: the lookup it ended would answer only after 9 s.
            int end = r1.screen.await("R1#", at, Duration.ofSeconds(5));
            assertEquals(NOT_FOUND + "R1#", r1.screen.text().substring(at, end));
            r1.type("configure terminal\r");
            at = r1.await("R1(config)#", end);
            r1.type("no ip domain-lookup\r");
            at = r1.await("R1(config)#", at);
            r1.type("end\r");
            at = r1.await("R1#", at);
            r1.type("shwo\r");
            // No lookup: no domain server named, the answer straight after (a 9 s wait would miss the 5 s await).
            end = r1.screen.await("R1#", at, Duration.ofSeconds(5));
            assertEquals("shwo\r\nTranslating \"shwo\"\r\n" + NOT_FOUND + "R1#", r1.screen.text().substring(at, end));
            assertFalse(r1.screen.text().contains("Exception"));
            r1.type("exit\r");
            assertTrue(r1.ssh.waitFor(20, TimeUnit.SECONDS));
        }
    }
}
