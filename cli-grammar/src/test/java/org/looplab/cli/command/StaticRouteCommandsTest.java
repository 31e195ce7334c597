package org.looplab.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.routing.StaticRoute;
import org.looplab.sim.Kernel;

/** {@code ip route} and {@code no ip route} typed in configuration mode, with IOS's refusals. */
class StaticRouteCommandsTest {
    private static final String CARET = "% Invalid input detected at '^' marker.\n\n";
    private Router router;
    private CliSession session;

    @BeforeEach
    void configuring() {
        router = new Lab("t", new Kernel(1)).addRouter("R1");
        session = new CliSession(router, "admin", 15, "test");
        session.execute("configure terminal");
        session.execute("interface gi0/0");
        session.execute("ip address 10.0.12.1 255.255.255.0");
        session.execute("exit");
    }

    private static Ipv4Prefix prefix(String network, int length) {
        return new Ipv4Prefix(Ipv4Address.of(network), length);
    }

    @Test
    void everyFormAbbreviated() {
        assertEquals("", session.execute("ip ro 10.1.0.0 255.255.0.0 10.0.12.2"));
        assertEquals("", session.execute("ip route 10.2.0.0 255.255.0.0 gi0/0"));
        assertEquals("", session.execute("ip route 10.3.0.0 255.255.0.0 GigabitEthernet 0/0 10.0.12.2 7"));
        assertEquals("", session.execute("ip route 10.4.0.0 255.255.0.0 null0"));
        assertEquals("", session.execute("ip route 0.0.0.0 0.0.0.0 10.0.12.2 250"));
        assertEquals(List.of(
                new StaticRoute(prefix("10.1.0.0", 16), null, Ipv4Address.of("10.0.12.2"), 1),
                new StaticRoute(prefix("10.2.0.0", 16), InterfaceName.gigabitEthernet(0), null, 1),
                new StaticRoute(prefix("10.3.0.0", 16), InterfaceName.gigabitEthernet(0), Ipv4Address.of("10.0.12.2"), 7),
                new StaticRoute(prefix("10.4.0.0", 16), InterfaceName.nullInterface(), null, 1),
                new StaticRoute(Ipv4Prefix.DEFAULT_ROUTE, null, Ipv4Address.of("10.0.12.2"), 250)),
                router.staticRoutes());
        assertEquals("", session.execute("no ip route 10.3.0.0 255.255.0.0 gi0/0 10.0.12.2"));
        assertEquals("", session.execute("no ip route 10.1.0.0 255.255.0.0"));
        assertEquals("%No matching route to delete\n", session.execute("no ip route 10.1.0.0 255.255.0.0"));
        assertEquals(3, router.staticRoutes().size());
    }

    @Test
    void refusalsChangeNothing() {
        assertEquals("%Inconsistent address and mask\n", session.execute("ip route 10.0.0.1 255.0.0.0 10.0.12.2"));
        assertEquals("%Invalid next hop address (it's this router)\n",
                session.execute("ip route 10.5.0.0 255.255.0.0 10.0.12.1"));
        assertEquals(" ".repeat("R1(config)#ip route 10.5.0.0 255.255.0.0 10.0.12.2 ".length()) + "^\n" + CARET,
                session.execute("ip route 10.5.0.0 255.255.0.0 10.0.12.2 256"));
        assertEquals(" ".repeat("R1(config)#ip route 10.5.0.0 255.255.0.0 gi".length()) + "^\n" + CARET,
                session.execute("ip route 10.5.0.0 255.255.0.0 gi0/7"));
        assertEquals("% Incomplete command.\n\n", session.execute("ip route 10.5.0.0 255.255.0.0"));
        assertTrue(router.staticRoutes().isEmpty());
    }
}
