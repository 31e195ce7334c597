package org.looplab.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.InterfaceName;

/**
 * Keeps a router's configured static routes in its RIB while they are usable, as IOS's static route
 * process does:
 * <ul>
 *   <li>a route to Null0 is always usable;</li>
 *   <li>a route naming an interface is usable while that interface's line protocol is up;</li>
 *   <li>a route naming only a next hop is usable while the next hop resolves through another route of the
 *       RIB (recursive lookup), never through the route's own prefix.</li>
 * </ul>
 * It re-evaluates whenever the RIB's selection or an interface's state changes. The usable set is the
 * least fixpoint built from the non-static routes up, so two statics cannot keep each other alive after
 * the path under them is gone. IOS re-runs its static process on a timer as well; here events are enough,
 * since every change that matters is an event.
 */
public final class StaticRouting {
    private final Rib rib;
    private final Predicate<InterfaceName> interfaceUp;
    private final List<StaticRoute> configured = new ArrayList<>();
    private final Set<Ipv4Prefix> installedPrefixes = new LinkedHashSet<>();
    private boolean evaluating;
    private boolean again;

    public StaticRouting(Rib rib, Predicate<InterfaceName> interfaceUp) {
        this.rib = rib;
        this.interfaceUp = interfaceUp;
        rib.addListener(prefix -> reevaluate());
    }

    /** The configured lines in the order they were entered. */
    public List<StaticRoute> configured() {
        return List.copyOf(configured);
    }

    /** Adds a line, replacing one with the same prefix, interface and next hop (a new distance). */
    public void add(StaticRoute route) {
        for (int i = 0; i < configured.size(); i++) {
            if (configured.get(i).sameTarget(route)) {
                configured.set(i, route);
                reevaluate();
                return;
            }
        }
        configured.add(route);
        reevaluate();
    }

    /** Removes the line with this prefix, interface and next hop (distance ignored); false when none. */
    public boolean remove(StaticRoute route) {
        boolean removed = configured.removeIf(existing -> existing.sameTarget(route));
        if (removed) {
            reevaluate();
        }
        return removed;
    }

    /** {@code no ip route PREFIX MASK}: removes every line for the prefix; false when none. */
    public boolean removeAll(Ipv4Prefix prefix) {
        boolean removed = configured.removeIf(existing -> existing.prefix().equals(prefix));
        if (removed) {
            reevaluate();
        }
        return removed;
    }

    /** True when the line is in the RIB as a candidate now (it may still lose to a lower distance). */
    public boolean isUsable(StaticRoute route) {
        return rib.candidates(route.prefix()).contains(route.toRoute());
    }

    /** Brings the RIB's static candidates in line with the configuration and the state of the router. */
    public void reevaluate() {
        if (configured.isEmpty() && installedPrefixes.isEmpty()) {
            return; // nothing to install or withdraw: the usual case on a router without static routes
        }
        if (evaluating) {
            again = true; // a change we caused ourselves: run once more when the current pass ends
            return;
        }
        evaluating = true;
        try {
            do {
                again = false;
                apply(usableRoutes());
            } while (again);
        } finally {
            evaluating = false;
        }
    }

    private Map<Ipv4Prefix, List<Route>> usableRoutes() {
        Set<Route> accepted = new LinkedHashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (StaticRoute line : configured) {
                Route route = line.toRoute();
                if (!accepted.contains(route) && usable(line, accepted)) {
                    accepted.add(route);
                    grew = true;
                }
            }
        }
        Map<Ipv4Prefix, List<Route>> byPrefix = new LinkedHashMap<>();
        for (Route route : accepted) {
            byPrefix.computeIfAbsent(route.prefix(), prefix -> new ArrayList<>()).add(route);
        }
        return byPrefix;
    }

    private boolean usable(StaticRoute line, Set<Route> accepted) {
        if (line.outgoing() != null) {
            return line.outgoing().isNull() || interfaceUp.test(line.outgoing());
        }
        Predicate<Route> admissible = route -> route.source() != RouteSource.STATIC || accepted.contains(route);
        List<Route> through = rib.lookupPathsExcluding(line.nextHop(), line.prefix(), admissible);
        if (through.isEmpty()) {
            // Statics accepted in this pass are not in the RIB yet: look for them by hand.
            return acceptedCovering(line, accepted);
        }
        return true;
    }

    /** True when an accepted static (not yet in the RIB) other than the line's own prefix covers its next hop. */
    private static boolean acceptedCovering(StaticRoute line, Set<Route> accepted) {
        for (Route route : accepted) {
            if (!route.prefix().equals(line.prefix()) && route.prefix().contains(line.nextHop())) {
                return true;
            }
        }
        return false;
    }

    private void apply(Map<Ipv4Prefix, List<Route>> usable) {
        Set<Ipv4Prefix> touched = new LinkedHashSet<>(installedPrefixes);
        touched.addAll(usable.keySet());
        installedPrefixes.clear();
        installedPrefixes.addAll(usable.keySet());
        for (Ipv4Prefix prefix : touched) {
            rib.replace(prefix, RouteSource.STATIC, usable.getOrDefault(prefix, List.of()));
        }
    }
}
