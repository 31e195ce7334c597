package org.looplab.ospf;

/**
 * Database entries by a 32-bit id (a router id, a network-LSA's Link State ID): open addressing over two
 * arrays, no boxed key and no node per entry, and a lookup that allocates nothing. The SPF calculation
 * looks a vertex up this way for every link it follows.
 */
final class IntEntryMap {
    private int[] keys = new int[8];
    private LsdbEntry[] values = new LsdbEntry[8];
    private int size;

    private static int slotOf(int key, int mask) {
        int h = key * 0x9E3779B1;
        return (h ^ (h >>> 16)) & mask;
    }

    LsdbEntry get(int key) {
        int mask = keys.length - 1;
        int slot = slotOf(key, mask);
        LsdbEntry value;
        while ((value = values[slot]) != null) {
            if (keys[slot] == key) {
                return value;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    void put(int key, LsdbEntry value) {
        int mask = keys.length - 1;
        int slot = slotOf(key, mask);
        while (values[slot] != null) {
            if (keys[slot] == key) {
                values[slot] = value;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        if (++size * 4 > keys.length * 3) {
            resize(keys.length * 2);
        }
    }

    /** Removes the key's entry if it is {@code expected} (identity). */
    void remove(int key, LsdbEntry expected) {
        int mask = keys.length - 1;
        int slot = slotOf(key, mask);
        while (values[slot] != null) {
            if (keys[slot] == key) {
                if (values[slot] != expected) {
                    return;
                }
                values[slot] = null;
                size--;
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
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void resize(int capacity) {
        int[] oldKeys = keys;
        LsdbEntry[] oldValues = values;
        keys = new int[capacity];
        values = new LsdbEntry[capacity];
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
