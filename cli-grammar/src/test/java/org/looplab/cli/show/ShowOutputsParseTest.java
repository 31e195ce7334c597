package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.router.VtySessions;
import org.looplab.sim.Kernel;

/** Our show outputs, parsed by the TextFSM templates Netmiko, NAPALM and Ansible users rely on. */
class ShowOutputsParseTest {
    private Kernel kernel;
    private Lab lab;
    private Router r1;
    private Link link;

    @BeforeEach
    void triangleCorner() {
        kernel = new Kernel(3);
        lab = new Lab("t", kernel);
        lab.setCalendarAtStart(Instant.parse("2026-11-22T09:00:00Z"));
        r1 = lab.addRouter("r1");
        r1.setHostname("R1");
        Router r2 = lab.addRouter("r2");
        link = lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        configure(r1, InterfaceName.gigabitEthernet(0), "10.0.12.1", "255.255.255.0");
        configure(r2, InterfaceName.gigabitEthernet(0), "10.0.12.2", "255.255.255.0");
        configure(r1, InterfaceName.loopback(0), "10.0.0.1", "255.255.255.255");
        r1.setDescription(r1.interfaceNamed(InterfaceName.gigabitEthernet(0)), "to r2 Gi0/0");
        kernel.schedule(3_723_000_000_000L, () -> lab.setConnected(link, false)); // 1 h 2 min 3 s
        kernel.runUntilIdle();
    }

    private static void configure(Router router, InterfaceName name, String address, String mask) {
        Interface iface = router.enterInterface(name);
        router.setAddress(iface, Ipv4Address.of(address), Ipv4Address.of(mask));
        router.setShutdown(iface, false);
    }

    @Test
    void showIpInterfaceBrief() throws Exception {
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip interface brief", ShowIpInterfaceBrief.render(r1));
        assertEquals(5, rows.size());
        assertEquals(Map.of("INTERFACE", "GigabitEthernet0/0", "IP_ADDRESS", "10.0.12.1", "STATUS", "down", "PROTO", "down"),
                rows.get(0));
        assertEquals(Map.of("INTERFACE", "GigabitEthernet0/1", "IP_ADDRESS", "unassigned",
                "STATUS", "administratively down", "PROTO", "down"), rows.get(1));
        assertEquals(Map.of("INTERFACE", "Loopback0", "IP_ADDRESS", "10.0.0.1", "STATUS", "up", "PROTO", "up"),
                rows.get(4));
    }

    @Test
    void showInterfaces() throws Exception {
        List<Map<String, String>> rows = TextFsmCheck.parse("show interfaces", ShowInterfaces.render(r1, null));
        assertEquals(5, rows.size());
        Map<String, String> gi0 = rows.get(0);
        assertEquals("GigabitEthernet0/0", gi0.get("INTERFACE"));
        assertEquals("down", gi0.get("LINK_STATUS"));
        assertEquals("down", gi0.get("PROTOCOL_STATUS"));
        assertEquals("10.0.12.1", gi0.get("IP_ADDRESS"));
        assertEquals("24", gi0.get("PREFIX_LENGTH"));
        assertEquals("to r2 Gi0/0", gi0.get("DESCRIPTION"));
        assertEquals("5254.0000.0100", gi0.get("MAC_ADDRESS"), "52:54:00, router 1, port 0");
        assertEquals("1500", gi0.get("MTU"));
        Map<String, String> loopback = rows.get(4);
        assertEquals("Loopback0", loopback.get("INTERFACE"));
        assertEquals("up", loopback.get("LINK_STATUS"));
        assertEquals("32", loopback.get("PREFIX_LENGTH"));
        assertEquals("Loopback", loopback.get("HARDWARE_TYPE"));
    }

    @Test
    void showVersion() throws Exception {
        Map<String, String> version = TextFsmCheck.parse("show version", ShowVersion.render(r1)).get(0);
        assertEquals("15.9(3)M6", version.get("VERSION"));
        assertEquals("VIOS-ADVENTERPRISEK9-M", version.get("SOFTWARE_IMAGE"));
        assertEquals("R1", version.get("HOSTNAME"));
        assertEquals("1 hour, 2 minutes", version.get("UPTIME"));
        assertEquals("[\"IOSv\"]", version.get("HARDWARE"));
        assertEquals("0x0", version.get("CONFIG_REGISTER"));
        assertTrue(version.get("SERIAL").matches("\\[\"[0-9A-Z]{20}\"\\]"), version.get("SERIAL"));
    }

    @Test
    void showIpInterface() throws Exception {
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip interface", ShowIpInterface.render(r1, null));
        assertEquals(5, rows.size(), rows.toString());
        Map<String, String> gi0 = rows.get(0);
        assertEquals("GigabitEthernet0/0", gi0.get("INTERFACE"));
        assertEquals("down", gi0.get("LINK_STATUS"));
        assertEquals("down", gi0.get("PROTOCOL_STATUS"));
        assertEquals("[\"10.0.12.1\"]", gi0.get("IP_ADDRESS"));
        assertEquals("[\"24\"]", gi0.get("PREFIX_LENGTH"));
        assertEquals("1500", gi0.get("MTU"));
        assertEquals("[]", gi0.get("IP_HELPER"));
        assertEquals("", gi0.get("OUTGOING_ACL"));
        assertEquals("", gi0.get("INBOUND_ACL"));
        Map<String, String> gi1 = rows.get(1);
        assertEquals("GigabitEthernet0/1", gi1.get("INTERFACE"));
        assertEquals("administratively down", gi1.get("LINK_STATUS"));
        assertEquals("[]", gi1.get("IP_ADDRESS"));
        assertEquals("", gi1.get("MTU"));
        Map<String, String> loopback = rows.get(4);
        assertEquals("Loopback0", loopback.get("INTERFACE"));
        assertEquals("up", loopback.get("LINK_STATUS"));
        assertEquals("up", loopback.get("PROTOCOL_STATUS"));
        assertEquals("[\"10.0.0.1\"]", loopback.get("IP_ADDRESS"));
        assertEquals("[\"32\"]", loopback.get("PREFIX_LENGTH"));
        assertEquals("1514", loopback.get("MTU"));
    }

    @Test
    void showIpInterfaceOfOneInterface() throws Exception {
        Interface loopback = r1.interfaceNamed(InterfaceName.loopback(0));
        // The community index maps only the bare command to this template; the output has the same form.
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip interface", ShowIpInterface.render(r1, loopback));
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Loopback0", rows.get(0).get("INTERFACE"));
    }

    @Test
    void showClock() throws Exception {
        List<Map<String, String>> rows = TextFsmCheck.parse("show clock", ShowClock.render(r1));
        assertEquals(List.of(Map.of("TIME", "10:02:03.000", "TIMEZONE", "UTC", "DAYWEEK", "Sun", "MONTH", "Nov",
                "DAY", "22", "YEAR", "2026")), rows);
    }

    @Test
    void showLogging() throws Exception {
        List<Map<String, String>> rows = TextFsmCheck.parse("show logging", ShowLogging.render(r1));
        Map<String, String> last = rows.get(rows.size() - 1);
        assertEquals("Nov", last.get("MONTH"));
        assertEquals("22", last.get("DAY"));
        assertEquals("10:02:03.000", last.get("TIME"));
        assertEquals("LINEPROTO", last.get("FACILITY"));
        assertEquals("5", last.get("SEVERITY"));
        assertEquals("UPDOWN", last.get("MNEMONIC"));
        assertEquals("[\"Line protocol on Interface GigabitEthernet0/0, changed state to down\"]", last.get("MESSAGE"));
    }

    @Test
    void uptimeWording() {
        assertEquals("0 minutes", ShowVersion.uptime(59_000_000_000L));
        assertEquals("1 minute", ShowVersion.uptime(60_000_000_000L));
        assertEquals("1 day, 1 minute", ShowVersion.uptime((24 * 60 + 1) * 60_000_000_000L));
        assertEquals("2 weeks, 3 hours, 0 minutes", ShowVersion.uptime((14 * 24 * 60 + 180) * 60_000_000_000L));
    }

    @Test
    void showUsers() throws Exception {
        VtySessions.Session asking = r1.vtySessions().open("admin", "127.0.0.1", kernel.now());
        r1.vtySessions().open("oper", "10.0.0.2", 0); // idle since the lab started
        List<Map<String, String>> rows = TextFsmCheck.parse("show users",
                ShowUsers.render(r1.vtySessions().list(), asking, "admin", kernel.now()));
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Map.of("LINE", "*  2 vty 0", "USER", "admin", "HOSTS", "idle", "IDLE", "00:00:00",
                "LOCATION", "127.0.0.1"), rows.get(0));
        assertEquals(Map.of("LINE", "3 vty 1", "USER", "oper", "HOSTS", "idle", "IDLE", "01:02:03",
                "LOCATION", "10.0.0.2"), rows.get(1));
    }
}
