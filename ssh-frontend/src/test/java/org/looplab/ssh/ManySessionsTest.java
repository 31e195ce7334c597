package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hundreds of sessions at once: 500 connections started at the same moment are all accepted (none reset
 * by a full accept backlog: with Java's default of 50, about a third were), log in, get a PTY shell and
 * answer a command, each session holding one thread. Round-trip figures come from {@code SessionsBenchmark}; nothing here is timed.
 */
class ManySessionsTest {
    private static final String CONFIG = """
            hostname R1
            username admin privilege 15 secret admin
            line vty 0 599
             transport input ssh
             login local
            end
            """;

    @TempDir
    Path folder;

    @Test
    void fiveHundredConcurrentSessionsAreAllServed() throws Exception {
        SshClient client = ManySessions.client();
        client.start();
        try (OneRouterSshLab lab = OneRouterSshLab.start(folder, CONFIG, LoginPolicy.IOS_DEFAULT)) {
            ManySessions.Result result = ManySessions.run(client, lab.port(), "admin", "admin", 500, 1,
                    "show clock", "R1#", Duration.ofSeconds(120));
            assertEquals(List.of(), result.failures());
            assertEquals(500, result.roundTrips().length);
            // One thread per PTY session (its own; no JLine input pump): 2.02 before, 1.02 after.
            assertTrue(result.threadsPerSessionTimes100() <= 110,
                    "threads per session x100: " + result.threadsPerSessionTimes100());
        } finally {
            client.stop();
        }
    }
}
