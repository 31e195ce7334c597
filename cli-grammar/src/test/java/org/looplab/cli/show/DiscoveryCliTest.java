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
import org.looplab.discovery.DiscoveryProtocols;
import org.looplab.router.InterfaceName;
import org.looplab.router.Lab;
import org.looplab.router.Link;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;

/** show cdp / show lldp as IOS prints them, read back by the templates automation uses; their configuration lines. */
class DiscoveryCliTest {
    private static final long SECOND = 1_000_000_000L;
    private Kernel kernel;
    private Lab lab;
    private Router r1;
    private Link cable;
    private CliSession session;

    @BeforeEach
    void twoRouters() {
        kernel = new Kernel(5);
        lab = new Lab("t", kernel);
        r1 = lab.addRouter("r1");
        Router r2 = lab.addRouter("r2");
        cable = lab.connect(r1, InterfaceName.gigabitEthernet(0), r2, InterfaceName.gigabitEthernet(1));
        ConfigLoader.load(r1, "hostname R1\ninterface GigabitEthernet0/0\n ip address 10.0.12.1 255.255.255.0\n no shutdown\n");
        ConfigLoader.load(r2, "hostname R2\ninterface GigabitEthernet0/1\n ip address 10.0.12.2 255.255.255.0\n no shutdown\n");
        DiscoveryProtocols.start(r1);
        DiscoveryProtocols.start(r2);
        kernel.runUntil(SECOND);
        session = new CliSession(r1, "admin", 15, "127.0.0.1");
    }

    @Test
    void cdpNeighborsAsIosPrintsThemAndAsTextFsmReadsThem() throws Exception {
        String table = session.execute("show cdp neighbors");
        assertEquals("""
                Capability Codes: R - Router, T - Trans Bridge, B - Source Route Bridge
                                  S - Switch, H - Host, I - IGMP, r - Repeater, P - Phone,
                                  D - Remote, C - CVTA, M - Two-port Mac Relay

                Device ID        Local Intrfce     Holdtme    Capability  Platform  Port ID
                R2               Gig 0/0           179              R B   IOSv      Gig 0/1

                Total cdp entries displayed : 1
                """, table);
        Map<String, String> row = TextFsmCheck.parse("show cdp neighbors", table).get(0);
        assertEquals("R2", row.get("NEIGHBOR_NAME"));
        assertEquals("Gig 0/0", row.get("LOCAL_INTERFACE"));
        assertEquals("R B", row.get("CAPABILITIES"));
        assertEquals("IOSv", row.get("PLATFORM"));
        assertEquals("Gig 0/1", row.get("NEIGHBOR_INTERFACE"));

        String detail = session.execute("show cdp neighbors detail");
        Map<String, String> entry = TextFsmCheck.parse("show cdp neighbors detail", detail).get(0);
        assertEquals("R2", entry.get("NEIGHBOR_NAME"));
        assertEquals("10.0.12.2", entry.get("MGMT_ADDRESS"));
        assertEquals("Cisco IOSv", entry.get("PLATFORM"));
        assertEquals("GigabitEthernet0/0", entry.get("LOCAL_INTERFACE"));
        assertEquals("GigabitEthernet0/1", entry.get("NEIGHBOR_INTERFACE"));
        assertEquals("Router Source-Route-Bridge", entry.get("CAPABILITIES"));
        assertTrue(entry.get("NEIGHBOR_DESCRIPTION").startsWith("Cisco IOS Software, IOSv Software"), entry.toString());
        assertTrue(detail.endsWith("\n\nTotal cdp entries displayed : 1\n"), detail);
        assertEquals(detail.substring(0, detail.indexOf("\nTotal")), session.execute("show cdp entry R2") + "\n");
        assertEquals("", session.execute("show cdp entry R9"));
        assertEquals("Global CDP information:\n\tSending CDP packets every 60 seconds\n"
                + "\tSending a holdtime value of 180 seconds\n\tSending CDPv2 advertisements is  enabled\n",
                session.execute("show cdp"));
    }

    @Test
    void noCdpRunSaysCdpIsNotEnabledAndTheNeighbourGoesAfterItsHoldtimeWhenTheCableIsPulled() {
        lab.setConnected(cable, false);
        kernel.runUntil(150 * SECOND);
        assertTrue(session.execute("show cdp neighbors").contains("Total cdp entries displayed : 1"));
        kernel.runUntil(182 * SECOND);
        assertTrue(session.execute("show cdp neighbors").contains("Total cdp entries displayed : 0"));

        session.execute("configure terminal");
        session.execute("no cdp run");
        session.execute("cdp timer 30");
        session.execute("lldp run");
        session.execute("interface GigabitEthernet0/0");
        session.execute("no lldp receive");
        session.execute("no cdp enable");
        session.execute("end");
        assertEquals("% CDP is not enabled\n", session.execute("show cdp neighbors detail"));
        String config = RunningConfigWriter.render(r1);
        assertTrue(config.contains("\nlldp run\ncdp timer 30\nno cdp run\n!\n"), config);
        assertTrue(config.contains(" no cdp enable\n no lldp receive\n"), config);
        assertEquals("\nGlobal LLDP Information:\n    Status: ACTIVE\n    LLDP advertisements are sent every 30 seconds\n"
                + "    LLDP hold time advertised is 120 seconds\n    LLDP interface reinitialisation delay is 2 seconds\n",
                session.execute("show lldp"));
    }

    @Test
    void lldpTrafficCountsTheFramesAndTheEntriesAgedOut() {
        assertEquals("% LLDP is not enabled\n", session.execute("show lldp traffic"));
        ConfigLoader.load(r1, "lldp run\n");
        ConfigLoader.load(lab.router("r2"), "lldp run\n");
        kernel.runUntil(2 * SECOND);
        ConfigLoader.load(lab.router("r2"), "no lldp run\n");
        kernel.runUntil(125 * SECOND); // R2's frame of 1 s ages out at 121 s; R1 sent at 1, 31, 61, 91 and 121 s
        assertEquals("""

                LLDP traffic statistics:\s
                    Total frames out: 5
                    Total entries aged: 1
                    Total frames in: 1
                    Total frames received in error: 0
                    Total frames discarded: 0
                    Total TLVs discarded: 0
                    Total TLVs unrecognized: 0
                """, session.execute("show lldp traffic"));
    }

    @Test
    void lldpNeighborsOnceBothEndsRunIt() throws Exception {
        assertEquals("% LLDP is not enabled\n", session.execute("show lldp neighbors"));
        ConfigLoader.load(r1, "lldp run\n");
        ConfigLoader.load(lab.router("r2"), "lldp run\n");
        kernel.runUntil(40 * SECOND);
        String table = session.execute("show lldp neighbors");
        List<Map<String, String>> rows = TextFsmCheck.parse("show lldp neighbors", table);
        assertEquals("R2", rows.get(0).get("NEIGHBOR_NAME"));
        assertEquals("Gi0/0", rows.get(0).get("LOCAL_INTERFACE"));
        assertEquals("Gi0/1", rows.get(0).get("NEIGHBOR_INTERFACE"));
        assertEquals("R", rows.get(0).get("CAPABILITIES"));
        String detail = session.execute("show lldp neighbors detail");
        Map<String, String> entry = TextFsmCheck.parse("show lldp neighbors detail", detail).get(0);
        assertEquals("R2", entry.get("NEIGHBOR_NAME"));
        assertEquals("10.0.12.2", entry.get("MGMT_ADDRESS"));
        assertEquals(lab.router("r2").interfaceNamed(InterfaceName.gigabitEthernet(1)).macAddress(), entry.get("CHASSIS_ID"));
        assertEquals("Gi0/1", entry.get("NEIGHBOR_PORT_ID"));
    }

    @Test
    void helpListsTheCdpAndLldpKeywordsAndAKeptLineStaysInRunningConfig() {
        session.execute("configure terminal");
        assertEquals("""
                  advertise-v2      CDP sends version-2 advertisements
                  holdtime          Specify the holdtime (in sec) to be sent in packets
                  log               Log messages generated by CDP
                  run               Enable CDP
                  source-interface  Insert the interface's IP in all CDP packets
                  timer             Specify the rate at which CDP packets are sent (in sec)
                  tlv               Enable exchange of specific tlv information

                """, session.help("cdp ").replace("\r", ""));
        assertEquals("% Incomplete command.\n\n", session.execute("cdp"));
        assertEquals("", session.execute("cdp log mismatch duplex"));
        session.execute("interface GigabitEthernet0/0");
        assertEquals("""
                  enable  Enable CDP on interface
                  tlv     Enable exchange of specific tlv information

                """, session.help("cdp ").replace("\r", ""));
        session.execute("end");
        assertTrue(RunningConfigWriter.render(r1).contains("\ncdp log mismatch duplex\n"));
    }
}
