package org.looplab.routing;

import java.util.Collection;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.net.PrefixTable;

/**
 * A router's routing table. This first slice holds connected and local routes only, one route per prefix;
 * lookups are longest-prefix match.
 */
public final class Rib {
    private final PrefixTable<Route> routes = new PrefixTable<>();

    public void install(Route route) {
        routes.put(route.prefix(), route);
    }

    public void remove(Ipv4Prefix prefix, RouteSource source) {
        Route existing = routes.get(prefix);
        if (existing != null && existing.source() == source) {
            routes.remove(prefix);
        }
    }

    public Route get(Ipv4Prefix prefix) {
        return routes.get(prefix);
    }

    public Route lookup(Ipv4Address destination) {
        return routes.longestMatch(destination);
    }

    /** All routes, ordered by network address then prefix length. */
    public Collection<Route> routes() {
        return routes.sorted().values();
    }

    public int size() {
        return routes.size();
    }
}
