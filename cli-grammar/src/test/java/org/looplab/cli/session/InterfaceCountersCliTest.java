package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.show.TextFsmCheck;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** show interfaces and show ip traffic report what the data plane counted; clear counters restarts them. */
class InterfaceCountersCliTest {
    private static final long SECOND = 1_000_000_000L;
    private Kernel kernel;
    private Router r1;
    private CliSession session;

    @BeforeEach
    void twoRouters() {
        kernel = new Kernel(5);
        Lab lab = new Lab("t", kernel);
        r1 = lab.addRouter("r1");
        r1.setHostname("R1");
        Router r2 = lab.addRouter("r2");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        configure(r1, "10.0.12.1");
        configure(r2, "10.0.12.2");
        kernel.runUntilIdle();
        session = new CliSession(r1, "admin", 15, "127.0.0.1");
    }

    private static void configure(Router router, String address) {
        Interface iface = router.enterInterface(InterfaceName.gigabitEthernet(0));
        router.setAddress(iface, Ipv4Address.of(address), Ipv4Address.of("255.255.255.0"));
        router.setShutdown(iface, false);
    }

    private String ping() {
        session.submit("ping 10.0.12.2");
        kernel.runUntilIdle();
        return session.execute("show interfaces GigabitEthernet0/0");
    }

    @Test
    void aPingShowsInTheCountersTheTemplateReads() throws Exception {
        String before = session.execute("show interfaces GigabitEthernet0/0");
        assertTrue(before.contains("  Last input never, output never, output hang never\n"), before);
        ping();
        kernel.runUntil(kernel.now() + 6 * SECOND); // past the next 5-second sample
        String after = session.execute("show interfaces GigabitEthernet0/0");
        Map<String, String> row = TextFsmCheck.parse("show interfaces", after).get(0);
        assertEquals("6", row.get("INPUT_PACKETS"), "five echo replies and the ARP reply");
        assertEquals("6", row.get("OUTPUT_PACKETS"), "five echoes and the ARP request");
        assertEquals("00:00:06", row.get("LAST_INPUT"));
        assertEquals("00:00:06", row.get("LAST_OUTPUT"));
        assertTrue(after.contains("     6 packets input, 630 bytes, 0 no buffer\n"), after);
        assertTrue(after.contains("     Received 0 broadcasts (0 IP multicasts)\n"), after);
        assertTrue(Long.parseLong(row.get("INPUT_RATE")) > 0, "a ping leaves a trace in the 5-minute rate");
    }

    @Test
    void clearCountersAsksThenCountsFromZeroAndLogsWhoDidIt() throws Exception {
        ping();
        session.execute("clear counters");
        assertEquals("Clear \"show interface\" counters on all interfaces [confirm]", session.prompt());
        session.execute("n");
        assertTrue(session.execute("show interfaces Gi0/0").contains("     6 packets input, 630 bytes"));

        session.execute("clear counters gi0/0");
        assertEquals("Clear \"show interface\" counters on this interface [confirm]", session.prompt());
        session.execute("");
        assertEquals("R1#", session.prompt());
        kernel.runUntil(kernel.now() + 65 * SECOND);
        String cleared = session.execute("show interfaces Gi0/0");
        assertTrue(cleared.contains("     0 packets input, 0 bytes, 0 no buffer\n"), cleared);
        assertTrue(cleared.contains("     0 packets output, 0 bytes, 0 underruns\n"), cleared);
        assertTrue(cleared.contains("  Last clearing of \"show interface\" counters 00:01:05\n"), cleared);
        assertTrue(session.execute("show logging").contains(
                "%CLEAR-5-COUNTERS: Clear counter on interface GigabitEthernet0/0 by console"));
        assertTrue(r1.interfaceNamed(InterfaceName.gigabitEthernet(0)).counters().inUnicastPackets() >= 5,
                "SNMP's counters are not cleared");
        assertEquals("% Invalid input detected at '^' marker.\n",
                session.execute("clear counters Gi0/9").lines().skip(1).findFirst().orElse("") + "\n");
    }

    @Test
    void showIpTrafficCountsEchoesBothWays() throws Exception {
        ping();
        String traffic = session.execute("show ip traffic");
        assertTrue(traffic.startsWith("IP statistics:\n  Rcvd:  5 total, 5 local destination\n"), traffic);
        assertTrue(traffic.contains("  Sent:  5 generated, 0 forwarded\n"), traffic);
        assertTrue(traffic.contains("        0 echo, 5 echo reply, 0 mask requests"), traffic);
        assertTrue(traffic.contains("  Sent: 0 redirects, 0 unreachable, 5 echo, 0 echo reply\n"), traffic);
        assertTrue(traffic.contains("  Rcvd: 0 requests, 1 replies, 0 reverse, 0 other\n"
                + "  Sent: 1 requests, 0 replies (0 proxy), 0 reverse\n"), traffic);
        List<String> sections = traffic.lines().filter(line -> line.endsWith("statistics:")).toList();
        assertEquals(List.of("IP statistics:", "ICMP statistics:", "UDP statistics:", "TCP statistics:",
                "OSPF statistics:", "ARP statistics:"), sections);
    }

    @Test
    void showIpArpListsOwnAndLearnedEntriesThatAgeAndClear() throws Exception {
        assertEquals(1, TextFsmCheck.parse("show ip arp", session.execute("show ip arp")).size(), "only its own address");
        ping();
        kernel.runUntil(kernel.now() + 3 * 60 * SECOND);
        String arp = session.execute("show ip arp");
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip arp", arp);
        assertEquals(List.of("-", "3"), rows.stream().map(r -> r.get("AGE")).toList(), arp);
        assertEquals("10.0.12.2", rows.get(1).get("IP_ADDRESS"));
        assertEquals("GigabitEthernet0/0", rows.get(1).get("INTERFACE"));
        assertTrue(arp.contains("\nInternet  10.0.12.2               3   5254.0000.0200  ARPA   GigabitEthernet0/0\n"), arp);
        assertEquals(arp, session.execute("show arp"));
        assertEquals(2, TextFsmCheck.parse("show arp", session.execute("sh arp")).size());
        assertEquals(1, session.execute("show ip arp 10.0.12.2").lines().count() - 1);
        session.execute("clear arp-cache interface GigabitEthernet0/0");
        assertEquals(1, session.execute("show ip arp").lines().count() - 1);
        ping();
        kernel.runUntil(kernel.now() + 4 * 3600 * SECOND);
        assertEquals(1, session.execute("show ip arp").lines().count() - 1, "aged out after 4 hours");
    }

    @Test
    void arpTimeoutOnTheInterfaceAgesEntriesSoonerOrNeverAndIsWrittenBack() {
        session.execute("configure terminal");
        session.execute("interface GigabitEthernet0/0");
        assertEquals("", session.execute("arp timeout 60"));
        session.execute("end");
        assertTrue(session.execute("show running-config").contains("\n ip address 10.0.12.1 255.255.255.0\n arp timeout 60\n"));
        ping();
        assertEquals(2, session.execute("show ip arp").lines().count() - 1);
        kernel.runUntil(kernel.now() + 61 * SECOND);
        assertEquals(1, session.execute("show ip arp").lines().count() - 1, "aged out after 60 s");

        session.execute("configure terminal");
        session.execute("interface GigabitEthernet0/0");
        session.execute("arp timeout 0");
        ping();
        kernel.runUntil(kernel.now() + 24 * 3600 * SECOND);
        assertEquals(2, session.execute("show ip arp").lines().count() - 1, "arp timeout 0: never ages");
        session.execute("no arp timeout");
        String refused = session.execute("arp timeout 2147484");
        assertTrue(refused.contains("% Invalid input detected at '^' marker."), refused);
        session.execute("end");
        assertTrue(!session.execute("show running-config").contains("arp timeout"), "the default is not written");
    }
}
