package org.looplab.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.looplab.cli.session.CliSession;
import org.looplab.log.LogLevel;
import org.looplab.log.LoggingConfig;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.sim.Kernel;
import org.looplab.snmp.SnmpConfig;

/** The logging and snmp-server lines: parsed with abbreviations, applied, written back as IOS writes them. */
class HostSettingsTest {
    private final Router router = new Lab("t", new Kernel(1)).addRouter("R1");

    @Test
    void loggingLinesRoundTrip() {
        List<String> warnings = ConfigLoader.apply(router, """
                interface Loopback0
                 ip address 10.0.0.1 255.255.255.255
                logging buffered 16384 informational
                logging trap warnings
                logging origin-id hostname
                logging source-interface Loopback0
                logging host 127.0.0.1
                logging host 127.0.0.2 transport tcp port 1514
                logg 127.0.0.3 tr u po 5514
                """);
        assertEquals(List.of(), warnings);
        String config = RunningConfigWriter.render(router);
        assertTrue(config.contains("hostname R1\n!\nlogging buffered 16384 informational\n!\n"), config);
        assertTrue(config.contains("""
                logging trap warnings
                logging origin-id hostname
                logging source-interface Loopback0
                logging host 127.0.0.1
                logging host 127.0.0.2 transport tcp port 1514
                logging host 127.0.0.3 transport udp port 5514
                !
                """), config);
        Router copy = new Lab("t2", new Kernel(2)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(copy, config));
        assertEquals(config, RunningConfigWriter.render(copy));

        CliSession session = CliSession.configuring(router);
        session.execute("no logging host 127.0.0.2");
        session.execute("no logging trap");
        assertEquals(2, LoggingConfig.of(router).hosts().size());
        assertEquals(LogLevel.INFORMATIONAL, LoggingConfig.of(router).trap());
        // A level below 8 is a level; a size must be 4096 or more.
        assertTrue(session.execute("logging buffered 100").contains("% Invalid input"));
        session.execute("logging buffered 3");
        assertEquals(LogLevel.ERRORS, router.log().bufferLevel());
        String help = session.help("logging ");
        assertTrue(help.contains("host") && help.contains("Set syslog server IP address and parameters"), help);
        assertTrue(session.help("logging trap ").contains("warnings       Warning conditions"), help);
        assertTrue(session.help("logging origin-id ").contains("Use origin IP address as ID"));
        session.execute("logging origin-id ip");
        assertEquals(LoggingConfig.OriginId.IP, LoggingConfig.of(router).originId());
        assertTrue(RunningConfigWriter.render(router).contains("logging origin-id ip\n"));
        session.execute("no logging origin-id");
        assertEquals(null, LoggingConfig.of(router).originId());
    }

    @Test
    void snmpServerLinesRoundTrip() {
        List<String> warnings = ConfigLoader.apply(router, """
                snmp-server community public RO
                snmp-server community private RW 10
                snmp-server location Lab rack 3, row 2
                snmp-server contact noc@example.net
                snmp-server ifindex persist
                snmp-server enable traps snmp linkdown linkup
                snmp-server enable traps bgp
                snmp-server host 127.0.0.1 version 2c public udp-port 1162
                snmp-server host 127.0.0.2 public
                """);
        assertEquals(List.of(), warnings);
        String config = RunningConfigWriter.render(router);
        assertTrue(config.contains("""
                snmp-server community public RO
                snmp-server community private RW 10
                snmp-server location Lab rack 3, row 2
                snmp-server contact noc@example.net
                snmp-server ifindex persist
                snmp-server enable traps snmp linkdown linkup
                snmp-server enable traps bgp
                snmp-server host 127.0.0.1 version 2c public udp-port 1162
                snmp-server host 127.0.0.2 public
                !
                """), config);
        Router copy = new Lab("t2", new Kernel(2)).addRouter("R1");
        assertEquals(List.of(), ConfigLoader.apply(copy, config));
        assertEquals(config, RunningConfigWriter.render(copy));

        CliSession session = CliSession.configuring(router);
        session.execute("no snmp-server enable traps snmp linkup");
        session.execute("no snmp-server community private");
        SnmpConfig snmp = SnmpConfig.of(router);
        assertTrue(snmp.linkDownTrap());
        assertFalse(snmp.linkUpTrap());
        assertEquals(1, snmp.communities().size());
        assertTrue(session.help("snmp-server ").contains("Enable SNMP; set community string and access privs"));
    }
}
