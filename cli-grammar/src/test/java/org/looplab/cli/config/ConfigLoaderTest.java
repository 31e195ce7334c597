package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

class ConfigLoaderTest {
    private final Router router = new Lab("t", new Kernel(1)).addRouter("R1");

    @Test
    void appliesACleanConfigWithoutWarnings() {
        List<String> warnings = ConfigLoader.apply(router, """
                !
                hostname Edge1
                !
                enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0
                username admin privilege 15 secret 0 admin
                !
                interface Loopback0
                 description router id
                 ip address 10.255.0.1 255.255.255.255
                !
                interface GigabitEthernet0/0
                 ip address 10.0.12.1 255.255.255.252
                 no shutdown
                !
                end
                hostname AfterEnd
                """);
        assertEquals(List.of(), warnings);
        assertEquals("Edge1", router.hostname());
        assertEquals("$1$mERr$hx5rVt7rPNoS4wqbXKX7m0", router.enableSecret().hash());
        assertTrue(router.user("admin").secret().matches("admin"));
        Interface lo0 = router.interfaceNamed(InterfaceName.loopback(0));
        assertEquals("router id", lo0.description());
        assertEquals(Ipv4Address.of("10.255.0.1"), lo0.address().address());
        Interface gi0 = router.interfaceNamed(InterfaceName.gigabitEthernet(0));
        assertEquals(30, gi0.address().length());
        assertFalse(gi0.isShutdown());
        assertTrue(router.log().messages().stream().noneMatch(m -> m.text().contains("CONFIG_I")));
    }

    @Test
    void unknownLinesAndTheirBlocksBecomeWarnings() {
        List<String> warnings = ConfigLoader.apply(router, """
                version 15.9
                service timestamps debug datetime msec
                hostname R7
                interface GigabitEthernet0/1
                 negotiation auto
                 ip address 10.1.1.1 255.255.255.0
                interface GigabitEthernet0/9
                 ip address 10.9.9.9 255.255.255.0
                line vty 0 4
                 login local
                 transport input ssh
                ntp server 192.0.2.1
                interface Loopback1
                 ip address 127.0.0.2 255.255.255.255
                """);
        // negotiation auto and logging buffered are kept as settings without behaviour (InertSettings).
        assertEquals(List.of(
                "line 7: interface GigabitEthernet0/9: % Invalid input detected at '^' marker.",
                "line 8: ip address 10.9.9.9 255.255.255.0: skipped: inside a block that was not accepted",
                "line 14: ip address 127.0.0.2 255.255.255.255: Not a valid host address - 127.0.0.2"),
                warnings);
        assertEquals("R7", router.hostname());
        assertEquals(Ipv4Address.of("10.1.1.1"),
                router.interfaceNamed(InterfaceName.gigabitEthernet(1)).address().address());
        assertNull(router.interfaceNamed(InterfaceName.loopback(1)).address());
    }

    @Test
    void runningConfigRoundTrip() {
        ConfigLoader.apply(router, """
                hostname RT
                enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0
                username admin privilege 15 secret admin
                username guest secret guest
                interface Loopback0
                 ip address 10.255.0.1 255.255.255.255
                interface GigabitEthernet0/2
                 description to core
                 ip address 10.0.23.2 255.255.255.0
                 no shutdown
                ip route 0.0.0.0 0.0.0.0 10.0.23.3
                ip route 192.168.5.0 255.255.255.0 GigabitEthernet0/2 10.0.23.7 20
                ip route 10.9.0.0 255.255.0.0 Null0
                ip route 10.8.0.0 255.255.0.0 10.0.23.3 250
                """);
        String written = RunningConfigWriter.render(router);
        Router copy = new Lab("t2", new Kernel(2)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(copy, written));
        assertEquals(written, RunningConfigWriter.render(copy));
        assertTrue(written.contains("""
                ip route 0.0.0.0 0.0.0.0 10.0.23.3
                ip route 10.8.0.0 255.255.0.0 10.0.23.3 250
                ip route 10.9.0.0 255.255.0.0 Null0
                ip route 192.168.5.0 255.255.255.0 GigabitEthernet0/2 10.0.23.7 20
                !
                line con 0
                line aux 0
                line vty 0 4
                 login local
                 transport input ssh
                !
                end
                """), written);
    }

    @Test
    void theLinesOfARefusedNestedBlockNeverLandOnTheBlockAroundIt() {
        List<String> warnings = ConfigLoader.apply(router, """
                router bgp 65000
                 bgp log-neighbor-changes
                 address-family ipv4 vrf CUST
                  network 10.9.0.0 mask 255.255.0.0
                  neighbor 10.9.9.9 remote-as 65009
                 exit-address-family
                 neighbor 192.0.2.2 remote-as 65001
                !
                """);
        assertEquals(List.of(
                "line 3: address-family ipv4 vrf CUST: % VRF CUST does not exist",
                "line 4: network 10.9.0.0 mask 255.255.0.0: skipped: inside a block that was not accepted",
                "line 5: neighbor 10.9.9.9 remote-as 65009: skipped: inside a block that was not accepted",
                "line 6: exit-address-family: skipped: inside a block that was not accepted"), warnings);
        String running = RunningConfigWriter.render(router);
        assertFalse(running.contains("10.9."), running);
        assertTrue(running.contains(" neighbor 192.0.2.2 remote-as 65001\n"), running); // the block around goes on
    }

    @Test
    void dynamipsDefaultsAreKeptAsSettings() {
        // What GNS3's c7200 writes into every startup-config.
        List<String> warnings = ConfigLoader.apply(router, """
                upgrade fpd auto
                gatekeeper
                 shutdown
                !
                mgcp profile default
                !
                """);
        assertEquals(List.of(), warnings);
        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains("upgrade fpd auto\n"), running);
        assertTrue(running.contains("gatekeeper\n shutdown\n"), running);
        assertTrue(running.contains("mgcp profile default\n"), running);
    }

    @Test
    void stopbitsOfTheConsoleAndAuxLinesAreKeptAndWrittenBack() {
        List<String> warnings = ConfigLoader.apply(router, """
                line con 0
                 stopbits 1
                line aux 0
                 stopbits 1
                line vty 0 4
                 login
                """);
        assertEquals(List.of(), warnings);
        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains("line con 0\n stopbits 1\nline aux 0\n stopbits 1\n"), running);
        assertEquals(List.of("line 2: stopbits 3: % Invalid input detected at '^' marker."),
                ConfigLoader.apply(router, "line con 0\n stopbits 3\n"));
        ConfigLoader.apply(router, "line con 0\n no stopbits\n");
        assertFalse(RunningConfigWriter.render(router).contains("line con 0\n stopbits"));
    }

    @Test
    void dhcpAddressesAndDuplexKeywordsOfOldPlatformsAreKept() {
        List<String> warnings = ConfigLoader.apply(router, """
                interface GigabitEthernet0/1
                 ip address dhcp
                 half-duplex
                interface GigabitEthernet0/2
                 full-duplex
                """);
        assertEquals(List.of(), warnings);
        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains(" ip address dhcp\n"), running);
        assertTrue(running.contains(" half-duplex\n"), running);
        assertTrue(running.contains(" full-duplex\n"), running);
        assertNull(router.interfaceNamed(InterfaceName.gigabitEthernet(1)).address()); // no DHCP client is simulated
    }

    @Test
    void iosFifteensIpDomainNameSpellingLetsTheRsaKeyBeGenerated() {
        // CML's IOSv configs: "ip domain name", then the key (it used to get "% Please define a domain-name first.").
        List<String> warnings = ConfigLoader.apply(router, """
                hostname R50
                ip domain name virl.lab
                crypto key generate rsa modulus 1024
                """);
        assertEquals(List.of(), warnings);
        assertTrue(RunningConfigWriter.render(router).contains("ip domain name virl.lab\n"));
        ConfigLoader.apply(router, "no ip domain name\n");
        assertFalse(RunningConfigWriter.render(router).contains("virl.lab"));
    }
}
