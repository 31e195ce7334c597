package org.looplab.log;

import java.util.ArrayList;
import java.util.List;
import org.looplab.net.Ipv4Address;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * A router's syslog settings beyond its buffer: the {@code logging host} lines, {@code logging trap}
 * (the highest severity sent to them), {@code logging source-interface} and {@code logging origin-id
 * hostname|ip}. Attached to the router on first use; kernel thread only. Who sends the messages to the hosts
 * is the lab's edge to the host (the router only says where and what).
 */
public final class LoggingConfig {
    /** IOS's default {@code logging trap} level. */
    public static final LogLevel DEFAULT_TRAP = LogLevel.INFORMATIONAL;
    /** Syslog's facility number of {@code local7}, IOS's default {@code logging facility}. */
    public static final int FACILITY_LOCAL7 = 23;

    private final List<LoggingHost> hosts = new ArrayList<>();
    private final java.util.Map<LoggingHost, Long> linesSent = new java.util.HashMap<>();
    private LogLevel trap = DEFAULT_TRAP;
    private InterfaceName sourceInterface;
    private OriginId originId;

    public static LoggingConfig of(Router router) {
        return router.attachment(LoggingConfig.class, r -> new LoggingConfig());
    }

    /** The router's settings, or null when no logging line was ever entered (nothing to send). */
    public static LoggingConfig ifPresent(Router router) {
        return router.attachmentIfPresent(LoggingConfig.class);
    }

    public List<LoggingHost> hosts() {
        return List.copyOf(hosts);
    }

    /** Adds a host line; the same address, transport and port again changes nothing. */
    public void addHost(LoggingHost host) {
        if (!hosts.contains(host)) {
            hosts.add(host);
        }
    }

    /**
     * {@code no logging host A [transport ...]}: with a transport, that line only; without, every line of
     * the address. Returns false when nothing matched.
     */
    public boolean removeHost(Ipv4Address address, LoggingHost exact) {
        return exact != null ? hosts.remove(exact) : hosts.removeIf(host -> host.address().equals(address));
    }

    /** Counts a message line handed to the host edge for {@code host} ({@code show logging}). */
    public void countSent(LoggingHost host) {
        linesSent.merge(host, 1L, Long::sum);
    }

    public long linesSent(LoggingHost host) {
        return linesSent.getOrDefault(host, 0L);
    }

    public LogLevel trap() {
        return trap;
    }

    public void setTrap(LogLevel level) {
        this.trap = level == null ? DEFAULT_TRAP : level;
    }

    /** True when a message of this severity goes to the hosts. */
    public boolean sends(int severity) {
        return !hosts.isEmpty() && severity <= trap.severity();
    }

    /** The {@code logging source-interface}, or null. */
    public InterfaceName sourceInterface() {
        return sourceInterface;
    }

    public void setSourceInterface(InterfaceName name) {
        this.sourceInterface = name;
    }

    /** {@code logging origin-id}: what each message carries as its origin (IOS's {@code hostname} or {@code ip}). */
    public enum OriginId {
        HOSTNAME, IP
    }

    /** The {@code logging origin-id}, or null. */
    public OriginId originId() {
        return originId;
    }

    public void setOriginId(OriginId originId) {
        this.originId = originId;
    }
}
