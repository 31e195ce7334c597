package org.looplab.debug;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.looplab.net.Ipv4Prefix;
import org.looplab.routing.Rib;
import org.looplab.routing.Route;
import org.looplab.routing.RouteSource;

/**
 * {@code debug ip routing}: each path that enters or leaves a router's RIB, in IOS's words
 * ({@code RT: add 10.0.0.2/32 via 10.0.12.2, ospf metric [110/2]}, {@code RT: del ...}, and
 * {@code RT: delete subnet route to P} when the last path of a prefix goes). It keeps a picture of the
 * selected paths only while the debugging is on, to tell what changed.
 */
public final class RoutingDebug {
    private final Rib rib;
    private final Debugging debugging;
    private final Consumer<String> output;
    private Map<Ipv4Prefix, List<Route>> known;

    public RoutingDebug(Rib rib, Debugging debugging, Consumer<String> output) {
        this.rib = rib;
        this.debugging = debugging;
        this.output = output;
        debugging.onChange(this::debuggingChanged);
        rib.addListener(this::selectionChanged);
    }

    private void debuggingChanged() {
        if (!debugging.isOn(DebugFlag.IP_ROUTING)) {
            known = null;
        } else if (known == null) {
            known = new HashMap<>();
            for (Route route : rib.selectedPaths()) {
                known.computeIfAbsent(route.prefix(), p -> new java.util.ArrayList<>()).add(route);
            }
        }
    }

    private void selectionChanged(Ipv4Prefix prefix) {
        if (known == null) {
            return;
        }
        List<Route> before = known.getOrDefault(prefix, List.of());
        List<Route> after = rib.paths(prefix);
        for (Route route : before) {
            if (!after.contains(route) && route.source() != RouteSource.LOCAL) {
                output.accept("RT: del " + describe(route));
            }
        }
        if (after.isEmpty() && before.stream().anyMatch(route -> route.source() != RouteSource.LOCAL)) {
            output.accept("RT: delete subnet route to " + prefix);
        }
        for (Route route : after) {
            if (!before.contains(route) && route.source() != RouteSource.LOCAL) {
                output.accept("RT: add " + describe(route));
            }
        }
        if (after.isEmpty()) {
            known.remove(prefix);
        } else {
            known.put(prefix, List.copyOf(after));
        }
    }

    private static String describe(Route route) {
        String via = route.nextHop() != null ? route.nextHop().toString() : "0.0.0.0";
        return route.prefix() + " via " + via + ", " + protocol(route.source()) + " metric ["
                + route.distance() + "/" + route.metric() + "]";
    }

    private static String protocol(RouteSource source) {
        if (source.isOspf()) {
            return "ospf";
        }
        return switch (source) {
            case CONNECTED, LOCAL -> "connected";
            case STATIC -> "static";
            default -> "bgp";
        };
    }
}
