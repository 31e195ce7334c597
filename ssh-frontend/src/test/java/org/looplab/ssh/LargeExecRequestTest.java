package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exec requests bigger than one SSH packet may be (256 KB) or than the channel's window: refused with a
 * message that says why and what to do, never a bare reset; one just under the limit is applied.
 */
class LargeExecRequestTest {
    private static final Duration TIMEOUT = OneRouterSshLab.TIMEOUT;

    @TempDir
    static Path folder;
    static OneRouterSshLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = OneRouterSshLab.start(folder, "hostname R1\nusername admin privilege 15 secret admin\nend\n",
                LoginPolicy.IOS_DEFAULT);
    }

    @AfterAll
    static void stopLab() throws IOException {
        if (lab != null) {
            lab.close();
        }
    }

    private static String lines(int bytes) {
        String line = "show clock\n";
        return line.repeat(bytes / line.length());
    }

    @Test
    void requestsBeyondOnePacketAreRefusedWithTheReason() throws Exception {
        for (int kilobytes : new int[] {600, 1024}) {
            try (ClientSession session = lab.login("admin", "admin")) {
                CompletableFuture<String> goodbye = new CompletableFuture<>();
                session.addSessionListener(new SessionListener() {
                    @Override
                    public void sessionDisconnect(Session s, int reason, String message, String language,
                            boolean initiator) {
                        goodbye.complete(initiator ? "sent by the client: " + message : message);
                    }

                    @Override
                    public void sessionClosed(Session s) {
                        goodbye.complete("closed without a message");
                    }
                });
                assertThrows(Exception.class, () -> session.executeRemoteCommand(lines(kilobytes * 1024), TIMEOUT));
                String message = goodbye.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                assertTrue(message.startsWith("% Exec request too long ("), kilobytes + " KB: " + message);
                assertTrue(message.endsWith("bytes; an SSH request holds at most 262144): send the lines on standard"
                        + " input instead, as in ssh -T HOST < FILE"), message);
            }
        }
    }

    @Test
    void aRequestJustUnderOnePacketIsApplied() throws Exception {
        String request = lines(200 * 1024);
        try (ClientSession session = lab.login("admin", "admin")) {
            String output = session.executeRemoteCommand(request, TIMEOUT);
            assertEquals(request.length() / "show clock\n".length(), output.lines().count());
        }
    }
}
