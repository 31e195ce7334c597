package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.looplab.sim.Kernel;

/**
 * vrf definition / ip vrf and [ip] vrf forwarding as IOS 15 takes them: modes and prompts, the order rules
 * and their messages, running-config written back as IOS writes it and read back unchanged.
 */
class VrfConfigTest {
    /** The VRF blocks exactly as IOS writes them back. */
    private static final String VRF_BLOCKS = """
            vrf definition Mgmt-intf
             description management
             !
             address-family ipv4
             exit-address-family
             !
             address-family ipv6
             exit-address-family
            !
            ip vrf RED
             rd 65000:1
             route-target export 65000:1
             route-target import 65000:1
            !
            """;
    private static final String CONFIG = "hostname R1\n" + VRF_BLOCKS + """
            interface GigabitEthernet0/0
             vrf forwarding Mgmt-intf
             ip address 192.168.0.2 255.255.255.0
            !
            interface GigabitEthernet0/1
             ip vrf forwarding RED
             ip address 10.1.1.1 255.255.255.0
            !
            ip route vrf Mgmt-intf 0.0.0.0 0.0.0.0 192.168.0.1
            ip route vrf RED 10.9.0.0 255.255.0.0 10.1.1.2
            """;

    private Kernel kernel;
    private Router router;
    private CliSession session;

    /** R1's Gi0/0 and Gi0/1 cabled to a neighbour, so that their connected routes are up. */
    @BeforeEach
    void setUp() {
        kernel = new Kernel(1);
        Lab lab = new Lab("t", kernel);
        router = lab.addRouter("R1");
        Router neighbour = lab.addRouter("R2");
        lab.connect(router, InterfaceName.gigabitEthernet(0), neighbour, InterfaceName.gigabitEthernet(0));
        lab.connect(router, InterfaceName.gigabitEthernet(1), neighbour, InterfaceName.gigabitEthernet(1));
        ConfigLoader.apply(neighbour, "interface GigabitEthernet0/0\ninterface GigabitEthernet0/1\n");
        session = new CliSession(router, "admin", 15, "127.0.0.1");
    }

    @Test
    void blocksAreTypedInTheirModes() {
        session.execute("configure terminal");
        assertEquals("", session.execute("vrf definition BLUE"));
        assertEquals("R1(config-vrf)#", session.prompt());
        assertEquals("", session.execute("rd 65000:7"));
        assertEquals("% Do \"no rd\" first\n", session.execute("rd 65000:8"));
        assertEquals("", session.execute("address-family ipv4"));
        assertEquals("R1(config-vrf-af)#", session.prompt());
        assertEquals("", session.execute("exit-address-family"));
        assertEquals("R1(config-vrf)#", session.prompt());
        assertEquals("", session.execute("ip vrf RED"));
        assertEquals("R1(config-vrf)#", session.prompt(), "a global command leaves the VRF's mode");
        assertTrue(session.execute("address-family ipv4").contains("% Invalid input"), "ip vrf has no address families");
        session.execute("exit");
        assertEquals("R1(config)#", session.prompt());
        assertEquals("% Use 'ip vrf' command for VRF 'RED'\n", session.execute("vrf definition RED"));
        assertEquals("R1(config)#", session.prompt());
    }

    @Test
    void badRouteDistinguisherGetsTheCaret() {
        session.execute("configure terminal");
        session.execute("vrf definition BLUE");
        String output = session.execute("rd 65000");
        assertTrue(output.contains("% Invalid input detected at '^' marker."), output);
        assertTrue(session.lastLineRejected());
        assertNull(org.looplab.vrf.VrfConfig.of(router).get("BLUE").routeDistinguisher());
    }

    @Test
    void interfaceOrderRulesAndMessages() {
        session.execute("configure terminal");
        session.execute("interface GigabitEthernet0/0");
        session.execute("ip address 10.0.0.1 255.255.255.0");
        assertEquals("% VRF BLUE not configured.\n", session.execute("vrf forwarding BLUE"));
        session.execute("vrf definition BLUE");
        session.execute("ip vrf RED");
        session.execute("interface GigabitEthernet0/0");
        assertEquals("% Use 'vrf forwarding' command for VRF 'BLUE'\n", session.execute("ip vrf forwarding BLUE"));
        assertEquals("% Use 'ip vrf forwarding' command for VRF 'RED'\n", session.execute("vrf forwarding RED"));
        assertEquals("% Interface GigabitEthernet0/0 IPv4 disabled and address(es) removed due to enabling VRF BLUE\n",
                session.execute("vrf forwarding BLUE"));
        assertNull(router.interfaceNamed(InterfaceName.gigabitEthernet(0)).address());
        assertEquals("% Interface GigabitEthernet0/0 is linked to a VRF. Enable IPv4 on that VRF first.\n",
                session.execute("ip address 10.0.0.1 255.255.255.0"));
        session.execute("vrf definition BLUE");
        session.execute("address-family ipv4");
        session.execute("interface GigabitEthernet0/0");
        assertEquals("", session.execute("ip address 10.0.0.1 255.255.255.0"));
        assertEquals("% Interface GigabitEthernet0/0 IPv4 disabled and address(es) removed due to disabling VRF BLUE\n",
                session.execute("no vrf forwarding"));
        assertNull(router.interfaceNamed(InterfaceName.gigabitEthernet(0)).vrf());
        session.execute("vrf forwarding BLUE");
        session.execute("ip address 10.0.0.1 255.255.255.0");
        assertEquals("% IPv4 and IPv6 addresses from all interfaces in VRF BLUE have been removed\n",
                session.execute("no vrf definition BLUE"));
        assertNull(router.interfaceNamed(InterfaceName.gigabitEthernet(0)).vrf());
        assertFalse(router.hasVrf("BLUE"));
        assertEquals("% IP routing table BLUE does not exist. Create first\n",
                session.execute("ip route vrf BLUE 0.0.0.0 0.0.0.0 10.0.0.9"));
    }

    @Test
    void runningConfigIsWrittenAsIosWritesItAndReadsBack() {
        assertEquals(List.of(), ConfigLoader.apply(router, CONFIG));
        kernel.runUntilIdle();
        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains("hostname R1\n!\n" + VRF_BLOCKS), running);
        assertTrue(running.contains("""
                interface GigabitEthernet0/0
                 vrf forwarding Mgmt-intf
                 ip address 192.168.0.2 255.255.255.0
                """), running);
        assertTrue(running.contains("""
                interface GigabitEthernet0/1
                 ip vrf forwarding RED
                 ip address 10.1.1.1 255.255.255.0
                """), running);
        assertTrue(running.contains("""
                ip route vrf Mgmt-intf 0.0.0.0 0.0.0.0 192.168.0.1
                ip route vrf RED 10.9.0.0 255.255.0.0 10.1.1.2
                """), running);
        assertFalse(InertSettings.of(router).render(InertSettings.Place.BEFORE_USERS).contains("vrf"),
                "the VRF lines are modelled, not kept");

        Router copy = new Lab("t2", new Kernel(1)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(copy, running));
        assertEquals(running, RunningConfigWriter.render(copy));
        assertNull(router.rib().get(Ipv4Prefix.DEFAULT_ROUTE), "the management default stays in its VRF");
        assertTrue(router.rib("Mgmt-intf").get(new Ipv4Prefix(Ipv4Address.of("192.168.0.0"), 24)) != null);
    }

    @Test
    void reportsListTheVrfs() {
        assertEquals(List.of(), ConfigLoader.apply(router, CONFIG));
        kernel.runUntilIdle();
        assertEquals("""
                  Name                             Default RD            Protocols   Interfaces
                  Mgmt-intf                        <not set>             ipv4,ipv6   Gi0/0
                  RED                              65000:1               ipv4        Gi0/1
                """, session.execute("show vrf"));
        assertEquals(session.execute("show vrf"), session.execute("show vrf brief"));
        assertEquals("""
                  Name                             Default RD          Interfaces
                  Mgmt-intf                        <not set>           Gi0/0
                  RED                              65000:1             Gi0/1
                """, session.execute("show ip vrf"));
        String detail = session.execute("show ip vrf detail RED");
        assertTrue(detail.startsWith("""
                VRF RED (VRF Id = 2); default RD 65000:1; default VPNID <not set>
                  Old CLI format, supports IPv4 only
                  Flags: 0xC
                  Interfaces:
                    Gi0/1                  \s
                Address family ipv4 unicast (Table ID = 0x2):
                  Flags: 0x0
                  Export VPN route-target communities
                    RT:65000:1             \s
                """), detail);
        assertEquals("% No VRF named BLUE\n", session.execute("show vrf detail BLUE"));
        String table = session.execute("show ip route vrf Mgmt-intf");
        assertTrue(table.startsWith("\nRouting Table: Mgmt-intf\nCodes: L - local"), table);
        assertTrue(table.contains("S*    0.0.0.0/0 [1/0] via 192.168.0.1\n"), table);
        assertFalse(session.execute("show ip route").contains("192.168.0."), "show ip route is the global table");
        assertEquals("% IP routing table BLUE does not exist\n", session.execute("show ip route vrf BLUE"));
        assertTrue(session.execute("show ip route vrf RED 10.1.1.5").startsWith(
                "\nRouting Table: RED\nRouting entry for 10.1.1.0/24\n"));
    }
}
