package org.looplab.cli.show;

import org.looplab.log.LogLevel;
import org.looplab.log.LoggingConfig;
import org.looplab.log.LoggingHost;
import org.looplab.router.Router;

/** The "Trap logging" part of {@code show logging}: the syslog hosts and the source interface, as IOS 15 prints them. */
final class HostLogging {
    private HostLogging() {
    }

    static void appendTrapSection(Router router, long logged, StringBuilder out) {
        LoggingConfig config = LoggingConfig.ifPresent(router);
        LogLevel trap = config == null ? LoggingConfig.DEFAULT_TRAP : config.trap();
        out.append("    Trap logging: level ").append(trap.keyword()).append(", ").append(logged)
                .append(" message lines logged\n");
        if (config != null) {
            for (LoggingHost host : config.hosts()) {
                out.append("        Logging to ").append(host.address()).append("  (")
                        .append(host.transport().name().toLowerCase(java.util.Locale.ROOT)).append(" port ")
                        .append(host.port()).append(", audit disabled,\n");
                out.append("              link up),\n");
                out.append("              ").append(config.linesSent(host)).append(" message lines logged, \n");
                out.append("              0 message lines rate-limited, \n");
                out.append("              0 message lines dropped-by-MD, \n");
                out.append("              xml disabled, sequence number disabled\n");
                out.append("              filtering disabled\n");
            }
        }
        out.append("        Logging Source-Interface:       VRF Name:\n");
        if (config != null && config.sourceInterface() != null) {
            out.append("        ").append(config.sourceInterface().fullName()).append(" \n");
        }
        out.append('\n');
    }
}
