package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.app.ExternalTool;

/**
 * A log message reaching a half-typed line, seen through the real OpenSSH client with a PTY ({@code ssh
 * -tt}): without {@code logging synchronous} IOS prints it after the typed text on a line of its own and
 * leaves the cursor below it, the typed text in the line but not drawn again, and Ctrl-R prints the prompt
 * and the whole line again; with it, the prompt and the line are drawn again below the message.
 */
class LoggingSynchronousSshTest {
    private static final Duration TIMEOUT = OneRouterSshLab.TIMEOUT;
    private static final String MESSAGE = "%SYS-5-CONFIG_I: Configured from console by admin on vty";

    @TempDir
    Path folder;

    @Test
    void withoutLoggingSynchronousTheMessageInterruptsAndCtrlRReprints() throws Exception {
        try (OneRouterSshLab lab = start(false); Terminal terminal = new Terminal(lab.port())) {
            int at = terminal.typeAndAwait("show ip int", "R1#show ip int");
            configureFromAnotherSession(lab);
            int end = terminal.screen.await(MESSAGE, at, TIMEOUT);
            end = terminal.screen.await("\r\n", end, TIMEOUT);
            String interruption = terminal.screen.text().substring(at, end);
            assertTrue(interruption.startsWith("\r\n") && interruption.indexOf("\r\n", 2) == interruption.length() - 2,
                    "a line of its own after the typed text: " + printable(interruption));
            // What is typed now starts the line below the message; Enter runs the whole line.
            int after = terminal.typeAndAwait("erface brief\r", "Interface                  IP-Address");
            assertTrue(terminal.screen.text().substring(end).startsWith("erface brief\r\n"),
                    printable(terminal.screen.text().substring(end)));
            at = terminal.screen.await("R1#", after, TIMEOUT);

            at = terminal.typeAndAwait("show clo", "R1#show clo");
            configureFromAnotherSession(lab);
            end = terminal.screen.await("\r\n", terminal.screen.await(MESSAGE, at, TIMEOUT), TIMEOUT);
            terminal.type("\u0012"); // Ctrl-R
            int reprinted = terminal.screen.await("R1#show clo", end, TIMEOUT);
            assertEquals("\r\nR1#show clo", terminal.screen.text().substring(end, reprinted));
            at = terminal.typeAndAwait("ck\r", "UTC");

            // Backspace at the start of the new line deletes what the screen no longer shows.
            terminal.typeAndAwait("show clockk", "R1#show clockk");
            configureFromAnotherSession(lab);
            terminal.screen.await(MESSAGE, at, TIMEOUT);
            terminal.typeAndAwait("\u007f\r", "UTC");
        }
    }

    @Test
    void withLoggingSynchronousTheLineIsDrawnAgainBelowTheMessage() throws Exception {
        try (OneRouterSshLab lab = start(true); Terminal terminal = new Terminal(lab.port())) {
            int at = terminal.typeAndAwait("show ip int", "R1#show ip int");
            configureFromAnotherSession(lab);
            int end = terminal.screen.await("R1#show ip int", terminal.screen.await(MESSAGE, at, TIMEOUT), TIMEOUT);
            terminal.typeAndAwait("erface brief\r", "Interface                  IP-Address");
            assertTrue(terminal.screen.text().substring(end).startsWith("erface brief\r\n"),
                    printable(terminal.screen.text().substring(end)));
        }
    }

    private OneRouterSshLab start(boolean synchronous) throws Exception {
        ExternalTool.require(ExternalTool.onPath("sshpass") && ExternalTool.onPath("ssh"), "OpenSSH with sshpass");
        return OneRouterSshLab.start(folder, """
                hostname R1
                username admin privilege 15 secret admin
                line vty 0 4
                """ + (synchronous ? " logging synchronous\n" : "") + """
                 login local
                end
                """, new LoginPolicy(3, Duration.ZERO));
    }

    private static void configureFromAnotherSession(OneRouterSshLab lab) throws Exception {
        try (ClientSession other = lab.login("admin", "admin")) {
            other.executeRemoteCommand("configure terminal\nend", TIMEOUT);
        }
    }

    private static String printable(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\u001b", "\\e");
    }

    /** {@code sshpass -p admin ssh -tt admin@127.0.0.1}, at the prompt with {@code terminal monitor} on. */
    private static final class Terminal implements AutoCloseable {
        private final Process ssh;
        private final OutputStream keys;
        final StreamCollector screen;

        Terminal(int port) throws Exception {
            ssh = new ProcessBuilder(List.of("sshpass", "-p", "admin", "ssh", "-tt",
                    "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                    "-o", "PubkeyAuthentication=no", "-p", Integer.toString(port), "admin@127.0.0.1"))
                    .redirectErrorStream(true).start();
            keys = ssh.getOutputStream();
            screen = new StreamCollector(ssh.getInputStream());
            int at = screen.await("R1#", 0, TIMEOUT);
            type("terminal monitor\r");
            screen.await("R1#", at, TIMEOUT);
        }

        void type(String text) throws Exception {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        /** Types and waits for {@code expected} after what the screen showed so far; returns its end. */
        int typeAndAwait(String text, String expected) throws Exception {
            int from = screen.text().length();
            type(text);
            return screen.await(expected, Math.max(0, from - expected.length()), TIMEOUT);
        }

        @Override
        public void close() {
            ssh.destroyForcibly();
        }
    }
}
