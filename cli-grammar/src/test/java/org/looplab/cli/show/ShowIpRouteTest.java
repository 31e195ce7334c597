package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** {@code show ip route} and its variants, column for column, and parsed by the TextFSM template. */
class ShowIpRouteTest {
    private Kernel kernel;
    private Router r1;
    private CliSession session;

    @BeforeEach
    void edgeRouter() {
        kernel = new Kernel(5);
        Lab lab = new Lab("t", kernel);
        r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(r1, """
                hostname R1
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.0
                ip route 0.0.0.0 0.0.0.0 10.0.12.2
                ip route 10.9.0.0 255.255.0.0 Null0
                ip route 172.16.0.0 255.255.0.0 10.0.12.2
                ip route 172.16.0.0 255.255.0.0 10.0.12.3
                ip route 192.168.7.0 255.255.255.0 GigabitEthernet0/0
                ip route 192.168.8.0 255.255.255.0 10.0.12.2 200
                """));
        ConfigLoader.apply(r2, """
                interface GigabitEthernet0/0
                 ip address 10.0.12.2 255.255.255.0
                """);
        kernel.runUntilIdle();
        session = new CliSession(r1, "admin", 15, "test");
    }

    @Test
    void wholeTable() {
        assertEquals(ShowIpRoute.LEGEND + """

                Gateway of last resort is 10.0.12.2 to network 0.0.0.0

                S*    0.0.0.0/0 [1/0] via 10.0.12.2
                      10.0.0.0/8 is variably subnetted, 4 subnets, 3 masks
                C        10.0.0.1/32 is directly connected, Loopback0
                C        10.0.12.0/24 is directly connected, GigabitEthernet0/0
                L        10.0.12.1/32 is directly connected, GigabitEthernet0/0
                S        10.9.0.0/16 is directly connected, Null0
                S     172.16.0.0/16 [1/0] via 10.0.12.2
                                    [1/0] via 10.0.12.3
                S     192.168.7.0/24 is directly connected, GigabitEthernet0/0
                S     192.168.8.0/24 [200/0] via 10.0.12.2
                """, session.execute("show ip route"));
    }

    @Test
    void subnettedWithOneMaskDropsTheLengthAndDynamicRoutesCarryTheirAge() {
        Router lone = new Lab("u", kernel).addRouter("x");
        ConfigLoader.apply(lone, """
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                interface Loopback1
                 ip address 10.0.0.9 255.255.255.255
                """);
        String shown = new CliSession(lone, "admin", 15, "test").execute("sh ip ro");
        assertTrue(shown.endsWith("""
                Gateway of last resort is not set

                      10.0.0.0/32 is subnetted, 2 subnets
                C        10.0.0.1 is directly connected, Loopback0
                C        10.0.0.9 is directly connected, Loopback1
                """), shown);
        assertEquals("00:01:05", RouteAge.format(65_000_000_000L));
        assertEquals("1d18h", RouteAge.format((42 * 3600 + 5) * 1_000_000_000L));
        assertEquals("2w0d", RouteAge.format(14 * 24 * 3600 * 1_000_000_000L));
    }

    @Test
    void filtersKeepTheHeadersOfTheWholeTable() {
        String statics = session.execute("show ip route static");
        assertTrue(statics.endsWith("""
                Gateway of last resort is 10.0.12.2 to network 0.0.0.0

                S*    0.0.0.0/0 [1/0] via 10.0.12.2
                      10.0.0.0/8 is variably subnetted, 4 subnets, 3 masks
                S        10.9.0.0/16 is directly connected, Null0
                S     172.16.0.0/16 [1/0] via 10.0.12.2
                                    [1/0] via 10.0.12.3
                S     192.168.7.0/24 is directly connected, GigabitEthernet0/0
                S     192.168.8.0/24 [200/0] via 10.0.12.2
                """), statics);
        String connected = session.execute("show ip route connected");
        assertTrue(connected.endsWith("""
                      10.0.0.0/8 is variably subnetted, 4 subnets, 3 masks
                C        10.0.0.1/32 is directly connected, Loopback0
                C        10.0.12.0/24 is directly connected, GigabitEthernet0/0
                L        10.0.12.1/32 is directly connected, GigabitEthernet0/0
                """), connected);
        assertTrue(session.execute("show ip route ospf").endsWith("0.0.0.0\n\n"));
    }

    @Test
    void routingEntryOfOnePrefix() {
        assertEquals("""
                Routing entry for 10.0.12.0/24
                  Known via "connected", distance 0, metric 0 (connected, via interface)
                  Routing Descriptor Blocks:
                  * directly connected, via GigabitEthernet0/0
                      Route metric is 0, traffic share count is 1
                """, session.execute("show ip route 10.0.12.77"));
        assertEquals("""
                Routing entry for 172.16.0.0/16
                  Known via "static", distance 1, metric 0
                  Routing Descriptor Blocks:
                  * 10.0.12.2
                      Route metric is 0, traffic share count is 1
                    10.0.12.3
                      Route metric is 0, traffic share count is 1
                """, session.execute("show ip route 172.16.0.0 255.255.0.0"));
        assertEquals("% Subnet not in table\n", session.execute("show ip route 172.16.0.0 255.255.255.0"));
        Router lone = new Lab("u", kernel).addRouter("x");
        assertEquals("% Network not in table\n", new CliSession(lone, "a", 15, "t").execute("show ip route 1.2.3.4"));
    }

    @Test
    void summary() {
        assertEquals("""
                IP routing table name is default (0x0)
                IP routing table maximum-paths is 32
                Route Source    Networks    Subnets     Replicates  Overhead    Memory (bytes)
                connected       0           3           0           216         816
                static          4           1           0           360         1632
                application     0           0           0           0           0
                internal        1                                               600
                Total           5           4           0           576         3048
                """, session.execute("show ip route summary"));
    }

    @Test
    void parsedByTheTextFsmTemplate() throws Exception {
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip route", session.execute("show ip route"));
        assertEquals(9, rows.size(), rows.toString());
        Map<String, String> defaultRoute = rows.get(0);
        assertEquals("S", defaultRoute.get("PROTOCOL"));
        assertEquals("*", defaultRoute.get("FLAG"));
        assertEquals("0.0.0.0", defaultRoute.get("NETWORK"));
        assertEquals("0", defaultRoute.get("PREFIX_LENGTH"));
        assertEquals("10.0.12.2", defaultRoute.get("NEXTHOP_IP"));
        assertEquals("1", defaultRoute.get("DISTANCE"));
        Map<String, String> loopback = rows.get(1);
        assertEquals("C", loopback.get("PROTOCOL"));
        assertEquals("10.0.0.1", loopback.get("NETWORK"));
        assertEquals("32", loopback.get("PREFIX_LENGTH"));
        assertEquals("Loopback0", loopback.get("NEXTHOP_IF"));
        assertEquals("L", rows.get(3).get("PROTOCOL"));
        assertEquals("Null0", rows.get(4).get("NEXTHOP_IF"));
        assertEquals("172.16.0.0", rows.get(5).get("NETWORK"));
        assertEquals("10.0.12.2", rows.get(5).get("NEXTHOP_IP"));
        assertEquals("172.16.0.0", rows.get(6).get("NETWORK"));
        assertEquals("10.0.12.3", rows.get(6).get("NEXTHOP_IP"));
        assertEquals("200", rows.get(8).get("DISTANCE"));
    }
}
