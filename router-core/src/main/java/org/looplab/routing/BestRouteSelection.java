package org.looplab.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Which candidates of one prefix the RIB uses, as IOS decides: the lowest administrative distance wins;
 * between sources with the same distance the one listed first in {@link RouteSource} wins (a fixed order,
 * never arrival time); then the lowest metric. Every candidate equal on all three is a path (equal-cost
 * multipath), in the order the source offered them.
 */
public final class BestRouteSelection {
    private BestRouteSelection() {
    }

    public static List<Route> select(List<Route> candidates) {
        Route best = null;
        for (Route candidate : candidates) {
            if (best == null || better(candidate, best)) {
                best = candidate;
            }
        }
        List<Route> paths = new ArrayList<>();
        if (best == null) {
            return paths;
        }
        for (Route candidate : candidates) {
            if (candidate.distance() == best.distance() && candidate.source() == best.source()
                    && candidate.metric() == best.metric() && !paths.contains(candidate)) {
                paths.add(candidate);
            }
        }
        return paths;
    }

    private static boolean better(Route a, Route b) {
        if (a.distance() != b.distance()) {
            return a.distance() < b.distance();
        }
        if (a.source() != b.source()) {
            return a.source().ordinal() < b.source().ordinal();
        }
        return a.metric() < b.metric();
    }
}
