package org.looplab.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * One {@code route-map NAME}: entries by sequence number (0-65535). Each entry's clauses are kept in the
 * order IOS writes them in {@code show running-config}, one clause per kind. Kernel thread only.
 */
public final class RouteMap {
    public static final int MAX_SEQUENCE = 65535;
    public static final int DEFAULT_SEQUENCE = 10;

    /** The order of {@code match} lines in IOS's running-config. */
    static final List<Class<? extends RouteMapMatch>> MATCH_ORDER = List.of(
            RouteMapMatch.PrefixList.class, RouteMapMatch.Community.class, RouteMapMatch.AsPath.class);
    /** The order of {@code set} lines in IOS's running-config. */
    static final List<Class<? extends RouteMapSet>> SET_ORDER = List.of(
            RouteMapSet.Metric.class, RouteMapSet.SetOrigin.class, RouteMapSet.AsPathPrepend.class,
            RouteMapSet.LocalPreference.class, RouteMapSet.Weight.class, RouteMapSet.Community.class,
            RouteMapSet.IpNextHop.class);

    private final String name;
    private final TreeMap<Integer, RouteMapEntry> entries = new TreeMap<>();

    RouteMap(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Entries in sequence order. */
    public List<RouteMapEntry> entries() {
        return new ArrayList<>(entries.values());
    }

    public RouteMapEntry entry(int sequence) {
        return entries.get(sequence);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    void put(RouteMapEntry entry) {
        List<RouteMapMatch> matches = new ArrayList<>(entry.matches());
        matches.sort(Comparator.comparingInt(match -> MATCH_ORDER.indexOf(match.getClass())));
        List<RouteMapSet> sets = new ArrayList<>(entry.sets());
        sets.sort(Comparator.comparingInt(set -> SET_ORDER.indexOf(set.getClass())));
        entries.put(entry.sequence(), new RouteMapEntry(entry.sequence(), entry.permit(), List.copyOf(matches),
                List.copyOf(sets)));
    }

    boolean remove(int sequence) {
        return entries.remove(sequence) != null;
    }
}
