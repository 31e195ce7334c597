package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * The IOS semantics configuration tools rely on (Ansible's replaced/overridden states, NAPALM's merges):
 * a new primary replaces the old, secondaries, users without a password, no hostname, default interface,
 * interface range.
 */
class ConfigToolSemanticsTest {
    private Router router;
    private CliSession session;

    @BeforeEach
    void setUp() {
        router = new Lab("t", new Kernel(1)).addRouter("R1");
        session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
    }

    @Test
    void secondaryAddressesHaveConnectedAndLocalRoutesAndLeaveWithTheirLine() {
        session.execute("interface Loopback3");
        session.execute("ip address 10.1.1.1 255.255.255.0");
        session.execute("ip address 10.9.9.1 255.255.255.0 secondary");
        String routes = session.execute("do show ip route");
        assertTrue(routes.contains("C        10.9.9.0/24 is directly connected, Loopback3"), routes);
        assertTrue(routes.contains("L        10.9.9.1/32 is directly connected, Loopback3"), routes);
        assertTrue(router.ownsAddress(Ipv4Address.parse("10.9.9.1")));
        // A new primary keeps the secondaries; a primary equal to a secondary takes its place.
        session.execute("ip address 10.9.9.1 255.255.255.0");
        assertTrue(router.interfaceNamed(InterfaceName.loopback(3)).secondaryAddresses().isEmpty());
        assertFalse(session.execute("do show ip route").contains("10.1.1.0/24"));
        session.execute("ip address 10.8.8.1 255.255.255.0 secondary");
        session.execute("no ip address 10.8.8.1 255.255.255.0 secondary");
        assertFalse(session.execute("do show ip route").contains("10.8.8.0"));
        assertFalse(router.ownsAddress(Ipv4Address.parse("10.8.8.1")));
    }

    @Test
    void aSecondaryMayNotOverlapAnotherInterface() {
        session.execute("interface Loopback1");
        session.execute("ip address 10.1.1.1 255.255.255.0");
        session.execute("ip address 10.2.2.1 255.255.255.0 secondary");
        session.execute("interface Loopback2");
        assertEquals("% 10.1.1.0 overlaps with Loopback1\n", session.execute("ip address 10.1.1.2 255.255.255.0 secondary"));
        assertEquals("% 10.2.2.0 is assigned as a secondary address on Loopback1\n",
                session.execute("ip address 10.2.2.2 255.255.255.0"));
    }

    @Test
    void helpOffersSecondaryAfterTheMask() {
        session.execute("interface Loopback1");
        String help = session.help("ip address 10.1.1.1 255.255.255.0 ");
        assertTrue(help.contains("  secondary  Make this IP address a secondary address\n"), help);
        assertTrue(help.contains("  <cr>\n"), help);
    }

    @Test
    void aUserWithoutAPasswordIsKeptAndAnExistingSecretStays() {
        session.execute("username bob privilege 15");
        assertNotNull(router.user("bob"));
        assertNull(router.user("bob").secret());
        session.execute("username ann secret s3cret");
        session.execute("username ann privilege 15");
        assertEquals(15, router.user("ann").privilege());
        assertTrue(router.user("ann").secret().matches("s3cret"));
        String config = session.execute("do show running-config");
        assertTrue(config.contains("\nusername bob privilege 15\n"), config);
    }

    @Test
    void interfaceRangeAppliesEachLineToEveryMember() {
        assertEquals("", session.execute("interface range GigabitEthernet0/0 - 2 , Loopback5"));
        assertEquals("R1(config-if-range)#", session.prompt());
        session.execute("description core");
        for (InterfaceName name : new InterfaceName[] {InterfaceName.gigabitEthernet(0), InterfaceName.gigabitEthernet(1),
                InterfaceName.gigabitEthernet(2), InterfaceName.loopback(5)}) {
            assertEquals("core", router.interfaceNamed(name).description(), name.fullName());
        }
        assertEquals(null, router.interfaceNamed(InterfaceName.gigabitEthernet(3)).description());
        session.execute("end");
        assertEquals("R1#", session.prompt());
        session.execute("configure terminal");
        String refused = session.execute("interface range GigabitEthernet0/0 - 40");
        assertTrue(refused.contains("% Invalid input detected at '^' marker."), refused);
    }

    @Test
    void defaultInterfaceClearsItsLines() {
        session.execute("interface GigabitEthernet0/1");
        session.execute("description x");
        session.execute("ip address 10.5.5.1 255.255.255.0");
        session.execute("ip ospf cost 7");
        session.execute("duplex full");
        session.execute("no shutdown");
        session.execute("exit");
        assertEquals("Interface GigabitEthernet0/1 set to default configuration\n",
                session.execute("default interface Gi0/1"));
        String block = session.execute("do show running-config interface Gi0/1");
        assertTrue(block.endsWith("interface GigabitEthernet0/1\n no ip address\n shutdown\nend\n\n"), block);
    }

    @Test
    void defaultInterfaceRangeDefaultsEachMember() {
        session.execute("interface range Gi0/1 - 2");
        session.execute("description x");
        session.execute("bandwidth 1000");
        session.execute("no shutdown");
        session.execute("exit");
        assertEquals("Interface GigabitEthernet0/1 set to default configuration\n"
                + "Interface GigabitEthernet0/2 set to default configuration\n", session.execute("default interface range Gi0/1 - 2"));
        String running = session.execute("do show running-config");
        assertTrue(running.contains("interface GigabitEthernet0/1\n no ip address\n shutdown\n!\n"
                + "interface GigabitEthernet0/2\n no ip address\n shutdown\n!\n"), running);
    }

    @Test
    void noHostnameIsRouter() {
        session.execute("hostname Edge7");
        session.execute("no hostname");
        assertEquals("Router(config)#", session.prompt());
    }

    @Test
    void loggingSynchronousIsALineSetting() {
        session.execute("line vty 0 4");
        assertEquals("", session.execute("logging synchronous"));
        assertEquals("R1(config-line)#", session.prompt());
        assertTrue(session.execute("do show running-config").contains("line vty 0 4\n logging synchronous\n"));
        session.execute("no logging synchronous");
        assertFalse(session.execute("do show running-config").contains("logging synchronous"));
    }

    @Test
    void terminalMonitorPrintsEachLogMessageStampedUntilNoMonitor() {
        session.execute("end");
        java.util.List<String> shown = new java.util.ArrayList<>();
        session.setMonitorPrinter(shown::add);
        router.log("%SYS-5-CONFIG_I: before");
        assertEquals("", session.execute("terminal monitor"));
        router.log("%LINK-3-UPDOWN: Interface GigabitEthernet0/0, changed state to up");
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).matches("\\*\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}: %LINK-3-UPDOWN: .*\n"), shown.get(0));
        session.execute("terminal no monitor");
        router.log("%SYS-5-CONFIG_I: after");
        assertEquals(1, shown.size());
    }
}
