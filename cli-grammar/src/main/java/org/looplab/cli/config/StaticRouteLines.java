package org.looplab.cli.config;

import java.util.Comparator;
import java.util.List;
import org.looplab.router.Router;
import org.looplab.routing.StaticRoute;

/**
 * The {@code ip route} lines of the running configuration (the global table's, then each VRF's by name), after the interfaces and routing processes as
 * IOS writes them, sorted by prefix (lines of one prefix in the order they were entered). The distance is
 * written only when it is not the default.
 */
final class StaticRouteLines {
    private StaticRouteLines() {
    }

    static String render(Router router) {
        StringBuilder out = new StringBuilder();
        lines("ip route ", router.staticRoutes(), out);
        for (String vrf : router.vrfNames()) {
            lines("ip route vrf " + vrf + " ", router.staticRoutes(vrf), out);
        }
        return out.isEmpty() ? "" : out.append("!\n").toString();
    }

    private static void lines(String head, List<StaticRoute> configured, StringBuilder out) {
        List<StaticRoute> routes = configured.stream().sorted(Comparator.comparing(StaticRoute::prefix)).toList();
        for (StaticRoute route : routes) {
            out.append(head).append(route.prefix().network()).append(' ').append(route.prefix().mask());
            if (route.outgoing() != null) {
                out.append(' ').append(route.outgoing().fullName());
            }
            if (route.nextHop() != null) {
                out.append(' ').append(route.nextHop());
            }
            if (route.distance() != StaticRoute.DEFAULT_DISTANCE) {
                out.append(' ').append(route.distance());
            }
            out.append('\n');
        }
    }
}
