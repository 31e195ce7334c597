package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.router.Router;
import org.looplab.topology.TopologyLoader;

/**
 * Host-side SSH sessions occupy vty lines and obey the vty configuration, with the management station's
 * address (172.20.20.1) as their source: the sixth session on a five-line vty is refused, access-class
 * and transport input decide as for in-band sessions.
 */
class VtyHostAccessTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

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
        server = LabSshServer.start(EndpointPlan.plan(running.lab().routers(), port, false, false), state,
                new LoginPolicy(3, Duration.ofMillis(50)));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, address, key) -> true);
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

    @AfterEach
    void resetVty() {
        configure("line vty 0 4\nno access-class\ntransport input ssh\n");
    }

    private static void configure(String text) {
        Router router = running.lab().router("r1");
        assertEquals(List.of(), router.kernel().call(() -> ConfigLoader.apply(router, text)));
    }

    private static ClientSession login() throws IOException {
        ClientSession session = client.connect("admin", "127.0.0.1", port).verify(TIMEOUT).getSession();
        session.addPasswordIdentity("admin");
        session.auth().verify(TIMEOUT);
        return session;
    }

    private static boolean refused() {
        try (ClientSession session = client.connect("admin", "127.0.0.1", port).verify(TIMEOUT).getSession()) {
            session.addPasswordIdentity("admin");
            try {
                session.auth().verify(TIMEOUT);
            } catch (Exception closed) {
                return true;
            }
            return !session.isAuthenticated()
                    || session.waitFor(EnumSet.of(ClientSessionEvent.CLOSED), Duration.ofMillis(500))
                            .contains(ClientSessionEvent.CLOSED);
        } catch (Exception closedBeforeLogin) {
            return true;
        }
    }

    @Test
    void theSixthSessionOnAFiveLineVtyIsRefused() throws Exception {
        List<ClientSession> five = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                five.add(login());
            }
            assertTrue(refused(), "a sixth connection gets no vty line");
            String users = five.get(0).executeRemoteCommand("show users", TIMEOUT);
            for (int vty = 0; vty < 5; vty++) {
                assertTrue(users.contains(" vty " + vty + " "), users);
            }
            assertTrue(users.contains("172.20.20.1"), users);
        } finally {
            for (ClientSession session : five) {
                session.close();
            }
        }
        // The server frees the lines when it sees the connections close (real sockets: wait for it).
        Router router = running.lab().router("r1");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (router.kernel().call(() -> router.vtySessions().list().size()) > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        try (ClientSession again = login()) {
            assertTrue(again.isAuthenticated(), "lines are freed when sessions end");
        }
    }

    @Test
    void aConnectionNotLoggedInWithinIpSshTimeOutIsClosed() throws Exception {
        configure("ip ssh time-out 1\n");
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000); // at IOS's default 120 s this read would time out and fail the test
            socket.getOutputStream().write("SSH-2.0-OpenSSH_9.2\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            int read;
            do {
                read = in.read(buffer); // the server's version line and KEXINIT, then the end of the stream
            } while (read >= 0);
        } finally {
            configure("no ip ssh time-out\n");
        }
    }

    @Test
    void accessClassChecksTheManagementStationsAddress() throws Exception {
        configure("access-list 10 permit host 10.0.0.100\nline vty 0 4\naccess-class 10 in\n");
        assertTrue(refused(), "the station 172.20.20.1 is not in list 10");
        configure("access-list 10 permit 172.20.20.0 0.0.0.255\n");
        try (ClientSession session = login()) {
            assertTrue(session.isAuthenticated());
            String acl = session.executeRemoteCommand("show ip access-lists 10", TIMEOUT);
            assertTrue(acl.contains("20 permit 172.20.20.0, wildcard bits 0.0.0.255 (1 match)"), acl);
        }
    }

    @Test
    void transportInputTelnetOnlyRefusesSsh() throws Exception {
        configure("line vty 0 4\ntransport input telnet\n");
        assertTrue(refused());
        configure("line vty 0 4\ntransport input all\n");
        try (ClientSession session = login()) {
            assertFalse(session.isClosed());
        }
    }
}
