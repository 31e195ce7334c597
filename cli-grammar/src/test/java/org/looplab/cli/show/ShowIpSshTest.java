package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** show ip ssh before and after the RSA key, with ip ssh version and retries; who is show users; show ssh. */
class ShowIpSshTest {
    @Test
    void showIpSshFollowsTheKeyVersionAndRetries() {
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
        session.execute("end");
        assertEquals("""
                SSH Enabled - version 2.0
                Authentication timeout: 120 secs; Authentication retries: 2
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
        org.looplab.net.Ipv4Address noc = org.looplab.net.Ipv4Address.parse("10.0.0.9");
        org.looplab.vty.VtyAccess.admit(router, org.looplab.config.TerminalLine.Transport.TELNET, noc,
                org.looplab.net.Ipv4Address.ANY, 23, "10.0.0.9").session().setUserName("tel");
        org.looplab.vty.VtyAccess.admit(router, org.looplab.config.TerminalLine.Transport.SSH, noc,
                org.looplab.net.Ipv4Address.ANY, 22, "10.0.0.9").session().setUserName("noc");
        assertEquals("""
                Connection Version Mode Encryption  Hmac         State                 Username
                1          2.0     IN   aes128-ctr  hmac-sha1    Session started       noc
                1          2.0     OUT  aes128-ctr  hmac-sha1    Session started       noc
                %No SSHv1 server connections running.
                """, session.execute("show ssh"));
    }
}
