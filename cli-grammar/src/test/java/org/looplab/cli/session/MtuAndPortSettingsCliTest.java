package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.cli.config.ConfigLoader;
import org.looplab.cli.config.RunningConfigWriter;
import org.looplab.discovery.DiscoveryProtocols;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** mtu, ip mtu, ip ospf mtu-ignore, duplex and speed typed on two cabled routers, on the virtual clock. */
class MtuAndPortSettingsCliTest {
    private static final long SECOND = 1_000_000_000L;
    private Kernel kernel;
    private Router r1;
    private Router r2;

    private static String config(int n) {
        return """
                hostname R%1$d
                interface Loopback0
                 ip address 10.0.0.%1$d 255.255.255.255
                 ip ospf 1 area 0
                interface GigabitEthernet0/0
                 ip address 10.0.12.%1$d 255.255.255.0
                 ip ospf 1 area 0
                 no shutdown
                router ospf 1
                 router-id 10.0.0.%1$d
                """.formatted(n);
    }

    @BeforeEach
    void pair() {
        kernel = new Kernel(5);
        Lab lab = new Lab("t", kernel);
        r1 = lab.addRouter("r1");
        r2 = lab.addRouter("r2");
        lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(0));
        assertEquals(List.of(), ConfigLoader.apply(r1, config(1)));
        assertEquals(List.of(), ConfigLoader.apply(r2, config(2)));
    }

    private static String configure(Router router, String... lines) {
        CliSession session = new CliSession(router, "admin", 15, "test");
        session.execute("configure terminal");
        session.execute("interface GigabitEthernet0/0");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(session.execute(line));
        }
        session.execute("end");
        return out.toString();
    }

    private static String show(Router router, String command) {
        return new CliSession(router, "admin", 15, "test").execute(command);
    }

    private void run(long seconds) {
        kernel.runUntil(kernel.now() + seconds * SECOND);
    }

    @Test
    void ipMtuCannotExceedTheInterfaceMtuAndBothShow() {
        // IOS offers ip mtu <68-MTU>: the caret goes under the number (the prompt is 14 columns).
        assertEquals(" ".repeat(14 + 7) + "^\n% Invalid input detected at '^' marker.\n\n", configure(r1, "ip mtu 1600"));
        assertEquals("", configure(r1, "mtu 1600", "ip mtu 1400"));
        assertTrue(show(r1, "show interfaces GigabitEthernet0/0").contains("  MTU 1600 bytes, BW 1000000 Kbit/sec, DLY 10 usec, \n"));
        assertTrue(show(r1, "show ip interface GigabitEthernet0/0").contains("  MTU is 1400 bytes\n"));
        String running = RunningConfigWriter.renderInterface(r1.interfaceNamed(InterfaceName.gigabitEthernet(0)));
        assertTrue(running.startsWith("interface GigabitEthernet0/0\n mtu 1600\n ip address 10.0.12.1 255.255.255.0\n ip mtu 1400\n"), running);
    }

    @Test
    void inAnInterfaceRangeTheSameCaret() {
        CliSession session = new CliSession(r1, "admin", 15, "test");
        session.execute("configure terminal");
        session.execute("interface range GigabitEthernet0/1 - 2");
        assertEquals("R1(config-if-range)#", session.prompt());
        assertEquals(" ".repeat(20 + 7) + "^\n% Invalid input detected at '^' marker.\n\n", session.execute("ip mtu 1600"));
        assertEquals("", session.execute("mtu 1600"));
        assertEquals("", session.execute("ip mtu 1600"));
        session.execute("end");
        assertEquals(1600, r1.interfaceNamed(InterfaceName.gigabitEthernet(2)).ipMtu());
    }

    @Test
    void anOspfMtuMismatchSticksInExstartUntilMtuIgnore() {
        configure(r1, "ip mtu 1400");
        run(120);
        String stuck = show(r1, "show ip ospf neighbor");
        assertTrue(stuck.contains("10.0.0.2          1   EXSTART/DR"), stuck);
        assertFalse(show(r1, "show ip route").contains("10.0.0.2/32"), show(r1, "show ip route"));

        configure(r1, "ip ospf mtu-ignore");
        run(60);
        String full = show(r1, "show ip ospf neighbor");
        assertTrue(full.contains("10.0.0.2          1   FULL/DR"), full);
        assertTrue(show(r1, "show ip route").contains("O        10.0.0.2/32 "), show(r1, "show ip route"));
        assertTrue(RunningConfigWriter.render(r1).contains(" ip mtu 1400\n ip ospf mtu-ignore\n ip ospf 1 area 0\n"));
    }

    @Test
    void speedSetsTheBandwidthAndACableWhoseEndsDifferInSpeedGoesDown() {
        run(60);
        assertEquals("", configure(r1, "speed 100"));
        run(1);
        // r2 negotiates: it finds 100 Mb/s by parallel detection, and half duplex, having no partner to ask.
        String r1Shown = show(r1, "show interfaces GigabitEthernet0/0");
        assertTrue(r1Shown.contains("  MTU 1500 bytes, BW 100000 Kbit/sec, DLY 10 usec, \n"), r1Shown);
        assertTrue(r1Shown.contains("  Full Duplex, 100Mbps, link type is auto, media type is RJ45\n"), r1Shown);
        assertTrue(show(r1, "show ip ospf interface GigabitEthernet0/0").contains(", Cost: 1\n")); // 100 Mb/s reference

        configure(r2, "speed 1000", "duplex full");
        run(1);
        assertTrue(show(r1, "show interfaces GigabitEthernet0/0").startsWith(
                "GigabitEthernet0/0 is down, line protocol is down \n"));
        assertTrue(show(r2, "show interfaces GigabitEthernet0/0").contains("  Full Duplex, 1Gbps, link type is force-up, media type is RJ45\n"));
        assertTrue(show(r1, "show logging").contains(
                "%LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/0, changed state to down"));

        configure(r1, "speed auto");
        run(1);
        assertTrue(show(r1, "show interfaces GigabitEthernet0/0").startsWith("GigabitEthernet0/0 is up, line protocol is up \n"));
        String running = RunningConfigWriter.renderInterface(r1.interfaceNamed(InterfaceName.gigabitEthernet(0)));
        assertTrue(running.endsWith(" speed auto\n"), running);
    }

    @Test
    void aDuplexMismatchIsWhatCdpReports() {
        DiscoveryProtocols.start(r1);
        DiscoveryProtocols.start(r2);
        // r1 forced (no auto-negotiation): r2 detects 100 Mb/s but, with no partner to ask, runs half duplex.
        configure(r1, "speed 100", "duplex full");
        run(61);
        String mismatch = "%CDP-4-DUPLEX_MISMATCH: duplex mismatch discovered on GigabitEthernet0/0 (not half duplex), "
                + "with R2 GigabitEthernet0/0 (half duplex).";
        assertTrue(show(r1, "show logging").contains(mismatch), show(r1, "show logging"));
        assertTrue(show(r2, "show logging").contains("%CDP-4-DUPLEX_MISMATCH: duplex mismatch discovered on GigabitEthernet0/0 "
                + "(not full duplex), with R1 GigabitEthernet0/0 (full duplex)."));
        assertTrue(show(r2, "show interfaces GigabitEthernet0/0").contains("  Half Duplex, 100Mbps, link type is auto, media type is RJ45\n"));
        assertTrue(show(r1, "show cdp neighbors detail").contains("Duplex: half\n"));

        configure(r2, "speed 100", "duplex full"); // both forced alike: nothing more to report
        run(1);
        long before = show(r1, "show logging").lines().filter(line -> line.contains("DUPLEX_MISMATCH")).count();
        run(120);
        assertEquals(before, show(r1, "show logging").lines().filter(line -> line.contains("DUPLEX_MISMATCH")).count());
    }

    @Test
    void runningConfigRoundTrip() {
        configure(r1, "mtu 9000", "ip mtu 8000", "ip ospf mtu-ignore", "duplex half", "speed 10");
        String running = RunningConfigWriter.render(r1);
        Router copy = new Lab("c", new Kernel(1)).addRouter("c");
        assertEquals(List.of(), ConfigLoader.apply(copy, running));
        assertEquals(running, RunningConfigWriter.render(copy));
        assertTrue(running.contains("interface GigabitEthernet0/0\n mtu 9000\n"), running);
        assertTrue(running.contains(" duplex half\n speed 10\n"), running);
        assertFalse(show(copy, "show running-config").contains("% "));
    }

    /** IOS cannot change a loopback's MTU: the line is kept as written, the MTU stays 1514. */
    @Test
    void aLoopbackKeepsItsMtu() {
        CliSession session = new CliSession(r1, "admin", 15, "test");
        session.execute("configure terminal");
        session.execute("interface Loopback0");
        assertEquals("", session.execute("mtu 1400"));
        session.execute("end");
        assertTrue(show(r1, "show interfaces Loopback0").contains("  MTU 1514 bytes, "));
        assertTrue(RunningConfigWriter.render(r1).contains("interface Loopback0\n mtu 1400\n"));
        assertTrue(show(r1, "show looplab unmodelled").contains("mtu 1400"), show(r1, "show looplab unmodelled"));
    }
}
