package org.looplab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.looplab.ssh.FreePorts;
import org.looplab.ssh.StreamCollector;

/**
 * {@code looplab run} with {@code snmp-server} lines in r1's startup-config, polled by net-snmp's
 * snmpget, snmpwalk and snmpbulkwalk (Debian's snmp) and receiving traps with snmptrapd: the system group
 * and IF-MIB as IOS answers them, OSPF and IP-MIB rows, and a pulled cable seen as ifOperStatus down and a
 * linkDown trap. Output is numeric (-On): Debian ships net-snmp without the IETF MIB files.
 */
class SnmpEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @BeforeEach
    void needsNetSnmp() {
        ExternalTool.require(ExternalTool.onPath("snmpwalk") && ExternalTool.onPath("snmpget")
                && ExternalTool.onPath("snmpbulkwalk"), "net-snmp's tools (Debian package snmp)");
        ExternalTool.require(ExternalTool.onPath("snmptrapd"), "snmptrapd (Debian package snmptrapd)");
    }

    @Test
    void walkGetBulkAndALinkDownTrap() throws Exception {
        int trapPort = FreePorts.consecutive(1);
        Path trapConf = folder.resolve("snmptrapd.conf");
        Files.writeString(trapConf, "disableAuthorization yes\n");
        Process trapd = new ProcessBuilder("snmptrapd", "-f", "-Lo", "-On", "-C", "-c", trapConf.toString(),
                "127.0.0.1:" + trapPort).redirectErrorStream(true).start();
        StreamCollector traps = new StreamCollector(trapd.getInputStream());
        try {
            int sshPort = FreePorts.consecutive(2);
            int snmpPort = FreePorts.consecutive(2);
            String agent = "127.0.0.1:" + snmpPort;
            try (LabProcess lab = LabProcess.start(writeLab(trapPort), folder.resolve("state"), sshPort,
                    "--snmp-port", Integer.toString(snmpPort))) {
                assertTrue(lab.output().contains("r1  snmpwalk -v2c -c COMMUNITY " + agent), lab.output());
                assertTrue(!lab.output().contains("public"), "the start report names no community");

                String system = run("snmpwalk", "-v2c", "-c", "public", "-On", agent, "1.3.6.1.2.1.1");
                assertTrue(system.contains(".1.3.6.1.2.1.1.1.0 = STRING: \"Cisco IOS Software, IOSv Software (VIOS-ADVENTERPRISEK9-M), Version 15.9(3)M6"), system);
                assertTrue(system.contains(".1.3.6.1.2.1.1.2.0 = OID: .1.3.6.1.4.1.9.1.1\n"), system);
                assertTrue(system.matches("(?s).*\\.1\\.3\\.6\\.1\\.2\\.1\\.1\\.3\\.0 = Timeticks: \\(\\d+\\).*"), system);
                assertTrue(system.contains(".1.3.6.1.2.1.1.4.0 = STRING: \"noc@example.net\""), system);
                assertTrue(system.contains(".1.3.6.1.2.1.1.5.0 = STRING: \"R1\""), system);
                assertTrue(system.contains(".1.3.6.1.2.1.1.6.0 = STRING: \"Lab rack 3\""), system);
                assertTrue(system.contains(".1.3.6.1.2.1.1.7.0 = INTEGER: 78"), system);

                String ifTable = run("snmpwalk", "-v2c", "-c", "public", "-On", agent, "1.3.6.1.2.1.2.2");
                assertTrue(ifTable.contains(".1.3.6.1.2.1.2.2.1.2.1 = STRING: \"GigabitEthernet0/0\""), ifTable);
                assertTrue(ifTable.contains(".1.3.6.1.2.1.2.2.1.2.5 = STRING: \"Null0\""), ifTable);
                assertTrue(ifTable.contains(".1.3.6.1.2.1.2.2.1.2.6 = STRING: \"Loopback0\""), ifTable);
                assertTrue(ifTable.contains(".1.3.6.1.2.1.2.2.1.3.1 = INTEGER: 6"), ifTable);
                assertTrue(ifTable.contains(".1.3.6.1.2.1.2.2.1.6.1 = Hex-STRING: 52 54 00 00 01 00"), ifTable);
                assertTrue(ifTable.contains(".1.3.6.1.2.1.2.2.1.8.1 = INTEGER: 1"), ifTable);
                assertTrue(ifTable.contains(".1.3.6.1.2.1.2.2.1.8.2 = INTEGER: 2"), ifTable);
                assertTrue(ifTable.matches("(?s).*\\.1\\.3\\.6\\.1\\.2\\.1\\.2\\.2\\.1\\.16\\.1 = Counter32: [1-9]\\d*\n.*"),
                        "OSPF's packets counted out of Gi0/0:\n" + ifTable);

                String ifNames = run("snmpbulkwalk", "-v2c", "-c", "public", "-On", agent, "1.3.6.1.2.1.31.1.1.1.1");
                assertEquals(List.of(".1.3.6.1.2.1.31.1.1.1.1.1 = STRING: \"Gi0/0\"", ".1.3.6.1.2.1.31.1.1.1.1.2 = STRING: \"Gi0/1\"",
                        ".1.3.6.1.2.1.31.1.1.1.1.3 = STRING: \"Gi0/2\"", ".1.3.6.1.2.1.31.1.1.1.1.4 = STRING: \"Gi0/3\"",
                        ".1.3.6.1.2.1.31.1.1.1.1.5 = STRING: \"Nu0\"", ".1.3.6.1.2.1.31.1.1.1.1.6 = STRING: \"Lo0\""),
                        ifNames.lines().toList());
                String addresses = run("snmpwalk", "-v2c", "-c", "public", "-On", agent, "1.3.6.1.2.1.4.20.1.2");
                assertTrue(addresses.contains(".1.3.6.1.2.1.4.20.1.2.10.0.12.1 = INTEGER: 1"), addresses);
                assertTrue(addresses.contains(".1.3.6.1.2.1.4.20.1.2.10.0.0.1 = INTEGER: 6"), addresses);
                String ospf = run("snmpget", "-v2c", "-c", "public", "-On", agent, "1.3.6.1.2.1.14.10.1.6.10.0.12.2.0");
                assertEquals(".1.3.6.1.2.1.14.10.1.6.10.0.12.2.0 = INTEGER: 8\n", ospf, "ospfNbrState full");
                assertTrue(run("snmpget", "-v2c", "-c", "wrong", "-On", "-t", "0.3", "-r", "0", agent, "1.3.6.1.2.1.1.5.0")
                        .contains("Timeout"), "a community the router lacks gets no answer");
                assertTrue(run("snmpget", "-v1", "-c", "public", "-On", agent, "1.3.6.1.2.1.1.5.0")
                        .contains("STRING: \"R1\""), "SNMPv1 too");

                lab.console("link r1:Gi0/0 down", "pulled");
                String down = run("snmpget", "-v2c", "-c", "public", "-On", agent, "1.3.6.1.2.1.2.2.1.8.1");
                assertEquals(".1.3.6.1.2.1.2.2.1.8.1 = INTEGER: 2\n", down, "ifOperStatus down");
                int trap = traps.await(".1.3.6.1.6.3.1.1.4.1.0 = OID: .1.3.6.1.6.3.1.1.5.3", 0, WAIT);
                String trapText = traps.text().substring(trap);
                assertTrue(trapText.contains(".1.3.6.1.2.1.2.2.1.1.1 = INTEGER: 1"), trapText);
                assertTrue(trapText.contains(".1.3.6.1.2.1.2.2.1.2.1 = STRING: \"GigabitEthernet0/0\""), trapText);
                assertTrue(trapText.contains(".1.3.6.1.4.1.9.2.2.1.1.20.1 = STRING: \"down\""), trapText);
                assertEquals(0, lab.quit());
            }
        } finally {
            trapd.destroy();
            if (!trapd.waitFor(10, TimeUnit.SECONDS)) {
                trapd.destroyForcibly();
            }
        }
    }

    private Path writeLab(int trapPort) throws IOException {
        return TwoRouterLabFiles.write(folder, "snmp", String.join("\n",
                "hostname R1",
                "username admin privilege 15 secret admin",
                "interface Loopback0",
                " ip address 10.0.0.1 255.255.255.255",
                "interface GigabitEthernet0/0",
                " ip address 10.0.12.1 255.255.255.0",
                "router ospf 1",
                " network 10.0.0.0 0.0.255.255 area 0",
                "snmp-server community public RO",
                "snmp-server location Lab rack 3",
                "snmp-server contact noc@example.net",
                "snmp-server enable traps snmp linkdown linkup",
                "snmp-server host 127.0.0.1 version 2c public udp-port " + trapPort, ""),
                String.join("\n",
                "hostname R2",
                "interface GigabitEthernet0/0",
                " ip address 10.0.12.2 255.255.255.0",
                "router ospf 1",
                " network 10.0.0.0 0.0.255.255 area 0", ""));
    }

    /** Runs a net-snmp command and returns what it printed (stdout and stderr). */
    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return out;
    }
}
