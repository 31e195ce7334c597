package org.looplab.cli.config;

import org.looplab.log.LogLevel;
import org.looplab.log.LoggingConfig;
import org.looplab.log.LoggingHost;
import org.looplab.log.Syslog;
import org.looplab.router.Router;
import org.looplab.snmp.SnmpConfig;

/**
 * The running-config lines of syslog and SNMP, where IOS writes them: {@code logging buffered} after the
 * hostname, the other {@code logging} lines and then the {@code snmp-server} lines after the routes and
 * access lists, each group closed by "!". Only settings that differ from IOS's defaults are written.
 */
public final class HostConfigLines {
    private HostConfigLines() {
    }

    /** {@code logging buffered [SIZE] [LEVEL]} when either differs from the default. */
    public static String buffered(Router router) {
        Syslog log = router.log();
        boolean size = log.bufferBytes() != Syslog.DEFAULT_BUFFER_BYTES;
        boolean level = log.bufferLevel() != LogLevel.DEBUGGING;
        if (!size && !level) {
            return "";
        }
        return "logging buffered" + (size ? " " + log.bufferBytes() : "") + (level ? " " + log.bufferLevel().keyword() : "")
                + "\n!\n";
    }

    /** The logging and snmp-server blocks after the routes. */
    public static String afterRoutes(Router router) {
        StringBuilder out = new StringBuilder();
        LoggingConfig logging = LoggingConfig.ifPresent(router);
        if (logging != null) {
            int before = out.length();
            if (logging.trap() != LoggingConfig.DEFAULT_TRAP) {
                out.append("logging trap ").append(logging.trap().keyword()).append('\n');
            }
            if (logging.originId() != null) {
                out.append("logging origin-id ").append(logging.originId() == LoggingConfig.OriginId.IP ? "ip" : "hostname")
                        .append('\n');
            }
            if (logging.sourceInterface() != null) {
                out.append("logging source-interface ").append(logging.sourceInterface().fullName()).append('\n');
            }
            for (LoggingHost host : logging.hosts()) {
                out.append(host.configLine()).append('\n');
            }
            if (out.length() > before) {
                out.append("!\n");
            }
        }
        SnmpConfig snmp = SnmpConfig.ifPresent(router);
        if (snmp != null && !snmp.configLines().isEmpty()) {
            snmp.configLines().forEach(line -> out.append(line).append('\n'));
            out.append("!\n");
        }
        return out.toString();
    }
}
