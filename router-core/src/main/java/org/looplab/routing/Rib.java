package org.looplab.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.net.PrefixTable;
import org.looplab.router.InterfaceName;

/**
 * A router's routing table. Each prefix holds candidate routes from several sources (connected, static,
 * OSPF, BGP...); {@link BestRouteSelection} picks the paths used, by administrative distance then metric,
 * keeping equal-cost paths. Lookups are longest-prefix match over the selected paths; the FIB is derived
 * from this table ({@link Fib}).
 */
public final class Rib {
    /**
     * The candidates and the selection of one prefix. The candidates are one flat list ordered by source
     * (the enum's order) then offer order; an EnumMap per prefix cost about 100 bytes more, which counts
     * with thousands of OSPF prefixes on each of a thousand routers.
     */
    private static final class Entry {
        List<Route> candidates = List.of();
        List<Route> selected = List.of();
        long selectedSinceNanos;

        List<Route> allCandidates() {
            return candidates;
        }

        List<Route> of(RouteSource source) {
            List<Route> found = null;
            for (Route route : candidates) {
                if (route.source() == source) {
                    if (found == null) {
                        found = new ArrayList<>(2);
                    }
                    found.add(route);
                }
            }
            return found == null ? List.of() : found;
        }

        /** The candidates with those of {@code source} replaced by {@code routes}, in source order. */
        List<Route> merged(RouteSource source, List<Route> routes) {
            List<Route> merged = new ArrayList<>(candidates.size() + routes.size());
            boolean placed = false;
            for (Route route : candidates) {
                if (route.source() == source) {
                    continue;
                }
                if (!placed && route.source().ordinal() > source.ordinal()) {
                    merged.addAll(routes);
                    placed = true;
                }
                merged.add(route);
            }
            if (!placed) {
                merged.addAll(routes);
            }
            return List.copyOf(merged);
        }
    }

    private final PrefixTable<Entry> entries = new PrefixTable<>();
    /** How many candidates leave through each interface: withdrawVia skips the table when none does. */
    private final Map<InterfaceName, Integer> candidatesVia = new HashMap<>();
    private final List<RibChangeListener> listeners = new ArrayList<>();
    private final LongSupplier clock;
    private long version;

    /** A table whose routes carry no age (time stands at 0). */
    public Rib() {
        this(() -> 0L);
    }

    /** A table that stamps each selection with the virtual clock, for {@code show ip route}'s age column. */
    public Rib(LongSupplier clock) {
        this.clock = clock;
    }

    public void addListener(RibChangeListener listener) {
        listeners.add(listener);
    }

    /** Offers a single-path route: it replaces every candidate of the same source for that prefix. */
    public void install(Route route) {
        replace(route.prefix(), route.source(), List.of(route));
    }

    /**
     * Sets the candidates one source offers for a prefix (several for equal-cost paths or floating
     * statics); an empty list withdraws them.
     */
    public void replace(Ipv4Prefix prefix, RouteSource source, List<Route> routes) {
        for (Route route : routes) {
            if (!route.prefix().equals(prefix) || route.source() != source) {
                throw new IllegalArgumentException(route + " offered as " + source + " " + prefix);
            }
        }
        Entry entry = entries.get(prefix);
        if (entry == null) {
            if (routes.isEmpty()) {
                return;
            }
            entry = new Entry();
            entries.put(prefix, entry);
        }
        List<Route> before = entry.of(source);
        if (before.equals(routes)) {
            return;
        }
        setCandidates(entry, entry.merged(source, routes));
        reselect(prefix, entry);
    }

    /** Withdraws the candidates of one source for a prefix. */
    public void remove(Ipv4Prefix prefix, RouteSource source) {
        replace(prefix, source, List.of());
    }

    /**
     * Withdraws at once every candidate, of any source, that leaves through {@code outgoing}: its
     * interface went down. IOS takes them out of the table then, without waiting for the protocol that
     * offered them (OSPF's SPF runs later, throttled, and offers its new paths then); paths through other
     * interfaces stay.
     */
    public void withdrawVia(InterfaceName outgoing) {
        if (!candidatesVia.containsKey(outgoing)) {
            return; // an interface getting its first address: nothing to scan the table for
        }
        for (Map.Entry<Ipv4Prefix, Entry> each : entries.sorted().entrySet()) {
            Entry entry = each.getValue();
            if (entry.candidates.stream().anyMatch(route -> outgoing.equals(route.outgoing()))) {
                setCandidates(entry, entry.candidates.stream().filter(route -> !outgoing.equals(route.outgoing())).toList());
                reselect(each.getKey(), entry);
            }
        }
    }

    private void setCandidates(Entry entry, List<Route> candidates) {
        countVia(entry.candidates, -1);
        entry.candidates = candidates;
        countVia(candidates, 1);
    }

    private void countVia(List<Route> routes, int delta) {
        for (Route route : routes) {
            if (route.outgoing() != null) {
                candidatesVia.merge(route.outgoing(), delta, (count, change) -> count + change == 0 ? null : count + change);
            }
        }
    }

    /** The best route (first selected path) of exactly this prefix, or null. */
    public Route get(Ipv4Prefix prefix) {
        Entry entry = entries.get(prefix);
        return entry == null ? null : entry.selected.get(0);
    }

    /** The selected paths of exactly this prefix (several when equal-cost), empty when none. */
    public List<Route> paths(Ipv4Prefix prefix) {
        Entry entry = entries.get(prefix);
        return entry == null ? List.of() : entry.selected;
    }

    /** Every candidate of this prefix, selected or not, by source then offer order. */
    public List<Route> candidates(Ipv4Prefix prefix) {
        Entry entry = entries.get(prefix);
        return entry == null ? List.of() : entry.allCandidates();
    }

    /** When the current selection of this prefix was made (virtual nanoseconds), or -1 when none. */
    public long selectedSince(Ipv4Prefix prefix) {
        Entry entry = entries.get(prefix);
        return entry == null ? -1 : entry.selectedSinceNanos;
    }

    /** Longest-prefix match: the best route (first path) of the longest prefix containing the address. */
    public Route lookup(Ipv4Address destination) {
        Entry entry = entries.longestMatch(destination);
        return entry == null ? null : entry.selected.get(0);
    }

    /** The prefixes that contain the address, longest first (the FIB resolves them in that order). */
    public List<Ipv4Prefix> matchingPrefixes(Ipv4Address destination) {
        return entries.matchingPrefixes(destination);
    }

    /** Longest-prefix match returning every equal-cost path, empty when nothing matches. */
    public List<Route> lookupPaths(Ipv4Address destination) {
        Entry entry = entries.longestMatch(destination);
        return entry == null ? List.of() : entry.selected;
    }

    /**
     * Longest-prefix match over a filtered view of the table: prefix {@code excluded} is skipped and only
     * candidates accepted by {@code admissible} count, re-selected among themselves. Recursive next-hop
     * resolution uses it so that a route never resolves through itself.
     */
    public List<Route> lookupPathsExcluding(Ipv4Address destination, Ipv4Prefix excluded,
                                            Predicate<Route> admissible) {
        Predicate<Route> wanted = route -> !route.prefix().equals(excluded) && admissible.test(route);
        Entry match = entries.longestMatch(destination, entry -> entry.allCandidates().stream().anyMatch(wanted));
        return match == null ? List.of()
                : BestRouteSelection.select(match.allCandidates().stream().filter(wanted).toList());
    }

    /** The best route (first path) of every prefix, ordered by network address then prefix length. */
    public Collection<Route> routes() {
        List<Route> best = new ArrayList<>();
        for (Entry entry : entries.sorted().values()) {
            best.add(entry.selected.get(0));
        }
        return best;
    }

    /** Every selected path of every prefix, ordered by prefix. */
    public List<Route> selectedPaths() {
        List<Route> all = new ArrayList<>();
        for (Entry entry : entries.sorted().values()) {
            all.addAll(entry.selected);
        }
        return all;
    }

    /** Number of prefixes in the table. */
    public int size() {
        return entries.size();
    }

    /** Grows whenever any candidate changes; the FIB rebuilds when it sees a new version. */
    public long version() {
        return version;
    }

    private void reselect(Ipv4Prefix prefix, Entry entry) {
        version++;
        List<Route> chosen = BestRouteSelection.select(entry.allCandidates());
        // Usually every candidate is selected: share the list instead of copying it.
        List<Route> selected = chosen.equals(entry.candidates) ? entry.candidates : List.copyOf(chosen);
        if (selected.isEmpty()) {
            entries.remove(prefix);
        }
        if (selected.equals(entry.selected)) {
            return;
        }
        entry.selected = selected;
        entry.selectedSinceNanos = clock.getAsLong();
        for (RibChangeListener listener : List.copyOf(listeners)) {
            listener.selectionChanged(prefix);
        }
    }
}
