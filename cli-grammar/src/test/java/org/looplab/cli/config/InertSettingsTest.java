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
}
