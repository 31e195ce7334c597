package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IOS's {@code [confirm]} reads one key on a terminal (the real OpenSSH client with {@code -tt}): any key
 * but Enter and y cancels at once, echoed, without waiting for Enter; y is echoed and the command's output
 * follows it on the same line ({@code [confirm]y[OK]}); the newline a script sends after its y is an empty
 * line at the next prompt. Ctrl-Z after a half-typed configuration line runs the line, then ends
 * configuration mode; Ctrl-C drops it.
 */
class PromptKeysEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void ctrlZRunsTheTypedConfigurationLineThenEndsConfigurationMode() throws Exception {
        try (OneRouterTerminal r1 = OneRouterTerminal.start(folder, OneRouterTerminal.R1_ADMIN)) {
            int at = r1.await("R1#", 0);
            r1.type("configure terminal\r");
            at = r1.await("R1(config)#", at);
            r1.type("hostname R2\u001a");
            int end = r1.await("R2#", at);
            assertEquals("hostname R2^Z\r\nR2#", r1.screen.text().substring(at, end));

            r1.type("configure terminal\r");
            at = r1.await("R2(config)#", end);
            r1.type("hostname R3\u0003"); // Ctrl-C drops the line
            end = r1.await("R2#", at);
            assertEquals("hostname R3^C\r\nR2#", r1.screen.text().substring(at, end));
            r1.type("exit\r");
            assertTrue(r1.ssh.waitFor(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void oneKeyAnswersTheConfirmQuestion() throws Exception {
        try (OneRouterTerminal r1 = OneRouterTerminal.start(folder, OneRouterTerminal.R1_ADMIN)) {
            int at = r1.await("R1#", 0);
            assertEquals("n\r\nR1#", answerClearCounters(r1, "n")); // no Enter: the key alone cancels

            r1.type("erase startup-config\r");
            int end = r1.await("Continue? [confirm]", at);
            r1.type("y\n");
            at = r1.await("R1#\r\nR1#", end);
            assertEquals("y[OK]\r\nErase of nvram: complete\r\nR1#\r\nR1#", r1.screen.text().substring(end, at));

            assertEquals("y\r\nR1#", answerClearCounters(r1, "y"), "the prompt starts a line of its own");
            assertEquals("\r\nR1#", answerClearCounters(r1, "\r"));
            at = r1.screen.text().length();
            r1.type("show logging | include CLEAR\r");
            end = r1.await("R1#", at);
            assertEquals(2, r1.screen.text().substring(at, end).split("%CLEAR-5-COUNTERS", -1).length - 1,
                    "y and Enter cleared, n did not: " + r1.screen.text().substring(at, end));
            r1.type("exit\r");
            assertTrue(r1.ssh.waitFor(20, TimeUnit.SECONDS));
        }
    }

    /** Runs clear counters and answers its [confirm] with {@code key}: what follows the question, up to the prompt. */
    private static String answerClearCounters(OneRouterTerminal r1, String key) throws java.io.IOException {
        int start = r1.screen.text().length();
        r1.type("clear counters\r");
        int asked = r1.await("[confirm]", start);
        r1.type(key);
        int end = r1.await("R1#", asked);
        return r1.screen.text().substring(asked, end);
    }
}
