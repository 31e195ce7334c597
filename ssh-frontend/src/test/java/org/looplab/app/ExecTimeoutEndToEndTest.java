package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OpenSSH client with a PTY ({@code ssh -tt}) idle past the vty's {@code exec-timeout}: the router
 * ends the session and the client exits, as with IOS, instead of staying connected to a session that no
 * longer answers. The lab runs in real time, so the 2 s timeout is 2 s of wall time; the bound is about a
 * hang.
 */
class ExecTimeoutEndToEndTest {
    @TempDir
    Path folder;

    @Test
    void anIdleSessionEndsAndTheClientExits() throws Exception {
        try (OneRouterTerminal r1 = OneRouterTerminal.start(folder, """
                hostname R1
                username admin privilege 15 secret admin
                line vty 0 4
                 exec-timeout 0 2
                 login local
                end
                """)) {
            int at = r1.await("R1#", 0);
            r1.type("show users\r");
            r1.await("R1#", at);
            assertTrue(r1.ssh.waitFor(OneRouterTerminal.WAIT.toSeconds(), TimeUnit.SECONDS),
                    "the client is still connected: " + r1.screen.text());
        }
    }
}
