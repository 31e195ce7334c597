package org.looplab.cli.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** The reports of features a looplab router does not run answer as an IOSv with them off, never "% Invalid input". */
class FeaturesOffTest {
    private CliSession session;

    @BeforeEach
    void setUp() {
        Router router = new Lab("t", new Kernel(1)).addRouter("R1");
        session = new CliSession(router, "admin", 15, "127.0.0.1");
    }

    @Test
    void messagesOfFeaturesThatAreOff() {
        assertEquals("% LLDP is not enabled\n", session.execute("show lldp neighbors"));
        assertEquals("% CDP is not enabled\n", session.execute("show cdp neighbors detail"));
        assertEquals("%SNMP agent not enabled\n", session.execute("show snmp"));
        assertEquals("%NTP is not enabled.\n", session.execute("show ntp associations"));
        assertEquals("%NTP is not enabled.\n", session.execute("sh ntp stat"));
    }

    @Test
    void emptyTablesAndTheVirtualChassis() {
        for (String empty : new String[] {"show access-lists", "show vrf", "show vrf detail", "show ip vrf",
                "show ip vrf detail", "show environment", "show env all", "show environment temperature"}) {
            assertEquals("", session.execute(empty), empty);
            assertFalse(session.lastLineRejected(), empty);
        }
        String inventory = session.execute("show inventory");
        assertTrue(inventory.matches("NAME: \"IOSv\", DESCR: \"IOSv chassis, Hw Serial#: \\w+, Hw Revision: 1.0\"\n"
                + "PID: IOSv              , VID: 1.0, SN: \\w+\n\n"), inventory);
        String cpu = session.execute("show processes cpu sorted");
        assertTrue(cpu.startsWith("CPU utilization for five seconds: 0%/0%; one minute: 0%; five minutes: 0%\n"
                + " PID Runtime(ms)   Invoked      uSecs   5Sec   1Min   5Min TTY Process \n"), cpu);
        assertTrue(cpu.lines().skip(2).allMatch(line -> line.matches(" {0,3}\\d+ +\\d+ +\\d+ +\\d+ +0\\.00% +0\\.00% +0\\.00% +0 \\S.*")),
                cpu);
        assertEquals(cpu, session.execute("show processes cpu"));
        assertTrue(session.execute("show lacp sys-id").matches("32768, [0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}\n"));
        assertEquals(session.execute("show running-config"), session.execute("show running-config all"));
        assertEquals(session.execute("show running-config"), session.execute("show running-config full"));
    }

    @Test
    void interfacesSummaryListsEveryInterfaceWithItsState() {
        session.execute("configure terminal");
        session.execute("interface Loopback0");
        session.execute("end");
        String summary = session.execute("show interfaces summary");
        assertTrue(summary.startsWith("\n *: interface is up\n IHQ: pkts in input hold queue     IQD: pkts dropped from input queue\n"),
                summary);
        assertTrue(summary.contains("\n  Interface                   IHQ       IQD       OHQ       OQD      RXBS      RXPS"
                + "      TXBS      TXPS      TRTL\n" + "-".repeat(113) + "\n"), summary);
        assertTrue(summary.contains("\n* Loopback0                     0         0         0         0         0         0"
                + "         0         0         0\n"), summary);
    }
}
