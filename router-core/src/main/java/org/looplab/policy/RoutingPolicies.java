package org.looplab.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.looplab.net.Ipv4Address;
import org.looplab.net.Ipv4Prefix;
import org.looplab.router.Router;

/**
 * A router's routing policy objects: prefix lists, AS-path access lists, community lists and route-maps,
 * by name. Configuration methods return null when applied, otherwise IOS's message and nothing changes.
 * Whoever evaluates policy (BGP) registers a listener to hear of every change. Kernel thread only.
 */
public final class RoutingPolicies {
    public static final String SPECIFY_SEQUENCE = "% Please specify the entry by its sequence";

    private final Router router;
    private final Map<String, PrefixList> prefixLists = new TreeMap<>();
    private final Map<Integer, AsPathAccessList> asPathAccessLists = new TreeMap<>();
    private final Map<String, CommunityList> communityLists = new TreeMap<>(RoutingPolicies::compareListNames);
    private final Map<String, RouteMap> routeMaps = new TreeMap<>();
    private final List<Runnable> listeners = new ArrayList<>(1);
    private boolean communityNewFormat;

    public RoutingPolicies(Router router) {
        this.router = router;
    }

    public static RoutingPolicies of(Router router) {
        return router.attachment(RoutingPolicies.class, RoutingPolicies::new);
    }

    public Router router() {
        return router;
    }

    /** Called after every applied change (BGP re-evaluates its paths). */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** {@code ip bgp-community new-format}: communities shown and written AA:NN rather than as one number. */
    public boolean communityNewFormat() {
        return communityNewFormat;
    }

    public String setCommunityNewFormat(boolean on) {
        communityNewFormat = on;
        return null;
    }

    // ---- look-ups (null when not defined) ----

    public PrefixList prefixList(String name) {
        return prefixLists.get(name);
    }

    public AsPathAccessList asPathAccessList(int number) {
        return asPathAccessLists.get(number);
    }

    public CommunityList communityList(String nameOrNumber) {
        return communityLists.get(nameOrNumber);
    }

    /**
     * {@code match ip address prefix-list NAME...}: true when one of the lists permits the prefix, or
     * when none of them is defined (IOS: a missing list matches everything).
     */
    public boolean prefixListsMatch(List<String> names, Ipv4Prefix prefix) {
        boolean anyDefined = false;
        for (String name : names) {
            PrefixList list = prefixList(name);
            if (list != null) {
                anyDefined = true;
                if (list.permits(prefix)) {
                    return true;
                }
            }
        }
        return !anyDefined;
    }

    public RouteMap routeMap(String name) {
        return routeMaps.get(name);
    }

    /** Prefix lists by name, as IOS lists them. */
    public List<PrefixList> prefixLists() {
        return List.copyOf(prefixLists.values());
    }

    public List<AsPathAccessList> asPathAccessLists() {
        return List.copyOf(asPathAccessLists.values());
    }

    /** Numbered lists by number, then named lists by name. */
    public List<CommunityList> communityLists() {
        return List.copyOf(communityLists.values());
    }

    public List<RouteMap> routeMaps() {
        return List.copyOf(routeMaps.values());
    }

    // ---- ip prefix-list ----

    /**
     * {@code ip prefix-list NAME [seq N] permit|deny A.B.C.D/L [ge G] [le L]}: {@code sequence} null takes
     * the next multiple of 5; {@code ge}/{@code le} 0 when not given. Host bits are cleared. An entry equal
     * to one already there is ignored; a sequence already used is replaced.
     */
    public String addPrefixListEntry(String name, Long sequence, boolean permit, Ipv4Address address, int length,
            int ge, int le) {
        Ipv4Prefix prefix = Ipv4Prefix.containing(address, length);
        PrefixList list = prefixLists.get(name);
        long seq = sequence != null ? sequence : list == null ? 5 : list.nextSequence();
        PrefixListEntry entry = new PrefixListEntry(seq, permit, prefix, ge, le);
        if (!entry.hasValidRange()) {
            return "% Invalid prefix range for " + prefix + ", make sure: len < ge-value <= le-value";
        }
        if (list == null) {
            list = new PrefixList(name);
            prefixLists.put(name, list);
        }
        PrefixListEntry same = list.sameRule(entry);
        if (same != null && (sequence == null || same.sequence() == seq)) {
            return null;
        }
        if (same != null) {
            list.remove(same.sequence());
        }
        list.put(entry);
        changed();
        return null;
    }

    /** {@code ip prefix-list NAME description TEXT} (creates the list when needed). */
    public String setPrefixListDescription(String name, String description) {
        prefixLists.computeIfAbsent(name, PrefixList::new).setDescription(description);
        return null;
    }

    /** {@code no ip prefix-list NAME description}. */
    public String removePrefixListDescription(String name) {
        PrefixList list = prefixLists.get(name);
        if (list != null) {
            list.setDescription(null);
            dropIfUnused(list);
        }
        return null;
    }

    /** {@code no ip prefix-list NAME}. */
    public String removePrefixList(String name) {
        if (prefixLists.remove(name) != null) {
            changed();
        }
        return null;
    }

    /**
     * {@code no ip prefix-list NAME [seq N] [permit|deny P [ge G] [le L]]}: by sequence when given, else
     * the entry with that rule ({@code rule} null with a sequence removes whatever is there).
     */
    public String removePrefixListEntry(String name, Long sequence, PrefixListEntry rule) {
        PrefixList list = prefixLists.get(name);
        if (list == null) {
            return null;
        }
        Long seq = sequence;
        if (seq == null && rule != null) {
            PrefixListEntry same = list.sameRule(rule);
            seq = same == null ? null : same.sequence();
        }
        if (seq != null && list.remove(seq)) {
            dropIfUnused(list);
            changed();
        }
        return null;
    }

    private void dropIfUnused(PrefixList list) {
        if (list.isEmpty() && list.description() == null) {
            prefixLists.remove(list.name());
        }
    }

    // ---- ip as-path access-list ----

    /** {@code ip as-path access-list N permit|deny REGEXP}. */
    public String addAsPathEntry(int number, boolean permit, String regex) {
        Pattern pattern = IosRegex.compile(regex);
        if (pattern == null) {
            return "% Invalid regular expression";
        }
        asPathAccessLists.computeIfAbsent(number, AsPathAccessList::new).add(new AsPathEntry(permit, regex, pattern));
        changed();
        return null;
    }

    /** {@code no ip as-path access-list N}. */
    public String removeAsPathAccessList(int number) {
        if (asPathAccessLists.remove(number) != null) {
            changed();
        }
        return null;
    }

    /** {@code no ip as-path access-list N permit|deny REGEXP}: that entry only. */
    public String removeAsPathEntry(int number, boolean permit, String regex) {
        AsPathAccessList list = asPathAccessLists.get(number);
        if (list != null && list.remove(permit, regex)) {
            if (list.isEmpty()) {
                asPathAccessLists.remove(number);
            }
            changed();
        }
        return null;
    }

    // ---- ip community-list ----

    /** {@code ip community-list N|standard NAME permit|deny C...}. */
    public String addCommunityListEntry(String name, boolean permit, List<Long> communities) {
        communityLists.computeIfAbsent(name, CommunityList::new).add(new CommunityListEntry(permit, communities));
        changed();
        return null;
    }

    /** {@code no ip community-list N|standard NAME}. */
    public String removeCommunityList(String name) {
        if (communityLists.remove(name) != null) {
            changed();
        }
        return null;
    }

    /** {@code no ip community-list N permit|deny C...}: that entry only. */
    public String removeCommunityListEntry(String name, boolean permit, List<Long> communities) {
        CommunityList list = communityLists.get(name);
        if (list != null && list.remove(new CommunityListEntry(permit, communities))) {
            if (list.isEmpty()) {
                communityLists.remove(name);
            }
            changed();
        }
        return null;
    }

    private static int compareListNames(String a, String b) {
        boolean aNumber = CommunityList.isNumber(a);
        boolean bNumber = CommunityList.isNumber(b);
        if (aNumber && bNumber) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (aNumber != bNumber) {
            return aNumber ? -1 : 1;
        }
        return a.compareTo(b);
    }

    // ---- route-map ----

    /**
     * {@code route-map NAME [permit|deny] [SEQ]}: creates or updates the entry and returns it, or null
     * when the sequence is left out and the map has several entries ({@link #SPECIFY_SEQUENCE}). Without
     * a sequence: 10 for a new map, the only entry of an existing one. Without an action: permit (IOS
     * turns an edited deny entry into permit then too).
     */
    public RouteMapEntry enterRouteMap(String name, Boolean permit, Integer sequence) {
        RouteMap map = routeMaps.get(name);
        int seq;
        if (sequence != null) {
            seq = sequence;
        } else if (map == null || map.isEmpty()) {
            seq = RouteMap.DEFAULT_SEQUENCE;
        } else if (map.entries().size() == 1) {
            seq = map.entries().get(0).sequence();
        } else {
            return null;
        }
        boolean action = permit == null || permit;
        if (map == null) {
            map = new RouteMap(name);
            routeMaps.put(name, map);
        }
        RouteMapEntry existing = map.entry(seq);
        if (existing == null) {
            map.put(new RouteMapEntry(seq, action, List.of(), List.of()));
            changed();
        } else if (existing.permit() != action) {
            map.put(new RouteMapEntry(seq, action, existing.matches(), existing.sets()));
            changed();
        }
        return map.entry(seq);
    }

    /** {@code no route-map NAME}. */
    public String removeRouteMap(String name) {
        if (routeMaps.remove(name) != null) {
            changed();
        }
        return null;
    }

    /** {@code no route-map NAME [permit|deny] SEQ}: that entry; the map goes with its last entry. */
    public String removeRouteMapEntry(String name, int sequence) {
        RouteMap map = routeMaps.get(name);
        if (map != null && map.remove(sequence)) {
            if (map.isEmpty()) {
                routeMaps.remove(name);
            }
            changed();
        }
        return null;
    }

    /**
     * {@code match ...} in entry SEQ of the map: a second clause of the same kind adds its lists to the
     * first ({@code match ip address prefix-list A} then {@code ... B} gives {@code ... A B}), as IOS.
     */
    public String addMatch(String name, int sequence, RouteMapMatch match) {
        RouteMapEntry entry = entry(name, sequence);
        List<RouteMapMatch> matches = new ArrayList<>(entry.matches());
        int index = indexOfKind(matches, match.getClass());
        if (index < 0) {
            matches.add(match);
        } else {
            matches.set(index, merged(matches.get(index), match));
        }
        routeMaps.get(name).put(new RouteMapEntry(sequence, entry.permit(), matches, entry.sets()));
        changed();
        return null;
    }

    /**
     * {@code no match ...}: {@code match} names the lists to take out; with no list names the whole
     * clause goes.
     */
    public String removeMatch(String name, int sequence, RouteMapMatch match) {
        RouteMapEntry entry = entry(name, sequence);
        List<RouteMapMatch> matches = new ArrayList<>(entry.matches());
        int index = indexOfKind(matches, match.getClass());
        if (index < 0) {
            return null;
        }
        RouteMapMatch rest = without(matches.get(index), match);
        if (rest == null) {
            matches.remove(index);
        } else {
            matches.set(index, rest);
        }
        routeMaps.get(name).put(new RouteMapEntry(sequence, entry.permit(), matches, entry.sets()));
        changed();
        return null;
    }

    /** {@code set ...}: replaces a clause of the same kind. */
    public String addSet(String name, int sequence, RouteMapSet set) {
        RouteMapEntry entry = entry(name, sequence);
        List<RouteMapSet> sets = new ArrayList<>(entry.sets());
        sets.removeIf(existing -> existing.getClass() == set.getClass());
        sets.add(set);
        routeMaps.get(name).put(new RouteMapEntry(sequence, entry.permit(), entry.matches(), sets));
        changed();
        return null;
    }

    /** {@code no set ...}: the clause of that kind goes. */
    public String removeSet(String name, int sequence, Class<? extends RouteMapSet> kind) {
        RouteMapEntry entry = entry(name, sequence);
        List<RouteMapSet> sets = new ArrayList<>(entry.sets());
        if (sets.removeIf(existing -> existing.getClass() == kind)) {
            routeMaps.get(name).put(new RouteMapEntry(sequence, entry.permit(), entry.matches(), sets));
            changed();
        }
        return null;
    }

    private RouteMapEntry entry(String name, int sequence) {
        RouteMap map = routeMaps.get(name);
        RouteMapEntry entry = map == null ? null : map.entry(sequence);
        if (entry == null) {
            throw new IllegalStateException("route-map " + name + " " + sequence + " was not entered");
        }
        return entry;
    }

    private static int indexOfKind(List<? extends Object> clauses, Class<?> kind) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).getClass() == kind) {
                return i;
            }
        }
        return -1;
    }

    private static RouteMapMatch merged(RouteMapMatch existing, RouteMapMatch added) {
        if (existing instanceof RouteMapMatch.PrefixList old && added instanceof RouteMapMatch.PrefixList more) {
            return new RouteMapMatch.PrefixList(union(old.names(), more.names()));
        }
        if (existing instanceof RouteMapMatch.AsPath old && added instanceof RouteMapMatch.AsPath more) {
            return new RouteMapMatch.AsPath(union(old.lists(), more.lists()));
        }
        RouteMapMatch.Community old = (RouteMapMatch.Community) existing;
        RouteMapMatch.Community more = (RouteMapMatch.Community) added;
        return new RouteMapMatch.Community(union(old.lists(), more.lists()), more.exactMatch());
    }

    /** The clause without the named lists, or null when nothing is left (or no names were given). */
    private static RouteMapMatch without(RouteMapMatch existing, RouteMapMatch removed) {
        if (existing instanceof RouteMapMatch.PrefixList old && removed instanceof RouteMapMatch.PrefixList less) {
            List<String> rest = minus(old.names(), less.names());
            return rest.isEmpty() ? null : new RouteMapMatch.PrefixList(rest);
        }
        if (existing instanceof RouteMapMatch.AsPath old && removed instanceof RouteMapMatch.AsPath less) {
            List<Integer> rest = minus(old.lists(), less.lists());
            return rest.isEmpty() ? null : new RouteMapMatch.AsPath(rest);
        }
        RouteMapMatch.Community old = (RouteMapMatch.Community) existing;
        RouteMapMatch.Community less = (RouteMapMatch.Community) removed;
        List<String> rest = minus(old.lists(), less.lists());
        return rest.isEmpty() ? null : new RouteMapMatch.Community(rest, old.exactMatch());
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        Set<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static <T> List<T> minus(List<T> from, List<T> removed) {
        if (removed.isEmpty()) {
            return List.of();
        }
        List<T> rest = new ArrayList<>(from);
        rest.removeAll(removed);
        return List.copyOf(rest);
    }

    private void changed() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
