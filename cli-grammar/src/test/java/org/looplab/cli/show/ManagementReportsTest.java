package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.config.TerminalLine;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;
import org.looplab.sim.Kernel;
import org.looplab.vty.VtyAccess;

/**
 * show ip ssh before and after the RSA key; who is show users; show ssh; show line [vty A B]; show control-plane
 * host open-ports; show hosts with the domain name and lookup style.
 */
class ManagementReportsTest {
    /** IOS 15's own forms, {@code ip domain name} and {@code no ip domain lookup}, as it writes them back. */
    @Test
    void theDomainNameInIos15FormNamesTheKeysAndShowHostsReportsIt() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
        assertEquals("", session.execute("ip domain name lab.example"));
        assertEquals("", session.execute("no ip domain-lookup"));
        assertTrue(session.execute("crypto key generate rsa modulus 1024").startsWith("The name for the keys will be: R1.lab.example\n"));
        session.execute("end");
        assertTrue(session.execute("show hosts").startsWith(
                "Default domain is lab.example\nName/address lookup uses static mappings\n"), session.execute("show hosts"));
        String running = session.execute("show running-config");
        assertTrue(running.contains("\nno ip domain lookup\nip domain name lab.example\n!\n"), running);
        assertTrue(running.indexOf("ip domain name") < running.indexOf("username") || !running.contains("username"), running);

        Router copy = new Lab("u", new Kernel(1)).addRouter("R1");
        org.looplab.cli.config.ConfigLoader.load(copy, running);
        assertEquals(org.looplab.cli.config.RunningConfigWriter.render(router),
                org.looplab.cli.config.RunningConfigWriter.render(copy));
        session.execute("configure terminal");
        session.execute("ip domain lookup");
        session.execute("no ip domain name");
        session.execute("end");
        assertTrue(session.execute("show hosts").startsWith(
                "Default domain is not set\nName/address lookup uses domain service\n"), session.execute("show hosts"));
    }

    @Test
    void showIpSshFollowsTheKeyVersionRetriesAndTimeOut() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        assertEquals("""
                SSH Disabled - version 1.99
                %Please create RSA keys to enable SSH (and of atleast 768 bits for SSH v2).
                Authentication timeout: 120 secs; Authentication retries: 3
                Minimum expected Diffie Hellman key size : 1024 bits
                IOS Keys in SECSH format(ssh-rsa, base64 encoded): NONE
                """, session.execute("show ip ssh"));
        session.execute("configure terminal");
        session.execute("ip domain-name lab.example");
        session.execute("crypto key generate rsa modulus 2048");
        session.execute("ip ssh version 2");
        session.execute("ip ssh authentication-retries 2");
        session.execute("ip ssh time-out 60");
        session.execute("end");
        assertTrue(session.execute("show running-config").contains("ip ssh time-out 60\nip ssh authentication-retries 2\n"));
        assertEquals("""
                SSH Enabled - version 2.0
                Authentication timeout: 60 secs; Authentication retries: 2
                Minimum expected Diffie Hellman key size : 1024 bits
                """, session.execute("sh ip ssh"));
        assertEquals(session.execute("show users"), session.execute("who"));
    }

    @Test
    void showSshListsTheSshSessionsOfTheVtyLinesInBothDirections() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
        session.execute("line vty 0 4");
        session.execute("transport input ssh telnet");
        session.execute("end");
        assertEquals("%No SSHv2 server connections running.\n%No SSHv1 server connections running.\n",
                session.execute("show ssh"));
        admit(router, TerminalLine.Transport.TELNET).setUserName("tel");
        admit(router, TerminalLine.Transport.SSH).setUserName("noc");
        assertEquals("""
                Connection Version Mode Encryption  Hmac         State                 Username
                1          2.0     IN   aes128-ctr  hmac-sha1    Session started       noc
                1          2.0     OUT  aes128-ctr  hmac-sha1    Session started       noc
                %No SSHv1 server connections running.
                """, session.execute("show ssh"));
    }

    @Test
    void showLineMarksTheLinesInUseAndCountsTheirUses() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
        session.execute("access-list 10 permit 10.0.0.9");
        session.execute("line vty 0 4");
        session.execute("access-class 10 in");
        session.execute("transport input telnet");
        session.execute("end");
        router.vtySessions().close(admit(router, TerminalLine.Transport.TELNET));
        admit(router, TerminalLine.Transport.TELNET);
        assertEquals("""
                   Tty Typ     Tx/Rx    A Modem  Roty AccO AccI   Uses   Noise  Overruns   Int
                *     0 CTY              -    -      -    -    -      0       0     0/0       -
                      1 AUX   9600/9600  -    -      -    -    -      0       0     0/0       -
                *     2 VTY              -    -      -    -   10      2       0     0/0       -
                      3 VTY              -    -      -    -   10      0       0     0/0       -
                      4 VTY              -    -      -    -   10      0       0     0/0       -
                      5 VTY              -    -      -    -   10      0       0     0/0       -
                      6 VTY              -    -      -    -   10      0       0     0/0       -
                """, session.execute("show line"));
        assertEquals("""
                   Tty Typ     Tx/Rx    A Modem  Roty AccO AccI   Uses   Noise  Overruns   Int
                      3 VTY              -    -      -    -   10      0       0     0/0       -
                      4 VTY              -    -      -    -   10      0       0     0/0       -
                """, session.execute("show line vty 1 2"));
    }

    @Test
    void oneLineAddsItsDetailBlockWithItsSettingsInUseOrIdle() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        org.looplab.cli.config.ConfigLoader.load(router,
                "line vty 0 4\n transport input telnet\n transport output none\n exec-timeout 5 0\n");
        admit(router, TerminalLine.Transport.TELNET);
        String busy = session.execute("show line vty 0");
        assertTrue(busy.startsWith("""
                   Tty Typ     Tx/Rx    A Modem  Roty AccO AccI   Uses   Noise  Overruns   Int
                *     2 VTY              -    -      -    -    -      1       0     0/0       -

                Line 2, Location: "", Type: "vt100"
                Length: 24 lines, Width: 80 columns
                Baud rate (TX/RX) is 9600/9600
                Status: PSI Enabled, Ready, Active, No Exit Banner
                """), busy);
        assertTrue(busy.contains("\n               00:05:00        never "), busy);
        assertTrue(busy.contains("Time since activation: 00:00:00\n"), busy);
        assertTrue(busy.contains("Allowed input transports are telnet.\nAllowed output transports are none.\n"), busy);
        String idle = session.execute("show line 3");
        assertTrue(idle.contains("\n      3 VTY ") && idle.contains("\nLine 3, Location: \"\", Type: \"\"\n"), idle);
        assertTrue(idle.contains("Status: No Exit Banner\nCapabilities: none\nModem state: Idle\n"), idle);
        assertTrue(idle.contains("Time since activation: never\n"), idle);
        String console = session.execute("show line console 0");
        assertTrue(console.contains("*     0 CTY ") && console.contains("Line 0, Location:"), console);
        assertTrue(console.contains("Allowed input transports are telnet ssh.\nAllowed output transports are telnet ssh.\n"),
                "line con 0 keeps IOS's defaults: " + console);
        assertEquals(session.execute("show line 2"), busy);
        assertTrue(session.execute("show line 9").contains("% Invalid input detected at '^' marker."), "IOSv has lines 0-6");
    }

    @Test
    void openPortsAreTheRoutersOwnTcpListeners() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        String header = "Active internet connections (servers and established)\n"
                + "Prot        Local Address      Foreign Address                  Service    State\n";
        assertEquals(header + " tcp                 *:23                  *:0                   Telnet   LISTEN\n",
                session.execute("show control-plane host open-ports"));
        session.execute("configure terminal");
        session.execute("ip domain-name lab.example");
        session.execute("crypto key generate rsa modulus 2048");
        session.execute("router bgp 65001");
        session.execute("neighbor 10.0.0.2 remote-as 65002");
        session.execute("end");
        String ports = session.execute("show control-plane host open-ports");
        assertEquals(header
                + " tcp                 *:22                  *:0               SSH-Server   LISTEN\n"
                + " tcp                 *:23                  *:0                   Telnet   LISTEN\n"
                + " tcp                *:179                  *:0                      BGP   LISTEN\n", ports);
    }

    /** An incoming session from 10.0.0.9 on the lowest vty line the transport may use. */
    private static VtySessions.Session admit(Router router, TerminalLine.Transport transport) {
        return VtyAccess.admit(router, transport, Ipv4Address.parse("10.0.0.9"), Ipv4Address.ANY,
                transport == TerminalLine.Transport.SSH ? 22 : 23, "10.0.0.9").session();
    }
}
