package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.looplab.cli.StaticLineLab;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.show.ShowInterfaces;
import org.looplab.cli.show.TextFsmCheck;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * Tunnel0 from r1's Loopback0 to r3's across r2 ({@link StaticLineLab}) as a DMVPN-era config writes it: the
 * overlay in VRF BLUE with each end's Loopback1, a GRE key, and lines kept without behaviour (ip mtu, ip tcp
 * adjust-mss, ip nhrp, tunnel protection).
 */
class TunnelFeaturesCliTest {
    private static final long SECOND = 1_000_000_000L;
    private static final String BLUE = """
            vrf definition BLUE
             rd 65000:1
             address-family ipv4
             exit-address-family
            """;
    private static final String R1 = BLUE + """
            interface Loopback1
             vrf forwarding BLUE
             ip address 192.168.1.1 255.255.255.255
            interface Tunnel0
             vrf forwarding BLUE
             ip address 172.16.13.1 255.255.255.252
             ip mtu 1400
             ip nhrp network-id 1
             ip tcp adjust-mss 1360
             tunnel source Loopback0
             tunnel destination 10.0.0.3
             tunnel key 1234
             tunnel protection ipsec profile PROTECT
            ip route vrf BLUE 192.168.3.3 255.255.255.255 172.16.13.2
            """;
    private static final String R3 = BLUE + """
            interface Loopback1
             vrf forwarding BLUE
             ip address 192.168.3.3 255.255.255.255
            interface Tunnel0
             vrf forwarding BLUE
             ip address 172.16.13.2 255.255.255.252
             tunnel source Loopback0
             tunnel destination 10.0.0.1
             tunnel key 1234
            ip route vrf BLUE 192.168.1.1 255.255.255.255 172.16.13.1
            """;

    private final StaticLineLab line = new StaticLineLab("tunnels", 11);
    private final Kernel kernel = line.kernel;
    private final Router r1 = line.one;
    private final Router r3 = line.three;

    TunnelFeaturesCliTest() {
        assertEquals(List.of(), ConfigLoader.apply(r1, R1));
        assertEquals(List.of(), ConfigLoader.apply(r3, R3));
        kernel.runUntil(kernel.now() + SECOND);
    }

    private String run(Router router, String command) {
        CompletableFuture<String> output = new CliSession(router, "admin", 15, "test").submit(command);
        kernel.runUntil(kernel.now() + 20 * SECOND);
        assertTrue(output.isDone(), command);
        return output.join();
    }

    private void configure(Router router, String lines) {
        assertEquals(List.of(), ConfigLoader.apply(router, lines));
        kernel.runUntil(kernel.now() + SECOND);
    }

    private boolean pingsThrough() {
        return run(r1, "ping vrf BLUE 192.168.3.3 source Loopback1").contains("Success rate is 100 percent (5/5)");
    }

    @Test
    void theOverlayLivesInItsVrfOnlyAndCarriesTrafficBetweenTheVrfLoopbacks() {
        assertTrue(pingsThrough());
        String blue = run(r1, "show ip route vrf BLUE");
        assertTrue(blue.contains("C        172.16.13.0/30 is directly connected, Tunnel0"), blue);
        String global = run(r1, "show ip route");
        assertFalse(global.contains("172.16.13.") || global.contains("192.168."), "nothing leaks into the global table\n" + global);
        assertTrue(run(r1, "ping 192.168.3.3").contains("Success rate is 0 percent (0/5)"));
    }

    @Test
    void aKeyMismatchDropsEverythingWhileLineProtocolStaysUp() {
        configure(r3, "interface Tunnel0\n tunnel key 99\n");
        assertFalse(pingsThrough());
        assertTrue(run(r3, "show ip interface brief").contains("Tunnel0                    172.16.13.2     YES NVRAM  up                    up"));
        assertTrue(run(r3, "show interfaces Tunnel0").contains("\n    Key 0x63, sequencing disabled\n"));
        configure(r3, "interface Tunnel0\n tunnel key 1234\n");
        assertTrue(pingsThrough());
    }

    @Test
    void tunnelVrfRoutesTheUnderlayInItsOwnTable() {
        assertEquals(List.of("line 5: vrf forwarding UNDER: % Interface GigabitEthernet0/0 IPv4 disabled and address(es) removed"
                + " due to enabling VRF UNDER"), ConfigLoader.apply(r1, """
                vrf definition UNDER
                 address-family ipv4
                 exit-address-family
                interface GigabitEthernet0/0
                 vrf forwarding UNDER
                 ip address 10.0.12.1 255.255.255.0
                ip route vrf UNDER 0.0.0.0 0.0.0.0 10.0.12.2
                interface Tunnel0
                 tunnel source GigabitEthernet0/0
                """));
        configure(r3, "interface Tunnel0\n tunnel destination 10.0.12.1\n");
        assertTrue(run(r1, "show ip interface brief").contains("Tunnel0                    172.16.13.1     YES NVRAM  up                    down"),
                "the global table has no route to 10.0.0.3 any more");
        configure(r1, "interface Tunnel0\n tunnel vrf UNDER\n");
        assertTrue(run(r1, "show ip interface brief").contains("Tunnel0                    172.16.13.1     YES NVRAM  up                    up"));
        assertTrue(pingsThrough());
        assertTrue(RunningConfigWriter.render(r1).contains(" tunnel source GigabitEthernet0/0\n tunnel destination 10.0.0.3\n"
                + " tunnel key 1234\n tunnel vrf UNDER\n tunnel protection ipsec profile PROTECT\n"));
        CliSession session = new CliSession(r1, "admin", 15, "test");
        session.execute("configure terminal");
        session.execute("interface Tunnel0");
        assertEquals("% VRF NOPE not configured.\n", session.execute("tunnel vrf NOPE"));
    }

    @Test
    void keepalivesTakeLineProtocolDownWhenTheFarTunnelIsShutAndBringItBack() {
        configure(r1, "interface Tunnel0\n keepalive 5 2\n");
        assertTrue(run(r1, "show interfaces Tunnel0").contains("\n  Keepalive set (5 sec), retries 2\n"));
        configure(r3, "interface Tunnel0\n shutdown\n");
        kernel.runUntil(kernel.now() + 20 * SECOND);
        assertTrue(run(r1, "show ip interface brief").contains("Tunnel0                    172.16.13.1     YES NVRAM  up                    down"));
        configure(r3, "interface Tunnel0\n no shutdown\n");
        kernel.runUntil(kernel.now() + 10 * SECOND);
        assertTrue(run(r1, "show ip interface brief").contains("Tunnel0                    172.16.13.1     YES NVRAM  up                    up"));
        assertTrue(pingsThrough());
        configure(r1, "interface Tunnel0\n no keepalive\n");
        assertTrue(run(r1, "show interfaces Tunnel0").contains("\n  Keepalive not set\n"));
    }

    @Test
    void showInterfacesPrintsIosTunnelFieldsAndTextFsmReadsThem() throws Exception {
        String shown = run(r1, "show interfaces Tunnel0");
        assertTrue(shown.contains("\n  MTU 17912 bytes, BW 100 Kbit/sec, DLY 50000 usec, \n"), shown);
        assertTrue(shown.contains("\n  Keepalive not set\n  Tunnel source 10.0.0.1 (Loopback0), destination 10.0.0.3\n"
                + "  Tunnel protocol/transport GRE/IP\n    Key 0x4D2, sequencing disabled\n    Checksumming of packets disabled\n"
                + "  Tunnel TTL 255, Fast tunneling enabled\n  Tunnel transport MTU 1472 bytes\n"), shown);
        configure(r1, """
                interface Tunnel1
                 tunnel source Loopback0
                 tunnel mode gre multipoint
                interface Tunnel2
                 tunnel source 10.0.0.1
                 tunnel destination 10.0.0.3
                 tunnel mode ipip
                """);
        String multipoint = run(r1, "show interfaces Tunnel1");
        assertTrue(multipoint.startsWith("Tunnel1 is up, line protocol is down \n"), multipoint);
        assertTrue(multipoint.contains("\n  Tunnel source 10.0.0.1 (Loopback0)\n  Tunnel protocol/transport multi-GRE/IP\n"), multipoint);
        String ipip = run(r1, "show interfaces Tunnel2");
        assertTrue(ipip.contains("\n  MTU 17920 bytes,"), ipip);
        assertTrue(ipip.contains("\n  Tunnel protocol/transport IP/IP\n  Tunnel TTL 255, Fast tunneling enabled\n"
                + "  Tunnel transport MTU 1480 bytes\n"), ipip);
        List<Map<String, String>> rows = TextFsmCheck.parse("show interfaces", ShowInterfaces.render(r1, null));
        Map<String, String> tunnel = rows.stream().filter(row -> "Tunnel0".equals(row.get("INTERFACE"))).findFirst().orElseThrow();
        assertEquals("up", tunnel.get("PROTOCOL_STATUS"));
        assertEquals("17912", tunnel.get("MTU"));
    }

    @Test
    void runningConfigWritesEveryTunnelLineAsIosAndReadsBackAndTheUnmodelledOnesAreReported() {
        configure(r1, """
                interface Tunnel0
                 keepalive
                interface Tunnel2
                 tunnel source 10.0.0.1
                 tunnel mode ipip
                interface Tunnel1
                 tunnel source Loopback0
                 tunnel mode gre multipoint
                interface GigabitEthernet0/2
                 keepalive 20
                """);
        String running = RunningConfigWriter.render(r1);
        assertTrue(running.contains("interface Tunnel0\n vrf forwarding BLUE\n ip address 172.16.13.1 255.255.255.252\n"
                + " ip mtu 1400\n ip nhrp network-id 1\n ip tcp adjust-mss 1360\n keepalive 10 3\n tunnel source Loopback0\n"
                + " tunnel destination 10.0.0.3\n tunnel key 1234\n tunnel protection ipsec profile PROTECT\n!\n"
                + "interface Tunnel1\n no ip address\n tunnel source Loopback0\n tunnel mode gre multipoint\n!\n"
                + "interface Tunnel2\n no ip address\n tunnel source 10.0.0.1\n tunnel mode ipip\n!\n"), running);
        Lab copyLab = new Lab("copy", new Kernel(1));
        Router copy = copyLab.addRouter("r1");
        assertEquals(List.of(), ConfigLoader.apply(copy, running));
        assertEquals(running, RunningConfigWriter.render(copy));
        String unmodelled = run(r1, "show looplab unmodelled");
        assertTrue(unmodelled.contains("tunnel protection ipsec profile PROTECT"), unmodelled);
        assertTrue(unmodelled.contains("ip nhrp network-id 1"), unmodelled);
        assertTrue(unmodelled.contains("  interface Tunnel1: tunnel mode gre multipoint, kept down: no NHRP is simulated\n"), unmodelled);
        assertFalse(unmodelled.contains("tunnel key") || unmodelled.contains("keepalive"), unmodelled);
        // On a port keepalive is kept as written, one of the everyday lines the report leaves out.
        assertTrue(running.contains("interface GigabitEthernet0/2\n no ip address\n keepalive 20\n"), running);
    }
}
