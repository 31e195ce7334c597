package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.app.ExternalTool;
import org.looplab.host.radius.RadiusClient;
import org.looplab.router.Router;

/**
 * Host-side SSH logins checked by a real FreeRADIUS (Debian's freeradius) on 127.0.0.5, from a raddb the
 * test writes: alice is accepted with privilege 15 (cisco-avpair shell:priv-lvl=15) and refused with a
 * wrong password; admin, known only locally, is refused while the server answers (a reject is final, as
 * IOS does) and let in by the local method once the server is stopped; accounting Start and Stop records
 * land in the server's detail file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RadiusLoginEndToEndTest {
    private static final Duration TIMEOUT = OneRouterSshLab.TIMEOUT;
    static final String SERVER_ADDRESS = "127.0.0.5";
    static final String KEY = "s3cr3tkey";

    @TempDir
    static Path folder;
    static OneRouterSshLab lab;
    static RadiusClient client;
    static Process freeradius;
    static Path raddb;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = ExternalTool.onPath("freeradius") || Files.isExecutable(Path.of("/usr/sbin/freeradius"));
        ExternalTool.require(installed, "FreeRADIUS (Debian package freeradius)");
        int port = freePortPair();
        raddb = Files.createDirectories(folder.resolve("raddb"));
        writeRaddb(raddb, port);
        freeradius = startFreeRadius(raddb);
        lab = OneRouterSshLab.start(folder, "hostname R1\nusername admin privilege 15 secret adminpw\n" + aaaLines(port)
                + "end\n", new LoginPolicy(3, Duration.ofMillis(50)));
        Router router = lab.router();
        client = new RadiusClient(Map.of(router, InetAddress.getByName("127.0.0.1")));
        router.kernel().call(() -> {
            client.attach(router.lab());
            return null;
        });
    }

    @AfterAll
    static void stop() throws IOException {
        if (freeradius != null) {
            freeradius.destroy();
        }
        if (client != null) {
            client.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    @Order(1)
    void aliceLogsInWithHerRadiusPasswordAndTheServersPrivilege() throws Exception {
        try (ClientSession session = lab.login("alice", "wonder")) {
            assertTrue(session.executeRemoteCommand("show privilege", TIMEOUT).contains("15"),
                    "cisco-avpair shell:priv-lvl=15 with aaa authorization exec default group RAD");
        }
        String running = lab.router().kernel().call(() -> org.looplab.cli.config.RunningConfigWriter.render(lab.router()));
        assertFalse(running.contains(KEY), "the key is written as type 7 only");
    }

    @Test
    @Order(2)
    void aWrongPasswordAndAUserTheServerDoesNotKnowAreRefused() throws Exception {
        assertFalse(authenticates("alice", "wrong"), "Access-Reject fails the login");
        assertFalse(authenticates("admin", "adminpw"), "the server answered: local is not tried");
    }

    @Test
    @Order(3)
    void accountingStartAndStopReachTheServer() throws Exception {
        Path detail = raddb.resolve("detail");
        String records = "";
        for (int i = 0; i < 100 && !(records.contains("Start") && records.contains("Stop")); i++) {
            Thread.sleep(100);
            records = Files.exists(detail) ? Files.readString(detail) : "";
        }
        assertTrue(records.contains("Acct-Status-Type = Start") && records.contains("Acct-Status-Type = Stop"), records);
        assertTrue(records.contains("User-Name = \"alice\""), records);
        assertTrue(records.contains("NAS-Port-Type = Virtual"), records);
        assertTrue(records.contains("Acct-Session-Time = "), records);
        assertFalse(records.contains("wonder"), "no password in accounting");
    }

    @Test
    @Order(4)
    void withTheServerStoppedTheLocalMethodApplies() throws Exception {
        freeradius.destroy();
        assertTrue(freeradius.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(authenticates("admin", "adminpw"), "no answer after timeout and retransmit: local decides");
        assertFalse(authenticates("alice", "wonder"), "alice is not a local user");
    }

    private static boolean authenticates(String user, String password) throws IOException {
        try (ClientSession session = lab.connect(user)) {
            session.addPasswordIdentity(password);
            return session.auth().await(TIMEOUT) && session.isAuthenticated();
        } catch (org.apache.sshd.common.SshException refused) {
            return false;
        }
    }

    /** Logins by group RAD then local, exec authorization and accounting by RAD: FreeRADIUS at {@code port}. */
    static String aaaLines(int port) {
        return """
                aaa new-model
                aaa group server radius RAD
                 server name FR1
                aaa authentication login default group RAD local
                aaa authorization exec default group RAD local
                aaa accounting exec default start-stop group RAD
                radius-server timeout 1
                radius-server retransmit 1
                radius server FR1
                 address ipv4 %s auth-port %d acct-port %d
                 key %s
                """.formatted(SERVER_ADDRESS, port, port + 1, KEY);
    }

    static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket first = new DatagramSocket(new InetSocketAddress(SERVER_ADDRESS, 0))) {
                int port = first.getLocalPort();
                if (port < 65535) {
                    try (DatagramSocket second = new DatagramSocket(new InetSocketAddress(SERVER_ADDRESS, port + 1))) {
                        return port;
                    } catch (IOException taken) {
                        // try another pair
                    }
                }
            }
        }
        throw new IOException("no two consecutive free UDP ports on " + SERVER_ADDRESS);
    }

    /** The smallest raddb that works unprivileged: one client, the files, pap and detail modules, one server. */
    static void writeRaddb(Path dir, int port) throws IOException {
        String d = dir.toAbsolutePath().toString();
        Files.writeString(dir.resolve("dictionary"), "");
        Files.writeString(dir.resolve("users"), """
                alice Cleartext-Password := "wonder"
                      Service-Type = Administrative-User,
                      Cisco-AVPair = "shell:priv-lvl=15"
                """);
        Files.writeString(dir.resolve("radiusd.conf"), """
                prefix = /usr
                raddbdir = %1$s
                logdir = %1$s
                run_dir = %1$s
                libdir = /usr/lib/freeradius
                pidfile = %1$s/radiusd.pid
                name = radiusd
                log {
                  destination = stdout
                }
                client lab {
                  ipaddr = 127.0.0.0/8
                  secret = %2$s
                  require_message_authenticator = yes
                }
                modules {
                  files {
                    filename = %1$s/users
                  }
                  pap {
                  }
                  detail {
                    filename = %1$s/detail
                    permissions = 0600
                    header = "%%t"
                  }
                }
                server default {
                  listen {
                    type = auth
                    ipaddr = %3$s
                    port = %4$d
                  }
                  listen {
                    type = acct
                    ipaddr = %3$s
                    port = %5$d
                  }
                  authorize {
                    files
                    pap
                  }
                  authenticate {
                    Auth-Type PAP {
                      pap
                    }
                  }
                  accounting {
                    detail
                  }
                }
                """.formatted(d, KEY, SERVER_ADDRESS, port, port + 1));
    }

    static Process startFreeRadius(Path dir) throws Exception {
        String program = ExternalTool.onPath("freeradius") ? "freeradius" : "/usr/sbin/freeradius";
        Path log = dir.resolve("radiusd.out");
        Process process = new ProcessBuilder(program, "-X", "-d", dir.toString(), "-n", "radiusd")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        for (int i = 0; i < 200; i++) {
            if (Files.exists(log) && Files.readString(log).contains("Ready to process requests")) {
                return process;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        process.destroy();
        fail("freeradius did not start:\n" + (Files.exists(log) ? Files.readString(log) : ""));
        return process;
    }
}
