package org.looplab.net;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A longest-prefix-match table: one hash table per prefix length, searched from /32 down. A lookup costs at
 * most 33 hash probes and lengths with no entry are skipped.
 * Each length's table is an {@link IntKeyedTable} keyed by the network's bits.
 */
public final class PrefixTable<V> {
    @SuppressWarnings("unchecked")
    private final IntKeyedTable<V>[] byLength = new IntKeyedTable[33];
    private int size;

    public V put(Ipv4Prefix prefix, V value) {
        if (value == null) {
            throw new NullPointerException("null value for " + prefix);
        }
        IntKeyedTable<V> slots = byLength[prefix.length()];
        if (slots == null) {
            slots = new IntKeyedTable<>();
            byLength[prefix.length()] = slots;
        }
        V previous = slots.put(prefix.network().bits(), value);
        if (previous == null) {
            size++;
        }
        return previous;
    }

    public V get(Ipv4Prefix prefix) {
        IntKeyedTable<V> slots = byLength[prefix.length()];
        return slots == null ? null : slots.get(prefix.network().bits());
    }

    public V remove(Ipv4Prefix prefix) {
        IntKeyedTable<V> slots = byLength[prefix.length()];
        if (slots == null) {
            return null;
        }
        V previous = slots.remove(prefix.network().bits());
        if (previous != null) {
            size--;
            if (slots.size() == 0) {
                byLength[prefix.length()] = null;
            }
        }
        return previous;
    }

    /** The value of the longest prefix that contains the address, or null. */
    public V longestMatch(Ipv4Address address) {
        return longestMatch(address, value -> true);
    }

    /** The value of the longest prefix that contains the address and passes the test, or null. */
    public V longestMatch(Ipv4Address address, Predicate<? super V> test) {
        for (int length = 32; length >= 0; length--) {
            IntKeyedTable<V> slots = byLength[length];
            if (slots != null) {
                V found = slots.get(address.bits() & Ipv4Prefix.maskBits(length));
                if (found != null && test.test(found)) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every prefix in the table that contains the address, longest first. */
    public List<Ipv4Prefix> matchingPrefixes(Ipv4Address address) {
        List<Ipv4Prefix> found = new ArrayList<>(4);
        for (int length = 32; length >= 0; length--) {
            IntKeyedTable<V> slots = byLength[length];
            int network = address.bits() & Ipv4Prefix.maskBits(length);
            if (slots != null && slots.get(network) != null) {
                found.add(new Ipv4Prefix(new Ipv4Address(network), length));
            }
        }
        return found;
    }

    /** The longest prefix in the table that contains the address, or null. */
    public Ipv4Prefix longestMatchingPrefix(Ipv4Address address) {
        for (int length = 32; length >= 0; length--) {
            IntKeyedTable<V> slots = byLength[length];
            int network = address.bits() & Ipv4Prefix.maskBits(length);
            if (slots != null && slots.get(network) != null) {
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
            int prefixLength = length;
            if (byLength[length] != null) {
                byLength[length].forEach((value, network) ->
                        sorted.put(new Ipv4Prefix(new Ipv4Address(network), prefixLength), value));
            }
        }
        return sorted;
    }

    /**
     * Every value in the table's own order (by length, then by slot): deterministic for the same history
     * of puts and removes, and without {@link #sorted}'s tree.
     */
    public List<V> unorderedValues() {
        List<V> all = new ArrayList<>(size);
        for (int length = 0; length <= 32; length++) {
            if (byLength[length] != null) {
                byLength[length].forEach((value, network) -> all.add(value));
            }
        }
        return all;
    }

    public List<V> values() {
        return new ArrayList<>(sorted().values());
    }
}
