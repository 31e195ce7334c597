package org.looplab.cli.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Redistribution into OSPF typed at the CLI: notices, running-config, and the routes and LSAs it makes. */
class OspfExternalCliTest {
    private static final long SECOND = 1_000_000_000L;
    private Kernel kernel;
    private Router r1;
    private Router r2;

    private static String config(int n, String gi0) {
        return """
                hostname R%1$d
                interface Loopback0
                 ip address 10.0.0.%1$d 255.255.255.255
                interface GigabitEthernet0/0
                 ip address %2$s 255.255.255.0
                router ospf 1
                 network 10.0.0.0 0.255.255.255 area 0
                """.formatted(n, gi0);
    }

    @BeforeEach
    void pair() {
        kernel = new Kernel(3);
        Lab lab = new Lab("t", kernel);
        r1 = lab.addRouter("r1");
        r2 = lab.addRouter("r2");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(r1, config(1, "10.0.12.1")));
        assertEquals(List.of(), ConfigLoader.apply(r2, config(2, "10.0.12.2") + """
                interface Loopback1
                 ip address 192.168.50.1 255.255.255.0
                ip route 172.16.1.0 255.255.255.0 Null0
                """));
        kernel.runUntil(kernel.now() + 60 * SECOND);
    }

    private void settle() {
        kernel.runUntil(kernel.now() + 30 * SECOND);
    }

    @Test
    void redistributeAsTypedWithItsNoticeAndRunningConfig() {
        CliSession session = new CliSession(r2, "admin", 15, "test");
        session.execute("configure terminal");
        session.execute("router ospf 1");
        assertEquals("% Only classful networks will be redistributed\n", session.execute("redistribute static"));
        assertEquals("", session.execute("redistribute connected subnets"));
        assertEquals("", session.execute("redistribute static route-map NOPE metric 30 subnets metric-type 1"));
        assertEquals("", session.execute("default-information originate always metric 5"));
        assertTrue(session.execute("redistribute static metric 16777215").contains("% Invalid input detected at '^' marker."));
        assertTrue(session.execute("default-information originate subnets").contains("% Invalid input"));
        String running = RunningConfigWriter.render(r2);
        assertTrue(running.contains("""
                router ospf 1
                 redistribute connected subnets
                 redistribute static metric 30 metric-type 1 subnets route-map NOPE
                 network 10.0.0.0 0.255.255.255 area 0
                 default-information originate always metric 5
                !
                """), running);
        session.execute("no redistribute static");
        session.execute("no default-information originate");
        assertTrue(RunningConfigWriter.render(r2).contains("""
                 redistribute connected subnets
                 network 10.0.0.0 0.255.255.255 area 0
                !
                """));
    }

    @Test
    void externalRoutesInShowIpRouteAndTheDatabase() throws Exception {
        assertEquals(List.of(), ConfigLoader.apply(r2, """
                router ospf 1
                 redistribute connected subnets
                 redistribute static subnets metric-type 1
                 default-information originate always
                """));
        settle();
        CliSession session = new CliSession(r1, "admin", 15, "test");
        String routes = session.execute("show ip route");
        assertTrue(routes.contains("Gateway of last resort is 10.0.12.2 to network 0.0.0.0"), routes);
        assertTrue(routes.contains("O*E2  0.0.0.0/0 [110/1] via 10.0.12.2, "), routes);
        assertTrue(routes.contains("O E1     172.16.1.0 [110/21] via 10.0.12.2, "), routes);
        assertTrue(routes.contains("O E2  192.168.50.0/24 [110/20] via 10.0.12.2, "), routes);
        List<Map<String, String>> rows = TextFsmCheck.parse("show ip route", routes);
        assertTrue(rows.stream().anyMatch(row -> row.get("NETWORK").equals("192.168.50.0")
                && row.get("PROTOCOL").equals("O") && row.get("TYPE").equals("E2") && row.get("METRIC").equals("20")),
                rows.toString());

        String entry = session.execute("show ip route 192.168.50.0");
        assertTrue(entry.contains("Known via \"ospf 1\", distance 110, metric 20, type extern 2, forward metric 1"), entry);
        assertTrue(entry.contains("10.0.12.2, from 10.0.0.2, "), entry);

        String database = session.execute("show ip ospf database");
        List<Map<String, String>> lsas = TextFsmCheck.parse("show ip ospf database", database);
        assertTrue(lsas.stream().anyMatch(row -> row.get("LINK_ID").equals("192.168.50.0")
                && row.get("ADV_ROUTER").equals("10.0.0.2") && row.get("TAG").equals("0")), database);
        assertEquals(3, lsas.stream().filter(row -> !row.get("TAG").isEmpty()).count(), database);

        String external = session.execute("show ip ospf database external 192.168.50.0");
        assertTrue(external.contains("\n                Type-5 AS External Link States\n\n  LS age: "), external);
        assertTrue(external.contains("""
                  Options: (No TOS-capability, DC, Upward)
                  LS Type: AS External Link
                  Link State ID: 192.168.50.0 (External Network Number )
                  Advertising Router: 10.0.0.2
                  LS Seq Number: 80000001
                """), external);
        assertTrue(external.contains("""
                  Length: 36
                  Network Mask: /24
                        Metric Type: 2 (Larger than any link state path)
                        MTID: 0\s
                        Metric: 20\s
                        Forward Address: 0.0.0.0
                        External Route Tag: 0
                """), external);
        String router = session.execute("show ip ospf database router 10.0.0.2");
        assertTrue(router.contains("  AS Boundary Router\n  Number of Links: 2\n"), router);
    }
}
