package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** Line mode, services, default/no forms and the device reports (privilege, clock, history, ...). */
class SystemCommandsTest {
    private Router router;
    private CliSession session;

    @BeforeEach
    void setUp() {
        router = new Lab("t", new Kernel(1)).addRouter("R1");
        session = new CliSession(router, "admin", 15, "127.0.0.1");
    }

    @Test
    void lineModeSettingsAndTheirNoAndDefaultForms() {
        session.execute("conf t");
        assertEquals("", session.execute("line vty 0 4"));
        assertEquals("R1(config-line)#", session.prompt());
        session.execute("exec-timeout 5 30");
        session.execute("privilege level 15");
        session.execute("transport input ssh telnet");
        String config = session.execute("do show running-config");
        assertTrue(config.contains("line vty 0 4\n exec-timeout 5 30\n privilege level 15\n login local\n"
                + " transport input ssh telnet\n"), config);
        session.execute("no exec-timeout");
        session.execute("default privilege level");
        session.execute("no login");
        config = session.execute("do show running-config");
        assertTrue(config.contains("line vty 0 4\n transport input ssh telnet\n!\nend\n"), config);
        session.execute("line con 0");
        assertEquals("R1(config-line)#", session.prompt());
        session.execute("interface Loopback3");
        assertEquals("R1(config-if)#", session.prompt());
        session.execute("exit");
        session.execute("line con 0");
        session.execute("exit");
        assertEquals("R1(config)#", session.prompt());
        session.execute("no service password-encryption");
        session.execute("service timestamps log uptime");
        config = session.execute("do show running-config");
        assertTrue(config.contains("service timestamps debug datetime msec\nservice timestamps log uptime\n"
                + "no service password-encryption\n"), config);
    }

    @Test
    void deviceReports() {
        assertEquals("Current privilege level is 15\n", session.execute("show privilege"));
        CliSession user = new CliSession(router, "oper", 1, "10.0.0.2");
        assertEquals("Current privilege level is 1\n", user.execute("show privilege"));
        assertTrue(user.execute("configure terminal").contains("% Invalid input"));
        assertTrue(session.execute("show clock").matches("\\*\\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC \\w{3} \\w{3} \\d+ \\d{4}\n"));
        assertEquals("  show privilege\n  show clock\n  show history\n", session.execute("show history"));
        // Without a vty (as here, in-process) the session is the console; the SSH front end takes vty lines.
        assertTrue(session.execute("show users").contains("*  0 con 0     admin      idle                 00:00:00\n"));
        session.occupyVty();
        user.occupyVty();
        assertTrue(session.execute("show users").contains("\n*  2 vty 0     admin      idle                 00:00:00   127.0.0.1\n"
                + "   3 vty 1     oper       idle                 00:00:00   10.0.0.2\n"));
        user.releaseVty();
        assertFalse(session.execute("show users").contains("oper"));
        assertTrue(session.execute("show terminal").contains("Length: 24 lines, Width: 80 columns\n"));
        assertTrue(session.execute("show hosts").startsWith("Default domain is not set\n"));
        session.execute("conf t");
        session.execute("interface Loopback0");
        session.execute("ip address 10.0.0.1 255.255.255.255");
        session.execute("end");
        assertEquals("""
                Building configuration...

                Current configuration : 57 bytes
                !
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                end

                """, session.execute("show running-config interface lo0"));
        String ip = session.execute("show ip interface Loopback0");
        assertTrue(ip.startsWith("Loopback0 is up, line protocol is up\n  Internet address is 10.0.0.1/32\n"), ip);
    }
}
