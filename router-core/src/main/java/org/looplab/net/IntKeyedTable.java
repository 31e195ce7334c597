package org.looplab.net;

import java.util.function.ObjIntConsumer;

/**
 * A hash table from 32-bit keys (an address's bits, a router id) to values: open addressing with linear
 * probing over two arrays, no boxed key and no node per entry, and a lookup that allocates nothing. A
 * thousand routers each holding a few thousand prefixes and LSAs feel the difference from a HashMap.
 * Values must not be null (null marks an empty slot).
 */
public final class IntKeyedTable<V> {
    private int[] keys = new int[4];
    private Object[] values = new Object[4];
    private int size;

    private static int slotOf(int key, int mask) {
        int h = key * 0x9E3779B1;
        return (h ^ (h >>> 16)) & mask;
    }

    private int find(int key) {
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

    @SuppressWarnings("unchecked")
    public V get(int key) {
        int slot = find(key);
        return slot < 0 ? null : (V) values[slot];
    }

    /** Maps the key to the value; returns the value it replaced, or null. */
    @SuppressWarnings("unchecked")
    public V put(int key, V value) {
        if (value == null) {
            throw new NullPointerException("null value for key " + key);
        }
        int mask = keys.length - 1;
        int slot = slotOf(key, mask);
        while (values[slot] != null) {
            if (keys[slot] == key) {
                V previous = (V) values[slot];
                values[slot] = value;
                return previous;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 4 > keys.length * 3) {
            resize(keys.length * 2);
        }
        return null;
    }

    /** Removes the key's value; returns it, or null when there was none. */
    public V remove(int key) {
        return removeIf(key, null);
    }

    /** Removes the key's value only if it is {@code expected} (same object); returns it, or null. */
    public V remove(int key, V expected) {
        return removeIf(key, expected);
    }

    @SuppressWarnings("unchecked")
    private V removeIf(int key, V expected) {
        int slot = find(key);
        if (slot < 0 || (expected != null && values[slot] != expected)) {
            return null;
        }
        V previous = (V) values[slot];
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

    public int size() {
        return size;
    }

    /** Calls the action with each value and its key, in no particular order. */
    @SuppressWarnings("unchecked")
    public void forEach(ObjIntConsumer<V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                action.accept((V) values[i], keys[i]);
            }
        }
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
