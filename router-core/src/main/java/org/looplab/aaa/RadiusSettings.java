package org.looplab.aaa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;

/**
 * A router's RADIUS configuration as IOS 15 writes it: {@code radius server NAME} blocks (an IPv4 address,
 * the authentication and accounting ports, the shared key kept as type 7), {@code aaa group server radius
 * NAME} blocks listing servers by name, and the global {@code radius-server timeout} (5 s) and
 * {@code radius-server retransmit} (3). The group {@code radius} of a method list means every server. Kernel
 * thread only.
 */
public final class RadiusSettings {
    /** IOS's defaults: the ports of the first RADIUS drafts (RFC 2865 moved them to 1812 and 1813). */
    public static final int DEFAULT_AUTH_PORT = 1645;
    public static final int DEFAULT_ACCT_PORT = 1646;
    public static final int DEFAULT_TIMEOUT_SECONDS = 5;
    public static final int DEFAULT_RETRANSMIT = 3;
    /** The name of the group of every server in method lists ({@code group radius}). */
    public static final String ALL_SERVERS = "radius";

    /** One {@code radius server NAME} block; the key is IOS's type 7 text, never the clear text. */
    public static final class Server {
        private final String name;
        private Ipv4Address address;
        private int authPort = DEFAULT_AUTH_PORT;
        private int acctPort = DEFAULT_ACCT_PORT;
        private String type7Key;

        Server(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        public Ipv4Address address() {
            return address;
        }

        public int authPort() {
            return authPort;
        }

        public int acctPort() {
            return acctPort;
        }

        public String type7Key() {
            return type7Key;
        }

        public void setAddress(Ipv4Address value, int auth, int acct) {
            this.address = value;
            this.authPort = auth;
            this.acctPort = acct;
        }

        public void clearAddress() {
            setAddress(null, DEFAULT_AUTH_PORT, DEFAULT_ACCT_PORT);
        }

        public void setType7Key(String value) {
            this.type7Key = value;
        }
    }

    private final Map<String, Server> servers = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
    private int retransmit = DEFAULT_RETRANSMIT;

    public static RadiusSettings of(Router router) {
        return router.attachment(RadiusSettings.class, r -> new RadiusSettings());
    }

    public static RadiusSettings ifPresent(Router router) {
        return router.attachmentIfPresent(RadiusSettings.class);
    }

    public Map<String, Server> servers() {
        return servers;
    }

    public Server server(String name) {
        return servers.computeIfAbsent(name, Server::new);
    }

    public void removeServer(String name) {
        servers.remove(name);
    }

    /** Server names of each {@code aaa group server radius} block, in the order typed. */
    public Map<String, List<String>> groups() {
        return groups;
    }

    public List<String> group(String name) {
        return groups.computeIfAbsent(name, n -> new ArrayList<>());
    }

    public void removeGroup(String name) {
        groups.remove(name);
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    public void setTimeoutSeconds(int seconds) {
        this.timeoutSeconds = seconds;
    }

    public int retransmit() {
        return retransmit;
    }

    public void setRetransmit(int count) {
        this.retransmit = count;
    }

    /**
     * The servers a method's group names, in order: every server for {@code radius}, the group's members
     * otherwise (a member without a {@code radius server} block or an address is skipped, as IOS skips
     * it); empty for a group that is not a RADIUS group.
     */
    public List<Server> serversOf(String group) {
        List<Server> result = new ArrayList<>();
        if (ALL_SERVERS.equals(group)) {
            servers.values().stream().filter(s -> s.address() != null).forEach(result::add);
            return result;
        }
        for (String member : groups.getOrDefault(group, List.of())) {
            Server server = servers.get(member);
            if (server != null && server.address() != null) {
                result.add(server);
            }
        }
        return result;
    }
}
