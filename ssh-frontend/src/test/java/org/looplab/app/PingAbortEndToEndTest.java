package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OpenSSH client with a PTY ({@code ssh -tt}), as a person at a terminal: a ping of 100000 echoes
 * to a dead address prints its banner at once and each '.' as its echo times out; Ctrl-Shift-6 (then x)
 * stops it and the prompt is back well within a second; keys typed meanwhile are not echoed into the
 * ping's output but wait for the next prompt. The bound on wall time is about a hang, not speed.
 */
class PingAbortEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void theEscapeSequenceStopsALongPingAndTypeAheadWaitsForThePrompt() throws Exception {
        try (OneRouterTerminal r1 = OneRouterTerminal.start(folder, OneRouterTerminal.ONE_LINK)) {
            int at = r1.await("R1#", 0);
            r1.type("ping 10.0.12.9 repeat 100000\r");
            at = r1.await("Sending 100000, 100-byte ICMP Echos to 10.0.12.9, timeout is 2 seconds:\r\n", at);
            at = r1.await(".", at); // the first echo timed out, and its mark is on the screen
            r1.type("show clo"); // type-ahead
            // the echoes go on; typed keys are not echoed into their output
            at = r1.await("..", at);
            long pressed = System.nanoTime();
            r1.type("\u001ex");
            int end = r1.screen.await("R1#", at, Duration.ofSeconds(5));
            long tookMillis = (System.nanoTime() - pressed) / 1_000_000;
            assertTrue(tookMillis < 1000, "the prompt came back " + tookMillis + " ms after Ctrl-^ x");
            String ping = r1.screen.text().substring(at, end);
            assertTrue(ping.matches("\\.*\r\nSuccess rate is 0 percent \\(0/\\d+\\)\r\nR1#"), ping);
            assertFalse(r1.screen.text().contains("show clo\r\n"), r1.screen.text());
            at = r1.await("R1#show clo", at);
            r1.type("ck\r");
            r1.await("UTC", at);
            r1.type("exit\r");
            assertTrue(r1.ssh.waitFor(20, TimeUnit.SECONDS));
        }
    }
}
