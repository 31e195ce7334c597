package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.future.AuthFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.topology.TopologyLoader;

/** The SSH front end in-process, driven by MINA's own client: logins, privilege, shells, exec. */
class LabSshServerTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String CONFIG = """
            hostname %s
            username admin privilege 15 secret admin
            username oper secret oper
            interface Loopback0
             ip address 10.0.0.%d 255.255.255.255
            end
            """;

    @TempDir
    static Path folder;
    static RunningLab running;
    static LabSshServer server;
    static SshClient client;
    static int port;

    @BeforeAll
    static void startLab() throws Exception {
        Files.writeString(folder.resolve("r1.cfg"), CONFIG.formatted("R1", 1));
        Files.writeString(folder.resolve("r2.cfg"), CONFIG.formatted("R2", 2));
        Files.writeString(folder.resolve("two.clab.yml"), """
                name: two
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                    r2: {kind: cisco_iosv, startup-config: r2.cfg}
                  links:
                    - endpoints: ["r1:Gi0/0", "r2:Gi0/0"]
                """);
        Path state = folder.resolve("state");
        running = LabStarter.start(TopologyLoader.load(folder), new LabOptions(state, null, false, 1, 1.0));
        port = FreePorts.consecutive(2);
        server = LabSshServer.start(EndpointPlan.plan(running.lab().routers(), port, false, false), state,
                new LoginPolicy(3, Duration.ZERO)); // failures answered at once: LoginTest covers the delay
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> true); // a throwaway test key
        client.start();
    }

    @AfterAll
    static void stopLab() throws IOException {
        if (client != null) {
            client.stop();
        }
        if (server != null) {
            server.close();
        }
        if (running != null) {
            running.close();
        }
    }

    private static ClientSession login(int routerPort, String user, String password) throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", routerPort).verify(TIMEOUT).getSession();
        session.addPasswordIdentity(password);
        try {
            session.auth().verify(TIMEOUT);
        } catch (IOException | RuntimeException refused) {
            session.close(true);
            throw refused;
        }
        return session;
    }

    /** A shell channel; {@code pty} false is like {@code ssh -T} or a script. */
    private static ChannelShell shell(ClientSession session, boolean pty) throws IOException {
        ChannelShell channel = session.createShellChannel();
        channel.setUsePty(pty);
        channel.open().verify(TIMEOUT);
        return channel;
    }

    private static void type(ChannelShell channel, String text) throws IOException {
        OutputStream in = channel.getInvertedIn();
        in.write(text.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    @Test
    void hostKeysAndTheDatabaseAreKeptInTheStateFolderForTheOwnerOnly() throws IOException {
        Path state = folder.resolve("state");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state)));
        for (String file : List.of(HostKeys.ED25519_FILE, HostKeys.RSA_FILE, HostKeys.ECDSA_FILE, "looplab.mv.db")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve(file))),
                    file);
        }
    }

    @Test
    void privilege15LandsInPrivilegedExecAndEchoesWithoutPty() throws Exception {
        try (ClientSession session = login(port, "admin", "admin"); ChannelShell channel = shell(session, false)) {
            StreamCollector out = new StreamCollector(channel.getInvertedOut());
            int at = out.await("R1#", 0, TIMEOUT);
            type(channel, "show ip interface brief\n");
            // the device echoes the line after the prompt, then prints the output and the next prompt
            at = out.await("R1#show ip interface brief\r\n", 0, TIMEOUT);
            at = out.await("Loopback0", at, TIMEOUT);
            at = out.await("R1#", at, TIMEOUT);
            type(channel, "exit\n");
            channel.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED), TIMEOUT);
            assertTrue(channel.isClosed() || channel.isClosing());
        }
    }

    @Test
    void otherUsersLandInUserExec() throws Exception {
        try (ClientSession session = login(port, "oper", "oper"); ChannelShell channel = shell(session, false)) {
            StreamCollector out = new StreamCollector(channel.getInvertedOut());
            int at = out.await("R1>", 0, TIMEOUT);
            type(channel, "show privilege\n");
            at = out.await("Current privilege level is 1\r\n", at, TIMEOUT);
            type(channel, "configure terminal\n");
            // level 1 has no configure: IOS marks the word it does not know
            at = out.await("% Invalid input detected at '^' marker.", at, TIMEOUT);
            out.await("R1>", at, TIMEOUT);
            assertFalse(out.text().contains("R1#"), out.text());
        }
    }

    @Test
    void eachPortIsItsOwnRouter() throws Exception {
        try (ClientSession session = login(port + 1, "admin", "admin"); ChannelShell channel = shell(session, false)) {
            StreamCollector out = new StreamCollector(channel.getInvertedOut());
            out.await("R2#", 0, TIMEOUT);
        }
    }

    @Test
    void wrongPasswordsAndUnknownUsersAreRefused() throws Exception {
        assertAuthenticationFails(port, "admin", "wrong");
        assertAuthenticationFails(port, "nobody", "admin");
        assertAuthenticationFails(port + 1, "admin", "oper"); // another user's password
    }

    /** The connection is accepted (so this is no "connection refused"), the password is not. */
    private static void assertAuthenticationFails(int routerPort, String user, String password) throws IOException {
        try (ClientSession session = client.connect(user, "127.0.0.1", routerPort).verify(TIMEOUT).getSession()) {
            session.addPasswordIdentity(password);
            AuthFuture auth = session.auth();
            assertTrue(auth.await(TIMEOUT), "no answer to authentication");
            assertFalse(auth.isSuccess(), user + "/" + password + " was accepted");
            assertTrue(auth.getException() instanceof SshException, String.valueOf(auth.getException()));
            assertFalse(session.isAuthenticated());
        }
    }

    @Test
    void ptyShellHasJLineEditingAndCtrlZ() throws Exception {
        try (ClientSession session = login(port, "admin", "admin"); ChannelShell channel = shell(session, true)) {
            StreamCollector out = new StreamCollector(channel.getInvertedOut());
            int at = out.await("R1#", 0, TIMEOUT);
            type(channel, "configure terminal\r");
            at = out.await("R1(config)#", at, TIMEOUT);
            type(channel, "interface Loopback7\r");
            at = out.await("R1(config-if)#", at, TIMEOUT);
            // Ctrl-Z: the typed text stays, with ^Z after it, as IOS shows it, and runs before configuration ends
            type(channel, "desc\u001a");
            at = out.await("desc^Z\r\n% Incomplete command.\r\n\r\nR1#", at, TIMEOUT);
            type(channel, "conf t\r");
            at = out.await("R1(config)#", at, TIMEOUT);
            type(channel, "host\u0003"); // Ctrl-C: the same with ^C
            at = out.await("host^C\r\nR1#", at, TIMEOUT);
            type(channel, "\u0004"); // Ctrl-D on an empty line does not log out
            // Ctrl-A goes to the start of the line: "ow ip int br" becomes "show ip int br"
            type(channel, "ow ip int br\u0001sh\r");
            at = out.await("Loopback7", at, TIMEOUT);
            out.await("R1#", at, TIMEOUT);
        } finally {
            // The lab is shared by the whole class: leave it as the other tests expect it.
            try (ClientSession session = login(port, "admin", "admin")) {
                session.executeRemoteCommand("configure terminal\nno interface Loopback7\nend", TIMEOUT);
            }
        }
    }

    @Test
    void execAndConfigurationModesRecallTheirOwnHistory() throws Exception {
        try (ClientSession session = login(port, "admin", "admin"); ChannelShell channel = shell(session, true)) {
            StreamCollector out = new StreamCollector(channel.getInvertedOut());
            int at = out.await("R1#", 0, TIMEOUT);
            type(channel, "show privilege\r");
            at = out.await("Current privilege level is 15", at, TIMEOUT);
            type(channel, "configure terminal\r");
            at = out.await("R1(config)#", at, TIMEOUT);
            // Ctrl-P in configuration: nothing typed there yet, so the EXEC lines are not offered.
            type(channel, "\u0010\u0010do show privilege\r");
            at = out.await("R1(config)#", at, TIMEOUT);
            type(channel, "\u0010\u0015");
            at = out.await("do show privilege", at, TIMEOUT);
            type(channel, "end\r");
            at = out.await("R1#", at, TIMEOUT);
            // Back in EXEC, up arrow twice: "configure terminal", then "show privilege".
            type(channel, "\u001b[A\u001b[A\r");
            at = out.await("Current privilege level is 15", at, TIMEOUT);
            String screen = out.text().substring(0, at);
            assertFalse(screen.contains("R1(config)#show privilege") || screen.contains("R1(config)#configure"), screen);
        }
    }

    @Test
    void anIdleSessionIsDisconnectedWhenItsExecTimeoutExpires() throws Exception {
        try (ClientSession admin = login(port, "admin", "admin")) {
            admin.executeRemoteCommand("configure terminal\nline vty 0 4\nexec-timeout 0 1\nend", TIMEOUT);
        }
        try (ClientSession session = login(port, "admin", "admin"); ChannelShell channel = shell(session, true)) {
            StreamCollector out = new StreamCollector(channel.getInvertedOut());
            int at = out.await("R1#", 0, TIMEOUT);
            // Nothing typed: the lab's clock (real time here) runs the second out, and the channel closes.
            assertTrue(out.awaitEnd(TIMEOUT), out.text());
            assertFalse(out.text().substring(at).contains("%"), out.text());
        } finally {
            try (ClientSession admin = login(port, "admin", "admin")) {
                admin.executeRemoteCommand("configure terminal\nline vty 0 4\nno exec-timeout\nend", TIMEOUT);
            }
        }
        try (ClientSession admin = login(port, "admin", "admin")) {
            assertTrue(!admin.executeRemoteCommand("show running-config", TIMEOUT).contains("exec-timeout"));
        }
    }

    @Test
    void showUsersListsEverySessionOfTheRouter() throws Exception {
        try (ClientSession first = login(port + 1, "oper", "oper"); ChannelShell shell = shell(first, false);
                ClientSession second = login(port + 1, "admin", "admin")) {
            StreamCollector out = new StreamCollector(shell.getInvertedOut());
            out.await("R2>", 0, TIMEOUT);
            String users = second.executeRemoteCommand("show users", TIMEOUT);
            assertTrue(users.startsWith("    Line       User       Host(s)              Idle       Location\n"), users);
            assertTrue(users.matches("(?s).*\n   \\d vty \\d +oper +idle +00:00:\\d\\d +172\\.20\\.20\\.1\n.*"), users);
            assertTrue(users.matches("(?s).*\n\\*  \\d vty \\d +admin +idle +00:00:00 +172\\.20\\.20\\.1\n.*"), users);
        }
    }

    @Test
    void questionMarkShowsHelpAndRedrawsTheLineWithPty() throws Exception {
        try (ClientSession session = login(port, "admin", "admin"); ChannelShell channel = shell(session, true)) {
            StreamCollector out = new StreamCollector(channel.getInvertedOut());
            int at = out.await("R1#", 0, TIMEOUT);
            type(channel, "terminal length ?");
            at = out.await("<0-512>  Number of lines on screen (0 for no pausing)", at, TIMEOUT);
            at = out.await("R1#terminal length ", at, TIMEOUT);
            type(channel, "0\r");
            at = out.await("R1#", at, TIMEOUT);
            type(channel, "sh?");
            at = out.await("show", at, TIMEOUT);
            at = out.await("R1#sh", at, TIMEOUT);
            type(channel, "\u0015show ip interface brief | in\t"); // Tab after the bar completes the modifier
            at = out.await("show ip interface brief | include ", at, TIMEOUT);
            type(channel, "?");
            at = out.await("  LINE  Regular Expression", at, TIMEOUT);
            at = out.await("R1#show ip interface brief | include ", at, TIMEOUT);
            type(channel, "Loopback\r");
            at = out.await("Loopback0", at, TIMEOUT);
            at = out.await("R1#", at, TIMEOUT);
            type(channel, "conf\tt\r"); // Tab completes "conf"
            at = out.await("R1(config)#", at, TIMEOUT);
            type(channel, "end\r");
            out.await("R1#", at, TIMEOUT);
        }
    }

    @Test
    void questionMarkWithoutPtyAnswersAtOnceAndKeepsTheLine() throws Exception {
        try (ClientSession session = login(port, "admin", "admin"); ChannelShell channel = shell(session, false)) {
            StreamCollector out = new StreamCollector(channel.getInvertedOut());
            int at = out.await("R1#", 0, TIMEOUT);
            type(channel, "show ip interface brief ?");
            at = out.await("show ip interface brief ?\r\n  |  Output modifiers\r\n  <cr>\r\n\r\nR1#", at, TIMEOUT);
            type(channel, "\n");
            at = out.await("show ip interface brief \r\n", at, TIMEOUT);
            out.await("Loopback0", at, TIMEOUT);
        }
    }

    @Test
    void execRequestReturnsOutputWithoutPrompts() throws Exception {
        try (ClientSession session = login(port, "admin", "admin")) {
            String output = session.executeRemoteCommand("show ip interface brief", TIMEOUT);
            assertTrue(output.contains("Loopback0"), output);
            assertFalse(output.contains("R1#"), output);
            assertEquals("hostname R1\n", session.executeRemoteCommand("show running-config | include ^hostname", TIMEOUT));
        }
    }

    @Test
    void aDroppedConnectionLeavesTheRouterUsable() throws Exception {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> uncaught.add(failure));
        try {
            Set<Thread> shellsBefore = shellThreads();
            ClientSession dropped = login(port, "admin", "admin");
            ChannelShell channel = shell(dropped, true);
            StreamCollector out = new StreamCollector(channel.getInvertedOut());
            out.await("R1#", 0, TIMEOUT);
            type(channel, "configure terminal\r");
            out.await("R1(config)#", 0, TIMEOUT);
            Set<Thread> started = shellThreads();
            started.removeAll(shellsBefore);
            assertEquals(1, started.size(), started.toString());
            type(channel, "interface Loop"); // half a line in JLine's buffer
            dropped.close(true); // like a client that vanishes
            Thread shellThread = started.iterator().next();
            shellThread.join(TIMEOUT.toMillis());
            assertFalse(shellThread.isAlive(), "the shell thread of the dropped session still runs");
            try (ClientSession again = login(port, "admin", "admin")) {
                String output = again.executeRemoteCommand("show ip interface brief", TIMEOUT);
                assertTrue(output.contains("Loopback0"), output);
            }
            assertEquals("R1", running.lab().kernel().call(() -> running.lab().router("r1").hostname()));
            assertEquals(List.of(), uncaught, "a dropped session must end quietly");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private static Set<Thread> shellThreads() {
        Set<Thread> shells = new HashSet<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("looplab-shell-r1") && thread.isAlive()) {
                shells.add(thread);
            }
        }
        return shells;
    }
}
