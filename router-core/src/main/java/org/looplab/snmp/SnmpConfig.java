package org.looplab.snmp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Interface;
import org.looplab.router.InterfaceName;
import org.looplab.router.Router;

/**
 * A router's {@code snmp-server} lines: communities, sysLocation and sysContact, notification hosts, the
 * traps enabled, and the interface indexes the agent gives out. As on IOS, the agent answers only once a
 * community exists. Attached to the router on first use; kernel thread only. The agent itself (sockets,
 * BER) lives at the lab's edge to the host.
 */
public final class SnmpConfig {
    /** {@code snmp-server community NAME [RO|RW] [ACL]}. */
    public record Community(String name, boolean readWrite, String accessList) {
        public String configLine() {
            return "snmp-server community " + name + (readWrite ? " RW" : " RO")
                    + (accessList == null ? "" : " " + accessList);
        }
    }

    /**
     * {@code snmp-server host A [version 2c] COMMUNITY [udp-port N]}; {@code version2c} false is IOS's
     * default, SNMPv1 traps.
     */
    public record NotificationHost(Ipv4Address address, boolean version2c, String community, int udpPort) {
        public static final int DEFAULT_PORT = 162;

        public String configLine() {
            return "snmp-server host " + address + (version2c ? " version 2c " : " ") + community
                    + (udpPort == DEFAULT_PORT ? "" : " udp-port " + udpPort);
        }
    }

    private final Map<String, Community> communities = new LinkedHashMap<>();
    private final Map<Ipv4Address, NotificationHost> hosts = new LinkedHashMap<>();
    private String location;
    private String contact;
    private boolean linkDownTrap;
    private boolean linkUpTrap;
    private boolean bgpTraps;
    private boolean ifIndexPersist;
    private final Map<InterfaceName, Integer> ifIndexes = new TreeMap<>();
    private int nextIfIndex = 1;
    private Runnable onChange = () -> { };

    public static SnmpConfig of(Router router) {
        return router.attachment(SnmpConfig.class, r -> new SnmpConfig());
    }

    /** The router's settings, or null when no snmp-server line was ever entered. */
    public static SnmpConfig ifPresent(Router router) {
        return router.attachmentIfPresent(SnmpConfig.class);
    }

    /** Told when a community or a notification host is added (the agent opens its socket then). */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    public List<Community> communities() {
        return List.copyOf(communities.values());
    }

    public Community community(String name) {
        return communities.get(name);
    }

    public void putCommunity(Community community) {
        communities.put(community.name(), community);
        onChange.run();
    }

    public boolean removeCommunity(String name) {
        return communities.remove(name) != null;
    }

    /** The agent runs while a community exists. */
    public boolean agentEnabled() {
        return !communities.isEmpty();
    }

    public List<NotificationHost> hosts() {
        return List.copyOf(hosts.values());
    }

    /** One line per host address: a new line for the same address replaces the old one. */
    public void putHost(NotificationHost host) {
        hosts.put(host.address(), host);
        onChange.run();
    }

    public boolean removeHost(Ipv4Address address) {
        return hosts.remove(address) != null;
    }

    /** sysLocation, or null. */
    public String location() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    /** sysContact, or null. */
    public String contact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public boolean linkDownTrap() {
        return linkDownTrap;
    }

    public boolean linkUpTrap() {
        return linkUpTrap;
    }

    public boolean bgpTraps() {
        return bgpTraps;
    }

    public void setLinkTraps(boolean down, boolean up) {
        this.linkDownTrap = down;
        this.linkUpTrap = up;
    }

    public void setBgpTraps(boolean on) {
        this.bgpTraps = on;
    }

    public boolean ifIndexPersist() {
        return ifIndexPersist;
    }

    public void setIfIndexPersist(boolean on) {
        this.ifIndexPersist = on;
    }

    /**
     * The interfaces with their ifIndex, in index order. Indexes are given out on first sight in IOS's
     * order (physical ports, Null0, loopbacks) and never reused while the router runs: a loopback created
     * later gets the next number, and one removed leaves a gap. The order depends on the configuration
     * only, so the same startup-config gives the same indexes on every start (what {@code snmp-server
     * ifindex persist} promises across reloads).
     */
    public Map<Integer, Object> ifIndexes(Router router) {
        for (Interface iface : router.interfaces()) {
            if (!iface.isLoopback()) {
                assign(iface.name());
            }
        }
        assign(InterfaceName.nullInterface());
        for (Interface iface : router.interfaces()) {
            if (iface.isLoopback()) {
                assign(iface.name());
            }
        }
        TreeMap<Integer, Object> byIndex = new TreeMap<>();
        ifIndexes.forEach((name, index) -> {
            if (name.isNull()) {
                byIndex.put(index, name);
            } else {
                Interface iface = router.interfaceNamed(name);
                if (iface != null) {
                    byIndex.put(index, iface);
                }
            }
        });
        return byIndex;
    }

    /** The ifIndex of an interface (given out now if it has none yet). */
    public int ifIndex(InterfaceName name) {
        return assign(name);
    }

    private int assign(InterfaceName name) {
        Integer index = ifIndexes.get(name);
        if (index == null) {
            index = nextIfIndex++;
            ifIndexes.put(name, index);
        }
        return index;
    }

    /** The {@code snmp-server} lines as IOS writes them, in its order. */
    public List<String> configLines() {
        List<String> lines = new ArrayList<>();
        communities.values().forEach(c -> lines.add(c.configLine()));
        if (location != null) {
            lines.add("snmp-server location " + location);
        }
        if (contact != null) {
            lines.add("snmp-server contact " + contact);
        }
        if (ifIndexPersist) {
            lines.add("snmp-server ifindex persist");
        }
        if (linkDownTrap || linkUpTrap) {
            lines.add("snmp-server enable traps snmp" + (linkDownTrap ? " linkdown" : "") + (linkUpTrap ? " linkup" : ""));
        }
        if (bgpTraps) {
            lines.add("snmp-server enable traps bgp");
        }
        hosts.values().forEach(h -> lines.add(h.configLine()));
        return lines;
    }
}
