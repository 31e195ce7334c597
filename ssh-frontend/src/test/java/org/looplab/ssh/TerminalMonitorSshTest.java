package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code terminal monitor} over a real SSH session with a PTY: a log message another session causes shows
 * up while this one sits at a prompt with a half-typed line, the line is drawn again after it and the
 * command still runs whole; {@code terminal no monitor} stops it.
 */
class TerminalMonitorSshTest {
    private static final Duration TIMEOUT = OneRouterSshLab.TIMEOUT;

    @TempDir
    Path folder;

    @Test
    void logMessagesAppearLiveAndTheTypedLineSurvives() throws Exception {
        try (OneRouterSshLab lab = OneRouterSshLab.start(folder, """
                hostname R1
                username admin privilege 15 secret admin
                line vty 0 4
                 logging synchronous
                 login local
                end
                """, new LoginPolicy(3, Duration.ZERO));
                ClientSession watcher = lab.login("admin", "admin");
                ChannelShell shell = watcher.createShellChannel()) {
            shell.setUsePty(true);
            shell.open().verify(TIMEOUT);
            StreamCollector out = new StreamCollector(shell.getInvertedOut());
            int at = out.await("R1#", 0, TIMEOUT);
            type(shell, "terminal monitor\r");
            at = out.await("R1#", at + 1, TIMEOUT);
            type(shell, "show ip int");
            at = out.await("show ip int", at, TIMEOUT);
            configureFromAnotherSession(lab);
            at = out.await("%SYS-5-CONFIG_I: Configured from console by admin on vty", at, TIMEOUT);
            at = out.await("R1#show ip int", at, TIMEOUT); // the half-typed line, drawn again below the message
            type(shell, "erface brief\r");
            at = out.await("Interface                  IP-Address", at, TIMEOUT);
            at = out.await("R1#", at, TIMEOUT);
            type(shell, "terminal no monitor\r");
            at = out.await("R1#", at + 1, TIMEOUT);
            configureFromAnotherSession(lab);
            type(shell, "show clock\r");
            int after = out.await("R1#", out.await("show clock", at, TIMEOUT), TIMEOUT);
            assertFalse(out.text().substring(at, after).contains("%SYS-5-CONFIG_I"), out.text().substring(at));
        }
    }

    private static void configureFromAnotherSession(OneRouterSshLab lab) throws Exception {
        try (ClientSession other = lab.login("admin", "admin")) {
            other.executeRemoteCommand("configure terminal\nend", TIMEOUT);
        }
    }

    private static void type(ChannelShell channel, String text) throws Exception {
        OutputStream in = channel.getInvertedIn();
        in.write(text.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }
}
