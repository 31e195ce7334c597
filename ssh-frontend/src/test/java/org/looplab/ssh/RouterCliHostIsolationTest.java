package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.terminal.HostAccessRecorder;
import org.looplab.terminal.JLineDefaultKeys;
import org.looplab.topology.TopologyLoader;

/**
 * Nothing typed at a router prompt reaches the host: every control and escape sequence a stock JLine
 * reader binds (Ctrl-X Ctrl-E opens its editor there) goes through a real SSH session, with a PTY, without
 * one and as an exec request; no file is read or written and no process starts meanwhile, and the
 * session still answers a command afterwards.
 */
class RouterCliHostIsolationTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String CLEAR_LINE = "\005\025"; // Ctrl-E Ctrl-U

    @TempDir
    static Path folder;
    static RunningLab running;
    static LabSshServer server;
    static SshClient client;
    static int port;

    @BeforeAll
    static void startLab() throws Exception {
        Files.writeString(folder.resolve("r1.cfg"), "hostname R1\nusername admin privilege 15 secret admin\nend\n");
        Files.writeString(folder.resolve("one.clab.yml"), """
                name: one
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                """);
        Path state = folder.resolve("state");
        running = LabStarter.start(TopologyLoader.load(folder), new LabOptions(state, null, false, 1, 1.0));
        port = FreePorts.consecutive(1);
        server = LabSshServer.start(EndpointPlan.plan(running.lab().routers(), port, false, false), state);
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

    private static String everyDefaultKey() {
        StringBuilder typed = new StringBuilder();
        JLineDefaultKeys.controlSequences().forEach(keys -> typed.append(keys).append(CLEAR_LINE));
        return typed.toString();
    }

    @ParameterizedTest(name = "pty {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void shellKeysStayInsideTheRouter(boolean pty) throws Exception {
        try (ClientSession session = login(); ChannelShell channel = session.createShellChannel()) {
            channel.setUsePty(pty);
            channel.open().verify(TIMEOUT);
            StreamCollector out = new StreamCollector(channel.getInvertedOut());
            int at = out.await("R1#", 0, TIMEOUT);
            byte[] keys = (everyDefaultKey() + "\rshow privilege\r").getBytes(StandardCharsets.UTF_8);
            List<String> accesses;
            try (HostAccessRecorder recorder = new HostAccessRecorder()) {
                OutputStream in = channel.getInvertedIn();
                in.write(keys);
                in.flush();
                out.await("Current privilege level is 15", at, TIMEOUT);
                accesses = recorder.accesses();
            }
            assertEquals(List.of(), accesses);
            assertEquals(0, ProcessHandle.current().descendants().count());
        }
    }

    @ParameterizedTest(name = "exec")
    @ValueSource(booleans = {true})
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void execRequestKeysStayInsideTheRouter(boolean unused) throws Exception {
        try (ClientSession session = login()) {
            String keys = everyDefaultKey() + "\nshow privilege";
            String output;
            List<String> accesses;
            try (HostAccessRecorder recorder = new HostAccessRecorder()) {
                // The junk lines are refused, so the exit status is 1: read the output whatever the status.
                try (org.apache.sshd.client.channel.ChannelExec exec = session.createExecChannel(keys);
                        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream()) {
                    exec.setOut(printed);
                    exec.setErr(printed);
                    exec.open().verify(TIMEOUT);
                    exec.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED), TIMEOUT);
                    output = printed.toString(StandardCharsets.UTF_8);
                }
                accesses = recorder.accesses();
            }
            assertTrue(output.contains("Current privilege level is 15"), output);
            assertEquals(List.of(), accesses);
            assertEquals(0, ProcessHandle.current().descendants().count());
        }
    }

    private static ClientSession login() throws IOException {
        ClientSession session = client.connect("admin", "127.0.0.1", port).verify(TIMEOUT).getSession();
        session.addPasswordIdentity("admin");
        session.auth().verify(TIMEOUT);
        return session;
    }
}
