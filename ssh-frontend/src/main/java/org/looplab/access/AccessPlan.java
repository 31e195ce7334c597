package org.looplab.access;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.looplab.host.SnmpPorts;
import org.looplab.ssh.EndpointPlan;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyNode;

/**
 * Where {@code looplab run} with the same options puts each router of a topology, and which user to log
 * in as: the first privilege-15 {@code username} of the router's startup-config file (else its first
 * {@code username}, else the one other routers of the lab use, else {@code admin}, containerlab's
 * convention), and where its SNMP agent answers when its startup-config enables one. Computed from the
 * topology alone, without starting anything.
 */
public final class AccessPlan {
    /** The user when no startup-config names one. */
    public static final String DEFAULT_USER = "admin";
    private static final Pattern USERNAME = Pattern.compile("^username\\s+(\\S+)(.*)$");
    private static final Pattern PRIVILEGE_15 = Pattern.compile("\\sprivilege\\s+15(\\s|$)");
    private static final Pattern SNMP_COMMUNITY = Pattern.compile("^snmp-server\\s+community\\s");

    private AccessPlan() {
    }

    /** {@code snmpPort} is run's --snmp-port, or null for its default. */
    public static List<HostAccess> of(Topology topology, int basePort, boolean addressPerRouter, Integer snmpPort) {
        List<TopologyNode> nodes = topology.nodes().stream().filter(node -> !node.isLinuxHost()).toList();
        List<InetSocketAddress> addresses = EndpointPlan.addresses(nodes.size(), basePort, addressPerRouter, false);
        List<Integer> snmpPorts = SnmpPorts.of(addresses.stream().map(InetSocketAddress::getAddress).toList(),
                addressPerRouter, snmpPort);
        List<String> users = new ArrayList<>();
        List<Boolean> agents = new ArrayList<>();
        String labUser = null;
        for (TopologyNode node : nodes) {
            List<String> lines = startupConfigLines(node);
            agents.add(lines.stream().anyMatch(line -> SNMP_COMMUNITY.matcher(line).find()));
            String user = userIn(lines);
            users.add(user);
            if (labUser == null) {
                labUser = user;
            }
        }
        List<HostAccess> hosts = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String user = users.get(i) != null ? users.get(i) : labUser != null ? labUser : DEFAULT_USER;
            InetSocketAddress address = addresses.get(i);
            hosts.add(new HostAccess(nodes.get(i).name(), address.getAddress().getHostAddress(), address.getPort(),
                    user, agents.get(i) ? snmpPorts.get(i) : null));
        }
        return hosts;
    }

    /** The startup-config's lines, stripped; none when it has none or cannot be read. */
    private static List<String> startupConfigLines(TopologyNode node) {
        if (node.startupConfig() == null) {
            return List.of();
        }
        try {
            return Files.readString(node.startupConfig(), StandardCharsets.UTF_8).lines().map(String::strip).toList();
        } catch (IOException e) {
            return List.of(); // the lab would not start either; its error comes from looplab run
        }
    }

    private static String userIn(List<String> lines) {
        String first = null;
        for (String line : lines) {
            Matcher matcher = USERNAME.matcher(line);
            if (matcher.matches()) {
                if (PRIVILEGE_15.matcher(matcher.group(2)).find()) {
                    return matcher.group(1);
                }
                if (first == null) {
                    first = matcher.group(1);
                }
            }
        }
        return first;
    }
}
