package org.looplab.dns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.looplab.net.Ipv4Address;
import org.looplab.router.Router;

/**
 * A router's name settings: the static entries of {@code ip host NAME [PORT] A...} (names match in any case, as
 * IOS's) and the servers of {@code ip name-server A...}, asked in the order they were given. Kernel thread only.
 */
public final class HostTable {
    /** IOS keeps up to 8 addresses per {@code ip host} and 6 name servers. */
    public static final int MAX_ADDRESSES = 8;
    public static final int MAX_SERVERS = 6;

    /** One {@code ip host} entry; {@code port} is null when the line gave none (telnet's 23). */
    public record StaticHost(String name, Integer port, List<Ipv4Address> addresses) {
    }

    private final Map<String, StaticHost> hosts = new LinkedHashMap<>();
    private final List<Ipv4Address> servers = new ArrayList<>();

    public static HostTable of(Router router) {
        return router.attachment(HostTable.class, r -> new HostTable());
    }

    public void putHost(StaticHost host) {
        hosts.put(host.name().toLowerCase(Locale.ROOT), host);
    }

    public void removeHost(String name) {
        hosts.remove(name.toLowerCase(Locale.ROOT));
    }

    public StaticHost host(String name) {
        return hosts.get(name.toLowerCase(Locale.ROOT));
    }

    public List<StaticHost> hosts() {
        return List.copyOf(hosts.values());
    }

    /** Adds servers at the end of the list; one already there keeps its place. False when the list would pass 6. */
    public boolean addServers(List<Ipv4Address> added) {
        List<Ipv4Address> fresh = added.stream().distinct().filter(a -> !servers.contains(a)).toList();
        if (servers.size() + fresh.size() > MAX_SERVERS) {
            return false;
        }
        servers.addAll(fresh);
        return true;
    }

    /** {@code no ip name-server [A...]}: those servers, or all of them. */
    public void removeServers(List<Ipv4Address> removed) {
        if (removed.isEmpty()) {
            servers.clear();
        } else {
            servers.removeAll(removed);
        }
    }

    public List<Ipv4Address> servers() {
        return List.copyOf(servers);
    }
}
