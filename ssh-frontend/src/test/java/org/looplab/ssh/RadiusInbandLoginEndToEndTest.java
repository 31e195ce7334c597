package org.looplab.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.app.ExternalTool;
import org.looplab.cli.session.CliSession;
import org.looplab.host.radius.RadiusClient;
import org.looplab.lab.LabOptions;
import org.looplab.lab.LabStarter;
import org.looplab.lab.RunningLab;
import org.looplab.router.Lab;
import org.looplab.topology.TopologyLoader;

/**
 * In-band logins checked by a real FreeRADIUS: r1 opens {@code ssh -l} and {@code telnet} sessions across
 * the lab to r2, whose vty login list is {@code group RAD local}. r2 asks the server from its own host
 * address (127.1.0.2), as it does for host-side logins: a router reaches its RADIUS servers by its
 * management address on the host, not through the lab's links (the server's 127/8 address is not in the
 * lab). The server sees r2 as the NAS and r1's lab address as the calling station.
 */
class RadiusInbandLoginEndToEndTest {
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path folder;

    @Test
    void inBandSshAndTelnetLoginsAreCheckedByTheRadiusServer() throws Exception {
        boolean installed = ExternalTool.onPath("freeradius") || Files.isExecutable(Path.of("/usr/sbin/freeradius"));
        ExternalTool.require(installed, "FreeRADIUS (Debian package freeradius)");
        int port = RadiusLoginEndToEndTest.freePortPair();
        Path raddb = Files.createDirectories(folder.resolve("raddb"));
        RadiusLoginEndToEndTest.writeRaddb(raddb, port);
        Files.writeString(folder.resolve("r1.cfg"), """
                hostname R1
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                 no shutdown
                end
                """);
        Files.writeString(folder.resolve("r2.cfg"), """
                hostname R2
                username admin privilege 15 secret adminpw
                ip domain-name lab.local
                crypto key generate rsa modulus 2048
                interface GigabitEthernet0/0
                 ip address 10.0.12.2 255.255.255.0
                 no shutdown
                """ + RadiusLoginEndToEndTest.aaaLines(port) + """
                line vty 0 4
                 transport input ssh telnet
                end
                """);
        Files.writeString(folder.resolve("two.clab.yml"), """
                name: two
                topology:
                  nodes:
                    r1: {kind: cisco_iosv, startup-config: r1.cfg}
                    r2: {kind: cisco_iosv, startup-config: r2.cfg}
                  links:
                    - endpoints: ["r1:Gi0/0", "r2:Gi0/0"]
                """);
        Process freeradius = RadiusLoginEndToEndTest.startFreeRadius(raddb);
        try (RunningLab running = LabStarter.start(TopologyLoader.load(folder.resolve("two.clab.yml")),
                new LabOptions(folder.resolve("state"), null, false, 1, 1.0));
             RadiusClient client = new RadiusClient(Map.of(running.lab().router("r2"), InetAddress.getByName("127.1.0.2")))) {
            Lab lab = running.lab();
            lab.kernel().call(() -> {
                client.attach(lab);
                return null;
            });
            CliSession r1 = lab.kernel().call(() -> new CliSession(lab.router("r1"), "admin", 15, "console"));

            // SSH: the server's password and its privilege (cisco-avpair shell:priv-lvl=15).
            run(lab, r1, "ssh -l alice 10.0.12.2");
            assertEquals("Password: ", prompt(lab, r1));
            run(lab, r1, "wonder");
            assertEquals("R2#", prompt(lab, r1));
            assertTrue(run(lab, r1, "show privilege").contains("Current privilege level is 15"));
            assertTrue(run(lab, r1, "exit").contains("[Connection to 10.0.12.2 closed by foreign host]"));
            assertEquals("R1#", prompt(lab, r1));

            // A wrong password is refused by the server (Access-Reject), and local is not tried.
            run(lab, r1, "ssh -l admin 10.0.12.2");
            assertEquals("Password: ", prompt(lab, r1));
            run(lab, r1, "adminpw");
            assertEquals("Password: ", prompt(lab, r1), "the server answered for admin: a reject is final");
            run(lab, r1, "adminpw");
            assertTrue(run(lab, r1, "adminpw").contains("% Authentication failed."), "three failures end the session");
            assertEquals("R1#", prompt(lab, r1));

            
            // Telnet: Username and Password, the same server.
            run(lab, r1, "telnet 10.0.12.2");
            assertEquals("Username: ", prompt(lab, r1));
            run(lab, r1, "alice");
            run(lab, r1, "wonder");
            assertEquals("R2#", prompt(lab, r1));
            run(lab, r1, "exit");

            // The server saw r2 (its host address) as the NAS and r1's lab address as the caller.
            Path detail = raddb.resolve("detail");
            String records = "";
            for (int i = 0; i < 100 && !(records.contains("Stop") && records.contains("Calling-Station-Id")); i++) {
                Thread.sleep(100);
                records = Files.exists(detail) ? Files.readString(detail) : "";
            }
            assertTrue(records.contains("NAS-IP-Address = 127.1.0.2"), records);
            assertTrue(records.contains("Calling-Station-Id = \"10.0.12.1\""), records);
            assertTrue(records.contains("User-Name = \"alice\""), records);
            assertFalse(records.contains("wonder"), "no password in accounting");

            // The server stopped: no answer after timeout and retransmit, so local decides.
            freeradius.destroy();
            assertTrue(freeradius.waitFor(10, TimeUnit.SECONDS));
            run(lab, r1, "ssh -l admin 10.0.12.2");
            run(lab, r1, "adminpw");
            assertEquals("R2#", prompt(lab, r1));
            run(lab, r1, "exit");
        } finally {
            freeradius.destroy();
        }
    }

    /** A line typed at r1's prompt (or the in-band session's), its output once the lab has answered. */
    private static String run(Lab lab, CliSession session, String line) throws Exception {
        return lab.kernel().call(() -> session.submit(line)).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static String prompt(Lab lab, CliSession session) {
        return lab.kernel().call(session::prompt);
    }
}
