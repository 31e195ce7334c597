package org.looplab.net;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A longest-prefix-match table: one hash table per prefix length, searched from /32 down. A lookup costs at
 * most 33 hash probes and lengths with no entry are skipped.
 *
 * <p>Each length's table is open addressing over two arrays (network bits, value), no boxed keys and no
 * node per entry: a thousand routers each holding a few thousand prefixes feel the difference.
 */
public final class PrefixTable<V> {
    /** One length's networks: linear probing, a null value marks an empty slot. */
    private static final class Slots {
        int[] keys = new int[4];
        Object[] values = new Object[4];
        int size;

        private static int slotOf(int key, int mask) {
            int h = key * 0x9E3779B1;
            return (h ^ (h >>> 16)) & mask;
        }

        int find(int key) {
            int mask = keys.length - 1;
            int slot = slotOf(key, mask);
            while (values[slot] != null) {
                if (keys[slot] == key) {
                    return slot;
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        Object get(int key) {
            int slot = find(key);
            return slot < 0 ? null : values[slot];
        }

        Object put(int key, Object value) {
            int mask = keys.length - 1;
            int slot = slotOf(key, mask);
            while (values[slot] != null) {
                if (keys[slot] == key) {
                    Object previous = values[slot];
                    values[slot] = value;
                    return previous;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
            size++;
            if (size * 4 > keys.length * 3) {
                resize(keys.length * 2);
            }
            return null;
        }

        Object remove(int key) {
            int slot = find(key);
            if (slot < 0) {
                return null;
            }
            Object previous = values[slot];
            values[slot] = null;
            size--;
            // Backward-shift deletion: move later entries of the probe run into the hole.
            int mask = keys.length - 1;
            int hole = slot;
            int next = (slot + 1) & mask;
            while (values[next] != null) {
                int home = slotOf(keys[next], mask);
                boolean movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
                if (movable) {
                    keys[hole] = keys[next];
                    values[hole] = values[next];
                    values[next] = null;
                    hole = next;
                }
                next = (next + 1) & mask;
            }
            return previous;
        }

        private void resize(int capacity) {
            int[] oldKeys = keys;
            Object[] oldValues = values;
            keys = new int[capacity];
            values = new Object[capacity];
            int mask = capacity - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != null) {
                    int slot = slotOf(oldKeys[i], mask);
                    while (values[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }
    }

    private final Slots[] byLength = new Slots[33];
    private int size;

    public V put(Ipv4Prefix prefix, V value) {
        if (value == null) {
            throw new NullPointerException("null value for " + prefix);
        }
        Slots slots = byLength[prefix.length()];
        if (slots == null) {
            slots = new Slots();
            byLength[prefix.length()] = slots;
        }
        @SuppressWarnings("unchecked")
        V previous = (V) slots.put(prefix.network().bits(), value);
        if (previous == null) {
            size++;
        }
        return previous;
    }

    @SuppressWarnings("unchecked")
    public V get(Ipv4Prefix prefix) {
        Slots slots = byLength[prefix.length()];
        return slots == null ? null : (V) slots.get(prefix.network().bits());
    }

    public V remove(Ipv4Prefix prefix) {
        Slots slots = byLength[prefix.length()];
        if (slots == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        V previous = (V) slots.remove(prefix.network().bits());
        if (previous != null) {
            size--;
            if (slots.size == 0) {
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
    @SuppressWarnings("unchecked")
    public V longestMatch(Ipv4Address address, Predicate<? super V> test) {
        for (int length = 32; length >= 0; length--) {
            Slots slots = byLength[length];
            if (slots != null) {
                Object found = slots.get(address.bits() & Ipv4Prefix.maskBits(length));
                if (found != null && test.test((V) found)) {
                    return (V) found;
                }
            }
        }
        return null;
    }

    /** The longest prefix in the table that contains the address, or null. */
    public Ipv4Prefix longestMatchingPrefix(Ipv4Address address) {
        for (int length = 32; length >= 0; length--) {
            Slots slots = byLength[length];
            int network = address.bits() & Ipv4Prefix.maskBits(length);
            if (slots != null && slots.find(network) >= 0) {
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
    @SuppressWarnings("unchecked")
    public TreeMap<Ipv4Prefix, V> sorted() {
        TreeMap<Ipv4Prefix, V> sorted = new TreeMap<>();
        for (int length = 0; length <= 32; length++) {
            Slots slots = byLength[length];
            if (slots == null) {
                continue;
            }
            for (int i = 0; i < slots.keys.length; i++) {
                if (slots.values[i] != null) {
                    sorted.put(new Ipv4Prefix(new Ipv4Address(slots.keys[i]), length), (V) slots.values[i]);
                }
            }
        }
        return sorted;
    }

    public List<V> values() {
        return new ArrayList<>(sorted().values());
    }
}
