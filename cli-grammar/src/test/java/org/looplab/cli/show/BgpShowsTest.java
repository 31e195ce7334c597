package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.BgpNeighbor;
import org.looplab.cli.session.CliSession;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Lab;
import org.looplab.sim.Kernel;

/**
 * The BGP reports and {@code clear ip bgp} typed at R1 of the shipped triangle (OSPF, iBGP full mesh between
 * Loopback0s, 192.168.N.0/24 from each router), converged on the virtual clock: exact key lines, and the
 * community TextFSM templates parse them to the right values.
 */
class BgpShowsTest {
    private BgpTriangleLab lab;
    private CliSession r1;

    @BeforeEach
    void converge() throws Exception {
        lab = new BgpTriangleLab();
        lab.run(120);
        r1 = new CliSession(lab.r1, "admin", 15, "test");
    }

    private String type(String line) {
        return r1.execute(line);
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String key, String value) {
        return rows.stream().filter(row -> value.equals(row.get(key))).findFirst()
                .orElseThrow(() -> new AssertionError(key + " " + value + " not in " + rows));
    }

    @Test
    void tableHasEveryPrefixWithIosFlagsNextHopsAndWeights() throws Exception {
        String shown = type("show ip bgp");
        assertTrue(shown.startsWith("BGP table version is 4, local router ID is 10.0.0.1\n"), shown);
        assertTrue(shown.contains("""
                     Network          Next Hop            Metric LocPrf Weight Path
                 *>   192.168.1.0      0.0.0.0                  0         32768 i
                 *>i  192.168.2.0      10.0.0.2                 0    100      0 i
                 *>i  192.168.3.0      10.0.0.3                 0    100      0 i
                """), shown);
        assertEquals(shown, type("show bgp ipv4 unicast"));
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip bgp", shown);
        assertEquals(3, rows.size(), shown);
        Map<String, String> local = row(rows, "NETWORK", "192.168.1.0");
        assertEquals("0.0.0.0", local.get("NEXT_HOP"));
        assertEquals("32768", local.get("WEIGHT"));
        assertEquals("", local.get("LOCAL_PREF"));
        Map<String, String> r2 = row(rows, "NETWORK", "192.168.2.0");
        assertEquals("10.0.0.2", r2.get("NEXT_HOP"));
        assertEquals("100", r2.get("LOCAL_PREF"));
        assertEquals("i", r2.get("ORIGIN"));
        assertEquals("10.0.0.3", row(rows, "NETWORK", "192.168.3.0").get("NEXT_HOP"));
    }

    @Test
    void summaryShowsBothSessionsEstablishedWithOnePrefixEach() throws Exception {
        String shown = type("show ip bgp summary");
        assertTrue(shown.startsWith("""
                BGP router identifier 10.0.0.1, local AS number 65000
                BGP table version is 4, main routing table version 4
                3 network entries using 432 bytes of memory
                3 path entries using 240 bytes of memory
                3/3 BGP path/bestpath attribute entries using 408 bytes of memory
                1 BGP AS-PATH entries using 24 bytes of memory
                """), shown);
        assertTrue(shown.contains("BGP activity 3/0 prefixes, 3/0 paths, scan interval 60 secs\n"), shown);
        assertTrue(shown.matches("(?s).*\n10\\.0\\.0\\.2        4        65000 +\\d+ +\\d+ +4    0    0 00:01:\\d\\d        1\n.*"),
                shown);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip bgp summary", shown);
        assertEquals(2, rows.size(), shown);
        for (Map<String, String> row : rows) {
            assertEquals("65000", row.get("NEIGHBOR_AS"));
            assertEquals("1", row.get("STATE_OR_PREFIXES_RECEIVED"));
            assertEquals("10.0.0.1", row.get("ROUTER_ID"));
        }
        BgpNeighbor r2 = Bgp.of(lab.r1).speaker().neighbor(Ipv4Address.of("10.0.0.2"));
        Map<String, String> r2row = row(rows, "BGP_NEIGHBOR", "10.0.0.2");
        assertEquals(Long.toString(r2.messages().totalReceived()), r2row.get("MESSAGES_RECEIVED"));
        assertEquals(Long.toString(r2.messages().totalSent()), r2row.get("MESSAGES_SENT"));
        assertEquals(shown, type("show bgp ipv4 unicast summary"));
        assertEquals(shown, type("sh ip bg su"));
        String all = type("show bgp all summary");
        assertEquals("For address family: IPv4 Unicast\n" + shown, all);
        assertEquals(2, TextFsmCheck.parse("show ip bgp all summary", all).size());
    }

    @Test
    void neverEstablishedAndAdminShutdownNeighbors() throws Exception {
        type("configure terminal");
        type("router bgp 65000");
        type("neighbor 10.0.0.9 remote-as 65000");
        type("neighbor 10.0.0.3 shutdown");
        type("end");
        lab.run(10);
        String shown = type("show ip bgp summary");
        assertTrue(shown.contains("\n10.0.0.3        4        65000 "), shown);
        assertTrue(shown.matches("(?s).*\n10\\.0\\.0\\.3 .* 00:00:\\d\\d  Idle \\(Admin\\) \n.*"), shown);
        assertTrue(shown.matches("(?s).*\n10\\.0\\.0\\.9 .* never    (Idle|Active|Connect)\n.*"), shown);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip bgp summary", shown);
        assertEquals("Idle (Admin)", row(rows, "BGP_NEIGHBOR", "10.0.0.3").get("STATE_OR_PREFIXES_RECEIVED"));
        assertEquals("never", row(rows, "BGP_NEIGHBOR", "10.0.0.9").get("UP_DOWN"));
    }

    @Test
    void neighborLongFormWithItsTcpConnection() throws Exception {
        String shown = type("show ip bgp neighbors 10.0.0.2");
        assertTrue(shown.startsWith("""
                BGP neighbor is 10.0.0.2,  remote AS 65000, internal link
                  BGP version 4, remote router ID 10.0.0.2
                  BGP state = Established, up for 00:01:"""), shown);
        assertTrue(shown.contains("hold time is 180, keepalive interval is 60 seconds\n"), shown);
        assertTrue(shown.contains("    Prefixes Current:               1          1 (Consumes 56 bytes)\n"), shown);
        assertTrue(shown.contains("  Connections established 1; dropped 0\n  Last reset never\n"), shown);
        assertTrue(shown.contains("Connection is ECN Disabled, Mininum incoming TTL 0, Outgoing TTL 255\n"), shown);
        assertTrue(shown.contains("Local host: 10.0.0.1, Local port: "), shown);
        assertTrue(shown.contains("Foreign host: 10.0.0.2, Foreign port: "), shown);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip bgp neighbors", shown);
        assertEquals(1, rows.size(), shown);
        Map<String, String> parsed = rows.get(0);
        assertEquals("10.0.0.2", parsed.get("NEIGHBOR"));
        assertEquals("65000", parsed.get("REMOTE_AS"));
        assertEquals("Established", parsed.get("BGP_STATE"));
        assertEquals("10.0.0.1", parsed.get("LOCALHOST_IP"));
        assertEquals("10.0.0.2", parsed.get("REMOTE_IP"));
        int localPort = Integer.parseInt(parsed.get("LOCALHOST_PORT"));
        int remotePort = Integer.parseInt(parsed.get("REMOTE_PORT"));
        assertTrue(localPort == 179 || remotePort == 179, shown);
        assertEquals(2, TextFsmCheck.parse("show ip bgp neighbors", type("show ip bgp neighbors")).size());
        assertEquals("% No such neighbor or address family\n", type("show ip bgp neighbors 10.9.9.9"));
    }

    @Test
    void advertisedReceivedAndAcceptedRoutesOfOneNeighbor() throws Exception {
        String advertised = type("show ip bgp neighbors 10.0.0.2 advertised-routes");
        assertTrue(advertised.contains(" *>   192.168.1.0      0.0.0.0                  0         32768 i\n"
                + "\nTotal number of prefixes 1\n"), advertised);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip bgp neighbors 10.0.0.2 advertised-routes", advertised);
        assertEquals(List.of("192.168.1.0"), rows.stream().map(row -> row.get("NETWORK")).toList());
        String routes = type("show ip bgp neighbors 10.0.0.2 routes");
        assertTrue(routes.contains(" *>i  192.168.2.0      10.0.0.2                 0    100      0 i\n"
                + "\nTotal number of prefixes 1\n"), routes);
        assertFalse(routes.contains("192.168.3.0"), routes);
        assertEquals("% Inbound soft reconfiguration not enabled on 10.0.0.2\n",
                type("show ip bgp neighbors 10.0.0.2 received-routes"));

        type("configure terminal");
        type("router bgp 65000");
        type("neighbor 10.0.0.2 soft-reconfiguration inbound");
        type("end");
        assertEquals("", type("clear ip bgp 10.0.0.2"));
        lab.run(60);
        String received = type("show ip bgp neighbors 10.0.0.2 received-routes");
        assertTrue(received.contains(" *>i  192.168.2.0      10.0.0.2                 0    100      0 i\n"
                + "\nTotal number of prefixes 1\n"), received);
        assertTrue(type("show ip bgp summary").contains("1 received paths for inbound soft reconfiguration\n"));
    }

    @Test
    void oneEntryByPrefixMaskOrLongestMatch() {
        String entry = type("show ip bgp 192.168.2.0");
        assertEquals("""
                BGP routing table entry for 192.168.2.0/24, version 4
                Paths: (1 available, best #1, table default)
                  Not advertised to any peer
                  Refresh Epoch 1
                  Local
                    10.0.0.2 (metric 2) from 10.0.0.2 (10.0.0.2)
                      Origin IGP, metric 0, localpref 100, valid, internal, best
                      rx pathid: 0, tx pathid: 0x0
                """, entry);
        assertEquals(entry, type("show ip bgp 192.168.2.0/24"));
        assertEquals(entry, type("show ip bgp 192.168.2.0 255.255.255.0"));
        assertEquals(entry, type("show ip bgp 192.168.2.77"));
        assertEquals(entry, type("show bgp ipv4 unicast 192.168.2.0/24"));
        assertEquals("% Network not in table\n", type("show ip bgp 172.16.0.0"));
        assertEquals("% Network not in table\n", type("show ip bgp 192.168.2.0 255.255.0.0"));
        String own = type("show ip bgp 192.168.1.0");
        assertTrue(own.contains("  Advertised to update-groups:\n     1         \n"), own);
        assertTrue(own.contains("    0.0.0.0 from 0.0.0.0 (10.0.0.1)\n"
                + "      Origin IGP, metric 0, localpref 100, weight 32768, valid, sourced, best\n"), own);
    }

    @Test
    void tcpBriefListsBothSessionsAndWithAllTheListener() {
        String shown = type("show tcp brief");
        assertTrue(shown.startsWith("TCB       Local Address               Foreign Address             (state)\n"), shown);
        assertEquals(3, shown.lines().count(), shown);
        assertTrue(shown.matches("(?s).*\n[0-9A-F]{8}  10\\.0\\.0\\.1\\.\\d+ +10\\.0\\.0\\.2\\.\\d+ +ESTAB\n.*"), shown);
        assertTrue(shown.matches("(?s).*\n[0-9A-F]{8}  10\\.0\\.0\\.1\\.\\d+ +10\\.0\\.0\\.3\\.\\d+ +ESTAB\n.*"), shown);
        assertEquals(shown, type("show tcp brief"), "the TCB ids are stable");
        String all = type("show tcp brief all");
        assertTrue(all.startsWith(shown), all);
        assertTrue(all.endsWith("  *.179                       *.*                         LISTEN\n"), all);
    }

    @Test
    void bgpRoutesInTheRoutingTable() throws Exception {
        String shown = type("show ip route bgp");
        assertTrue(shown.startsWith(ShowIpRoute.LEGEND), shown);
        assertTrue(shown.matches("(?s).*\nB     192\\.168\\.2\\.0/24 \\[200/0\\] via 10\\.0\\.0\\.2, 00:01:\\d\\d\n"
                + "B     192\\.168\\.3\\.0/24 \\[200/0\\] via 10\\.0\\.0\\.3, 00:01:\\d\\d\n"), shown);
        assertFalse(shown.substring(ShowIpRoute.LEGEND.length()).contains("O "), shown);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip route", type("show ip route"));
        Map<String, String> r2 = row(rows, "NETWORK", "192.168.2.0");
        assertEquals("B", r2.get("PROTOCOL"));
        assertEquals("200", r2.get("DISTANCE"));
        assertEquals("10.0.0.2", r2.get("NEXTHOP_IP"));
        String entry = type("show ip route 192.168.2.1");
        assertTrue(entry.startsWith("""
                Routing entry for 192.168.2.0/24
                  Known via "bgp 65000", distance 200, metric 0, type internal
                  Last update from 10.0.0.2 00:01:"""), entry);
        assertTrue(entry.contains("  * 10.0.0.2, from 10.0.0.2, 00:01:"), entry);
        assertTrue(entry.contains("      AS Hops 0\n      MPLS label: none\n"), entry);
    }

    @Test
    void ribFailureWhenAStaticRouteWins() throws Exception {
        type("configure terminal");
        type("ip route 192.168.2.0 255.255.255.0 10.0.12.2");
        type("end");
        lab.run(70);
        String shown = type("show ip bgp");
        assertTrue(shown.contains(" r>i  192.168.2.0      10.0.0.2                 0    100      0 i\n"), shown);
        assertEquals("r", row(TextFsmCheck.parse("show ip bgp", shown), "NETWORK", "192.168.2.0").get("STATUS"));
        String entry = type("show ip bgp 192.168.2.0");
        assertTrue(entry.contains("(1 available, best #1, table default, RIB-failure(17))"), entry);
        assertFalse(type("show ip route bgp").contains("192.168.2.0"), "RIB-failure: the static route stays");
    }

    @Test
    void aggregateSummaryOnlySuppressesTheMoreSpecifics() throws Exception {
        type("configure terminal");
        type("router bgp 65000");
        type("aggregate-address 192.168.0.0 255.255.252.0 summary-only");
        type("end");
        lab.run(70);
        String shown = type("show ip bgp");
        assertTrue(shown.contains(" *>   192.168.0.0/22   0.0.0.0                            32768 i\n"
                + " s>   192.168.1.0      0.0.0.0                  0         32768 i\n"
                + " s>i  192.168.2.0      10.0.0.2                 0    100      0 i\n"), shown);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip bgp", shown);
        assertEquals("s", row(rows, "NETWORK", "192.168.1.0").get("STATUS"));
        assertEquals("*", row(rows, "NETWORK", "192.168.0.0/22").get("STATUS"));
    }

    @Test
    void equalIbgpPathsAsMultipath() throws Exception {
        for (int n = 2; n <= 3; n++) {
            CliSession router = new CliSession(n == 2 ? lab.r2 : lab.r3, "admin", 15, "test");
            router.execute("configure terminal");
            router.execute("interface Loopback2");
            router.execute("ip address 172.16.0." + n + " 255.255.0.0");
            router.execute("router bgp 65000");
            router.execute("network 172.16.0.0 mask 255.255.0.0");
            router.execute("end");
        }
        type("configure terminal");
        type("router bgp 65000");
        type("maximum-paths ibgp 2");
        type("end");
        lab.run(70);
        String shown = type("show ip bgp 172.16.0.0/16");
        assertTrue(shown.contains("Paths: (2 available, best #"), shown);
        String table = type("show ip bgp");
        // Newest path first: r3's arrived last here; r2's won on the lower neighbor address.
        assertTrue(table.contains("""
                 *mi  172.16.0.0       10.0.0.3                 0    100      0 i
                 *>i                   10.0.0.2                 0    100      0 i
                """), table);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip bgp", table);
        assertEquals(List.of("m", ">"), rows.stream().filter(row -> row.get("NETWORK").equals("172.16.0.0"))
                .map(row -> row.get("PATH_SELECTION")).toList());
        String route = type("show ip route 172.16.0.0");
        assertTrue(route.contains("10.0.0.3, from 10.0.0.3, ") && route.contains("10.0.0.2, from 10.0.0.2, "), route);
    }

    @Test
    void clearHardResetsTheSessionSoftKeepsIt() {
        long up = Bgp.of(lab.r1).speaker().neighbor(Ipv4Address.of("10.0.0.2")).upDownSinceNanos();
        assertEquals("", type("clear ip bgp * soft"));
        assertEquals("", type("clear ip bgp 65000 soft in"));
        assertEquals("", type("clear ip bgp 10.0.0.2 soft out"));
        lab.run(5);
        assertEquals(up, Bgp.of(lab.r1).speaker().neighbor(Ipv4Address.of("10.0.0.2")).upDownSinceNanos());
        assertEquals("", type("clear ip bgp 10.0.0.3"));
        assertTrue(type("show logging").contains("%BGP-5-ADJCHANGE: neighbor 10.0.0.3 Down User reset\n"));
        assertFalse(type("show ip bgp summary").matches("(?s).*\n10\\.0\\.0\\.3 .*        1\n.*"));
        lab.run(60);
        String summary = type("show ip bgp summary");
        assertTrue(summary.matches("(?s).*\n10\\.0\\.0\\.3 .* 00:00:\\d\\d        1\n.*"), summary);
        assertEquals("% No such neighbor or address family\n", type("clear ip bgp 10.9.9.9"));
        assertEquals("", type("clear ip bgp *"));
    }

    @Test
    void fromConfigModesWithDoAndForUsersAtLevelOne() {
        type("configure terminal");
        type("router bgp 65000");
        assertTrue(type("do show ip bgp summary").startsWith("BGP router identifier 10.0.0.1"));
        assertEquals("", type("do clear ip bgp * soft"));
        type("end");
        CliSession user = new CliSession(lab.r1, "guest", 1, "test");
        assertTrue(user.execute("show ip bgp summary").startsWith("BGP router identifier 10.0.0.1"));
        assertTrue(user.execute("show tcp brief").startsWith("TCB "));
        assertTrue(user.execute("clear ip bgp *").contains("% Invalid input detected at '^' marker."));
    }

    /** True when a line of {@code text} matches {@code regex} entirely. */
    private static boolean hasLine(String text, String regex) {
        return text.lines().anyMatch(line -> line.matches(regex));
    }

    @Test
    void helpInIosWords() {
        assertTrue(hasLine(r1.help("show ip "), "  bgp +BGP information"), r1.help("show ip "));
        assertTrue(hasLine(r1.help("show "), "  bgp +BGP information"));
        assertTrue(hasLine(r1.help("show "), "  tcp +Status of TCP connections"));
        String bgp = r1.help("show ip bgp ");
        assertTrue(hasLine(bgp, "  A\\.B\\.C\\.D +Network in the BGP routing table to display"), bgp);
        assertTrue(hasLine(bgp, "  neighbors +Detailed information on TCP and BGP neighbor connections"), bgp);
        assertTrue(hasLine(bgp, "  summary +Summary of BGP neighbor status"), bgp);
        assertTrue(bgp.endsWith("  <cr>\n\n"), bgp);
        assertEquals("""
                  advertised-routes  Display the routes advertised to a BGP neighbor
                  received-routes    Display the received routes from neighbor
                  routes             Display routes learned from neighbor
                  |                  Output modifiers
                  <cr>

                """, r1.help("show ip bgp neighbors 10.0.0.2 "));
        assertEquals("  bgp   Clear BGP connections\n  ospf  OSPF clear commands\n\n", r1.help("clear ip "));
        String clear = r1.help("clear ip bgp ");
        assertTrue(hasLine(clear, "  A\\.B\\.C\\.D +BGP neighbor address to clear"), clear);
        assertTrue(hasLine(clear, "  <1-4294967295> +AS number of the peers"), clear);
        assertTrue(hasLine(clear, "  \\* +Clear all peers"), clear);
        assertEquals("  in   Soft reconfig inbound updates\n  out  Soft reconfig outbound updates\n  <cr>\n\n",
                r1.help("clear ip bgp * soft "));
        assertTrue(hasLine(r1.help("show tcp brief "), "  all +All end-points \\(even listening\\)"));
        assertTrue(hasLine(r1.help("show ip route "), "  bgp +Border Gateway Protocol \\(BGP\\)"));
        assertTrue(hasLine(r1.help("show bgp "), "  all +All address families"));
    }

    @Test
    void withoutRouterBgp() {
        CliSession bare = new CliSession(new Lab("bare", new Kernel(1)).addRouter("R9"), "admin", 15, "test");
        assertEquals("% BGP not active\n", bare.execute("show ip bgp summary"));
        assertEquals("% BGP not active\n", bare.execute("show ip bgp"));
        assertEquals("% BGP not active\n", bare.execute("clear ip bgp *"));
    }
}
