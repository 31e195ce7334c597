package org.looplab.host;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import org.looplab.cli.show.LogTimestamp;
import org.looplab.log.LogLevel;
import org.looplab.log.LogMessage;
import org.looplab.log.LoggingConfig;
import org.looplab.router.Interface;
import org.looplab.router.Router;

/**
 * A log message as IOS puts it in a syslog datagram (the BSD form of RFC 3164 without its header, as IOS
 * sends it): {@code <PRI>SEQ: [HOSTNAME: ]TIMESTAMP: %FAC-SEV-MNEMONIC: text}. PRI is facility local7
 * (23) times 8 plus the message's severity; SEQ is the message's number among all the router has logged;
 * the hostname comes with {@code logging origin-id hostname}, an address with {@code logging origin-id ip};
 * the timestamp follows {@code service timestamps log} (none when they are off).
 *
 * <p>{@code logging origin-id ip} names the sending interface's address. On IOS that is the {@code logging
 * source-interface}, which is also the datagram's source; here datagrams always leave from the router's
 * host address (the lab's edge), so the source interface shows in the origin ID, and without one the origin
 * is that host address, the interface the datagram really leaves by.
 */
public final class SyslogWire {
    private SyslogWire() {
    }

    /** Kernel thread only: reads the router's hostname, timestamp style and clock. */
    public static String format(Router router, LoggingConfig config, LogMessage message, long sequence,
            InetAddress hostAddress) {
        int severity = LogLevel.severityOf(message.text());
        StringBuilder line = new StringBuilder(96 + message.text().length());
        line.append('<').append(LoggingConfig.FACILITY_LOCAL7 * 8 + severity).append('>').append(sequence).append(": ");
        if (config.originId() == LoggingConfig.OriginId.HOSTNAME) {
            line.append(router.hostname()).append(": ");
        } else if (config.originId() == LoggingConfig.OriginId.IP) {
            line.append(originAddress(router, config, hostAddress)).append(": ");
        }
        String stamp = LogTimestamp.forLog(router, message.timeNanos());
        if (stamp != null) {
            line.append(stamp).append(": ");
        }
        return line.append(message.text()).toString();
    }

    private static String originAddress(Router router, LoggingConfig config, InetAddress hostAddress) {
        Interface source = config.sourceInterface() == null ? null : router.interfaceNamed(config.sourceInterface());
        if (source != null && source.address() != null) {
            return source.address().address().toString();
        }
        return hostAddress == null || hostAddress.isAnyLocalAddress() ? "127.0.0.1" : hostAddress.getHostAddress();
    }

    static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }
}
