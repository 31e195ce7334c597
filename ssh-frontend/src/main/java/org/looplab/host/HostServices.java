package org.looplab.host;

import java.io.IOException;
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
 * every address and the system picks the syslog source). SNMP's ports: {@link SnmpPorts}.
 */
public final class HostServices implements AutoCloseable {
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
        List<InetAddress> addresses = endpoints.stream().map(e -> e.address().getAddress()).toList();
        List<Integer> ports = SnmpPorts.of(addresses, addressPerRouter, snmpPort);
        Map<Router, InetSocketAddress> agents = new LinkedHashMap<>();
        for (int i = 0; i < endpoints.size(); i++) {
            agents.put(endpoints.get(i).router(), new InetSocketAddress(addresses.get(i), ports.get(i)));
        }
        return agents;
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
