package org.looplab.access;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.looplab.ssh.EndpointPlan;
import org.looplab.topology.Topology;
import org.looplab.topology.TopologyNode;

/**
 * Where {@code looplab run} with the same options puts each router of a topology, and which user to log
 * in as: the first privilege-15 {@code username} of the router's startup-config file (else its first
 * {@code username}, else the one other routers of the lab use, else {@code admin}, containerlab's
 * convention). Computed from the topology alone, without starting anything.
 */
public final class AccessPlan {
    /** The user when no startup-config names one. */
    public static final String DEFAULT_USER = "admin";
    private static final Pattern USERNAME = Pattern.compile("^username\\s+(\\S+)(.*)$");
    private static final Pattern PRIVILEGE_15 = Pattern.compile("\\sprivilege\\s+15(\\s|$)");

    private AccessPlan() {
    }

    public static List<HostAccess> of(Topology topology, int basePort, boolean addressPerRouter) {
        List<TopologyNode> nodes = topology.nodes().stream().filter(node -> !node.isLinuxHost()).toList();
        List<InetSocketAddress> addresses = EndpointPlan.addresses(nodes.size(), basePort, addressPerRouter, false);
        List<String> users = new ArrayList<>();
        String labUser = null;
        for (TopologyNode node : nodes) {
            String user = userIn(node);
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
                    user));
        }
        return hosts;
    }

    private static String userIn(TopologyNode node) {
        if (node.startupConfig() == null) {
            return null;
        }
        String text;
        try {
            text = Files.readString(node.startupConfig(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // the lab would not start either; its error comes from looplab run
        }
        String first = null;
        for (String line : text.split("\r?\n")) {
            Matcher matcher = USERNAME.matcher(line.strip());
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
