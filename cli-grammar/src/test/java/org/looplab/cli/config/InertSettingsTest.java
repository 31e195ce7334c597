package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.PortLayout;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** Everyday and unmodelled lines are kept and written back; refused blocks take their lines with them. */
class InertSettingsTest {
    private static Router router() {
        return new Lab("t", new Kernel(1)).addRouter("R1");
    }

    @Test
    void everydayAndUnmodelledLinesRoundTrip() {
        Router router = router();
        String config = String.join("\n",
                "Building configuration...",
                "",
                "Current configuration : 1234 bytes",
                "!",
                "version 15.6",
                "hostname R1",
                "boot-start-marker",
                "boot-end-marker",
                "no aaa new-model",
                "ip cef",
                "no ip domain lookup",
                "ip domain name lab.example",
                "ipv6 unicast-routing",
                "multilink bundle-name authenticated",
                "username admin privilege 15 password 7 0822455D0A16",
                "redundancy",
                "interface GigabitEthernet0/0",
                " ip address 10.0.0.1 255.255.255.0",
                " ip nat inside",
                " duplex auto",
                " speed auto",
                "router eigrp 100",
                " network 10.0.0.0",
                " no auto-summary",
                "ip forward-protocol nd",
                "no ip http server",
                "ip access-list extended WEB",
                " permit tcp any any eq www",
                "snmp-server community public RO",
                "control-plane",
                "ntp server 10.0.0.254",
                "end");
        ConfigLoader.Report report = ConfigLoader.load(router, config);
        assertEquals(List.of(), report.warnings());
        assertEquals(0, report.refused());
        // The access list, the SNMP community, the domain name, no aaa new-model, duplex and speed are modelled (applied), the rest kept.
        assertEquals(15, report.kept(), report.toString());
        String running = RunningConfigWriter.render(router);
        for (String expected : List.of("version 15.6\n", "hostname R1\n!\nboot-start-marker\nboot-end-marker\n",
                "no aaa new-model\nip cef\nno ip domain lookup\nip domain name lab.example\nipv6 unicast-routing\n"
                        + "multilink bundle-name authenticated\n!\nusername admin privilege 15 password 7 0822455D0A16\n!\nredundancy\n!\n",
                "interface GigabitEthernet0/0\n ip address 10.0.0.1 255.255.255.0\n ip nat inside\n duplex auto\n speed auto\n",
                "ip forward-protocol nd\nno ip http server\n!\n",
                "router eigrp 100\n network 10.0.0.0\n no auto-summary\n",
                "ip access-list extended WEB\n permit tcp any any eq www\n",
                "snmp-server community public RO\n", "control-plane\n", "ntp server 10.0.0.254\n!\n",
                "!\nntp server 10.0.0.254\n!\nend\n")) {
            assertTrue(running.contains(expected), expected + " in\n" + running);
        }
        // The round trip: running-config loads back to the same running-config, with nothing refused.
        Router again = router();
        ConfigLoader.Report back = ConfigLoader.load(again, running);
        assertEquals(List.of(), back.warnings());
        assertEquals(running, RunningConfigWriter.render(again));

        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        String report1 = session.execute("show looplab unmodelled");
        assertTrue(report1.contains("  router eigrp 100  (+2 lines)\n"), report1);
        assertTrue(report1.contains("  ntp server 10.0.0.254\n") && !report1.contains("snmp-server"), report1);
        assertTrue(report1.contains("  interface GigabitEthernet0/0: ip nat inside\n"), report1);
        assertTrue(!report1.contains("ip cef") && !report1.contains("duplex"), report1);
        session.execute("configure terminal");
        assertEquals("", session.execute("no snmp-server community public RO"));
        assertEquals("", session.execute("no ntp server 10.0.0.254"));
        String after = RunningConfigWriter.render(router);
        assertTrue(!after.contains("snmp-server") && !after.contains("ntp server"), after);
        // A typo in a kept line's head still gets IOS's caret.
        assertEquals(" ".repeat("R1(config)#snmp-serv".length()) + "^\n% Invalid input detected at '^' marker.\n\n",
                session.execute("snmp-servr community x RO"));
    }

    /** As IOS 15 writes an interface: mtu and bandwidth after the description, ip lines, shutdown, then the port's own. */
    @Test
    void interfaceSettingsComeInIosOrder() {
        Router router = router();
        CliSession session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
        session.execute("interface GigabitEthernet0/2");
        for (String line : List.of("media-type rj45", "speed 100", "duplex full", "ip mtu 1300", "mtu 1400", "bandwidth 5000",
                "ip address 10.5.7.1 255.255.255.0 secondary", "ip address 10.5.6.1 255.255.255.0", "description test")) {
            assertEquals("", session.execute(line), line);
        }
        session.execute("end");
        String block = """
                interface GigabitEthernet0/2
                 description test
                 mtu 1400
                 bandwidth 5000
                 ip address 10.5.7.1 255.255.255.0 secondary
                 ip address 10.5.6.1 255.255.255.0
                 ip mtu 1300
                 shutdown
                 duplex full
                 speed 100
                 media-type rj45
                """;
        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains(block), running);
        Router copy = router();
        ConfigLoader.load(copy, running);
        assertEquals(running, RunningConfigWriter.render(copy));
    }

    @Test
    void aRefusedBlockTakesItsFlatLinesWithIt() {
        Router router = router();
        ConfigLoader.Report report = ConfigLoader.load(router, String.join("\n",
                "interface GigabitEthernet0/1",
                "ip address 10.1.1.1 255.255.255.0",
                "interface Serial0/0/0",
                "ip address 10.9.9.1 255.255.255.252",
                "clock rate 64000",
                "!",
                "hostname FLAT",
                ""));
        assertEquals("FLAT", router.hostname());
        assertEquals("10.1.1.1", router.interfaceNamed(InterfaceName.gigabitEthernet(1)).address().address().toString());
        assertEquals(List.of(
                "line 3: interface Serial0/0/0: % Invalid input detected at '^' marker.",
                "line 4: ip address 10.9.9.1 255.255.255.252: skipped: inside a block that was not accepted",
                "line 5: clock rate 64000: skipped: inside a block that was not accepted"), report.warnings());
        assertEquals(3, report.refused());
    }

    @Test
    void serialLinesKeepEncapsulationAndClockRate() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1", PortLayout.ANY_HARDWARE);
        ConfigLoader.Report report = ConfigLoader.load(router, String.join("\n",
                "interface Serial0/0/0",
                " ip address 10.9.9.1 255.255.255.252",
                " encapsulation ppp",
                " clock rate 64000",
                ""));
        assertEquals(List.of(), report.warnings());
        assertTrue(RunningConfigWriter.render(router).contains(
                "interface Serial0/0/0\n ip address 10.9.9.1 255.255.255.252\n encapsulation ppp\n clock rate 64000\n"));
    }

    @Test
    void credentialsOfEveryForm() {
        Router router = router();
        ConfigLoader.Report report = ConfigLoader.load(router, String.join("\n",
                "enable secret 9 $9$2MJBozw/9R3UsU$2lFhcKvpghcyw8deP25GOfyZaagyUOGBymkryvOdfo6",
                "enable password 7 0822455D0A16",
                "username a privilege 15 secret 8 $8$TnGX/fE4KGHOVU$pEhnEvxrvaynpi8j4f.EMHr6M.FzU8xnZnBr/tJdFWk",
                "username b password 0 plain",
                "username c privilege 15 algorithm-type scrypt secret lab",
                "username d secret 8 $8$broken",
                ""));
        assertEquals(List.of("line 6: username d secret 8 $8$broken: ERROR: The secret you entered is not a valid "
                + "encrypted secret. To enter an UNENCRYPTED secret, do not specify type 8 encryption. When you "
                + "properly enter an UNENCRYPTED secret, it will be encrypted."), report.warnings());
        assertTrue(router.enableSecret().matches("hashcat"));
        assertTrue(router.enablePassword().matches("cisco"));
        assertTrue(router.user("a").secret().matches("hashcat"));
        assertTrue(router.user("b").secret().matches("plain"));
        assertEquals(9, router.user("c").secret().type());
        assertTrue(router.user("c").secret().matches("lab"));
        assertNull(router.user("d"));
        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains("enable secret 9 $9$2MJBozw/9R3UsU$2lFhcKvpghcyw8deP25GOfyZaagyUOGBymkryvOdfo6\n"
                + "enable password 7 0822455D0A16\n"), running);
        assertTrue(running.contains("username b password 0 plain\n"), running);
        Router again = router();
        assertEquals(List.of(), ConfigLoader.apply(again, running));
        assertEquals(running, RunningConfigWriter.render(again));
    }

    /** As a console paste has them (CML's public labs): the submode lines of kept blocks at the margin. */
    @Test
    void flatKeptBlocksTakeTheirSubmodeLinesAndWriteThemBackIndented() {
        Router router = router();
        String config = """
                hostname R1
                call-home
                ! If contact email address in call-home is configured as sch-smart-licensing@cisco.com
                contact-email-addr sch-smart-licensing@cisco.com
                profile "CiscoTAC-1"
                  active
                  destination transport-method http
                  no destination transport-method email
                !
                no ip domain lookup
                crypto pki trustpoint SLA-TrustPoint
                enrollment pkcs12
                revocation-check crl
                !
                crypto pki certificate chain SLA-TrustPoint
                certificate ca 01
                  30820321 30820209 A0030201 02020101
                  D697DF7F 28
                  \tquit
                !
                router eigrp 1
                 network 15.0.15.0 0.0.0.3
                 !
                 address-family ipv4 vrf MAGASIN
                  redistribute bgp 1 metric 1 1 255 1 1500
                  autonomous-system 1
                 exit-address-family
                 eigrp router-id 15.0.15.1
                !
                event manager applet do-ssh authorization bypass
                 event timer cron cron-entry "@reboot" maxrun 130
                action 01 wait 10
                action 21 cli command "no event manager applet do-ssh"
                !
                end
                """;
        ConfigLoader.Report report = ConfigLoader.load(router, config);
        assertEquals(List.of(), report.warnings());
        String running = RunningConfigWriter.render(router);
        for (String expected : List.of(
                "call-home\n contact-email-addr sch-smart-licensing@cisco.com\n profile \"CiscoTAC-1\"\n  active\n"
                        + "  destination transport-method http\n  no destination transport-method email\n",
                "crypto pki trustpoint SLA-TrustPoint\n enrollment pkcs12\n revocation-check crl\n",
                "crypto pki certificate chain SLA-TrustPoint\n certificate ca 01\n  30820321 30820209 A0030201 02020101\n"
                        + "  D697DF7F 28\n  \tquit\n",
                "router eigrp 1\n network 15.0.15.0 0.0.0.3\n !\n address-family ipv4 vrf MAGASIN\n"
                        + "  redistribute bgp 1 metric 1 1 255 1 1500\n  autonomous-system 1\n exit-address-family\n"
                        + " eigrp router-id 15.0.15.1\n",
                "event manager applet do-ssh authorization bypass\n event timer cron cron-entry \"@reboot\" maxrun 130\n"
                        + " action 01 wait 10\n action 21 cli command \"no event manager applet do-ssh\"\n")) {
            assertTrue(running.contains(expected), expected + " in\n" + running);
        }
        Router again = router();
        assertEquals(List.of(), ConfigLoader.apply(again, running));
        assertEquals(running, RunningConfigWriter.render(again));
        String unmodelled = new CliSession(router, "admin", 15, "127.0.0.1").execute("show looplab unmodelled");
        assertTrue(unmodelled.contains("  event manager applet do-ssh authorization bypass  (+3 lines)\n"), unmodelled);
    }

    /** After a kept block's lines and a "!", a line that is no command gets its caret, not the block. */
    @Test
    void aTypoAfterAKeptBlockIsStillRefused() {
        Router router = router();
        List<String> warnings = ConfigLoader.apply(router, String.join("\n",
                "crypto pki trustpoint TP", "enrollment selfsigned", "!", "hostnme R9", "end"));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("line 4: hostnme R9: % Invalid input"), warnings.toString());
        assertTrue(RunningConfigWriter.render(router).contains("crypto pki trustpoint TP\n enrollment selfsigned\n!\n"));
    }

    /** IOS accepts IPv6 neighbours and the ipv6 address family; looplab keeps them, as written, without a session. */
    @Test
    void ipv6BgpNeighboursAndTheirFamilyAreKeptAndRoundTrip() {
        Router router = router();
        String bgp = """
                router bgp 101
                 bgp router-id 1.1.1.1
                 bgp log-neighbor-changes
                 no bgp default ipv4-unicast
                 neighbor 10.0.0.2 remote-as 101
                 neighbor 2001::2 remote-as 101
                 neighbor 2001::2 update-source Loopback0
                 !
                 address-family ipv4
                  neighbor 10.0.0.2 activate
                 exit-address-family
                 !
                 address-family ipv6
                  network 2001:192:168:3::/64
                  neighbor 2001::2 activate
                 exit-address-family
                !
                """;
        String unmodelled = loadWrittenBackAsTyped(router, bgp);
        assertTrue(unmodelled.contains("  router bgp 101: neighbor 2001::2 remote-as 101\n")
                && unmodelled.contains("  router bgp 101 address-family ipv6: network 2001:192:168:3::/64\n")
                && !unmodelled.contains("10.0.0.2"), unmodelled);
        CliSession session = CliSession.configuring(router);
        session.execute("router bgp 101");
        assertEquals("% Specify remote-as or peer-group commands first\n", session.execute("neighbor 2001::9 update-source Loopback0"));
        assertEquals("% Create the peer-group first\n", session.execute("neighbor 2001::zz remote-as 5"));
        session.execute("address-family ipv6");
        assertTrue(session.execute("network 2001::/129").contains("% Invalid input detected at '^' marker."));
        assertEquals("% Specify remote-as or peer-group commands first\n", session.execute("neighbor 2001::9 activate"));
        session.execute("exit-address-family");
        assertEquals("", session.execute("no neighbor 2001::2"));
        String after = RunningConfigWriter.render(router);
        assertTrue(!after.contains("2001::2") && after.contains("  network 2001:192:168:3::/64\n"), after);
        assertEquals("", session.execute("no address-family ipv6"));
        assertTrue(!RunningConfigWriter.render(router).contains("address-family ipv6"));
    }

    /**
     * RIP and EIGRP are not simulated: OSPF and BGP keep their redistribute lines, which bring no route, and
     * list them; redistribute bgp into OSPF is modelled.
     */
    @Test
    void redistributionFromRipAndEigrpIsKeptAndBgpIntoOspfModelled() {
        Router router = router();
        String config = """
                router ospf 1
                 redistribute bgp 1 subnets
                 redistribute rip subnets
                 redistribute eigrp 1 metric 5 subnets
                !
                router bgp 1
                 bgp log-neighbor-changes
                 redistribute connected
                 redistribute rip
                 redistribute eigrp 1 metric 5
                !
                """;
        String unmodelled = loadWrittenBackAsTyped(router, config);
        assertTrue(unmodelled.contains("  router bgp 1: redistribute rip\n  router bgp 1: redistribute eigrp 1\n")
                && unmodelled.contains("  router ospf 1: redistribute rip\n  router ospf 1: redistribute eigrp 1\n")
                && !unmodelled.contains("connected") && !unmodelled.contains("redistribute bgp"), unmodelled);
        CliSession session = CliSession.configuring(router);
        session.execute("router bgp 1");
        assertTrue(session.execute("redistribute eigrp 0").contains("% Invalid input detected at '^' marker."));
        assertEquals("", session.execute("no redistribute rip"));
        session.execute("router ospf 1");
        assertEquals("% Only classful networks will be redistributed\n", session.execute("redistribute bgp 1"));
        assertEquals("", session.execute("no redistribute bgp 1"));
        String running = RunningConfigWriter.render(router);
        assertTrue(!running.contains("redistribute bgp") && running.contains(" redistribute connected\n redistribute eigrp 1 metric 5\n"), running);
    }

    /**
     * Loads {@code block} without a warning, finds it as typed in running-config, which loads back to itself;
     * answers {@code show looplab unmodelled}.
     */
    private static String loadWrittenBackAsTyped(Router router, String block) {
        assertEquals(List.of(), ConfigLoader.apply(router, block));
        String running = RunningConfigWriter.render(router);
        assertTrue(running.contains(block), block + " in\n" + running);
        Router again = router();
        assertEquals(List.of(), ConfigLoader.apply(again, running));
        assertEquals(running, RunningConfigWriter.render(again));
        return new CliSession(router, "admin", 15, "127.0.0.1").execute("show looplab unmodelled");
    }

    /** Track objects are not simulated: a static route that follows one is kept, not installed, and listed. */
    @Test
    void aTrackedStaticRouteIsKeptNotInstalled() {
        Router router = router();
        String unmodelled = loadWrittenBackAsTyped(router, "ip route 0.0.0.0 0.0.0.0 209.165.201.1 2 track 1\n");
        assertTrue(unmodelled.contains("  ip route 0.0.0.0 0.0.0.0 209.165.201.1 2 track 1\n"), unmodelled);
        assertNull(router.rib().get(org.looplab.net.Ipv4Prefix.DEFAULT_ROUTE));
        CliSession session = CliSession.configuring(router);
        assertTrue(session.execute("ip route 0.0.0.0 0.0.0.0 209.165.201.1 track 1001").contains("% Invalid input"));
        assertEquals("", session.execute("no ip route 0.0.0.0 0.0.0.0 209.165.201.1 2 track 1"));
        assertTrue(!RunningConfigWriter.render(router).contains("track"));
    }
}
