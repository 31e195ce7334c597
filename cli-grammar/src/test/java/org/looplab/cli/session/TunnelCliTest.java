package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.looplab.cli.StaticLineLab;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/**
 * A GRE tunnel typed as IOS configs write it, on {@link StaticLineLab}: r1 and r3 meet across r2 through Tunnel0, run OSPF over it
 * (point-to-point, hellos through the tunnel) and reach each other's Loopback1 through it only.
 */
class TunnelCliTest {
    private static final long SECOND = 1_000_000_000L;
    private static final String R1 = """
            interface Loopback1
             ip address 192.168.1.1 255.255.255.255
            interface Tunnel0
             ip address 172.16.13.1 255.255.255.252
             keepalive 10 3
             tunnel source GigabitEthernet0/0
             tunnel destination 10.0.23.3
             tunnel mode gre ip
            router ospf 1
             network 172.16.13.0 0.0.0.3 area 0
             network 192.168.1.0 0.0.0.255 area 0
            """;
    private static final String R3 = """
            interface Loopback1
             ip address 192.168.3.3 255.255.255.255
            interface Tunnel0
             ip address 172.16.13.2 255.255.255.252
             tunnel source 10.0.23.3
             tunnel destination 10.0.12.1
            router ospf 1
             network 172.16.13.0 0.0.0.3 area 0
             network 192.168.3.0 0.0.0.255 area 0
            """;

    private final StaticLineLab line = new StaticLineLab("gre", 11);
    private final Kernel kernel = line.kernel;
    private final Router r1 = line.one;
    private final Router r3 = line.three;

    TunnelCliTest() {
        assertEquals(List.of(), ConfigLoader.apply(r1, R1));
        assertEquals(List.of(), ConfigLoader.apply(r3, R3));
        kernel.runUntil(kernel.now() + 60 * SECOND);
    }

    private String run(Router router, String line) {
        CompletableFuture<String> output = new CliSession(router, "admin", 15, "test").submit(line);
        kernel.runUntil(kernel.now() + 30 * SECOND);
        assertTrue(output.isDone(), line);
        return output.join();
    }

    @Test
    void ospfMeetsThroughTheTunnelAndAPingCrossesItAsOneHop() {
        String neighbors = run(r1, "show ip ospf neighbor");
        assertTrue(neighbors.contains("FULL/  -") && neighbors.contains("Tunnel0"), neighbors);
        String route = run(r1, "show ip route 192.168.3.3");
        assertTrue(route.contains("via Tunnel0"), route);
        assertTrue(run(r1, "ping 192.168.3.3 source Loopback1").contains("!!!!!\nSuccess rate is 100 percent (5/5)"));
        String trace = run(r1, "traceroute 192.168.3.3");
        assertTrue(trace.contains("  1 172.16.13.2 ") && !trace.contains("\n  2 "), "r2 is inside the tunnel\n" + trace);
    }

    @Test
    void showInterfacesAndBriefShowTheTunnel() {
        String brief = run(r1, "show ip interface brief");
        assertTrue(brief.contains("Tunnel0                    172.16.13.1     YES NVRAM  up                    up"), brief);
        String shown = run(r1, "show interfaces tu0");
        assertTrue(shown.startsWith("Tunnel0 is up, line protocol is up \n  Hardware is Tunnel\n"
                + "  Internet address is 172.16.13.1/30\n  MTU 17916 bytes, BW 100 Kbit/sec, DLY 50000 usec, \n"), shown);
        assertTrue(shown.contains("\n  Tunnel source 10.0.12.1 (GigabitEthernet0/0), destination 10.0.23.3\n"), shown);
        assertTrue(shown.contains("\n  Tunnel protocol/transport GRE/IP\n"), shown);
        assertTrue(run(r3, "show interfaces Tunnel0").contains("\n  Tunnel source 10.0.23.3, destination 10.0.12.1\n"));
    }

    @Test
    void runningConfigWritesTheTunnelAsIosAndReadsBack() {
        String running = RunningConfigWriter.render(r1);
        assertTrue(running.contains("interface Loopback1\n ip address 192.168.1.1 255.255.255.255\n!\n"
                + "interface Tunnel0\n ip address 172.16.13.1 255.255.255.252\n keepalive 10 3\n"
                + " tunnel source GigabitEthernet0/0\n tunnel destination 10.0.23.3\n!\ninterface GigabitEthernet0/0\n"), running);
        Router copy = new Lab("copy", new Kernel(1)).addRouter("r1");
        assertEquals(List.of(), ConfigLoader.apply(copy, running));
        assertEquals(running, RunningConfigWriter.render(copy));
    }

    @Test
    void noTunnelDestinationTakesTheLineProtocolDown() {
        CliSession session = new CliSession(r1, "admin", 15, "test");
        session.execute("configure terminal");
        assertEquals("", session.execute("interface Tunnel0"));
        assertEquals("R1(config-if)#", session.prompt());
        assertEquals("", session.execute("no tunnel destination"));
        kernel.runUntil(kernel.now() + SECOND);
        assertTrue(run(r1, "show ip interface brief").contains("Tunnel0                    172.16.13.1     YES NVRAM  up                    down"));
        assertTrue(run(r1, "show interfaces Tunnel0").contains("\n  Tunnel source 10.0.12.1 (GigabitEthernet0/0), destination UNKNOWN\n"));
        assertTrue(run(r1, "show logging").contains("%LINEPROTO-5-UPDOWN: Line protocol on Interface Tunnel0, changed state to down"));
        assertTrue(session.execute("tunnel destination 10.0.23.300").contains("% Invalid input detected at '^' marker."));
    }
}
