package org.looplab.host;

import java.nio.charset.StandardCharsets;
import org.looplab.cli.show.LogTimestamp;
import org.looplab.log.LogLevel;
import org.looplab.log.LogMessage;
import org.looplab.log.LoggingConfig;
import org.looplab.router.Router;

/**
 * A log message as IOS puts it in a syslog datagram (the BSD form of RFC 3164 without its header, as IOS
 * sends it): {@code <PRI>SEQ: [HOSTNAME: ]TIMESTAMP: %FAC-SEV-MNEMONIC: text}. PRI is facility local7
 * (23) times 8 plus the message's severity; SEQ is the message's number among all the router has logged;
 * the hostname comes with {@code logging origin-id hostname}; the timestamp follows {@code service
 * timestamps log} (none when they are off).
 */
public final class SyslogWire {
    private SyslogWire() {
    }

    /** Kernel thread only: reads the router's hostname, timestamp style and clock. */
    public static String format(Router router, LoggingConfig config, LogMessage message, long sequence) {
        int severity = LogLevel.severityOf(message.text());
        StringBuilder line = new StringBuilder(96 + message.text().length());
        line.append('<').append(LoggingConfig.FACILITY_LOCAL7 * 8 + severity).append('>').append(sequence).append(": ");
        if (config.originIdHostname()) {
            line.append(router.hostname()).append(": ");
        }
        String stamp = LogTimestamp.forLog(router, message.timeNanos());
        if (stamp != null) {
            line.append(stamp).append(": ");
        }
        return line.append(message.text()).toString();
    }

    static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }
}
