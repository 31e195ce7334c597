package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large paste (about 200 KB of configuration) into a shell session, with a PTY (the line editor echoes
 * it) and without one ({@code ssh -T < FILE}): every line is applied and echoed, and the session that
 * ends with its input exits 0. The wait is generous and nothing is timed: before output was sent in
 * large packets while input waited, such a paste crawled at a few lines a second.
 */
class LargePasteSshTest {
    /** Generous on a busy machine; the paste takes about a second when it works. */
    private static final Duration PASTE_TIMEOUT = Duration.ofMinutes(3);
    private static final int INTERFACES = 5_000;

    @TempDir
    Path folder;

    @Test
    void aLargePasteWithAPtyIsAppliedAndEchoed() throws Exception {
        pasteAndCheck(true);
    }

    @Test
    void aLargePasteWithoutAPtyIsAppliedAndExitsZero() throws Exception {
        pasteAndCheck(false);
    }

    private void pasteAndCheck(boolean pty) throws Exception {
        StringBuilder paste = new StringBuilder("configure terminal\r");
        for (int i = 1; i <= INTERFACES; i++) {
            paste.append("interface Loopback").append(1000 + i).append('\r')
                    .append(" description pasted-").append(i).append('\r');
        }
        paste.append("end\r");
        assertTrue(paste.length() > 190_000, "about 200 KB: " + paste.length());
        try (OneRouterSshLab lab = OneRouterSshLab.start(folder, """
                hostname R1
                username admin privilege 15 secret admin
                line vty 0 4
                 login local
                end
                """, new LoginPolicy(3, Duration.ZERO));
                ClientSession user = lab.login("admin", "admin");
                ChannelShell shell = user.createShellChannel()) {
            shell.setUsePty(pty);
            shell.open().verify(OneRouterSshLab.TIMEOUT);
            StreamCollector out = new StreamCollector(shell.getInvertedOut());
            int at = out.await("R1#", 0, OneRouterSshLab.TIMEOUT);
            OutputStream in = shell.getInvertedIn();
            in.write(paste.toString().getBytes(StandardCharsets.UTF_8));
            in.flush();
            at = out.await("description pasted-" + INTERFACES, at, PASTE_TIMEOUT); // echoed
            at = out.await("R1(config-if)#end", at, PASTE_TIMEOUT);
            out.await("R1#", at, PASTE_TIMEOUT);
            String text = out.text();
            assertTrue(text.contains("interface Loopback" + (1000 + INTERFACES / 2)), "echo of a middle line");
            assertTrue(!text.contains("% Invalid input"), "no line refused");
            try (ClientSession other = lab.login("admin", "admin")) {
                String count = other.executeRemoteCommand("show running-config | count description pasted-",
                        OneRouterSshLab.TIMEOUT);
                assertEquals("Number of lines which match regexp = " + INTERFACES, count.strip());
            }
            if (!pty) {
                in.close(); // end of input, as ssh -T < FILE ends
                shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), PASTE_TIMEOUT);
                assertEquals(0, shell.getExitStatus(), "a shell whose input ended exits 0");
            }
        }
    }
}
