package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;
import org.looplab.ssh.StreamCollector;

/**
 * The lab console over its own SSH endpoint, with the real OpenSSH client and a key listed in the user's
 * console_authorized_keys: a script pulls a cable with an exec request (and gets exit status 1 for a
 * refused line), a PTY session types console lines and attaches to a router; a key not listed and a
 * password get nothing; quit ends the session, not the lab.
 */
class ConsoleOverSshEndToEndTest {
    private static final Path TRIANGLE = Path.of("../topologies/triangle");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;

    private record Result(String output, int status) {
    }

    @Test
    void scriptsPullLinksAndPeopleAttachOverSsh() throws Exception {
        ExternalTool.require(OpenSsh.available() && ExternalTool.onPath("ssh-keygen"), "sshpass with the OpenSSH client");
        Path state = folder.resolve("state");
        Path key = folder.resolve("id_ed25519");
        Path stranger = folder.resolve("stranger");
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString());
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", stranger.toString());
        Path home = LabProcess.userFolder(state);
        Files.createDirectories(home);
        Files.copy(Path.of(key + ".pub"), home.resolve("console_authorized_keys"));

        int consolePort = FreePorts.consecutive(4);
        int port = consolePort + 1; // the default console port is the one before the first router's
        try (LabProcess lab = LabProcess.start(TRIANGLE, state, port)) {
            assertTrue(lab.output().contains("looplab: console  ssh -p " + consolePort + " 127.0.0.1"), lab.output());

            Result pulled = run(console(consolePort, key, false, "link r1:Gi0/0 down"));
            assertEquals(0, pulled.status(), pulled.output());
            assertTrue(Pattern.compile("^r1:Gi0/0 +<-> r2:Gi0/0 +pulled", Pattern.MULTILINE).matcher(pulled.output()).find(),
                    pulled.output());
            String brief = new OpenSsh(port, folder.resolve("known_hosts")).exec("show ip interface brief | include 0/0");
            assertTrue(brief.matches("(?s)GigabitEthernet0/0 +10\\.0\\.12\\.1 +YES NVRAM  down +down.*"), brief);

            Result refused = run(console(consolePort, key, false, "link r9:Gi0/0 down"));
            assertEquals(new Result("no router r9\n", 1), refused);
            Result twoLines = run(console(consolePort, key, false, "link r1:Gi0/0 up\nrouters"));
            assertEquals(0, twoLines.status(), twoLines.output());
            assertTrue(twoLines.output().contains("connected") && twoLines.output().contains("r3         R3"),
                    twoLines.output());

            // A PTY session: the console's prompt and line editor, attach and Ctrl-] back.
            // Each line is typed once the prompt it answers is on the screen, as a person would.
            Process pty = new ProcessBuilder(console(consolePort, key, true, null)).redirectErrorStream(true).start();
            StreamCollector out = new StreamCollector(pty.getInputStream());
            int at = out.await("looplab> ", 0, WAIT);
            at = type(pty, out, at, "links\n", "links\r\n", "looplab> ");
            at = type(pty, out, at, "attach r2\n", "R2#");
            at = type(pty, out, at, "show clock\n", "show clock\r\n", "R2#");
            at = type(pty, out, at, "\u001d", "looplab> ");
            type(pty, out, at, "quit\n");
            pty.getOutputStream().close();
            assertTrue(out.awaitEnd(WAIT) && pty.waitFor(30, TimeUnit.SECONDS), out.text());
            assertEquals(0, pty.exitValue(), out.text());
            String screen = out.text();
            assertTrue(screen.contains("looplab> links\r\n"), screen);
            assertTrue(screen.contains("attached to r2 (console line)"), screen);
            assertTrue(screen.contains("R2#show clock\r\n"), screen);
            assertTrue(screen.contains("back at the lab console (left r2)"), screen);

            Result strangerTried = run(console(consolePort, stranger, false, "links"));
            assertEquals(255, strangerTried.status(), strangerTried.output());
            assertTrue(strangerTried.output().contains("Permission denied (publickey)"), strangerTried.output());

            // The lab outlived every console session.
            lab.console("links", "r1:Gi0/0");
            assertEquals(0, lab.quit());
        }
    }

    private String[] console(int port, Path key, boolean pty, String request) {
        List<String> command = new ArrayList<>(List.of("ssh", "-i", key.toString(), "-o", "IdentitiesOnly=yes",
                "-o", "PasswordAuthentication=no", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=accept-new",
                "-o", "UserKnownHostsFile=" + folder.resolve("known_hosts"), "-o", "LogLevel=ERROR",
                "-p", Integer.toString(port)));
        command.add(pty ? "-tt" : "-T");
        command.add("127.0.0.1");
        if (request != null) {
            command.add(request);
        }
        return command.toArray(String[]::new);
    }

    /** Types {@code keys}, then waits for each of {@code expected} in turn; returns where the last one ends. */
    private static int type(Process process, StreamCollector out, int from, String keys, String... expected)
            throws IOException {
        process.getOutputStream().write(keys.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        int at = from;
        for (String text : expected) {
            at = out.await(text, at, WAIT);
        }
        return at;
    }

    private static Result run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), String.join(" ", command));
        return new Result(output, process.exitValue());
    }
}
