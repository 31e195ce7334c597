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

/** The everyday reports as IOS 15 prints them: show interfaces description, show clock detail, show ip cef. */
class EverydayReportsTest {
    private Kernel kernel;
    private Router r1;
    private CliSession session;

    @BeforeEach
    void twoRouters() {
        kernel = new Kernel(5);
        Lab lab = new Lab("t", kernel);
        r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        ConfigLoader.load(r1, """
                hostname R1
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                interface Loopback1
                 ip address 172.16.1.1 255.255.255.0
                interface GigabitEthernet0/0
                 description to R2 Gi0/0
                 ip address 10.0.12.1 255.255.255.0
                 no shutdown
                ip route 10.0.0.2 255.255.255.255 10.0.12.2
                ip route 192.168.0.0 255.255.0.0 Null0
                """);
        ConfigLoader.load(r2, "interface GigabitEthernet0/0\n ip address 10.0.12.2 255.255.255.0\n no shutdown\n");
        kernel.runUntilIdle();
        session = new CliSession(r1, "admin", 15, "127.0.0.1");
    }

    @Test
    void interfacesDescription() throws Exception {
        String out = session.execute("show interfaces description");
        assertEquals("""
                Interface                      Status         Protocol Description
                Gi0/0                          up             up       to R2 Gi0/0
                Gi0/1                          admin down     down
                Gi0/2                          admin down     down
                Gi0/3                          admin down     down
                Lo0                            up             up
                Lo1                            up             up
                """, out);
        List<Map<String, String>> rows = TextFsmCheck.parse("show interfaces description", out);
        assertEquals("to R2 Gi0/0", rows.get(0).get("DESCRIPTION"));
        assertEquals("admin down", rows.get(1).get("STATUS"));
    }

    @Test
    void clockDetailNamesItsTimeSource() throws Exception {
        String out = session.execute("show clock detail");
        assertTrue(out.matches("\\*\\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC \\w{3} \\w{3} \\d+ \\d{4}\nNo time source\n"), out);
        assertEquals("1993", TextFsmCheck.parse("show clock", out).get(0).get("YEAR"));
        r1.lab().setCalendarAtStart(java.time.Instant.parse("2026-12-01T10:00:00Z")); // as a lab started from the host's clock
        String calendar = session.execute("show clock detail");
        assertTrue(calendar.endsWith(" UTC Tue Dec 1 2026\nTime source is hardware calendar\n"), calendar);
    }

    @Test
    void ipCefListsTheForwardingTableWithCefsOwnEntries() throws Exception {
        session.submit("ping 10.0.12.2"); // ARP resolves the neighbour: CEF gets its attached /32
        kernel.runUntilIdle();
        String out = session.execute("show ip cef");
        assertEquals("""
                Prefix               Next Hop             Interface
                0.0.0.0/0            no route
                0.0.0.0/8            drop
                0.0.0.0/32           receive
                10.0.0.1/32          receive              Loopback0
                10.0.0.2/32          10.0.12.2            GigabitEthernet0/0
                10.0.12.0/24         attached             GigabitEthernet0/0
                10.0.12.0/32         receive              GigabitEthernet0/0
                10.0.12.1/32         receive              GigabitEthernet0/0
                10.0.12.2/32         attached             GigabitEthernet0/0
                10.0.12.255/32       receive              GigabitEthernet0/0
                127.0.0.0/8          drop
                172.16.1.0/24        receive              Loopback1
                172.16.1.0/32        receive              Loopback1
                172.16.1.1/32        receive              Loopback1
                172.16.1.255/32      receive              Loopback1
                192.168.0.0/16       drop                 Null0
                224.0.0.0/4          drop
                224.0.0.0/24         receive
                240.0.0.0/4          drop
                255.255.255.255/32   receive
                """, out);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip cef", out);
        assertEquals(20, rows.size());
        assertEquals("10.0.0.2/32\n  nexthop 10.0.12.2 GigabitEthernet0/0\n", session.execute("show ip cef 10.0.0.2"));
        assertEquals("10.0.12.0/24\n  attached to GigabitEthernet0/0\n", session.execute("show ip cef 10.0.12.9"));
        assertEquals("0.0.0.0/0\n  no route\n", session.execute("show ip cef 8.8.8.8"));
        String detail = session.execute("show ip cef 10.0.0.2 255.255.255.255 detail");
        assertEquals("10.0.0.2/32, epoch 0\n  nexthop 10.0.12.2 GigabitEthernet0/0\n", detail);
        Map<String, String> entry = TextFsmCheck.parse("show ip cef 10.0.0.2 detail", detail).get(0);
        assertEquals("10.0.0.2", entry.get("IP_ADDRESS"));
        List<Map<String, String>> all = TextFsmCheck.parse("show ip cef detail", session.execute("show ip cef detail"));
        assertEquals(20, all.size());
    }

    @Test
    void ipRouteLongerPrefixesAndTheMajorNetworkForm() throws Exception {
        String longer = session.execute("show ip route 10.0.12.0 255.255.255.0 longer-prefixes");
        assertTrue(longer.startsWith(ShowIpRoute.LEGEND + "\nGateway of last resort is not set\n\n"), longer);
        assertTrue(longer.endsWith("""
                      10.0.0.0/8 is variably subnetted, 4 subnets, 2 masks
                C        10.0.12.0/24 is directly connected, GigabitEthernet0/0
                L        10.0.12.1/32 is directly connected, GigabitEthernet0/0
                """), longer);
        assertEquals(2, TextFsmCheck.parse("show ip route", longer).size());
        assertEquals("""
                Routing entry for 10.0.0.0/8, 4 known subnets
                  Attached (3 connections)
                  Variably subnetted with 2 masks
                C        10.0.0.1/32 is directly connected, Loopback0
                S        10.0.0.2/32 [1/0] via 10.0.12.2
                C        10.0.12.0/24 is directly connected, GigabitEthernet0/0
                L        10.0.12.1/32 is directly connected, GigabitEthernet0/0
                """, session.execute("show ip route 10.0.0.0"));
        assertTrue(session.execute("show ip route 10.0.0.2").startsWith("Routing entry for 10.0.0.2/32\n"));
        assertTrue(session.execute("show ip route 192.168.0.0").startsWith("Routing entry for 192.168.0.0/16\n"),
                "a supernet's own entry, not the major-network form");
    }
}
