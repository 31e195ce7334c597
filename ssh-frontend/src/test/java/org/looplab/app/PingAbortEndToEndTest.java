package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The real OpenSSH client with a PTY ({@code ssh -tt}), as a person at a terminal: a ping of 100000 echoes
 * to a dead address prints its banner at once and each '.' as its echo times out; Ctrl-Shift-6 (then x)
 * stops it and the prompt is back well within a second; keys typed meanwhile are not echoed into the
 * ping's output but wait for the next prompt. The bound on wall time is about a hang, not speed.
 */
class PingAbortEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    @Test
    void theEscapeSequenceStopsALongPingAndTypeAheadWaitsForThePrompt() throws Exception {
        ExternalTool.require(OpenSsh.available(), "sshpass with the OpenSSH client");
        OneRouterLabFiles.write(folder, """
                hostname R1
                username admin privilege 15 secret admin
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                end
                """);
        int port = FreePorts.consecutive(1);
        try (LabProcess lab = LabProcess.start(folder, folder.resolve("state"), port)) {
            Process ssh = OpenSsh.terminal(port);
            try {
                StreamCollector screen = new StreamCollector(ssh.getInputStream());
                OutputStream keys = ssh.getOutputStream();
                int at = screen.await("R1#", 0, WAIT);
                OpenSsh.type(keys, "ping 10.0.12.9 repeat 100000\r");
                at = screen.await("Sending 100000, 100-byte ICMP Echos to 10.0.12.9, timeout is 2 seconds:\r\n", at, WAIT);
                at = screen.await(".", at, WAIT); // the first echo timed out, and its mark is on the screen
                OpenSsh.type(keys, "show clo"); // type-ahead
                // the echoes go on; typed keys are not echoed into their output
                at = screen.await("..", at, WAIT);
                long pressed = System.nanoTime();
                OpenSsh.type(keys, "\u001ex");
                int end = screen.await("R1#", at, Duration.ofSeconds(5));
                long tookMillis = (System.nanoTime() - pressed) / 1_000_000;
                assertTrue(tookMillis < 1000, "the prompt came back " + tookMillis + " ms after Ctrl-^ x");
                String ping = screen.text().substring(at, end);
                assertTrue(ping.matches("\\.*\r\nSuccess rate is 0 percent \\(0/\\d+\\)\r\nR1#"), ping);
                assertFalse(screen.text().contains("show clo\r\n"), screen.text());
                at = screen.await("R1#show clo", at, WAIT);
                OpenSsh.type(keys, "ck\r");
                screen.await("UTC", at, WAIT);
                OpenSsh.type(keys, "exit\r");
                assertTrue(ssh.waitFor(20, TimeUnit.SECONDS));
            } finally {
                ssh.destroyForcibly();
            }
        }
    }
}
