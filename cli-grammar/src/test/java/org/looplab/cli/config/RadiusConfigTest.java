package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.aaa.RadiusSettings;
import org.looplab.cli.session.CliSession;
import org.looplab.config.Type7;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * radius server NAME and aaa group server radius NAME as IOS 15 takes them: their modes and prompts, the key
 * kept as type 7 (never written in clear), the running-config round trip and the help texts.
 */
class RadiusConfigTest {
    private static final String CONFIG = """
            aaa new-model
            aaa group server radius RAD
             server name FR1
            aaa authentication login default group RAD local
            aaa accounting exec default start-stop group RAD
            radius-server timeout 2
            radius-server retransmit 1
            radius server FR1
             address ipv4 127.0.0.5 auth-port 18120 acct-port 18130
             key s3cr3tkey
            """;

    private Router router;
    private CliSession session;

    @BeforeEach
    void setUp() {
        router = new Lab("t", new Kernel(1)).addRouter("R1");
        session = new CliSession(router, "admin", 15, "127.0.0.1");
    }

    @Test
    void theBlocksAreTypedInTheirModes() {
        session.execute("configure terminal");
        session.execute("radius server FR1");
        assertEquals("R1(config-radius-server)#", session.prompt());
        assertEquals("", session.execute("address ipv4 127.0.0.5 auth-port 1812 acct-port 1813"));
        assertEquals("", session.execute("key 0 s3cr3tkey"));
        session.execute("aaa group server radius RAD");
        assertEquals("R1(config-sg-radius)#", session.prompt(), "a global command leaves the server's mode");
        session.execute("server name FR1");
        session.execute("exit");
        assertEquals("R1(config)#", session.prompt());
        RadiusSettings radius = RadiusSettings.of(router);
        RadiusSettings.Server server = radius.serversOf("RAD").get(0);
        assertEquals("127.0.0.5", server.address().toString());
        assertEquals(1812, server.authPort());
        assertEquals(1813, server.acctPort());
        assertEquals("s3cr3tkey", Type7.decode(server.type7Key()));
        assertEquals(List.of(server), radius.serversOf(RadiusSettings.ALL_SERVERS));
        assertEquals(List.of(), radius.serversOf("OTHER"));
    }

    @Test
    void runningConfigWritesTheKeyAsType7AndReadsItBack() {
        assertEquals(List.of(), ConfigLoader.apply(router, CONFIG));
        String config = RunningConfigWriter.render(router);
        assertFalse(config.contains("s3cr3tkey"), config);
        assertTrue(config.contains("""
                aaa new-model
                !
                aaa group server radius RAD
                 server name FR1
                !
                aaa authentication login default group RAD local
                aaa accounting exec default start-stop group RAD
                """), config);
        assertTrue(config.contains("""
                radius-server timeout 2
                radius-server retransmit 1
                !
                radius server FR1
                 address ipv4 127.0.0.5 auth-port 18120 acct-port 18130
                 key 7 """), config);
        Router copy = new Lab("t2", new Kernel(2)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(copy, config));
        assertEquals(config, RunningConfigWriter.render(copy), "the round trip keeps every line, the type 7 key too");
        assertEquals(2, RadiusSettings.of(copy).timeoutSeconds());
        assertEquals(1, RadiusSettings.of(copy).retransmit());
    }

    @Test
    void noFormsRemoveWhatTheyName() {
        assertEquals(List.of(), ConfigLoader.apply(router, CONFIG + """
                radius server FR1
                 no key
                aaa group server radius RAD
                 no server name FR1
                no radius-server timeout
                """));
        RadiusSettings radius = RadiusSettings.of(router);
        assertEquals(null, radius.servers().get("FR1").type7Key());
        assertEquals(List.of(), radius.groups().get("RAD"));
        assertEquals(5, radius.timeoutSeconds());
        assertEquals(List.of(), ConfigLoader.apply(router, "no radius server FR1\nno aaa group server radius RAD\n"));
        assertTrue(radius.servers().isEmpty() && radius.groups().isEmpty());
    }

    @Test
    void aMalformedType7KeyIsRefusedAtTheKey() {
        session.execute("configure terminal");
        session.execute("radius server FR1");
        String refused = session.execute("key 7 XYZ");
        assertEquals("Invalid encrypted key: XYZ\n", refused);
        assertEquals("R1(config-radius-server)#", session.prompt());
        assertEquals(null, RadiusSettings.of(router).servers().get("FR1").type7Key());
    }

    @Test
    void helpInIosWords() {
        session.execute("configure terminal");
        assertEquals("""
                  WORD  Name for the radius server configuration

                """, session.help("radius server "));
        assertTrue(session.help("aaa group server ").contains("radius  Radius server-group definition"));
        session.execute("radius server FR1");
        String help = session.help("");
        assertTrue(help.contains("  address  Specify the radius server address\n"), help);
        assertTrue(help.contains("  key      Per-server encryption key\n"), help);
        assertEquals("""
                  acct-port  UDP port for RADIUS accounting server (default is 1646)
                  auth-port  UDP port for RADIUS authentication server (default is 1645)
                  <cr>

                """, session.help("address ipv4 127.0.0.5 "));
        String key = session.help("key ");
        assertTrue(key.contains("  0     Specifies an UNENCRYPTED key will follow\n"), key);
        assertTrue(key.contains("  7     Specifies HIDDEN key will follow\n"), key);
        assertTrue(key.contains("  LINE  The UNENCRYPTED (cleartext) shared key\n"), key);
        session.execute("aaa group server radius RAD");
        assertEquals("""
                  name  Name of radius server

                """, session.help("server "));
    }
}
