package org.looplab.host;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.looplab.router.Lab;
import org.looplab.router.Router;
import org.looplab.snmp.SnmpConfig;
import org.looplab.ssh.RouterEndpoint;

/**
 * The protocols a lab speaks with real software on the host besides SSH: syslog to the routers'
 * {@code logging host}s, an SNMP agent per router, and RADIUS to the servers of their AAA method lists. Each router uses its SSH endpoint's address
 * (127.1.0.N with an address per router, else 127.0.0.1; with {@code --bind-any} the agents listen on
 * every address and the system picks the syslog source). SNMP's port: 161 on each router's own address
 * when the lab gives each router one and the process may bind 161 (root, or a lowered
 * net.ipv4.ip_unprivileged_port_start), 1161 there otherwise; with one address for all, router N
 * answers on {@link #DEFAULT_SNMP_BASE_PORT} + N - 1. {@code --snmp-port} chooses that port (or the first).
 */
public final class HostServices implements AutoCloseable {
    public static final int STANDARD_SNMP_PORT = 161;
    /** The unprivileged stand-in for 161 on an address of its own. */
    public static final int FALLBACK_SNMP_PORT = 1161;
    /** Router N's agent on a shared address: this port plus N - 1. */
    public static final int DEFAULT_SNMP_BASE_PORT = 16101;

    private final SyslogForwarder syslog;
    private final SnmpService snmp;
    private final org.looplab.host.radius.RadiusClient radius;
    private final List<String> report;

    private HostServices(SyslogForwarder syslog, SnmpService snmp, org.looplab.host.radius.RadiusClient radius,
            List<String> report) {
        this.syslog = syslog;
        this.snmp = snmp;
        this.radius = radius;
        this.report = report;
    }

    /**
     * Starts them for a running lab. {@code snmpPort} is --snmp-port, or null for the default;
     * {@code notices} gets one-line notices for the lab's output.
     */
    public static HostServices start(Lab lab, List<RouterEndpoint> endpoints, boolean addressPerRouter, boolean bindAny,
            Integer snmpPort, Consumer<String> notices) {
        Map<Router, InetAddress> sources = new LinkedHashMap<>();
        for (RouterEndpoint endpoint : endpoints) {
            sources.put(endpoint.router(), hostAddress(endpoint));
        }
        Map<Router, InetSocketAddress> agents = snmpAddresses(endpoints, addressPerRouter, snmpPort);
        SyslogForwarder syslog = new SyslogForwarder(sources, bindAny, notices);
        SnmpService snmp = new SnmpService(agents, bindAny, notices);
        org.looplab.host.radius.RadiusClient radius = new org.looplab.host.radius.RadiusClient(sources);
        List<String> report = lab.kernel().call(() -> {
            syslog.attach(lab);
            snmp.attach(lab);
            radius.attach(lab);
            return reportLines(agents);
        });
        return new HostServices(syslog, snmp, radius, report);
    }

    /** Where each router's agent listens, in the routers' order. */
    static Map<Router, InetSocketAddress> snmpAddresses(List<RouterEndpoint> endpoints, boolean addressPerRouter,
            Integer snmpPort) {
        Map<Router, InetSocketAddress> agents = new LinkedHashMap<>();
        if (endpoints.isEmpty()) {
            return agents;
        }
        if (addressPerRouter) {
            int port = snmpPort != null ? snmpPort
                    : mayBind(endpoints.get(0).address().getAddress(), STANDARD_SNMP_PORT) ? STANDARD_SNMP_PORT : FALLBACK_SNMP_PORT;
            endpoints.forEach(e -> agents.put(e.router(), new InetSocketAddress(e.address().getAddress(), port)));
        } else {
            int base = snmpPort != null ? snmpPort : DEFAULT_SNMP_BASE_PORT;
            if (base < 1 || base + endpoints.size() - 1 > 65535) {
                throw new IllegalArgumentException("SNMP ports from " + base + " for " + endpoints.size()
                        + " routers go beyond 65535");
            }
            for (int i = 0; i < endpoints.size(); i++) {
                agents.put(endpoints.get(i).router(), new InetSocketAddress(endpoints.get(i).address().getAddress(), base + i));
            }
        }
        return agents;
    }

    private static boolean mayBind(InetAddress address, int port) {
        try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(address, port))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Kernel thread: the start report's lines for the routers whose startup-config enables SNMP. */
    private static List<String> reportLines(Map<Router, InetSocketAddress> agents) {
        List<String> lines = new ArrayList<>();
        int width = agents.keySet().stream().mapToInt(r -> r.name().length()).max().orElse(2);
        agents.forEach((router, address) -> {
            SnmpConfig config = SnmpConfig.ifPresent(router);
            if (config != null && config.agentEnabled()) {
                String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
                lines.add(String.format("%-" + width + "s  snmpwalk -v2c -c COMMUNITY %s:%d", router.name(), host,
                        address.getPort()));
            }
        });
        if (!lines.isEmpty()) {
            boolean sharedPort = agents.values().stream().map(InetSocketAddress::getPort).distinct().count() == 1;
            InetSocketAddress first = agents.values().iterator().next();
            lines.add("looplab: SNMP: COMMUNITY is on the router's 'snmp-server community' line; a router given one later answers"
                    + (sharedPort ? " on its own address, port " + first.getPort()
                            : " on port " + first.getPort() + " + N - 1 for router N"));
        }
        return lines;
    }

    /** Lines for the start report (one per router whose agent answers), printed after the SSH lines. */
    public List<String> report() {
        return report;
    }

    /** The router's own host address, or null when it listens on every address (--bind-any). */
    static InetAddress hostAddress(RouterEndpoint endpoint) {
        InetAddress address = endpoint.address().getAddress();
        return address.isAnyLocalAddress() ? null : address;
    }

    @Override
    public void close() {
        radius.close();
        snmp.close();
        syslog.close();
    }
}
