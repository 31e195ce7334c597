package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.bgp.Bgp;
import org.looplab.bgp.NeighborSetting;
import org.looplab.cli.session.CliSession;
import org.looplab.net.Ipv4Address;
import org.looplab.policy.RoutingPolicies;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** Typed BGP and policy lines: prompts, IOS's messages, carets, abbreviations, and the two policy reports. */
class BgpCliTest {
    private static final String INVALID = "% Invalid input detected at '^' marker.\n\n";
    private Router router;
    private CliSession session;

    @BeforeEach
    void configure() {
        router = new Lab("t", new Kernel(1)).addRouter("R1");
        session = new CliSession(router, "admin", 15, "127.0.0.1");
        session.execute("configure terminal");
    }

    private String type(String line) {
        return session.execute(line);
    }

    private static String caret(String prompt, int column) {
        return " ".repeat(prompt.length() + column) + "^\n" + INVALID;
    }

    @Test
    void modesAndPromptsAsIos() {
        assertEquals("", type("router bgp 65000"));
        assertEquals("R1(config-router)#", session.prompt());
        assertEquals("", type("address-family ipv4 unicast"));
        assertEquals("R1(config-router-af)#", session.prompt());
        assertEquals("", type("exit-address-family"));
        assertEquals("R1(config-router)#", session.prompt());
        assertEquals("", type("route-map RM permit 10"));
        assertEquals("R1(config-route-map)#", session.prompt());
        assertEquals("", type("exit"));
        assertEquals("R1(config)#", session.prompt());
    }

    @Test
    void asNumbersInBothNotationsAndOutOfRangeGetsTheCaret() {
        assertEquals(caret("R1(config)#", 11), type("router bgp 0"));
        assertEquals(caret("R1(config)#", 11), type("router bgp 4294967296"));
        assertEquals(caret("R1(config)#", 11), type("router bgp 65536.1"));
        assertEquals("", type("router bgp 1.0"));
        assertEquals(65536, Bgp.of(router).config().asNumber().value());
        type("exit");
        assertEquals("BGP is already running; AS is 65536\n", type("router bgp 65000"));
        assertEquals("R1(config)#", session.prompt());
    }

    @Test
    void misorderedNeighborLinesGetIosMessagesAndChangeNothing() {
        type("router bgp 65000");
        assertEquals("% Specify remote-as or peer-group commands first\n", type("neighbor 10.0.0.2 update-source Loopback0"));
        assertEquals("% Create the peer-group first\n", type("neighbor 10.0.0.2 peer-group IBGP"));
        assertEquals("% Create the peer-group first\n", type("neighbor IBGP remote-as 65000"));
        assertNull(Bgp.of(router).config().neighbor(Ipv4Address.of("10.0.0.2")));
        type("interface Loopback0");
        type("ip address 10.0.0.1 255.255.255.255");
        type("router bgp 65000");
        assertEquals("% Cannot configure the local system as neighbor\n", type("neighbor 10.0.0.1 remote-as 65000"));
        assertEquals("", type("nei 10.0.0.2 rem 65000"));
        assertEquals("", type("nei 10.0.0.2 upd lo0"));
        assertEquals("", type("neighbor 10.0.0.2 password cisco"));
        assertEquals(caret("R1(config-router)#", 32), type("neighbor 10.0.0.2 ebgp-multihop 256"));
        assertEquals(caret("R1(config-router)#", 28), type("neighbor 10.0.0.2 timers 10 2"));
        var neighbor = Bgp.of(router).config().neighbor(Ipv4Address.of("10.0.0.2"));
        assertTrue(neighbor.own(NeighborSetting.PASSWORD).matches("\\d\\d[0-9A-F]+"), "kept as type 7");
        assertTrue(session.execute("do show running-config").contains(
                " neighbor 10.0.0.2 remote-as 65000\n neighbor 10.0.0.2 password 7 "));
        assertEquals("", type("no neighbor 10.0.0.2"));
        assertNull(Bgp.of(router).config().neighbor(Ipv4Address.of("10.0.0.2")));
    }

    @Test
    void noBgpDefaultIpv4UnicastWritesTheAddressFamilyBlock() {
        type("router bgp 65000");
        type("neighbor 10.0.0.2 remote-as 65000");
        type("no bgp default ipv4-unicast");
        type("neighbor 10.0.0.3 remote-as 65000");
        type("no synchronization");
        type("no auto-summary");
        type("network 10.1.0.0");
        String shown = type("do show running-config");
        assertTrue(shown.contains("router bgp 65000\n bgp log-neighbor-changes\n no bgp default ipv4-unicast\n"
                + " neighbor 10.0.0.2 remote-as 65000\n neighbor 10.0.0.3 remote-as 65000\n !\n address-family ipv4\n"
                + "  network 10.0.0.0\n  neighbor 10.0.0.2 activate\n exit-address-family\n!\n"), shown);
    }

    @Test
    void prefixListMessagesAndReports() throws Exception {
        assertEquals("% Invalid prefix range for 10.0.0.0/8, make sure: len < ge-value <= le-value\n",
                type("ip prefix-list PL permit 10.0.0.0/8 le 8"));
        assertEquals(caret("R1(config)#", 39), type("ip prefix-list PL permit 10.0.0.0/8 ge 33"));
        assertEquals(caret("R1(config)#", 25), type("ip prefix-list PL permit 10.0.0.0/33"));
        assertEquals("", type("ip pre PL per 10.0.0.0/24"));
        assertEquals("", type("ip prefix-list PL permit 0.0.0.0/0 le 32"));
        assertEquals("", type("ip prefix-list PL seq 15 deny 10.0.0.0/8 ge 10 le 20"));
        RoutingPolicies.of(router).prefixList("PL").permits(new org.looplab.net.Ipv4Prefix(Ipv4Address.of("10.0.0.0"), 24));
        String shown = type("do show ip prefix-list");
        assertEquals("ip prefix-list PL: 3 entries\n   seq 5 permit 10.0.0.0/24\n   seq 10 permit 0.0.0.0/0 le 32\n"
                + "   seq 15 deny 10.0.0.0/8 ge 10 le 20\n", shown);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip prefix-list", shown);
        assertEquals(3, rows.size());
        assertEquals("15", rows.get(2).get("SEQ"));
        assertEquals("10", rows.get(2).get("GE"));
        assertEquals("Prefix-list with the last deletion/insertion: PL\nip prefix-list PL:\n"
                + "   count: 3, range entries: 2, sequences: 5 - 15, refcount: 4\n"
                + "   seq 5 permit 10.0.0.0/24 (hit count: 1, refcount: 1)\n"
                + "   seq 10 permit 0.0.0.0/0 le 32 (hit count: 0, refcount: 1)\n"
                + "   seq 15 deny 10.0.0.0/8 ge 10 le 20 (hit count: 0, refcount: 1)\n",
                type("do show ip prefix-list detail PL"));
    }

    @Test
    void routeMapModeClausesAndReport() throws Exception {
        type("route-map RM deny 5");
        type("match as-path 1");
        type("route-map RM permit 10");
        type("match ip address prefix-list A");
        type("match ip address prefix-list B");
        type("set local-preference 200");
        type("set as-path prepend 65000 65000");
        type("set community 65000:100 additive");
        assertEquals(caret("R1(config-route-map)#", 14), type("set community 65536:1"));
        type("exit");
        assertEquals(RoutingPolicies.SPECIFY_SEQUENCE + "\n", type("route-map RM"));
        String shown = type("do show route-map");
        assertEquals("route-map RM, deny, sequence 5\n  Match clauses:\n    as-path (as-path filter): 1 \n"
                + "  Set clauses:\n  Policy routing matches: 0 packets, 0 bytes\n"
                + "route-map RM, permit, sequence 10\n  Match clauses:\n    ip address prefix-lists: A B \n"
                + "  Set clauses:\n    as-path prepend 65000 65000\n    local-preference 200\n"
                + "    community 4259840100 additive\n  Policy routing matches: 0 packets, 0 bytes\n", shown);
        List<Map<String, String>> rows = TextFsmCheck.parse("show route-map", shown);
        assertEquals(2, rows.size());
        assertEquals("permit", rows.get(1).get("ACTION"));
        type("no route-map RM permit 10");
        assertEquals(1, RoutingPolicies.of(router).routeMap("RM").entries().size());
    }
}
