package org.looplab.routing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.looplab.net.Ipv4Address;
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
 * <p>
 * Loading a configuration holds re-evaluation ({@link #hold()} .. {@link #release()}): its lines are
 * applied, then the routes are evaluated once, so a config of n static routes costs O(n), not one full
 * evaluation per line (40,000 lines took 16 s of CPU that way).
 */
public final class StaticRouting {
    private final Rib rib;
    private final Predicate<InterfaceName> interfaceUp;
    /** The configured lines in the order they were entered, by prefix, interface and next hop. */
    private final Map<Target, StaticRoute> configured = new LinkedHashMap<>();
    private final Set<Ipv4Prefix> installedPrefixes = new LinkedHashSet<>();
    private boolean evaluating;
    private boolean again;
    private int holds;
    private boolean heldChanges;

    /** What identifies a line: IOS replaces or removes a static route by prefix, interface and next hop. */
    private record Target(Ipv4Prefix prefix, InterfaceName outgoing, Ipv4Address nextHop) {
        static Target of(StaticRoute route) {
            return new Target(route.prefix(), route.outgoing(), route.nextHop());
        }
    }

    public StaticRouting(Rib rib, Predicate<InterfaceName> interfaceUp) {
        this.rib = rib;
        this.interfaceUp = interfaceUp;
        rib.addListener(prefix -> reevaluate());
    }

    /** The configured lines in the order they were entered. */
    public List<StaticRoute> configured() {
        return List.copyOf(configured.values());
    }

    /** Adds a line, replacing one with the same prefix, interface and next hop (a new distance). */
    public void add(StaticRoute route) {
        configured.put(Target.of(route), route); // a replaced line keeps its place
        reevaluate();
    }

    /** Removes the line with this prefix, interface and next hop (distance ignored); false when none. */
    public boolean remove(StaticRoute route) {
        boolean removed = configured.remove(Target.of(route)) != null;
        if (removed) {
            reevaluate();
        }
        return removed;
    }

    /** {@code no ip route PREFIX MASK}: removes every line for the prefix; false when none. */
    public boolean removeAll(Ipv4Prefix prefix) {
        boolean removed = configured.values().removeIf(existing -> existing.prefix().equals(prefix));
        if (removed) {
            reevaluate();
        }
        return removed;
    }

    /** True when the line is in the RIB as a candidate now (it may still lose to a lower distance). */
    public boolean isUsable(StaticRoute route) {
        return rib.candidates(route.prefix()).contains(route.toRoute());
    }

    /** Holds re-evaluation until as many {@link #release()} calls: a batch of changes is evaluated once. */
    public void hold() {
        holds++;
    }

    /** Ends a {@link #hold()}; the last one evaluates once if anything changed meanwhile. */
    public void release() {
        if (holds == 0) {
            throw new IllegalStateException("release without hold");
        }
        holds--;
        if (holds == 0 && heldChanges) {
            heldChanges = false;
            reevaluate();
        }
    }

    /** Brings the RIB's static candidates in line with the configuration and the state of the router. */
    public void reevaluate() {
        if (configured.isEmpty() && installedPrefixes.isEmpty()) {
            return; // nothing to install or withdraw: the usual case on a router without static routes
        }
        if (holds > 0) {
            heldChanges = true;
            return;
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
        Set<Ipv4Prefix> acceptedPrefixes = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (StaticRoute line : configured.values()) {
                Route route = line.toRoute();
                if (!accepted.contains(route) && usable(line, accepted, acceptedPrefixes)) {
                    accepted.add(route);
                    acceptedPrefixes.add(route.prefix());
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

    private boolean usable(StaticRoute line, Set<Route> accepted, Set<Ipv4Prefix> acceptedPrefixes) {
        if (line.outgoing() != null) {
            return line.outgoing().isNull() || interfaceUp.test(line.outgoing());
        }
        Predicate<Route> admissible = route -> route.source() != RouteSource.STATIC || accepted.contains(route);
        List<Route> through = rib.lookupPathsExcluding(line.nextHop(), line.prefix(), admissible);
        if (through.isEmpty()) {
            // Statics accepted in this pass are not in the RIB yet: look for them by hand.
            return acceptedCovering(line, acceptedPrefixes);
        }
        return true;
    }

    /**
     * True when an accepted static (not yet in the RIB) other than the line's own prefix covers its next
     * hop: one look-up per prefix length, however many statics are accepted.
     */
    private static boolean acceptedCovering(StaticRoute line, Set<Ipv4Prefix> acceptedPrefixes) {
        for (int length = 0; length <= 32; length++) {
            Ipv4Prefix covering = Ipv4Prefix.containing(line.nextHop(), length);
            if (!covering.equals(line.prefix()) && acceptedPrefixes.contains(covering)) {
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
