package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.cli.session.CliSession;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** OSPF configured through the CLI in a triangle, its reports checked column for column by TextFSM. */
class ShowIpOspfTest {
    private static final long MINUTE = 60_000_000_000L;
    private Kernel kernel;
    private Lab lab;
    private Router r1;
    private CliSession session;

    private static String config(int n, String gi0, String gi1) {
        return """
                hostname R%1$d
                interface Loopback0
                 ip address 10.0.0.%1$d 255.255.255.255
                 ip ospf 1 area 0
                interface GigabitEthernet0/0
                 ip address %2$s 255.255.255.0
                %4$s ip ospf 1 area 0
                interface GigabitEthernet0/1
                 ip address %3$s 255.255.255.0
                router ospf 1
                 router-id 10.0.0.%1$d
                 timers throttle spf 50 200 5000
                 passive-interface Loopback0
                 network %3$s 0.0.0.0 area 0
                """.formatted(n, gi0, gi1, n == 3 ? "" : " ip ospf network point-to-point\n");
    }

    @BeforeEach
    void triangle() {
        kernel = new Kernel(11);
        lab = new Lab("t", kernel);
        r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        Router r3 = lab.addRouter("r3");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        lab.connect(r1, InterfaceName.gigabitEthernet(1), r3, InterfaceName.gigabitEthernet(0));
        lab.connect(r2, InterfaceName.gigabitEthernet(1), r3, InterfaceName.gigabitEthernet(1));
        assertEquals(List.of(), ConfigLoader.apply(r1, config(1, "10.0.12.1", "10.0.13.1")));
        assertEquals(List.of(), ConfigLoader.apply(r2, config(2, "10.0.12.2", "10.0.23.2")));
        assertEquals(List.of(), ConfigLoader.apply(r3, config(3, "10.0.13.3", "10.0.23.3")));
        kernel.runUntil(kernel.now() + 2 * MINUTE);
        session = new CliSession(r1, "admin", 15, "test");
    }

    @Test
    void neighborsParsedByTextFsm() throws Exception {
        String shown = session.execute("show ip ospf neighbor");
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip ospf neighbor", shown);
        assertEquals(2, rows.size(), shown);
        assertEquals("10.0.0.2", rows.get(0).get("NEIGHBOR_ID"));
        assertEquals("0", rows.get(0).get("PRIORITY"));
        assertEquals("FULL/  -", rows.get(0).get("STATE"));
        assertEquals("10.0.12.2", rows.get(0).get("IP_ADDRESS"));
        assertEquals("GigabitEthernet0/0", rows.get(0).get("INTERFACE"));
        assertEquals("10.0.0.3", rows.get(1).get("NEIGHBOR_ID"));
        assertTrue(rows.get(1).get("STATE").startsWith("FULL/"), shown);
        assertEquals("GigabitEthernet0/1", rows.get(1).get("INTERFACE"));
    }

    @Test
    void interfaceBriefParsedByTextFsm() throws Exception {
        String shown = session.execute("sh ip ospf int br");
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip ospf interface", shown);
        assertEquals(3, rows.size(), shown);
        Map<String, String> gi0 = rows.stream().filter(row -> row.get("INTERFACE").equals("Gi0/0")).findFirst().orElseThrow();
        assertEquals(Map.of("INTERFACE", "Gi0/0", "PROCESS", "1", "AREA", "0", "IP_ADDRESS", "10.0.12.1",
                "PREFIX_LENGTH", "24", "COST", "1", "STATE", "P2P", "NEIGHBORS_FC", "1/1"), gi0);
        Map<String, String> lo0 = rows.stream().filter(row -> row.get("INTERFACE").equals("Lo0")).findFirst().orElseThrow();
        assertEquals("LOOP", lo0.get("STATE"));
        assertEquals("0/0", lo0.get("NEIGHBORS_FC"));
    }

    @Test
    void databaseParsedByTextFsm() throws Exception {
        String shown = session.execute("show ip ospf database");
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip ospf database", shown);
        List<Map<String, String>> routers = rows.stream().filter(row -> !row.get("LINK_COUNT").isEmpty()).toList();
        assertEquals(3, routers.size(), shown);
        for (Map<String, String> row : rows) {
            assertEquals("10.0.0.1", row.get("ROUTER_ID"));
            assertEquals("1", row.get("PROCESS_ID"));
            assertEquals("0", row.get("AREA"));
        }
        assertEquals("10.0.0.1", routers.get(0).get("LINK_ID"));
        assertEquals("10.0.0.1", routers.get(0).get("ADV_ROUTER"));
        assertEquals(2, rows.size() - routers.size(), "network LSAs of the broadcast links r1-r3 and r2-r3");
    }

    @Test
    void routesLearnedFromOspfInShowIpRoute() throws Exception {
        String shown = session.execute("show ip route ospf");
        assertTrue(shown.contains("O        10.0.0.2/32 [110/2] via 10.0.12.2, "), shown);
        assertTrue(shown.contains("O        10.0.23.0/24 [110/2] via "), shown);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip route", session.execute("show ip route"));
        Map<String, String> r3 = rows.stream().filter(row -> row.get("NETWORK").equals("10.0.0.3")).findFirst().orElseThrow();
        assertEquals("O", r3.get("PROTOCOL"));
        assertEquals("110", r3.get("DISTANCE"));
        assertEquals("2", r3.get("METRIC"));
        assertEquals("10.0.13.3", r3.get("NEXTHOP_IP"));
        assertEquals("GigabitEthernet0/1", r3.get("NEXTHOP_IF"));
        String entry = session.execute("show ip route 10.0.0.3");
        assertTrue(entry.startsWith("Routing entry for 10.0.0.3/32\n  Known via \"ospf 1\", distance 110, metric 2, type intra area\n"), entry);
        // "from" names the LSA's originator: r3 for its loopback, the DR (r3) for the r2-r3 segment,
        // whichever neighbour the path goes through.
        assertTrue(entry.contains("  * 10.0.13.3, from 10.0.0.3, "), entry);
        String segment = session.execute("show ip route 10.0.23.0");
        assertTrue(segment.contains(" 10.0.12.2, from 10.0.0.3, ") && segment.contains(" 10.0.13.3, from 10.0.0.3, "),
                segment);
        assertTrue(session.execute("show ip protocols").contains("Routing Protocol is \"ospf 1\"\n"));
        assertTrue(session.execute("show ip ospf").contains(" Routing Process \"ospf 1\" with ID 10.0.0.1\n"));
        assertTrue(session.execute("show ip ospf interface gi0/0").contains("Network Type POINT_TO_POINT, Cost: 1\n"));
    }

    /** bandwidth N is what OSPF's auto-cost divides (100 Mbit/s reference), so paths move off a slow link, as on IOS. */
    @Test
    void theInterfaceBandwidthSetsTheOspfCost() {
        session.execute("configure terminal");
        session.execute("interface GigabitEthernet0/1");
        assertEquals("", session.execute("bandwidth 10000"));
        session.execute("end");
        kernel.runUntil(kernel.now() + MINUTE);
        assertTrue(session.execute("show ip ospf interface gi0/1").contains(", Cost: 10\n"));
        assertTrue(session.execute("show interfaces gi0/1").contains("  MTU 1500 bytes, BW 10000 Kbit/sec, DLY 10 usec, \n"));
        assertTrue(session.execute("show running-config interface gi0/1").contains(" bandwidth 10000\n ip address 10.0.13.1 "));
        String shown = session.execute("show ip route 10.0.0.3");
        assertTrue(shown.contains("metric 3, type intra area") && shown.contains("  * 10.0.12.2, from 10.0.0.3, "), shown);

        session.execute("configure terminal");
        session.execute("interface GigabitEthernet0/1");
        session.execute("no bandwidth");
        session.execute("end");
        kernel.runUntil(kernel.now() + MINUTE);
        assertTrue(session.execute("show ip ospf interface gi0/1").contains(", Cost: 1\n"));
        assertFalse(session.execute("show running-config interface gi0/1").contains("bandwidth"));
        assertTrue(session.execute("show ip route 10.0.0.3").contains("metric 2, type intra area"));
    }

    @Test
    void runningConfigRoundTrip() {
        session.execute("configure terminal");
        session.execute("router ospf 1");
        assertEquals("R1(config-router)#", session.prompt());
        session.execute("auto-cost reference-bandwidth 10000");
        session.execute("passive-interface default");
        session.execute("no passive-interface gi0/0");
        session.execute("network 10.0.13.0 0.0.0.255 area 0.0.0.0");
        session.execute("interface gi0/1");
        session.execute("ip ospf cost 7");
        session.execute("ip ospf hello-interval 5");
        session.execute("ip ospf dead-interval 20");
        session.execute("end");
        String written = RunningConfigWriter.render(r1);
        assertTrue(written.contains("""
                interface GigabitEthernet0/1
                 ip address 10.0.13.1 255.255.255.0
                 ip ospf dead-interval 20
                 ip ospf hello-interval 5
                 ip ospf cost 7
                !
                """), written);
        assertTrue(written.contains("""
                router ospf 1
                 router-id 10.0.0.1
                 auto-cost reference-bandwidth 10000
                 timers throttle spf 50 200 5000
                 passive-interface default
                 no passive-interface GigabitEthernet0/0
                 network 10.0.13.1 0.0.0.0 area 0
                 network 10.0.13.0 0.0.0.255 area 0.0.0.0
                !
                """), written);
        Router copy = new Lab("t2", new Kernel(2)).addRouter("r1");
        // IOS prints this notice whenever the reference bandwidth is set, at boot too.
        assertEquals(List.of("line " + (written.lines().toList().indexOf(" auto-cost reference-bandwidth 10000") + 1)
                + ": auto-cost reference-bandwidth 10000: % OSPF: Reference bandwidth is changed. Please ensure"
                + " reference bandwidth is consistent across all routers."), ConfigLoader.apply(copy, written));
        assertEquals(written, RunningConfigWriter.render(copy));
    }
}
