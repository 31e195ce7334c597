package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.looplab.terminal.HostAccessRecorder;
import org.looplab.terminal.JLineDefaultKeys;

/**
 * Nothing typed at a router prompt reaches the host: every control and escape sequence a stock JLine
 * reader binds (Ctrl-X Ctrl-E opens its editor there) goes through a real SSH session, with a PTY, without
 * one and as an exec request; no file is read or written and no process starts meanwhile, and the
 * session still answers a command afterwards.
 */
class RouterCliHostIsolationTest {
    private static final Duration TIMEOUT = OneRouterSshLab.TIMEOUT;
    private static final String CLEAR_LINE = "\005\025"; // Ctrl-E Ctrl-U

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

    private static String everyDefaultKey() {
        StringBuilder typed = new StringBuilder();
        JLineDefaultKeys.controlSequences().forEach(keys -> typed.append(keys).append(CLEAR_LINE));
        return typed.toString();
    }

    @ParameterizedTest(name = "pty {0}")
    @ValueSource(booleans = {true, false})
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void shellKeysStayInsideTheRouter(boolean pty) throws Exception {
        try (ClientSession session = lab.login("admin", "admin"); ChannelShell channel = session.createShellChannel()) {
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
        try (ClientSession session = lab.login("admin", "admin")) {
            String keys = everyDefaultKey() + "\nshow privilege";
            String output;
            List<String> accesses;
            try (HostAccessRecorder recorder = new HostAccessRecorder()) {
                // The junk lines are refused, so the exec request ends with status 1: read its output anyway.
                try (ChannelExec exec = session.createExecChannel(keys)) {
                    ByteArrayOutputStream collected = new ByteArrayOutputStream();
                    exec.setOut(collected);
                    exec.setErr(collected);
                    exec.open().verify(TIMEOUT);
                    exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
                    output = collected.toString(StandardCharsets.UTF_8);
                }
                accesses = recorder.accesses();
            }
            assertTrue(output.contains("Current privilege level is 15"), output);
            assertEquals(List.of(), accesses);
            assertEquals(0, ProcessHandle.current().descendants().count());
        }
    }
}
