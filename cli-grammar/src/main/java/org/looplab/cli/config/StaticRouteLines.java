package org.looplab.cli.config;

import java.util.Comparator;
import java.util.List;
import org.looplab.router.Router;
import org.looplab.routing.StaticRoute;

/**
 * The {@code ip route} lines of the running configuration, after the interfaces and routing processes as
 * IOS writes them, sorted by prefix (lines of one prefix in the order they were entered). The distance is
 * written only when it is not the default.
 */
final class StaticRouteLines {
    private StaticRouteLines() {
    }

    static String render(Router router) {
        List<StaticRoute> routes = router.staticRoutes().stream()
                .sorted(Comparator.comparing(StaticRoute::prefix)).toList();
        if (routes.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (StaticRoute route : routes) {
            out.append("ip route ").append(route.prefix().network()).append(' ').append(route.prefix().mask());
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
        return out.append("!\n").toString();
    }
}
