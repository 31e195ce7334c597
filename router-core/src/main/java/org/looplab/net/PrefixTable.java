package org.looplab.net;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A longest-prefix-match table: one hash map per prefix length, searched from /32 down. A lookup costs at
 * most 33 hash probes and lengths with no entry are skipped.
 */
public final class PrefixTable<V> {
    @SuppressWarnings("unchecked")
    private final Map<Integer, V>[] byLength = new Map[33];
    private int size;

    public V put(Ipv4Prefix prefix, V value) {
        Map<Integer, V> map = byLength[prefix.length()];
        if (map == null) {
            map = new HashMap<>(4);
            byLength[prefix.length()] = map;
        }
        V previous = map.put(prefix.network().bits(), value);
        if (previous == null) {
            size++;
        }
        return previous;
    }

    public V get(Ipv4Prefix prefix) {
        Map<Integer, V> map = byLength[prefix.length()];
        return map == null ? null : map.get(prefix.network().bits());
    }

    public V remove(Ipv4Prefix prefix) {
        Map<Integer, V> map = byLength[prefix.length()];
        if (map == null) {
            return null;
        }
        V previous = map.remove(prefix.network().bits());
        if (previous != null) {
            size--;
            if (map.isEmpty()) {
                byLength[prefix.length()] = null;
            }
        }
        return previous;
    }

    /** The value of the longest prefix that contains the address, or null. */
    public V longestMatch(Ipv4Address address) {
        Ipv4Prefix match = longestMatchingPrefix(address);
        return match == null ? null : get(match);
    }

    /** The longest prefix in the table that contains the address, or null. */
    public Ipv4Prefix longestMatchingPrefix(Ipv4Address address) {
        for (int length = 32; length >= 0; length--) {
            Map<Integer, V> map = byLength[length];
            int network = address.bits() & Ipv4Prefix.maskBits(length);
            if (map != null && map.containsKey(network)) {
                return new Ipv4Prefix(new Ipv4Address(network), length);
            }
        }
        return null;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** All entries ordered by network address, then by length. */
    public TreeMap<Ipv4Prefix, V> sorted() {
        TreeMap<Ipv4Prefix, V> sorted = new TreeMap<>();
        for (int length = 0; length <= 32; length++) {
            if (byLength[length] == null) {
                continue;
            }
            for (Map.Entry<Integer, V> entry : byLength[length].entrySet()) {
                sorted.put(new Ipv4Prefix(new Ipv4Address(entry.getKey()), length), entry.getValue());
            }
        }
        return sorted;
    }

    public List<V> values() {
        return new ArrayList<>(sorted().values());
    }
}
